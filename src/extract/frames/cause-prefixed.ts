// "pro-Russian", "anti-American": a name written after "pro-" or "anti-" names a cause its
// holders take up, not the holders, so it is never the agent of their act: in "X is supported by
// the pro-Russian Socialists" the Socialists support X, Russia does nothing (round 46, fresh news).
import type { Unit } from './units';
import { DETERMINERS } from './words';

/** "pro-" or "anti-" written onto a name: the unit reads "pro-russian". */
const CAUSE_PREFIX = /^(?:pro|anti)-/;

/** The name at `j` is written onto "pro-" or "anti-". */
export function causePrefixed(units: Unit[], j: number): boolean {
  const u = units[j];
  return !!u?.entity && CAUSE_PREFIX.test(u.lower);
}

/** The first unit from `k` that is not a bare determiner ("the", "a"). */
export function nextNonDeterminer(units: Unit[], k: number): number {
  let j = k;
  while (units[j] && !units[j].entity && DETERMINERS.has(units[j].lower)) j++;
  return j;
}
