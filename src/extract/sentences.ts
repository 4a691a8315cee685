// Sentence splitting with exact offsets into the article text. Rule-based rather than
// compromise-based so that offsets are exact and abbreviations (U.S., Gen., Jan., Fla.)
// and initials (Mary K. Olsen) do not end a sentence.
import type { Sentence } from '../model';
import { ABBREVIATIONS, SENTENCE_STARTERS } from './lexicon/abbreviations';

// A candidate end: terminal punctuation, optional closing quotes/brackets, then whitespace.
const END = /[.!?…]+["'”’)\]]*(?=\s)/g;
// Lines are hard boundaries: paragraphs, headlines and speaker labels stand on their own.
const LINE = /[^\n]+/g;
const WORD_BEFORE = /([\p{L}\p{N}.'’-]+)$/u;
const NEXT_WORD = /^\s+["“‘(]*([\p{L}\p{N}]+)/u;

export function splitSentences(text: string): Sentence[] {
  const out: Sentence[] = [];
  const push = (start: number, end: number): void => {
    while (start < end && /\s/.test(text[start])) start++;
    while (end > start && /\s/.test(text[end - 1])) end--;
    if (end > start) out.push({ index: out.length, text: text.slice(start, end), start, end });
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

function isBoundary(body: string, at: number, punct: string, end: number): boolean {
  const next = NEXT_WORD.exec(body.slice(end));
  if (!next) return true;
  const nextWord = next[1];
  // A lower-case continuation never starts a sentence ("10 p.m. that John…").
  if (!/^[\p{Lu}\p{N}]/u.test(nextWord)) return false;
  if (!punct.startsWith('.') || punct.startsWith('..')) return true;
  const before = WORD_BEFORE.exec(body.slice(0, at));
  if (!before) return true;
  const word = before[1].replace(/^.*[-']/, '');
  // Initials: "K." in "Mary K. Olsen".
  if (/^\p{Lu}$/u.test(word)) return false;
  const abbr = `${word}.`.toLowerCase();
  if (ABBREVIATIONS.has(abbr) || /^(\p{L}\.)+\p{L}$/u.test(word)) {
    // "U.S. The …": an abbreviation can still end a sentence before a typical opener.
    return SENTENCE_STARTERS.has(nextWord);
  }
  return true;
}
