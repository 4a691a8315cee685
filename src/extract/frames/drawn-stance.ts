// A stance told from its target's side: "Y drew sharp criticism from X", "Y's decision drew
// condemnation from A and B", "Y came under criticism from X", "Y faced calls from X to resign" —
// X criticised (or asked) Y, or the author of the act Y's phrase names ("the attack by Y drew
// condemnation from X"; ./passive-stance.ts reads the act as "The attack was condemned by X"
// does). Records: the `drawn` kind of ../lexicon/frames.json (the stance nouns in `subjects`, the
// receiving verbs in `light`, the words that may stand between them in `qualifiers`).
import type { Candidate } from '../relations/apply-rules';
import { agentsRight, leftActors } from './actors';
import type { EventMemory } from './events';
import { facts } from './facts';
import { groupAt, noFactClause } from './groups';
import { FRAMES, MIN_CONFIDENCE, verbForms, type FrameRecord } from './lexicon';
import { passiveActAuthors } from './passive-stance';
import type { Unit } from './units';
import { STANCE_ACTS } from './words';

const byNoun = new Map<string, FrameRecord>();
const receiving = new Map<FrameRecord, Set<string>>();
const between = new Map<FrameRecord, Set<string>>();
for (const f of FRAMES) {
  if (f.kind !== 'drawn' || f.confidence < MIN_CONFIDENCE) continue;
  for (const noun of f.subjects ?? []) byNoun.set(noun, f);
  receiving.set(f, new Set((f.light ?? []).flatMap(verbForms)));
  between.set(f, new Set(f.qualifiers ?? []));
}
/** How many words ("sharp international", "under") may stand between the verb and the noun. */
const BEFORE_NOUN = 3;

export function readDrawnStance(units: Unit[], events: EventMemory): Candidate[] {
  const out: Candidate[] = [];
  for (let i = 1; i < units.length; i++) {
    const frame = units[i].entity ? undefined : byNoun.get(units[i].lower);
    if (!frame || units[i].punct || units[i + 1]?.lower !== 'from' || units[i + 1].entity) continue;
    const speakers = agentsRight(units, i + 2);
    if (!speakers.length) continue;
    // the receiving verb: "drew (sharp) criticism", "came under criticism"
    let v = i - 1;
    for (
      let n = 0;
      n < BEFORE_NOUN &&
      v > 0 &&
      !units[v].entity &&
      !units[v].punct &&
      between.get(frame)!.has(units[v].lower);
      n++
    )
      v--;
    // the verb's own form decides, not its tag: compromise reads "drew" as a first name
    if (units[v].entity || units[v].punct || !receiving.get(frame)!.has(units[v].lower)) continue;
    const g = groupAt(units, v);
    if (g.passive || g.mood !== 'fact') continue;
    const named = leftActors(units, g.start);
    if (named && noFactClause(units, named.at)) continue;
    const targets =
      named && !named.actors.some((a) => a.possessive)
        ? named.actors
        : passiveActAuthors(units, g.start, events, STANCE_ACTS);
    if (!targets?.length) continue;
    out.push(...facts(speakers, targets, frame.predicate, frame, ''));
  }
  return out;
}
