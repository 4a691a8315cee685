// Whether a text names a country by its name or a demonym, for titles and bodies named with
// their state ("the Peruvian Army", "French Defense Minister").
import type { Entity } from '../../model';
import { COUNTRIES } from '../lexicon/countries';
import { escapeRegex } from '../escape-regex';

const RECORD_BY_NAME = new Map(COUNTRIES.map((c) => [c.name, c]));

/**
 * Each word's test, built once: titles and bodies ask about the same few countries in every
 * article. Bounded, since a country's name may be one an article made up.
 */
const WORD_TESTS = new Map<string, RegExp>();
function wordTest(word: string): RegExp {
  let test = WORD_TESTS.get(word);
  if (!test) {
    if (WORD_TESTS.size >= 4096) WORD_TESTS.clear();
    WORD_TESTS.set(word, (test = new RegExp(`\\b${word}\\b`)));
  }
  return test;
}

/** The text names the country, by its name or a demonym: "the Peruvian Army", "Peru's". */
export function namesCountry(text: string, country: Entity): boolean {
  const words = [country.name, ...(RECORD_BY_NAME.get(country.name)?.demonyms ?? [])];
  return words.some((w) => wordTest(w).test(text));
}

/**
 * Where a text last names the country: by its name, one of the article's forms ("U.S.") or a
 * demonym ("Chinese State Councilor"); -1 if nowhere.
 */
export function lastNamedAt(text: string, country: Entity): number {
  const demonyms = RECORD_BY_NAME.get(country.name)?.demonyms ?? [];
  let last = -1;
  for (const form of [country.name, ...country.aliases, ...demonyms]) {
    // most forms are not in the text: no pattern made for them
    if (!text.includes(form)) continue;
    for (const m of text.matchAll(new RegExp(`(?<![\\w.])${escapeRegex(form)}(?![\\w])`, 'g')))
      last = Math.max(last, m.index);
  }
  return last;
}
