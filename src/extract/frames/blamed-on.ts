// "X blamed the attack on Y": a verb that lays an act on someone names the act's author after
// "on", in the same sentence. The author is read there (frame attribute:blame-on), so the act
// is no definite event to recall from earlier sentences: before, the earlier author of an
// attack of the same kind was criticised too ("French forces bombed A. … Peacekeepers blamed the
// Saturday attack on A's forces": peacekeepers criticised France). Round 47, fresh news.
import { listRight } from './lists';
import type { Unit } from './units';

/** Verbs whose "on" phrase names the one the act is laid on. */
const LAYS_ON = new Set(['blame']);
/** How far the "on" may stand after the act's first word: "the Saturday attack on the hotel on". */
const ACT_PHRASE_REACH = 8;

/**
 * Whether the act phrase opening at `k`, object of the verb `lemma`, is laid on a name written
 * after "on" in the same clause.
 */
export function laidOnNamed(units: Unit[], k: number, lemma: string): boolean {
  if (!LAYS_ON.has(lemma)) return false;
  for (let j = k; j < units.length && j - k <= ACT_PHRASE_REACH; j++) {
    const u = units[j];
    // ("the attack on the hotel on Y": the first "on" gives the target, the next the one blamed)
    if (u.lower === 'on' && listRight(units, j + 1).length) return true;
    if (u.punct || u.entity) return false;
  }
  return false;
}
