// A person who voices their state's support as their own: "The minister reiterated Peru's
// support for Y", "X reaffirmed unwavering U.S. support for Y" (round 36). The gold gives
// the speaker the support beside the state when the verb renews a stance the speaker holds
// (`voicedBy` of a noun record in ../lexicon/frames.json: reiterate, reaffirm, underscore); a
// speaker who only "highlighted" or "stressed" it reports the state's support, and
// "called Y to underscore the U.S. support for Y" names a purpose, not a stance voiced.
// The stance may be the subject of a clause the verb governs: "X reiterated that ⟦Z⟧ commitments
// to Y remain ironclad" voices it as "X reiterated the ⟦Z⟧ commitment to Y" does (round 49); a
// clause that negates it ("… that ⟦Z⟧ support for Y is not unlimited") voices nothing.
import { frontedActors, leftActors } from './actors';
import { coordinatedActors } from './coordinated';
import { groupAt, isAdverb, isVerb, noFactClause } from './groups';
import { verbForms, FRAMES, type FrameRecord } from './lexicon';
import type { Unit } from './units';
import { DETERMINERS, NEGATIONS, PARTICIPLE_FORM, SUPPORT_QUALIFIERS } from './words';

/** Every form of each noun record's `voicedBy` verbs, by record id. */
const VOICED_BY = new Map<string, Set<string>>(
  FRAMES.filter((f) => f.voicedBy?.length).map((f) => [f.id, new Set(f.voicedBy!.flatMap(verbForms))]),
);
/** How many words may stand between the verb and the owner: "reaffirmed the steadfast, ironclad U.S. support". */
const VOICED_SPAN = 5;

/**
 * The people who voice, through one of the record's `voicedBy` verbs, the support of the country
 * at `owner` ("U.S.", "the United States'") that the noun after it names; with the coreference
 * that named them. None when the owner is no country, the verb is an infinitive of purpose, not a
 * fact ("may reaffirm"), passive, or under a clause of no fact.
 */
export function voicedOwnerSpeakers(
  units: Unit[],
  owner: number,
  frame: FrameRecord,
): { actors: Unit[]; via?: string } | undefined {
  const verbs = VOICED_BY.get(frame.id);
  if (!verbs || units[owner]?.entity?.type !== 'Country') return undefined;
  const passed = (u: Unit) =>
    !u.entity &&
    !u.punct &&
    (DETERMINERS.has(u.lower) ||
      u.tags.has('Adjective') ||
      isAdverb(u) ||
      u.lower === 'and' ||
      SUPPORT_QUALIFIERS.has(u.lower) ||
      PARTICIPLE_FORM.test(u.lower));
  let k = owner - 1;
  while (k >= 0 && owner - k <= VOICED_SPAN && passed(units[k]) && !verbs.has(units[k].lower)) k--;
  if (thatOpens(units[k])) {
    if (negatedAfter(units, owner)) return undefined;
    k--;
  }
  const verb = units[k];
  if (!verb || verb.entity || verb.punct || !isVerb(verb) || !verbs.has(verb.lower)) return undefined;
  if (units[k - 1]?.lower === 'to' && !units[k - 1].entity) return undefined;
  const g = groupAt(units, k);
  if (g.passive || g.mood !== 'fact') return undefined;
  const left =
    leftActors(units, g.start) ?? frontedActors(units, g.start) ?? coordinatedActors(units, g.start);
  if (!left || noFactClause(units, left.at)) return undefined;
  const people = left.actors.filter((a) => a.entity?.type === 'Person');
  return people.length ? { actors: people, via: left.via } : undefined;
}

/** "that" opening the clause whose subject is the stance: "reiterated that U.S. support …". */
const thatOpens = (u: Unit | undefined) => !!u && !u.entity && !u.punct && u.lower === 'that';

/** A negation in the clause from `k` to its first stop: "… that ⟦Z⟧ support for Y is not unlimited". */
function negatedAfter(units: Unit[], k: number): boolean {
  for (let j = k; j < units.length; j++) {
    if (!units[j].entity && NEGATIONS.has(units[j].lower)) return true;
    if (/[.;:!?]/.test(units[j].punct)) return false;
  }
  return false;
}
