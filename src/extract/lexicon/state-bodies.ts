// The state a named state body belongs to when its name does not say ("the FBI", "the Knesset",
// "the Guardian Council"): our gazetteer's records (BODIES_OF_STATES in organizations.ts), then
// the Phoenix country records the body is filed under (phoenix.ts).
import type { Entity } from '../../model';
import { COUNTRIES } from './countries';
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

/** The country names of a Country entity: its own and its gazetteer record's. */
const COUNTRY_NAMES: ReadonlyMap<string, readonly string[]> = new Map(
  COUNTRIES.map((c) => [c.name, c.names]),
);

/**
 * Which of `countries` a government or military body belongs to, by the gazetteers: read from the
 * body's name and its aliases of more than one word, not a bare word the entity step took for the
 * body ("Congress").
 */
export function stateOfBodyAmong(org: Entity, countries: readonly Entity[]): Entity | undefined {
  if (org.type !== 'Organization' || (org.category !== 'government' && org.category !== 'military'))
    return undefined;
  const state = stateOfBody([org.name, ...org.aliases.filter((a) => a.includes(' '))]);
  if (state && ![org.name, ...org.aliases].every((n) => openingStateIs(n, state))) return undefined;
  return state
    ? countries.find((c) => c.name === state || (COUNTRY_NAMES.get(c.name) ?? c.aliases).includes(state))
    : undefined;
}

/**
 * Every country name and demonym, filed under its first word, longest first, each with its
 * country's names: "Egyptian", "South Korean", "United States". One table for forms of one word
 * and of more (round 34: "the South Korean Joint Chiefs of Staff" opens on South Korea, not on the
 * state whose listed body shares the rest of its name).
 */
const OPENING_STATES: ReadonlyMap<string, readonly (readonly [string, readonly string[]])[]> = (() => {
  const byFirstWord = new Map<string, (readonly [string, readonly string[]])[]>();
  // (with the codes news writes as names: "the UAE Armed Forces" opens on the UAE, round 39)
  for (const c of COUNTRIES)
    for (const form of [...c.names, ...c.demonyms, ...c.codes]) {
      const first = form.split(' ')[0];
      byFirstWord.set(first, [...(byFirstWord.get(first) ?? []), [form, [c.name, ...c.names]]]);
    }
  for (const forms of byFirstWord.values()) forms.sort((a, b) => b[0].length - a[0].length);
  return byFirstWord;
})();

/**
 * Whether a body's name that opens on a state's name or demonym opens on this one: the entity
 * "Egyptian National Security Agency" is filed under the gazetteer's (American) "National
 * Security Agency", but its name as written says it is Egypt's (round 19). A name opening on no
 * state passes.
 */
export function openingStateIs(name: string, state: string): boolean {
  const written = openingState(name);
  return !written || written.includes(state);
}

/** The names of the country whose name or demonym opens `name` ("X Y", "X's Y"), if any. */
function openingState(name: string): readonly string[] | undefined {
  const first = name.split(' ')[0].replace(/['’]s$/, '');
  return OPENING_STATES.get(first)?.find(
    ([n]) => name.startsWith(`${n} `) || name.startsWith(`${n}'s `) || name.startsWith(`${n}’s `),
  )?.[1];
}
