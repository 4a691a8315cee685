// "jets struck X's hometown of Y": the possessive names whose home place it is, and the place
// named after "of" is what was struck, not its owner (round 47, fresh news; the rule reads Y).
import { HOME_PLACE_NOUNS } from '../lexicon/home-places';
import type { Unit } from './units';

const HOME_PLACES: ReadonlySet<string> = new Set(HOME_PLACE_NOUNS);

/** Whether `owner` is a possessive before a home place noun and "of": "⟦X⟧'s hometown of". */
export function ownerOfHomePlace(units: Unit[], owner: Unit): boolean {
  if (!owner.possessive || owner.punct) return false;
  const k = units.indexOf(owner);
  for (const n of [1, 2]) {
    const words = units.slice(k + 1, k + 1 + n);
    if (words.length < n || words.some((u) => u.entity || u.punct)) return false;
    if (HOME_PLACES.has(words.map((u) => u.lower).join(' ')) && units[k + 1 + n]?.lower === 'of') return true;
  }
  return false;
}
