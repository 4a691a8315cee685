// "X will hold Y accountable", "X said it will continue to hold Y accountable": holding Y to
// account told in the future is a threat to Y (round 33). The gold reads the done "X continues to
// hold Y accountable" as criticism, and round 20 read "X vowed to hold Y accountable" so too
// (./stance-clauses.ts); both stay criticism.
import type { Candidate } from '../relations/apply-rules';
import { leftActors } from './actors';
import { facts } from './facts';
import { groupAt, noFactClause } from './groups';
import type { FrameRecord } from './lexicon';
import type { Unit } from './units';
import { FUTURE_MODALS, MODALS, NEGATIONS, PEOPLE_HEADS } from './words';

/** How many words the held names may span between "hold" and "accountable": "hold X, Y and Z accountable". */
const HELD_SPAN = 8;

/**
 * "X will hold Y (and Z) accountable (for its actions)" at the word `i` ("accountable"): X
 * THREATENED Y, whatever Y is to answer for; none when "hold" is no future group.
 */
export function threatToHold(units: Unit[], i: number, frame: FrameRecord): Candidate[] {
  const held: Unit[] = [];
  for (let k = i - 1; k >= 0 && i - k <= HELD_SPAN; k--) {
    const u = units[k];
    if (u.entity && !u.possessive) {
      held.unshift(u);
      continue;
    }
    if (u.entity || (u.punct && u.punct !== ',')) return [];
    if (['and', 'the'].includes(u.lower) || u.punct === ',') continue;
    // "the Xian government", "Xian officials": a state's people, through whom it is held
    if (PEOPLE_HEADS.has(u.lower) && units[k - 1]?.entity && !units[k - 1].punct) continue;
    if (u.lower !== 'hold' || !held.length) return [];
    return facts(futureHolders(units, k), held, 'THREATENED', frame, ':future');
  }
  return [];
}

/**
 * Who threatens to hold someone to account with the verb "hold" at `verb`: the subject of a group
 * in the future (will, would, shall; no other modal, no negation, not passive); none when the
 * group is no such future or follows "if".
 */
export function futureHolders(units: Unit[], verb: number): Unit[] {
  const g = groupAt(units, verb);
  if (g.passive) return [];
  const words = units.slice(g.start, verb).map((u) => u.lower);
  const future =
    words.some((w) => FUTURE_MODALS.has(w)) &&
    !words.some((w) => NEGATIONS.has(w) || (MODALS.has(w) && !FUTURE_MODALS.has(w)));
  if (!future) return [];
  const left = leftActors(units, g.start);
  return left && !noFactClause(units, left.at) ? left.actors : [];
}
