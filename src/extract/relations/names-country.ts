// Whether a text names a country by its name or a demonym, for titles and bodies named with
// their state ("the Peruvian Army", "French Defense Minister").
import type { Entity } from '../../model';
import { COUNTRIES } from '../lexicon/countries';

const RECORD_BY_NAME = new Map(COUNTRIES.map((c) => [c.name, c]));

/** The text names the country, by its name or a demonym: "the Peruvian Army", "Peru's". */
export function namesCountry(text: string, country: Entity): boolean {
  const words = [country.name, ...(RECORD_BY_NAME.get(country.name)?.demonyms ?? [])];
  return words.some((w) => new RegExp(`\\b${w}\\b`).test(text));
}
