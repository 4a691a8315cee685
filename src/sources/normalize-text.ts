// Unicode and whitespace normalisation, so that every source gives text of one shape:
// NFC, no zero-width or control characters, single spaces, paragraphs split by a blank line.
// Quotes and dashes are kept as written: the evidence sentences must read like the article
// (the one exception: a modifier letter apostrophe between letters, below).

const ZERO_WIDTH = /[\u00AD\u180E\u200B-\u200D\u2060\uFEFF]/g;
// NBSP, the typographic spaces, tabs and the rest of Unicode's space separators.
const ODD_SPACE = /[\t\v\f\u00A0\u1680\u2000-\u200A\u202F\u205F\u3000]/g;
// C0/C1 controls other than the newline (which carries the paragraph structure).
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u0009\u000B-\u001F\u007F-\u009F]/g;
const TERMINAL = /[.!?…:;"”’)\]]$/;
// The modifier letter apostrophe (U+02BC) that text taken from PDFs writes for an apostrophe
// ("Treasuryʼs"): between letters it is the right single quote, so "Treasuryʼs Office" reads
// as a possessive.
const LETTER_APOSTROPHE = /(?<=\p{L})\u02BC(?=\p{L})/gu;

/** NFC, line endings, odd spaces and invisible characters; lines trimmed. Newlines are kept. */
export function normalizeCharacters(raw: string): string {
  return raw
    .replace(/\r\n?|[\u2028\u2029\u0085]/g, '\n')
    .normalize('NFC')
    .replace(ZERO_WIDTH, '')
    .replace(ODD_SPACE, ' ')
    .replace(CONTROL, '')
    .replace(LETTER_APOSTROPHE, '’')
    .split('\n')
    .map((line) => line.replace(/ {2,}/g, ' ').trim())
    .join('\n');
}

/**
 * Splits normalised text into paragraphs. A blank line always ends a paragraph. A single
 * newline is a hard wrap (joined with a space) when the line before it stops mid-sentence
 * and was broken for width; otherwise it ends a paragraph too, as after a headline.
 */
export function toParagraphs(text: string): string[] {
  const paragraphs: string[] = [];
  for (const block of text.split(/\n{2,}/)) {
    let current = '';
    let previousLine = '';
    for (const line of block.split('\n')) {
      if (!line) continue;
      if (!current) current = line;
      else if (isHardWrap(previousLine, line)) current += ' ' + line;
      else {
        paragraphs.push(current);
        current = line;
      }
      previousLine = line;
    }
    if (current) paragraphs.push(current);
  }
  return paragraphs;
}

function isHardWrap(line: string, next: string): boolean {
  if (TERMINAL.test(line)) return false;
  if (/^[\p{Ll}(,]/u.test(next)) return true;
  // A wrapped line was broken because the next word did not fit; a next line longer than
  // this one plus its first word shows the break was not forced by the width (a headline).
  const firstWord = next.split(' ', 1)[0];
  if (next.length > line.length + 1 + firstWord.length) return false;
  return line.length >= 40;
}

/** Whether the paragraph ends like a finished sentence (or a quotation that closes one). */
export function endsSentence(paragraph: string): boolean {
  return TERMINAL.test(paragraph);
}
