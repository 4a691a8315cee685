// An act noun that is a verb's subject, with its author named after it by "by" and more words of
// where, when or whom between the noun and the verb: "the raids carried out on Friday by X in Y
// province, which killed …", "the recent bombings in Z inflicted by X that took the lives …", "a
// dawn assault by X on Y in Z province killed …" — X is the author of what the act did (round 39).
// Only an author given by "by", right after the noun or after a participle that names an act's
// author ("carried out", "committed", "inflicted"); never the agent of any other participle ("a
// convoy escorted by X that was hit").
import { familyOfNoun } from './events';
import { isTime, isVerb } from './groups';
import { listRight } from './lists';
import type { Unit } from './units';
import { AUTHORING, RELATIVES } from './words';

/** How many words may stand between the act noun and the verb (or its relative pronoun). */
const REACH = 16;
/** Words that open a phrase of when before the time words: "on Friday", "late last week". */
const TIME_OPENERS = new Set(['on', 'in', 'at', 'early', 'late', 'last', 'this']);

/** Back from `k` over a phrase of when ("on December 4", "last week"): the index before it. */
function pastTime(units: Unit[], k: number): number {
  let p = k;
  while (isTime(units[p])) p--;
  if (p < k && units[p] && !units[p].entity && !units[p].punct && TIME_OPENERS.has(units[p].lower)) p--;
  return p;
}

/**
 * The author given by "by" of the act noun whose phrase closes at `j` (the unit before the verb
 * group or its relative pronoun), and where that noun stands; undefined when the words back to
 * an act noun hold no such author or anything but phrases of where, when or whom. `aside`: the
 * unit at `j` closes on the comma before "which".
 */
export function reachedActAuthors(
  units: Unit[],
  j: number,
  aside: boolean,
): { actors: Unit[]; at: number; via?: string } | undefined {
  let agents: Unit[] | undefined;
  for (let p = j; p >= 0 && j - p <= REACH; p--) {
    const u = units[p];
    if (u.punct && !(p === j && aside && u.punct === ',')) return undefined;
    if (u.entity) continue;
    if (RELATIVES.has(u.lower)) return undefined;
    if (familyOfNoun(u) === 'attack' && u.tags.has('Noun')) {
      return agents?.length && p < j ? { actors: agents, at: p, via: ' via act-noun' } : undefined;
    }
    if (u.lower === 'by') {
      // one author only, and one whose phrase is the act's own
      if (agents) return undefined;
      agents = listRight(units, p + 1).filter((a) => a.entity!.type !== 'Location');
      if (!agents.length) return undefined;
      let q = pastTime(units, p - 1);
      if (units[q]?.lower === 'out' && !units[q].entity && !units[q].punct) q--;
      const before = units[q];
      if (!before || before.entity || before.punct) return undefined;
      if (familyOfNoun(before) === 'attack' && before.tags.has('Noun'))
        return { actors: agents, at: q, via: ' via act-noun' };
      if (!AUTHORING.has(before.lower)) return undefined;
      p = q;
      continue;
    }
    // a verb of the clause ends the phrase; a participle of where ("based") is no author's
    if (isVerb(u) && !u.tags.has('Noun') && !u.tags.has('Adjective')) return undefined;
  }
  return undefined;
}
