// Scraped text often breaks a paragraph inside a sentence: `against U.` / blank line /
// `S and Coalition personnel`. Such breaks are joined back, so that sentence splitting and
// the evidence sentences see the sentence whole.

/** A paragraph that ends with initials such as `U.` or `U.K.`: the next may continue the token. */
const ENDS_WITH_INITIALS = /(?:^|[\s(“"‘'])(?:[A-Z]\.)+$/;
/**
 * The next paragraph continues the initials: a lone capital, as `S and …` or `S. forces`; not a
 * paragraph that opens on initials of its own ("the U.S." / "U.S. President …").
 */
const CONTINUES_INITIALS = /^[A-Z](?:\.(?![A-Z]\.)|(?![\p{L}\p{N}.]))/u;
/** Titles and other abbreviations that are never the end of a sentence. */
const ENDS_WITH_ABBREVIATION =
  /\b(?:Mr|Mrs|Ms|Dr|Gen|Lt|Col|Maj|Capt|Sgt|Adm|Sen|Rep|Gov|Pres|Prof|Rev|St|Ft|Mt|No|Nos|vs|Jan|Feb|Mar|Apr|Aug|Sept?|Oct|Nov|Dec)\.$/;
/** Ends a sentence: terminal punctuation, perhaps followed by closing quotes or brackets. */
const ENDS_SENTENCE = /[.!?…][”’"')\]]*$/;
/** Clearly mid-sentence: a comma, a hyphen or dash, an opening quote, or a joining word. */
const ENDS_MID_SENTENCE = /(?:[,(“‘\-–—]|\b(?:and|or|of|the|a|an|to|by|for|with|from)\b)$/;

/**
 * Every test below looks at how the paragraph before ends: only its tail is read, so that
 * joining thousands of broken paragraphs into one stays linear (a whole-string test per join
 * was quadratic). No initials, abbreviation or joining word is longer than the tail.
 */
const TAIL = 200;

export function repairParagraphs(paragraphs: readonly string[]): string[] {
  // Each paragraph as its pieces, joined once at the end: a string grown by `+=` and then
  // read would be copied whole on every join.
  const out: string[][] = [];
  for (const paragraph of paragraphs) {
    const previous = out[out.length - 1];
    const glue = previous === undefined ? undefined : joinWith(tailOf(previous), paragraph);
    if (glue === undefined) out.push([paragraph]);
    else previous.push(glue, paragraph);
  }
  return out.map((pieces) => pieces.join(''));
}

/** The last TAIL characters (or all) of a paragraph held as pieces. */
function tailOf(pieces: readonly string[]): string {
  let tail = '';
  for (let i = pieces.length - 1; i >= 0 && tail.length < TAIL; i--) tail = pieces[i] + tail;
  return tail.length > TAIL ? tail.slice(-TAIL) : tail;
}

/** The text that joins two paragraphs back into one, or undefined when the break is real. */
function joinWith(before: string, next: string): string | undefined {
  if (ENDS_WITH_INITIALS.test(before) && CONTINUES_INITIALS.test(next)) return '';
  if (ENDS_WITH_ABBREVIATION.test(before) && /^\p{Lu}/u.test(next)) return ' ';
  if (ENDS_MID_SENTENCE.test(before)) return ' ';
  if (!ENDS_SENTENCE.test(before) && /^\p{Ll}/u.test(next)) return ' ';
  return undefined;
}
