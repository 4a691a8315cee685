// The one place where a source's raw fields become an Article: text cleaned, id given or
// derived from the content, title given or taken from the text, date made ISO when it can be.
// Every field is bounded here, before anything reaches the database: Neo4j refuses index
// keys over ~8 KB, and extraction must never see a run it cannot read in linear time.
import type { Article } from '../model';
import { MAX_SENTENCE_CHARS, MAX_WORD_CHARS } from '../model/limits';
import { ErrorCode } from '../errors';
import { cleanParagraphs } from './clean-text';
import { normalizeCharacters } from './normalize-text';
import { contentId } from './article-id';
import { inputFailure, type InputFailure } from './input-failure';

/** Longest id taken as given: ids are index keys, and a longer one is a broken record. */
export const MAX_ID_CHARS = 512;
/** Longer titles are shortened at a word boundary. */
export const MAX_TITLE_CHARS = 500;
/** Longer addresses are left out (the article is kept). */
export const MAX_URL_CHARS = 2048;

const LONG_WORD = new RegExp(`\\S{${MAX_WORD_CHARS + 1},}`, 'g');

/** An article, with what was left out of it (each a one-line note); or why there is none. */
export type MadeArticle = { article: Article; notes: string[] } | InputFailure;

export interface RawArticle {
  id?: string;
  title?: string;
  /** Text with paragraphs separated by blank lines; cleaned here. */
  text: string;
  url?: string;
  published?: string;
  source: string;
  /** Plain text whose first line may be its headline; the headline stays in the text. */
  titleFromFirstLine?: boolean;
}

/** The Article, or a failure when its id is unusable or nothing readable is left after cleaning. */
export function makeArticle(raw: RawArticle): MadeArticle {
  const givenId = raw.id?.trim();
  if (givenId && givenId.length > MAX_ID_CHARS) {
    const message = `id too long: ${givenId.length} characters, the limit is ${MAX_ID_CHARS}`;
    return inputFailure(raw.source, ErrorCode.INPUT_INVALID, message);
  }
  const notes: string[] = [];
  const paragraphs = cleanParagraphs(withoutLongWords(raw.text, notes));
  if (paragraphs.length === 0)
    return inputFailure(raw.source, ErrorCode.INPUT_INVALID, 'no article text left after cleaning');
  const text = paragraphs.join('\n\n');
  const longest = longestStretchWithoutEnd(paragraphs);
  if (longest > MAX_SENTENCE_CHARS)
    notes.push(
      `a stretch of ${longest} characters without a sentence end is read in pieces of at most ${MAX_SENTENCE_CHARS}`,
    );
  const givenTitle =
    raw.title === undefined ? '' : normalizeCharacters(raw.title).replace(/\s+/g, ' ').trim();
  const title = shorten(
    givenTitle ||
      (raw.titleFromFirstLine && looksLikeHeadline(paragraphs[0]) ? paragraphs[0] : shorten(paragraphs[0])),
    MAX_TITLE_CHARS,
  );
  const article: Article = { id: givenId || contentId(text), title, text, source: raw.source };
  const url = raw.url?.trim();
  if (url && url.length > MAX_URL_CHARS)
    notes.push(`url left out: ${url.length} characters, the limit is ${MAX_URL_CHARS}`);
  else if (url) article.url = url;
  const published = toIsoDate(raw.published);
  if (published) article.published = published;
  return { article, notes };
}

/** Runs without a space longer than any word are not prose: left out, and noted. */
function withoutLongWords(text: string, notes: string[]): string {
  let count = 0;
  let longest = 0;
  const kept = text.replace(LONG_WORD, (word) => {
    count++;
    longest = Math.max(longest, word.length);
    return ' ';
  });
  if (count > 0)
    notes.push(
      `left out ${count === 1 ? 'a word' : `${count} words`} over ${MAX_WORD_CHARS} characters (the longest ${longest})`,
    );
  return kept;
}

/** Characters in the longest run of a paragraph without sentence-ending punctuation. */
function longestStretchWithoutEnd(paragraphs: readonly string[]): number {
  let longest = 0;
  for (const paragraph of paragraphs) {
    let run = 0;
    for (let i = 0; i < paragraph.length; i++) {
      const c = paragraph[i];
      run = c === '.' || c === '!' || c === '?' || c === '…' ? 0 : run + 1;
      if (run > longest) longest = run;
    }
  }
  return longest;
}

/** One short line that does not end like a sentence: "Iraq: US launches new strikes on …". */
export function looksLikeHeadline(line: string): boolean {
  const words = line.split(' ').length;
  return line.length <= 160 && words <= 25 && !/[.,;:]$/.test(line) && /^[\p{Lu}\p{N}"“‘']/u.test(line);
}

/** A stand-in title: the start of the text, cut at a word boundary. */
function shorten(paragraph: string, max = 80): string {
  if (paragraph.length <= max) return paragraph;
  const cut = paragraph.slice(0, max);
  return cut.slice(0, Math.max(cut.lastIndexOf(' '), 1)) + '…';
}

/** ISO dates pass as given; other dates (RSS's RFC 822) become ISO date-times; junk is dropped. */
export function toIsoDate(value: string | undefined): string | undefined {
  const v = value?.trim();
  if (!v) return undefined;
  if (/^\d{4}-\d{2}-\d{2}(?:[T ][\d:.]+(?:Z|[+-]\d{2}:?\d{2})?)?$/.test(v)) return v;
  const ms = Date.parse(v);
  return Number.isNaN(ms) ? undefined : new Date(ms).toISOString();
}
