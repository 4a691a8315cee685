// A name no lexicon knows is a news outlet when a noun for a medium stands right beside it:
// "the Paraguayan newspaper La Nación", "the television station RTA", "the Leadership newspaper",
// "Mauritania's Al-Akhbar news agency", "told ITV news". News cites local papers, agencies and
// channels by names no gazetteer holds, and the gold conventions list named outlets as
// organisations (round 12: "named outlets … are media entities").
import { isTitleWord } from '../rules/entities/title-phrase';
import { isFirstName } from '../nlp';
import { isAcronymShaped, type SentenceContext } from './context';
import type { Token } from './tokens';

/** Lower-case nouns for a medium that may stand right before its name: "the newspaper X". */
export const MEDIA_NOUNS_BEFORE: ReadonlySet<string> = new Set([
  'newspaper',
  'daily',
  'weekly',
  'tabloid',
  'broadcaster',
  'channel',
  'magazine',
  'website',
]);

/** Lower-case nouns for a medium that may stand right after its name: "the X newspaper". */
const MEDIA_NOUNS_AFTER: ReadonlySet<string> = new Set([
  'newspaper',
  'daily',
  'weekly',
  'tabloid',
  'broadcaster',
  'television',
  'tv',
  'radio',
  'channel',
  'magazine',
  'website',
]);

/** Two-word nouns for a medium, before or after its name: "the news agency X", "X news agency". */
const MEDIA_PAIRS: ReadonlySet<string> = new Set([
  'news agency',
  'press agency',
  'news service',
  'press service',
  'television station',
  'radio station',
  'tv station',
  'television channel',
  'news channel',
  'news website',
  'news site',
]);

const lowerWord = (t: Token | undefined): t is Token => !!t && !t.cap && !t.punct;
const pairAt = (tokens: readonly Token[], k: number): boolean =>
  lowerWord(tokens[k]) &&
  lowerWord(tokens[k + 1]) &&
  MEDIA_PAIRS.has(`${tokens[k].norm} ${tokens[k + 1].norm}`);

/**
 * True when the capitalised words [a, b) are an outlet's name by the medium's noun beside them.
 * Not a person's name ("the newspaper's editor Ana Ruiz": a first name or a title opens it).
 */
export function isMediaName(ctx: SentenceContext, a: number, b: number): boolean {
  const { tokens } = ctx;
  const first = tokens[a];
  if (!first || isTitleWord(first.norm) || (isFirstName(first.text) && !isAcronymShaped(first.text)))
    return false;
  const before = tokens[a - 1];
  const cueBefore = lowerWord(before) && (MEDIA_NOUNS_BEFORE.has(before.norm) || pairAt(tokens, a - 2));
  // "… news agency", "… newspaper": the noun ends the phrase (not "the X radio equipment")
  const after = tokens[b];
  const last = tokens[b - 1];
  // "Separatist press service DAN": one word opening the sentence is capitalised as any word is
  const opening = b - a === 1 && !isAcronymShaped(first.text) && (!before || OPENERS.has(before.text));
  const cueAfter =
    !last.possessive &&
    !opening &&
    (pairAt(tokens, b) ||
      (lowerWord(after) && MEDIA_NOUNS_AFTER.has(after.norm) && !lowerNounAfter(ctx, b + 1)) ||
      // "told ITV news": "news" after a name is its outlet only right after a verb of telling
      (lowerWord(after) && after.norm === 'news' && TELLING.has(tokens[a - 1]?.norm ?? '')));
  return cueBefore || cueAfter;
}

/** Punctuation that opens a sentence or a quotation. */
const OPENERS: ReadonlySet<string> = new Set(['"', '“', '‘', "'", '(', '—', '–', '-', ':']);

const TELLING: ReadonlySet<string> = new Set(['told', 'tells', 'telling']);

/** A lower-case word at k that goes on the noun phrase ("radio equipment", "television footage"). */
function lowerNounAfter(ctx: SentenceContext, k: number): boolean {
  const t = ctx.tokens[k];
  return lowerWord(t) && NOUN_GOES_ON.has(t.norm);
}

/** Nouns after a medium's noun that make the name only a qualifier ("X television footage"). */
const NOUN_GOES_ON: ReadonlySet<string> = new Set([
  'footage',
  'images',
  'pictures',
  'equipment',
  'licence',
  'license',
  'licenses',
  'frequency',
  'frequencies',
  'set',
  'sets',
  'tower',
  'towers',
]);

/** "Channel 10", "Channel 4": a channel written with its number. Returns the tokens, or 0. */
export function numberedChannel(ctx: SentenceContext, a: number): number {
  const { tokens } = ctx;
  return tokens[a]?.norm === 'channel' && tokens[a].cap && /^\d{1,3}$/.test(tokens[a + 1]?.text ?? '')
    ? 2
    : 0;
}

/** A newspaper's usual one-word names, which are also its kind ("The Herald", "The Tribune"). */
const PAPER_NAMES: ReadonlySet<string> = new Set([
  'times',
  'post',
  'journal',
  'herald',
  'tribune',
  'gazette',
  'observer',
  'telegraph',
  'guardian',
  'independent',
  'standard',
  'nation',
]);

/** Verbs of a paper's report: "The Herald reported that …". */
const REPORTING: ReadonlySet<string> = new Set([
  'reported',
  'reports',
  'quoted',
  'quotes',
  'wrote',
  'writes',
]);

/**
 * "The Herald reported", "according to The Tribune": a newspaper's one-word name after "the",
 * with its "The" capitalised inside the sentence or a verb of reporting after it.
 */
export function isPaperName(ctx: SentenceContext, a: number): boolean {
  const { tokens } = ctx;
  const [the, word, next] = [tokens[a - 1], tokens[a], tokens[a + 1]];
  if (!word?.cap || the?.norm !== 'the' || !PAPER_NAMES.has(word.norm)) return false;
  const capitalThe = the.cap && a - 1 > 0 && !tokens[a - 2].punct;
  return capitalThe || REPORTING.has(next?.norm ?? '');
}
