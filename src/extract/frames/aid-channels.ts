// Aid given through a body is that body's too: "X, through its aid agency A, announced $3 million
// in assistance to Y", "X is providing $2 million to Y through A" give A SUPPORTS Y beside X's own
// fact (the body carries the gift to Y). Only gifts (the frames of `GIFT`), only a body named right
// after "through" (not "through its partnership with A", not "through the port of A").
import type { Candidate } from '../relations/apply-rules';
import { FRAMES } from './lexicon';
import type { Unit } from './units';

/** The frames that read a gift: aid verbs, help sent for a purpose, assistance announced. */
const GIFT = /^frame:(?:aid:|purpose:|noun:support-for:light-verb)/;

/** The body named right after "through" ("through A", "through the A", "through its agency, A"). */
function channels(units: Unit[]): Unit[] {
  const out: Unit[] = [];
  for (let i = 0; i < units.length - 1; i++) {
    if (units[i].entity || units[i].lower !== 'through' || units[i].punct) continue;
    let k = i + 1;
    if (['the', 'its', 'their'].includes(units[k].lower) && !units[k].entity) k++;
    // "through its aid agency, A": the agency's name after a descriptor of up to three words
    let d = k;
    while (d < units.length && d - k < 3 && !units[d].entity && !units[d].punct && units[d].tags.has('Noun'))
      d++;
    if (d > k && units[d - 1]?.punct === '' && units[d]?.entity) k = d;
    else if (d > k && units[d - 1]?.punct === ',' && units[d]?.entity) k = d;
    const body = units[k];
    if (body?.entity?.type === 'Organization' && !body.possessive) out.push(body);
  }
  return out;
}

/** What is given: the aid records' gifts ("$3 million in assistance"; not "expressed support"). */
const GIFT_WORDS = new Set(FRAMES.filter((f) => f.kind === 'aid').flatMap((f) => f.complement ?? []));
const isGift = (u: Unit) =>
  !u.entity && (GIFT_WORDS.has(u.lower) || /^[$€£]\d/.test(u.lower) || u.tags.has('Money'));

/** The facts of a gift read in the sentence, given again with each body it went through. */
export function aidChannels(units: Unit[], candidates: Candidate[]): Candidate[] {
  const gifts = candidates.filter((c) => c.predicate === 'SUPPORTS' && GIFT.test(c.reason));
  if (!gifts.length || !units.some(isGift)) return [];
  const bodies = channels(units);
  return gifts.flatMap((c) =>
    bodies
      .filter((b) => b.entity!.id !== c.subject.id && b.entity!.id !== c.object.id)
      .map((b) => ({ ...c, subject: b.entity!, reason: `${c.reason}:channel` })),
  );
}
