// A participle right after a list modifies the list's nearest noun phrase: in "fighting between
// the X and government troops supported by Yian soldiers" the soldiers support the troops, not X.
// With a comma or an auxiliary the clause may be the whole list's ("X and Y, backed by Z, …",
// "X and Y were backed by Z"), and is read as before.
import { isVerb, type Group } from './groups';
import type { Unit } from './units';

/**
 * The passive's objects `listed` (left of the verb group `g`): only the nearest when the verb is a
 * bare participle (no auxiliary) that follows the list with no punctuation between.
 */
export function nearestConjunct(units: readonly Unit[], g: Group, listed: Unit[]): Unit[] {
  if (listed.length < 2 || !g.passive || g.start !== g.verb) return listed;
  const before = units[g.start - 1];
  if (!before || before.punct) return listed;
  const at = (u: Unit) => units.indexOf(u);
  const nearest = listed.reduce((a, b) => (at(b) > at(a) ? b : a));
  // the list closes right before the participle, past at most two head nouns ("troops", "fighters")
  const between = units.slice(at(nearest) + 1, g.start);
  const heads = between.every((u) => !u.entity && !u.punct && u.tags.has('Noun') && !isVerb(u));
  return at(nearest) < g.start && between.length <= 2 && heads ? [nearest] : listed;
}
