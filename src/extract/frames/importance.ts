// Support held important by those who say so: "X and Y underscored the importance of supporting Z"
// states X's and Y's support of Z, as "agreed on the importance of support for Z" does for the
// noun (read-frames.ts `importanceOf`). The gerund's actors are the subject of the verb of
// importance (round 47: the gold reads both ways alike in b35 and b44).
import { groupAt } from './groups';
import { leftActors } from './actors';
import type { Predicate } from '../../model';
import type { Unit } from './units';
import { IMPORTANCE_VERBS } from './words';

/**
 * The acts one may hold important and so do: support. Not dealings: "emphasized the importance of
 * working with Z" is most often advice to the other side (b31 of train), not the speaker's own act.
 */
const HELD_IMPORTANT: ReadonlySet<Predicate> = new Set<Predicate>(['SUPPORTS']);

/** Words of duration between "the importance of" and the act: "of continued support", "of continuing to back". */
const DURATION = new Set(['continued', 'continuing', 'ongoing', 'sustained']);

/**
 * The index of the verb of importance when the word at `i` is a gerund right after "the importance
 * of" ("reaffirmed the importance of (continued) supporting"); undefined otherwise. compromise may
 * tag such a gerund an adjective, so the frame reader asks this besides its verb tag.
 */
export function importanceVerbBefore(units: Unit[], i: number): number | undefined {
  const gerund = units[i];
  if (!gerund?.lower.endsWith('ing') || gerund.entity) return undefined;
  let k = i - 1;
  if (DURATION.has(units[k]?.lower ?? '') && !units[k].entity) k--;
  const plain = (n: number, word: string) => units[n]?.lower === word && !units[n].entity && !units[n].punct;
  if (!plain(k, 'of') || !plain(k - 1, 'importance') || !plain(k - 2, 'the')) return undefined;
  const verb = units[k - 3];
  return verb && !verb.entity && !verb.punct && IMPORTANCE_VERBS.has(verb.lower) ? k - 3 : undefined;
}

/**
 * The subject of the verb of importance before the gerund at `start` ("stressed the importance of
 * supporting …"), when that verb states a fact; undefined otherwise.
 */
export function importanceActors(
  units: Unit[],
  start: number,
  predicate: Predicate,
): { actors: Unit[]; at: number; via?: string } | undefined {
  // only support: "stressed the importance of attacking Z" is words, not a blow
  if (!HELD_IMPORTANT.has(predicate)) return undefined;
  const verb = importanceVerbBefore(units, start);
  if (verb === undefined) return undefined;
  const g = groupAt(units, verb);
  return g.mood === 'fact' ? leftActors(units, g.start) : undefined;
}
