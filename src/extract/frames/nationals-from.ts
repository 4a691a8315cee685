// "two envoys - one from Peru and another from Chile - died in the attack": a country
// after "from" tells where a person comes from. Only after a noun of the state's serving people
// ("soldiers from Chad") does it name the side whose own were struck; after "one", "another" or a
// civilian's noun it names no side (round 47, fresh news).
import { SERVING_HEADS } from './words';
import type { Unit } from './units';

/** Whether the country at `j` is only where a person came from: "(one) from ⟦Canada⟧". */
export function onlyOrigin(units: Unit[], j: number): boolean {
  if (units[j - 1]?.lower !== 'from' || units[j - 1].entity) return false;
  const before = units[j - 2];
  return !before || !!before.entity || !SERVING_HEADS.has(before.lower);
}
