// A target named through "of" its owner (round 49): "shelled positions of the rebel group X",
// "raids destroyed bases of the X", "to push out forces of the X". The list reader (./lists.ts)
// reads a name on a target head ("X positions", "X's bases") and people of a body ("members of
// the X council"); a place or force of a body named after "of" was read only when the name followed
// at once, so "positions of the rebel group X" named no one. Here the head is a plural noun of the
// places and forces a side holds (not its people, whom the people readers take), then "of", a
// determiner, and either the name or a description of the group's kind before it ("the rebel group
// X", "the jihadist armed group X", read by `describedGroupBefore`).
import { describedGroupBefore, type Unit } from './units';
import { DETERMINERS } from './words';

/** Plural heads of what a side holds or fields: "positions of X", "bases of the X". */
const HELD_HEADS: ReadonlySet<string> = new Set(
  'positions bases strongholds facilities camps outposts hideouts headquarters forces fighters units'.split(
    ' ',
  ),
);

/** How far the name may stand past "of": a determiner and a description of three words and a kind. */
const REACH = 6;

/** The index of the body or state named after "of" a held head at `k`, or undefined. */
export function bodyOfTargetAt(units: Unit[], k: number): number | undefined {
  const [head, of] = [units[k], units[k + 1]];
  if (!head || head.entity || head.punct || !HELD_HEADS.has(head.lower)) return undefined;
  if (!of || of.entity || of.punct || of.lower !== 'of') return undefined;
  let d = k + 2;
  while (units[d] && !units[d].entity && !units[d].punct && DETERMINERS.has(units[d].lower)) d++;
  const named = units[d];
  const plain = named?.entity && !named.possessive && ['Organization', 'Country'].includes(named.entity.type);
  if (plain) return d;
  // "positions of the rebel group X": the group named past a description of its kind
  for (let e = k + 2; e <= k + 1 + REACH && units[e]; e++) {
    if (units[e].punct && !units[e].entity) return undefined;
    if (!units[e].entity) continue;
    return describedGroupBefore(units, e) === k + 1 && !units[e].possessive ? e : undefined;
  }
  return undefined;
}
