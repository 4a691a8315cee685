// When a fact happened: a date the sentence gives ("on Tuesday", "late Monday", "Dec. 25",
// "last week", "in March 2023", "in 2022"), resolved against the article's date by chrono-node,
// with the precision it was given and the words it came from; otherwise the article's own date;
// otherwise none. Pure: the article's date is the only "now" (an undated article resolves only
// dates that name their year), so the same article always gives the same dates.
import * as chrono from 'chrono-node';
import type { DatePrecision } from '../model';

export interface FactDate {
  /** ISO date: the day; for a week, a day in it ("last week": seven days back); the first day of a month or year. */
  date: string;
  precision: DatePrecision;
  /** The words the date was read from; absent when it is the article's date. */
  text?: string;
}

// Cheap gate: chrono only runs on sentences holding a word a date could be made of.
const DATE_WORD =
  /\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\s+\d|\b(?:mon|tues|wednes|thurs|fri|satur|sun)day\b|\b(?:last|this|past|previous)\s+(?:week|month|year)\b|\b(?:yesterday|today)\b|\b(?:in|since|during|by|until|of)\s+(?:(?:early|mid|late)[- ])?(?:january|february|march|april|may|june|july|august|september|october|november|december|19\d\d|20\d\d)\b/i;
const BARE_YEAR = /\b(?:in|during|since|of)\s+((?:19|20)\d\d)\b(?!\s*(?:[-–/]|percent|people|troops))/i;
const WEEK_WORDS = /\bweek\b/i;
// A fact cannot come after the article that reports it; a day's grace for time zones.
const GRACE_MS = 36 * 3600 * 1000;
// Any fixed instant serves an undated article: only dates that name their year are kept then.
const NO_REFERENCE = new Date(Date.UTC(2000, 0, 1));

/** The article's date as a UTC instant at noon, or undefined when it has none or an unreadable one. */
export function articleInstant(published: string | undefined): Date | undefined {
  const match = published?.match(/^(\d{4})-(\d{2})-(\d{2})/);
  if (!match) return undefined;
  const instant = new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3]), 12));
  return Number.isNaN(instant.getTime()) ? undefined : instant;
}

const iso = (d: Date) => d.toISOString().slice(0, 10);

function precisionOf(result: chrono.ParsedResult): DatePrecision | undefined {
  const known = (c: chrono.Component) => result.start.isCertain(c);
  if (WEEK_WORDS.test(result.text)) return 'week';
  if (known('day') || known('weekday')) return 'day';
  if (known('month')) return 'month';
  if (known('year')) return 'year';
  return undefined; // a time of day alone says nothing about the date
}

function fromChrono(sentence: string, reference: Date | undefined): FactDate | undefined {
  const results = chrono.parse(sentence, { instant: reference ?? NO_REFERENCE, timezone: 0 });
  for (const result of results) {
    const precision = precisionOf(result);
    if (!precision) continue;
    if (!reference && !result.start.isCertain('year')) continue;
    const start = result.start.date();
    if (reference && start.getTime() > reference.getTime() + GRACE_MS) continue;
    const date =
      precision === 'month'
        ? `${iso(start).slice(0, 7)}-01`
        : precision === 'year'
          ? `${start.getUTCFullYear()}-01-01`
          : iso(start);
    return { date, precision, text: result.text.replace(/[\s,;:.]+$/, '') };
  }
  return undefined;
}

function fromBareYear(sentence: string, reference: Date | undefined): FactDate | undefined {
  const match = sentence.match(BARE_YEAR);
  if (!match) return undefined;
  const year = Number(match[1]);
  if (reference && year > reference.getUTCFullYear()) return undefined;
  return { date: `${year}-01-01`, precision: 'year', text: match[0].trim() };
}

/** The date of the fact(s) a sentence states, given the article's publication date. */
export function factDate(sentence: string, published: string | undefined): FactDate | undefined {
  const reference = articleInstant(published);
  const stated = DATE_WORD.test(sentence)
    ? (fromChrono(sentence, reference) ?? fromBareYear(sentence, reference))
    : undefined;
  if (stated) return stated;
  return reference ? { date: iso(reference), precision: 'day' } : undefined;
}
