// Organisations, armed groups and role nouns from the Phoenix dictionaries of the PETRARCH2
// event coder (MIT licence, Open Event Data: PHOENIX-LICENSE.txt beside this file), built into
// phoenix-actors.json by scripts/build-actors.mjs, which drops people and names that are
// ordinary words. Our own lexicons (organizations.ts …) win where both name something.
import type { OrgCategory } from '../../model';
import { STATES_OF_CAPITAL } from './countries';
import data from './phoenix-actors.json';
import placeCountries from './place-countries.json';

/** [name, category, ...aliases], as organizations.ts. */
export type PhoenixOrganization = [string, OrgCategory, ...string[]];

/**
 * Words that make a Phoenix synonym name the group's people, affiliates or a branch rather than
 * the group: "Al Qaida-Affiliated", "Al Qaida Offshoot", "Al Qaeda Operatives", "Al-Qaeda Linked
 * Abu Sayyaf". Read as the group's names they would merge other actors into it.
 */
const NOT_THE_GROUP = new Set([
  'affiliated',
  'affiliate',
  'affiliates',
  'offshoot',
  'operatives',
  'linked',
  'members',
  'supporters',
]);

/**
 * Whether a Phoenix synonym names the record's own actor: not its people or affiliates, and not
 * a branch "in" a place when the record's name has none ("Al-Qaeda in Iraq" is another group).
 */
const namesTheGroup = (name: string, alias: string): boolean =>
  !alias.split(/[\s-]+/).some((w) => NOT_THE_GROUP.has(w.toLowerCase())) &&
  (/\bin\b/.test(name) || !/ in [A-Z]/.test(alias));

/** An armed group's record with only the synonyms that name the group itself. */
const armedGroup = ([name, , ...aliases]: string[]): PhoenixOrganization => [
  name,
  'armed_group',
  ...aliases.filter((a) => namesTheGroup(name, a)),
];

/** Intergovernmental bodies, NGOs, companies and media, then armed groups. */
export const PHOENIX_ORGANIZATIONS: readonly PhoenixOrganization[] = [
  ...(data.organizations as PhoenixOrganization[]),
  ...data.armedGroups.map(armedGroup),
];

/** An armed group's home country, by the group's name ("Shining Path" → "Peru"). */
export const HOME_COUNTRIES: ReadonlyMap<string, string> = new Map(
  data.armedGroups.filter(([, country]) => country).map(([name, country]) => [name, country]),
);

/**
 * Places that Phoenix's country records list as aliases of their country: cities, provinces,
 * districts and regions ("Kandahar", "Idlib", "North Waziristan"), [place, country].
 */
export const PHOENIX_PLACES: readonly (readonly [string, string])[] = data.places as [string, string][];

/**
 * The one country each place of our lists lies in, as Phoenix files it ("Mosul" → Iraq), by the
 * place's canonical name; capitals and names filed under two countries are left out. Built into
 * place-countries.json by scripts/build-place-countries.mjs.
 */
export const PLACE_COUNTRIES: ReadonlyMap<string, string> = new Map(Object.entries(placeCountries.places));

/**
 * The country a story is set in when it never names it: the places it names (and the places its
 * bodies' names open on: "Jammu and Kashmir Police") all lie, by PLACE_COUNTRIES, in one country
 * that is not among `countries`, the countries it does name. A Kashmir report that names Pakistan
 * only as a militant's nationality is set in India; its bare "Security Forces" are not Pakistan's.
 */
export function unnamedSceneCountry(
  placeNames: readonly string[],
  bodyNames: readonly string[],
  countries: readonly string[],
): string | undefined {
  const lying = new Set<string>();
  for (const name of placeNames) {
    // a capital lies in its state too ("Tbilisi" in a story that also names a stray "Molotov")
    const country = PLACE_COUNTRIES.get(name) ?? STATES_OF_CAPITAL.get(name)?.[0];
    if (country) lying.add(country);
  }
  for (const name of bodyNames) {
    const words = name.split(' ');
    for (let k = 1; k < Math.min(words.length, 5); k++) {
      const country = PLACE_COUNTRIES.get(words.slice(0, k).join(' '));
      if (country) lying.add(country);
    }
  }
  const [scene] = lying;
  return lying.size === 1 && !countries.includes(scene) ? scene : undefined;
}

/** National institutions, parties and armed groups filed under a country, as organizations.ts. */
export const PHOENIX_STATE_BODIES: readonly PhoenixOrganization[] = data.stateBodies as PhoenixOrganization[];

/**
 * Other spellings of actors our own lexicons name, from the Phoenix records of the same actor
 * ("Taleban" for "Taliban", "Al Qa'ida" for "al-Qaeda"): [our name, ...spellings].
 */
export const PHOENIX_VARIANTS: readonly (readonly string[])[] = data.variants;

/** The letters of a name, for matching spellings ("People's" and "Peoples"). */
export const nameLetters = (name: string): string => name.toLowerCase().replace(/[^a-z]/g, '');

/**
 * A state's military body's country by the letters of its name or an alias, from the country
 * record it is filed under ("Peoples Liberation Army" → China, "Royal Air Force" → United Kingdom).
 */
export const MILITARY_BODY_COUNTRIES: ReadonlyMap<string, string> = (() => {
  const countries: Record<string, string> = data.stateBodyCountries;
  const out = new Map<string, string>();
  for (const [name, category, ...aliases] of PHOENIX_STATE_BODIES) {
    const country = countries[name];
    if (category !== 'military' || !country) continue;
    for (const n of [name, ...aliases]) out.set(nameLetters(n), country);
  }
  return out;
})();

/**
 * A state's government or military body's country by the letters of its name or an alias, from
 * the country record it is filed under ("Guardian Council" → Iran, "Federal Trade Commission" →
 * United States); not parties or armed groups filed under a country.
 */
export const STATE_BODY_COUNTRIES: ReadonlyMap<string, string> = (() => {
  const countries: Record<string, string> = data.stateBodyCountries;
  const out = new Map<string, string>();
  for (const [name, category, ...aliases] of PHOENIX_STATE_BODIES) {
    const country = countries[name];
    if ((category !== 'military' && category !== 'government') || !country) continue;
    for (const n of [name, ...aliases]) out.set(nameLetters(n), country);
  }
  return out;
})();

/** Heads of state and government and ministers of the country records ("Hamid Karzai"). */
export const PHOENIX_PEOPLE: readonly string[] = data.people;

/** Role nouns and the sector they signal: "minister" → GOV, "commander" → MIL, "rebel" → REB. */
export const ROLE_SECTORS: ReadonlyMap<string, string> = new Map(Object.entries(data.roles));
