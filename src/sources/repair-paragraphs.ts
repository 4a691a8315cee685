// Scraped text often breaks a paragraph inside a sentence: `against U.` / blank line /
// `S and Coalition personnel`. Such breaks are joined back, so that sentence splitting and
// the evidence sentences see the sentence whole.

/** A paragraph that ends with initials such as `U.` or `U.K.`: the next may continue the token. */
const ENDS_WITH_INITIALS = /(?:^|[\s(“"‘'])(?:[A-Z]\.)+$/;
/** The next paragraph continues the initials: a lone capital, as `S and …` or `S. forces`. */
const CONTINUES_INITIALS = /^[A-Z](?:\.|(?![\p{L}\p{N}]))/u;
/** Titles and other abbreviations that are never the end of a sentence. */
const ENDS_WITH_ABBREVIATION =
  /\b(?:Mr|Mrs|Ms|Dr|Gen|Lt|Col|Maj|Capt|Sgt|Adm|Sen|Rep|Gov|Pres|Prof|Rev|St|Ft|Mt|No|Nos|vs|Jan|Feb|Mar|Apr|Aug|Sept?|Oct|Nov|Dec)\.$/;
/** Ends a sentence: terminal punctuation, perhaps followed by closing quotes or brackets. */
const ENDS_SENTENCE = /[.!?…][”’"')\]]*$/;
/** Clearly mid-sentence: a comma, a hyphen or dash, an opening quote, or a joining word. */
const ENDS_MID_SENTENCE = /(?:[,(“‘\-–—]|\b(?:and|or|of|the|a|an|to|by|for|with|from)\b)$/;

export function repairParagraphs(paragraphs: readonly string[]): string[] {
  const out: string[] = [];
  for (const paragraph of paragraphs) {
    const previous = out[out.length - 1];
    const glue = previous === undefined ? undefined : joinWith(previous, paragraph);
    if (glue === undefined) out.push(paragraph);
    else out[out.length - 1] = previous + glue + paragraph;
  }
  return out;
}

/** The text that joins two paragraphs back into one, or undefined when the break is real. */
function joinWith(before: string, next: string): string | undefined {
  if (ENDS_WITH_INITIALS.test(before) && CONTINUES_INITIALS.test(next)) return '';
  if (ENDS_WITH_ABBREVIATION.test(before) && /^\p{Lu}/u.test(next)) return ' ';
  if (ENDS_MID_SENTENCE.test(before)) return ' ';
  if (!ENDS_SENTENCE.test(before) && /^\p{Ll}/u.test(next)) return ' ';
  return undefined;
}
