// The state a named state body belongs to when its name does not say ("the FBI", "the Knesset",
// "the Guardian Council"): our gazetteer's records (BODIES_OF_STATES in organizations.ts), then
// the Phoenix country records the body is filed under (phoenix.ts).
import { BODIES_OF_STATES, ORGANIZATIONS } from './organizations';
import { STATE_BODY_COUNTRIES, nameLetters } from './phoenix';

const OWN: ReadonlyMap<string, string> = (() => {
  const stateOf = new Map<string, string>();
  for (const [country, ...bodies] of BODIES_OF_STATES) for (const b of bodies) stateOf.set(b, country);
  const out = new Map<string, string>();
  for (const [name, , ...aliases] of ORGANIZATIONS) {
    const country = stateOf.get(name);
    if (country) for (const n of [name, ...aliases]) out.set(nameLetters(n), country);
  }
  return out;
})();

/** The country a state body of one of these names belongs to, if the gazetteers say. */
export function stateOfBody(names: readonly string[]): string | undefined {
  for (const n of names) {
    const letters = nameLetters(n);
    const country = OWN.get(letters) ?? STATE_BODY_COUNTRIES.get(letters);
    if (country) return country;
  }
  return undefined;
}
