// Sentence splitting with exact offsets into the article text. Rule-based rather than
// compromise-based so that offsets are exact and abbreviations (U.S., Gen., Jan., Fla.)
// and initials (Mary K. Olsen) do not end a sentence.
//
// Linear in the text, whatever it holds: every regex either has bounded quantifiers or
// runs on a bounded window around a candidate end, never on the rest of a line. A stretch
// longer than MAX_SENTENCE_CHARS without a sentence end is cut into pieces at spaces, and a
// "word" longer than MAX_WORD_CHARS is left out, so nothing after this sees an unbounded run.
import type { Sentence } from '../model';
import { MAX_SENTENCE_CHARS, MAX_WORD_CHARS } from '../model/limits';
import { ABBREVIATIONS, SECOND_RANKS, SENTENCE_STARTERS, nearFirstRank } from './lexicon/abbreviations';

export { MAX_SENTENCE_CHARS };

// A candidate end: terminal punctuation, optional closing quotes/brackets, then whitespace.
// The quantifiers are bounded, so a run of ten thousand dots costs ten thousand steps.
const END = /[.!?…]{1,8}["'”’)\]]{0,4}(?=\s)/g;
// Lines are hard boundaries: paragraphs, headlines and speaker labels stand on their own.
const LINE = /[^\n]+/g;
// Read on windows of WINDOW characters before and after a candidate end, never the whole line.
const WINDOW = 64;
/** One character of a word before a candidate end (a letter or digit, an inner period, apostrophe or hyphen). */
const WORD_CHAR = /^[\p{L}\p{N}.'’-]$/u;
// a currency sign opens the next word's amount: "Inc. €337.5 million" runs on
const NEXT_WORD = /^\s{1,8}["“‘(]{0,4}\p{Sc}?([\p{L}\p{N}]+)/u;
const TOKEN = /\S+/g;
/** A line that opens with a list's marker. */
const LIST_ITEM = /^\s{0,8}[-–—•*▪●]\s/u;

export function splitSentences(text: string): Sentence[] {
  const out: Sentence[] = [];
  const emit = (start: number, end: number): void => {
    if (end <= start) return;
    const line = text.slice(start, end);
    out.push({ index: out.length, text: line, start, end, titleCase: isTitleCaseLine(line) });
  };
  const push = (start: number, end: number): void => {
    while (start < end && /\s/.test(text[start])) start++;
    while (end > start && /\s/.test(text[end - 1])) end--;
    if (end - start > MAX_SENTENCE_CHARS || hasLongToken(text, start, end)) cutLong(text, start, end, emit);
    else emit(start, end);
  };
  for (const line of text.matchAll(LINE)) {
    const base = line.index ?? 0;
    const body = line[0];
    let start = 0;
    for (const m of body.matchAll(END)) {
      const end = (m.index ?? 0) + m[0].length;
      if (isBoundary(body, m.index ?? 0, m[0], end)) {
        push(base + start, base + end);
        start = end;
      }
    }
    push(base + start, base + body.length);
  }
  return out;
}

/**
 * A title-case line without final punctuation ("Treasury Hits Five Firms For Funding Militants"):
 * most of its words of four letters or more capitalised. Its capitals say nothing, so the entity
 * step reads no unknown name from them and the rules read its words in lower case. Computed here,
 * once per sentence, for both. A line ending in a colon introduces what follows ("As stated by
 * Spokesperson Ana Ruiz:"). A stop inside a closing bracket ends a sentence too ("(File No. 12;
 * the staff contacts are Ana Ruiz and Tom Bell, Bureau of Competition.)").
 */
function isTitleCaseLine(line: string): boolean {
  if (/[.!?"”:][)\]]?\s*$/.test(line)) return false;
  // "- Brigadier General Ana Ruiz", "• Acme Trading Co": an item of a list, no headline
  if (LIST_ITEM.test(line)) return false;
  const words = line.match(/\p{L}[\p{L}'’-]{3,}/gu) ?? [];
  return words.length >= 3 && words.filter((w) => /^\p{Lu}/u.test(w)).length / words.length >= 0.75;
}

function hasLongToken(text: string, start: number, end: number): boolean {
  let run = 0;
  for (let i = start; i < end; i++) {
    run = /\s/.test(text[i]) ? 0 : run + 1;
    if (run > MAX_WORD_CHARS) return true;
  }
  return false;
}

/**
 * A stretch too long to be one sentence: pieces of at most MAX_SENTENCE_CHARS, cut after the
 * last word that fits; words longer than MAX_WORD_CHARS are left out between pieces.
 */
function cutLong(text: string, start: number, end: number, emit: (s: number, e: number) => void): void {
  TOKEN.lastIndex = start;
  let pieceStart = -1;
  let pieceEnd = -1;
  for (let m = TOKEN.exec(text); m && m.index < end; m = TOKEN.exec(text)) {
    const tokenEnd = Math.min(m.index + m[0].length, end);
    if (tokenEnd - m.index > MAX_WORD_CHARS) {
      if (pieceStart >= 0) emit(pieceStart, pieceEnd);
      pieceStart = -1;
      continue;
    }
    if (pieceStart >= 0 && tokenEnd - pieceStart > MAX_SENTENCE_CHARS) {
      emit(pieceStart, pieceEnd);
      pieceStart = -1;
    }
    if (pieceStart < 0) pieceStart = m.index;
    pieceEnd = tokenEnd;
  }
  if (pieceStart >= 0) emit(pieceStart, pieceEnd);
}

/**
 * Where the run of word characters that ends at `at` starts, read back from `at` to no further than
 * `from` (`at` when there is none): what /[…]+$/u finds on the window, without trying every start.
 * A letter outside the BMP is one character, as with the u flag; one cut by the window's start is not.
 */
function wordStart(body: string, from: number, at: number): number {
  let k = at;
  while (k > from) {
    const low = body.charCodeAt(k - 1);
    const high = k - 2 >= from ? body.charCodeAt(k - 2) : 0;
    const width = low >= 0xdc00 && low <= 0xdfff && high >= 0xd800 && high <= 0xdbff ? 2 : 1;
    if (!WORD_CHAR.test(body.slice(k - width, k))) break;
    k -= width;
  }
  return k;
}

function isBoundary(body: string, at: number, punct: string, end: number): boolean {
  const next = NEXT_WORD.exec(body.slice(end, end + WINDOW));
  if (!next) return true;
  const nextWord = next[1];
  // A lower-case continuation never starts a sentence ("10 p.m. that John…").
  if (!/^[\p{Lu}\p{N}]/u.test(nextWord)) return false;
  if (!punct.startsWith('.') || punct.startsWith('..')) return true;
  const windowStart = Math.max(0, at - WINDOW);
  const from = wordStart(body, windowStart, at);
  // No word, or one longer than the window: no abbreviation or initial is that long.
  if (from === at || (windowStart > 0 && from === windowStart)) return true;
  const word = body.slice(from, at).replace(/^.*[-']/, '');
  // Initials: "K." in "Mary K. Olsen".
  if (/^\p{Lu}$/u.test(word)) return false;
  const abbr = `${word}.`.toLowerCase();
  // "Big. Gen. Ana Ruiz" (a source's typo for "Brig."): a word one letter off a first rank's
  // abbreviation, before a second rank's, opens a compound rank, as "Brig. Gen." does.
  if (SECOND_RANKS.has(nextWord.toLowerCase()) && body[end + next[0].length] === '.' && nearFirstRank(word))
    return false;
  if (ABBREVIATIONS.has(abbr) || /^(\p{L}\.)+\p{L}$/u.test(word)) {
    // "U.S. The …": an abbreviation can still end a sentence before a typical opener.
    return SENTENCE_STARTERS.has(nextWord);
  }
  return true;
}
