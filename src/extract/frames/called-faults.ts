// A fault framed as the speaker's naming of it: "X suspended Y because of what it called Z's
// unconstitutional rule", "X imposed sanctions for what it calls Y's serious abuses" — what X
// "calls" a fault owned by Y is X's criticism of Y (round 20), whatever else the sentence states
// (the suspension, the sanctions). The faults are the `fault` and `judged` records' words
// (./faults.ts); "what it called a trade dispute" names none.
import type { Candidate } from '../relations/apply-rules';
import { leftActors } from './actors';
import { facts } from './facts';
import { faultsWithin } from './faults';
import { groupAt, isAux, isVerb } from './groups';
import { verbForms } from './lexicon';
import type { Unit } from './units';
import { SPEAKER_PRONOUNS } from './words';

/** Verbs of naming after "what X": "what it called", "what they described as", "what he termed". */
const NAMING = new Set('call describe term brand label'.split(' ').flatMap(verbForms));

/**
 * "what it called …", "what Y described as …" opening at units[i]: the one whose naming it is (a
 * pronoun or a name) and where the phrase named opens (after "as" when written).
 */
export function namingAt(units: Unit[], i: number): { who: Unit; from: number } | undefined {
  const [what, who, naming] = [units[i], units[i + 1], units[i + 2]];
  if (what?.lower !== 'what' || what.entity || what.punct || !who || who.punct) return undefined;
  if (!naming || naming.entity || !NAMING.has(naming.lower)) return undefined;
  return { who, from: units[i + 3]?.lower === 'as' ? i + 4 : i + 3 };
}
/** How far back a pronoun's clause may have its finite verb: "X suspended Y because of what it …". */
const CLAUSE_SPAN = 14;
/** How many words the named fault may run: "the North's ongoing and serious human rights abuses". */
const NAMED_SPAN = 12;

/** The subject of the finite verb before `k` in the same sentence part, for a pronoun's speaker. */
function clauseSubject(units: Unit[], k: number): Unit[] {
  for (let v = k - 1; v >= 0 && k - v <= CLAUSE_SPAN; v--) {
    const u = units[v];
    if (u.punct && /[.;:]/.test(u.punct)) return [];
    if (!isVerb(u) || isAux(u) || units[v - 1]?.lower === 'to' || u.lower.endsWith('ing')) continue;
    const g = groupAt(units, v);
    if (g.mood !== 'fact' || g.passive) return [];
    return leftActors(units, g.start)?.actors ?? [];
  }
  return [];
}

export function readCalledFaults(units: Unit[]): Candidate[] {
  const out: Candidate[] = [];
  for (let i = 0; i + 3 < units.length; i++) {
    const named = namingAt(units, i);
    if (!named) continue;
    const { who, from } = named;
    const speakers = who.entity ? [who] : SPEAKER_PRONOUNS.has(who.lower) ? clauseSubject(units, i) : [];
    if (!speakers.length) continue;
    let end = from;
    while (end < units.length && end - from < NAMED_SPAN && !/[.;:!?]/.test(units[end].punct ?? '')) end++;
    const owners = faultsWithin(units, from, Math.min(end + 1, units.length));
    for (const [owner, fault] of owners)
      if (!speakers.includes(owner)) out.push(...facts(speakers, [owner], fault.predicate, fault, ':called'));
  }
  return out;
}
