// "Turkish National Defense Minister X", "Iraqi Deputy Prime Minister Y": a country's name or
// demonym inside the run of capitalised words right before a person names the state of the
// title those words make. The title rules read with names only, and a demonym is no name, so a
// rule that matches the title from a later word ("National Defense Minister X") would otherwise
// give it the article's country (round 48, fresh news: a visiting minister given his host's state).
import { COUNTRIES } from '../lexicon/countries';

/** Every name and demonym of a sovereign country, lower-cased, with its ISO alpha-2 code. */
const FORMS: ReadonlyMap<string, string> = new Map(
  COUNTRIES.filter((c) => c.sovereign).flatMap((c) =>
    [...c.names, ...c.demonyms].map((form) => [form.toLowerCase(), c.code] as const),
  ),
);
/** How many words a country's form may have ("United Arab Emirates"). */
const LONGEST_FORM = 4;

/** The run of capitalised words (and the links inside titles) that ends the text. */
const TITLE_RUN = /(?:(?:\p{Lu}[\p{L}.'’-]*|of|for|the) )+$/u;

/**
 * The ISO code of the country named inside the capitalised run that ends `before` (the
 * sentence's words up to the person), the one nearest the person, or undefined when the run names
 * none. The run's first word may only open the sentence ("Receiving Turkish … Minister X"); a
 * possessive counts as its owner ("Iran's Foreign Minister X").
 */
export function countryInTitleRun(before: string): string | undefined {
  const run = TITLE_RUN.exec(before)?.[0];
  if (!run) return undefined;
  const words = run
    .trim()
    .split(' ')
    .map((w) => w.replace(/['’]s?$/, '').toLowerCase());
  for (let a = words.length - 1; a >= 0; a--)
    for (let n = Math.min(LONGEST_FORM, words.length - a); n >= 1; n--) {
      const code = FORMS.get(words.slice(a, a + n).join(' '));
      if (code) return code;
    }
  return undefined;
}
