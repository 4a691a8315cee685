// A copy of the text, same length, with ALL-CAPS runs (speaker labels, datelines, headings:
// "DEPUTY SPOKESPERSON ANA RUIZ:", "MOBILE, Ala.", "FLOODING IN THE NORTH")
// title-cased, so that the recogniser and compromise read them like ordinary names.
// Offsets are unchanged, so mentions still point at the original words.
import { FUNCTION_WORDS } from '../lexicon/common-words';
import { GAZETTEER } from './gazetteer';

// Two or more all-caps words on one line, e.g. a speaker label or a heading.
const CAPS_RUN = /\b[A-Z][A-Z'’-]+(?:[ \t]+(?:[A-Z][A-Z'’-]*|\d+))+\b/g;
// A dateline: one all-caps word opening a paragraph, then a comma or a dash.
const DATELINE = /(^|\n)([A-Z][A-Z'’-]{3,})(?=\s*(?:,|—|–|-\s))/g;

export function casedText(text: string): string {
  if (!/[A-Z]{2}/.test(text)) return text;
  return text
    .replace(CAPS_RUN, (run, at: number, all: string) =>
      opensOrFillsLine(all, at, run.length) ? run.replace(/[A-Za-z'’-]+/g, titleCase) : run,
    )
    .replace(DATELINE, (_m, lead: string, word: string) => lead + titleCase(word));
}

/**
 * A label or heading opens its line ("ANA RUIZ: Thank you"), is the whole line, ends on a colon or
 * runs to three words; a shorter run inside a sentence of ordinary case is a name written so
 * ("fined E.ON AG", "BASF SE said") and stays.
 */
function opensOrFillsLine(text: string, at: number, length: number): boolean {
  // three words or more, or a label's colon after it ("BOSTON — DEPUTY PRESS SECRETARY ANA RUIZ:")
  if (text.slice(at, at + length).split(/\s+/).length >= 3 || /^\s*:/.test(text.slice(at + length)))
    return true;
  const start = text.lastIndexOf('\n', at - 1) + 1;
  if (/^[\s"“'‘(•*-]*$/.test(text.slice(start, at))) return true;
  const end = text.indexOf('\n', at + length);
  return !/[a-z]/.test(text.slice(start, end < 0 ? text.length : end));
}

/**
 * Initials: an all-caps word of two to four letters with no vowel cannot be read as a word, so
 * it is spelt out ("TC TV", "NTV", "KRT") and stays as written; abbreviations of titles
 * ("MR", "DR", "ST") are the exception, written "Mr" when title-cased.
 */
const INITIALS = /^[B-DF-HJ-NP-TV-XZ]{2,4}$/;
const CASED_ABBREVIATIONS: ReadonlySet<string> = new Set([
  'MR',
  'MRS',
  'MS',
  'DR',
  'ST',
  'JR',
  'SR',
  'LT',
  'SGT',
  'MT',
]);

function titleCase(word: string): string {
  if (word.length < 2 || GAZETTEER.acronyms.has(word)) return word;
  if (INITIALS.test(word) && !CASED_ABBREVIATIONS.has(word)) return word;
  const lower = word.toLowerCase();
  if (FUNCTION_WORDS.has(lower)) return lower;
  return word[0] + lower.slice(1);
}
