// A demand told through its answer: "Y has rejected the latest appeals made by A, B and C to
// cease hostilities" — A, B and C asked Y (DEMANDED), whatever Y answered. The appeals are told as
// made; only "if"/"unless" before the answerer takes the fact away. Records: the `answered` kind of
// ../lexicon/frames.json (the demand's nouns in `subjects`, the answering verbs in `light`).
import type { Candidate } from '../relations/apply-rules';
import { agentsRight, leftActors } from './actors';
import { facts } from './facts';
import { groupAt, isVerb, noFactClause } from './groups';
import { FRAMES, MIN_CONFIDENCE, verbForms, type FrameRecord } from './lexicon';
import type { Unit } from './units';

const byNoun = new Map<string, FrameRecord>();
const answers = new Map<FrameRecord, Set<string>>();
for (const f of FRAMES) {
  if (f.kind !== 'answered' || f.confidence < MIN_CONFIDENCE) continue;
  for (const noun of f.subjects ?? []) byNoun.set(noun, f);
  answers.set(f, new Set((f.light ?? []).flatMap(verbForms)));
}
/** "appeals made by A", "calls issued by A": the participle between the noun and "by". */
const MADE = new Set(['made', 'issued', 'voiced', 'sent', 'launched', 'renewed', 'repeated']);
/** How many words ("the latest", "repeated international") may stand between the answer and the noun. */
const BEFORE_NOUN = 4;

/**
 * What the askers asked for follows them: "to cease …" (an infinitive, not "to Y" — calls made to
 * someone are telephone calls) or "for a truce".
 */
function asksFor(units: Unit[], k: number): boolean {
  const u = units[k];
  if (!u || u.entity || units[k - 1].punct) return false;
  return u.lower === 'for' || (u.lower === 'to' && isVerb(units[k + 1]));
}

export function readAnsweredAppeals(units: Unit[]): Candidate[] {
  const out: Candidate[] = [];
  for (let i = 1; i < units.length; i++) {
    const frame = units[i].entity ? undefined : byNoun.get(units[i].lower);
    if (!frame || units[i].punct) continue;
    const by = MADE.has(units[i + 1]?.lower ?? '') && !units[i + 1].punct ? i + 2 : i + 1;
    if (units[by]?.lower !== 'by') continue;
    const askers = agentsRight(units, by + 1);
    if (!askers.length || !asksFor(units, units.indexOf(askers[askers.length - 1]) + 1)) continue;
    // the answering verb: "has rejected (the latest) appeals"
    let v = i - 1;
    for (let n = 0; n < BEFORE_NOUN && v > 0 && !units[v].entity && !units[v].punct && !isVerb(units[v]); n++)
      v--;
    if (!isVerb(units[v]) || units[v].punct || !answers.get(frame)!.has(units[v].lower)) continue;
    const g = groupAt(units, v);
    const answerer = g.passive ? undefined : leftActors(units, g.start);
    if (!answerer || noFactClause(units, answerer.at)) continue;
    out.push(...facts(askers, answerer.actors, frame.predicate, frame, ''));
  }
  return out;
}
