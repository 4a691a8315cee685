// People whose country is known from reference data: the heads of state, ministers and other
// office holders of the Phoenix country dictionaries (PETRARCH2, MIT licence: PHOENIX-LICENSE.txt
// beside this file; to about 2015), built into office-holders.json by
// scripts/build-office-holders.mjs. A national title written without a country ("President X")
// goes to the country the person is known to serve, not to whichever country the article is about.
import data from './office-holders.json';

/** Initials, suffixes and punctuation dropped, so "John F. Kerry" and "JOHN_KERRY" meet. */
const DROPPED = new Set(['jr', 'sr', 'ii', 'iii', 'iv']);

/** The key a person's name is looked up by: lower case, no accents, no initials or suffixes. */
export function personKey(name: string): string {
  return name
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[_\-‐–]/g, ' ')
    .replace(/[.,'’]/g, '')
    .split(/\s+/)
    .filter((w) => w.length > 1 && !DROPPED.has(w))
    .join(' ');
}

/** Person key → ISO 3166 alpha-2 code of the country they serve. */
const BY_KEY: ReadonlyMap<string, string> = new Map(
  Object.entries(data.countries as Record<string, string[]>).flatMap(([code, keys]) =>
    keys.map((key) => [key, code] as [string, string]),
  ),
);

/**
 * A surname alone ("Putin") → the country, where every person of the data with that surname
 * serves the same one and the surname is not a short or common word of names.
 */
const BY_SURNAME: ReadonlyMap<string, string | null> = (() => {
  const bySurname = new Map<string, string | null>();
  for (const [key, code] of BY_KEY) {
    const surname = key.slice(key.lastIndexOf(' ') + 1);
    if (surname.length < 4) continue;
    const seen = bySurname.get(surname);
    bySurname.set(surname, seen === undefined || seen === code ? code : null);
  }
  return bySurname;
})();

/** A key's first and last words: "roch marc christian kabore" → "roch kabore". */
function firstAndLast(key: string): string {
  const words = key.split(' ');
  return `${words[0]} ${words[words.length - 1]}`;
}

/**
 * A name's first and last words → the country, where every person of the data so named serves
 * the same one: news writes a middle name the data lacks, or drops one it has ("Roch Marc
 * Kabore" for the data's "roch marc christian kabore").
 */
const BY_FIRST_AND_LAST: ReadonlyMap<string, string | null> = (() => {
  const byName = new Map<string, string | null>();
  for (const [key, code] of BY_KEY) {
    const name = firstAndLast(key);
    const seen = byName.get(name);
    byName.set(name, seen === undefined || seen === code ? code : null);
  }
  return byName;
})();

/** A surname alone → every country some person of the data with that surname serves. */
const SURNAME_COUNTRIES: ReadonlyMap<string, ReadonlySet<string>> = (() => {
  const bySurname = new Map<string, Set<string>>();
  for (const [key, code] of BY_KEY) {
    const surname = key.slice(key.lastIndexOf(' ') + 1);
    if (surname.length < 4) continue;
    const codes = bySurname.get(surname);
    if (codes) codes.add(code);
    else bySurname.set(surname, new Set([code]));
  }
  return bySurname;
})();

const NONE: ReadonlySet<string> = new Set();

/**
 * The countries whose office holders of the data bear a name written alone ("Bush": the United
 * States and the Cayman Islands); none for a full name.
 */
export function surnameCountries(name: string): ReadonlySet<string> {
  const key = personKey(name);
  return key.includes(' ') ? NONE : (SURNAME_COUNTRIES.get(key) ?? NONE);
}

/** The ISO alpha-2 code of the country a named person is known to hold office in, if any. */
export function officeHolderCountry(name: string): string | undefined {
  const key = personKey(name);
  if (!key.includes(' ')) return BY_SURNAME.get(key) ?? undefined;
  return BY_KEY.get(key) ?? BY_FIRST_AND_LAST.get(firstAndLast(key)) ?? undefined;
}
