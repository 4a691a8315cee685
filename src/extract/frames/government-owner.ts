// "the Xian government's support for Y", "the U.S. administration's condemnation of Y" (round 25):
// the owner of a stance noun told as a country's government, whose name stands right before the
// possessive government word. The country holds the stance, as "Xland's support for Y" does.
import type { Unit } from './units';

/** The possessive words of a state's government that follow its name. */
const GOVERNMENT_WORDS = new Set(['government', 'administration']);

/**
 * The index of the country whose possessive government word stands at `j` ("the U.S.
 * government's"), or undefined: the name must come right before it, itself no possessive.
 */
export function governmentOwnerAt(units: Unit[], j: number): number | undefined {
  const w = units[j];
  const name = units[j - 1];
  if (!w || w.entity || !w.possessive || !GOVERNMENT_WORDS.has(w.lower)) return undefined;
  return name?.entity?.type === 'Country' && !name.punct && !name.possessive ? j - 1 : undefined;
}
