// A defence treaty between a dashed pair of states is an alliance (round 49): "the 1951 X-Y Mutual
// Defense Treaty", "the X-Y security pact" give X SUPPORTS Y and Y SUPPORTS X, as the gold reads
// them (and as `noun:alliance-between` reads "the X-Y alliance"), where the treaty noun's own
// record (`noun:talks-with`) would read a dealing. The defence words are data (DEFENSE_PACT_WORDS).
import { DEFENSE_PACT_WORDS } from '../lexicon/predicate-words';
import { FRAMES, type FrameRecord } from './lexicon';
import type { Unit } from './units';

const DEFENSE = new Set(DEFENSE_PACT_WORDS);
/** The treaty nouns: those of the record that reads a dealing "between" two sides. */
const TREATY_NOUNS = new Set(['treaty', 'treaties', 'pact', 'pacts']);

/** The alliance record, whose `mutual` reading gives each side's support to the other. */
export const ALLIANCE_FRAME: FrameRecord | undefined = FRAMES.find((f) => f.id === 'noun:alliance-between');

/**
 * Whether the noun at `i` is a treaty of defence whose describing words run from `from` (after the
 * dashed pair): "Mutual Defense Treaty", "security pact".
 */
export function defenseTreatyAt(units: Unit[], from: number, i: number): boolean {
  if (!TREATY_NOUNS.has(units[i]?.lower ?? '')) return false;
  return units.slice(from, i).some((u) => !u.entity && DEFENSE.has(u.lower));
}
