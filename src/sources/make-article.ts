// The one place where a source's raw fields become an Article: text cleaned, id given or
// derived from the content, title given or taken from the text, date made ISO when it can be.
import type { Article } from '../model';
import { cleanParagraphs } from './clean-text';
import { normalizeCharacters } from './normalize-text';
import { contentId } from './article-id';

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

/** The Article, or undefined when nothing readable is left after cleaning. */
export function makeArticle(raw: RawArticle): Article | undefined {
  const paragraphs = cleanParagraphs(raw.text);
  if (paragraphs.length === 0) return undefined;
  const text = paragraphs.join('\n\n');
  const givenTitle =
    raw.title === undefined ? '' : normalizeCharacters(raw.title).replace(/\s+/g, ' ').trim();
  const title =
    givenTitle ||
    (raw.titleFromFirstLine && looksLikeHeadline(paragraphs[0]) ? paragraphs[0] : shorten(paragraphs[0]));
  const article: Article = { id: raw.id?.trim() || contentId(text), title, text, source: raw.source };
  const url = raw.url?.trim();
  if (url) article.url = url;
  const published = toIsoDate(raw.published);
  if (published) article.published = published;
  return article;
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
