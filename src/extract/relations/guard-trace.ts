// An off-by-default trace of the candidate facts a guard removes (negation, question, keep-best,
// own side …), for measuring which guards drop facts the gold holds (docs/extraction.md, "Guards
// that drop right facts, round 20"). NEWSGRAPH_GUARD_TRACE=1, read once here, writes one JSON line
// per dropped fact to stderr; nothing is kept between calls, and the extract output is the same
// with the trace on or off. Read it with one worker: the lines of two workers interleave.
import type { Entity, Predicate } from '../../model';

export const GUARD_TRACE = process.env.NEWSGRAPH_GUARD_TRACE === '1';

/** A fact as a guard saw it: names, or entities whose names stand for them. */
interface Dropped {
  subject: string | Pick<Entity, 'name'>;
  predicate: Predicate;
  object: string | Pick<Entity, 'name'>;
  /** A relation's own evidence sentence. */
  sentence?: string;
}

const nameOf = (x: string | Pick<Entity, 'name'>) => (typeof x === 'string' ? x : x.name);

/** Writes the facts `guard` dropped (only with the trace on). */
export function traceDrops(guard: string, facts: readonly Dropped[], sentence?: string): void {
  if (!GUARD_TRACE) return;
  for (const f of facts)
    process.stderr.write(
      `${JSON.stringify({ guard, subject: nameOf(f.subject), predicate: f.predicate, object: nameOf(f.object), sentence: f.sentence ?? sentence })}\n`,
    );
}

/** Marks the article and sentence the next untagged drops belong to (only with the trace on). */
export function traceWhere(article: string, sentence?: string): void {
  if (GUARD_TRACE) process.stderr.write(`${JSON.stringify({ article, sentence })}\n`);
}

const keyOf = (f: Dropped) => `${nameOf(f.subject)}|${f.predicate}|${nameOf(f.object)}`;

/**
 * `after`, a guard's filtering of `before`; traces the facts of `before` that `after` no longer
 * states (by subject, predicate and object: a repeat kept once is no drop).
 */
export function guarded<T extends Dropped>(
  guard: string,
  before: readonly Dropped[],
  after: T[],
  sentence?: string,
): T[] {
  if (GUARD_TRACE) {
    const kept = new Set(after.map(keyOf));
    traceDrops(
      guard,
      before.filter((f) => !kept.has(keyOf(f))),
      sentence,
    );
  }
  return after;
}
