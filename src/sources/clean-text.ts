// Every source's text goes through the same cleaning, in this order: characters and
// whitespace, paragraphs, furniture dropped, broken sentences joined back.
import { normalizeCharacters, toParagraphs } from './normalize-text';
import { stripBoilerplate } from './strip-boilerplate';
import { repairParagraphs } from './repair-paragraphs';

/** Article text as the rest of newsgraph sees it: paragraphs separated by one blank line. */
export function cleanText(raw: string): string {
  return cleanParagraphs(raw).join('\n\n');
}

export function cleanParagraphs(raw: string): string[] {
  return repairParagraphs(stripBoilerplate(toParagraphs(normalizeCharacters(raw))));
}
