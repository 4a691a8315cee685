// Titles before names: "Defense Secretary Lloyd Austin", "Gen. Ruth Okafor",
// "Secretary of Defense Austin", "Kenyan Minister of Defense Otieno", "U.S. House Speaker
// Tom Hale". A title phrase is an optional affiliation (a country, demonym or known
// organisation), then title words and modifiers, with at least one title word.
import { HONORIFICS, TITLE_MODIFIERS, TITLE_WORDS } from '../../lexicon/titles';
import { PORTFOLIO_WORDS } from '../../lexicon/common-words';
import { CORPORATE_SUFFIXES } from '../../lexicon/heads';
import { normalize } from '../../entities/tokens';
import { SECOND_RANKS, nearFirstRank } from '../../lexicon/abbreviations';

const WORDS = new Set([...TITLE_WORDS].map(normalize));
const MODIFIERS = new Set([...TITLE_MODIFIERS].map(normalize));
const HONORIFIC = new Set([...HONORIFICS].map(normalize));

interface Word {
  text: string;
  norm: string;
  cap: boolean;
  possessive: boolean;
}

export interface TitlePhrase {
  /** Tokens [start, end) of the title itself, after any affiliation. */
  start: number;
  end: number;
  /** The role to keep ("Defense Secretary"), or undefined for a bare honorific ("Mr."). */
  role?: string;
}

/** Words joining the parts of a hyphenated title: "Commander-in-Chief", "Ambassador-at-Large". */
const HYPHEN_JOINERS: ReadonlySet<string> = new Set(['in', 'of', 'at']);
/** An office not yet taken, written after its title: "Minister-Designate", "Governor-elect" (round 39). */
const OFFICE_TO_COME: ReadonlySet<string> = new Set(['elect', 'designate']);

/**
 * A title word, or ranks joined by a hyphen ("Lt.-General", "Major-General"): every part a title
 * word or modifier, one of them a title word.
 */
export const isTitleWord = (norm: string): boolean =>
  WORDS.has(norm) ||
  (norm.includes('-') &&
    norm
      .split('-')
      .every(
        (part) =>
          WORDS.has(part) || MODIFIERS.has(part) || HYPHEN_JOINERS.has(part) || OFFICE_TO_COME.has(part),
      ) &&
    norm.split('-').some((part) => WORDS.has(part)));
export const isTitleModifier = (norm: string): boolean => MODIFIERS.has(norm);

/** "Big. Gen. Ana Ruiz": a source's typo of a first rank ("Brig.") before a second one. */
const rankTypo = (tokens: readonly Word[], k: number): boolean =>
  tokens[k].cap && SECOND_RANKS.has(tokens[k + 1]?.norm ?? '') && nearFirstRank(tokens[k].text);

/** Head words of an office a title is of, after its portfolio's words ("Presidential Administration"). */
const OFFICE_HEADS: ReadonlySet<string> = new Set([
  'administration',
  'office',
  'secretariat',
  'chancellery',
  'staff',
]);

/** The title phrase starting at `start` (after an affiliation of `affiliation` tokens), if any. */
export function titlePhrase(tokens: readonly Word[], start: number, end: number): TitlePhrase | undefined {
  const rest = portfolioRest(tokens, start, end);
  if (rest !== undefined) return rest;
  let k = start;
  let lastCore = -1;
  while (k < end) {
    const t = tokens[k];
    if (t.possessive) break;
    if (companyAdjective(tokens, k)) break;
    if (isTitleWord(t.norm)) {
      lastCore = ++k;
    } else if (MODIFIERS.has(t.norm) || rankTypo(tokens, k)) {
      k++;
    } else if (t.norm === 'of' && lastCore === k && k + 1 < end && MODIFIERS.has(tokens[k + 1].norm)) {
      // "Secretary of Defense", "Minister of Foreign Affairs"
      k += 2;
      while (k < end && MODIFIERS.has(tokens[k].norm) && !WORDS.has(tokens[k].norm)) k++;
      // "Minister of Foreign Affairs and Trade", "Secretary of Health and Human Services": one
      // portfolio of two parts
      while (k + 1 < end && tokens[k].norm === 'and' && MODIFIERS.has(tokens[k + 1].norm)) {
        k += 2;
        while (k < end && MODIFIERS.has(tokens[k].norm) && !WORDS.has(tokens[k].norm)) k++;
      }
      // "Head of Presidential Administration", "Chief of Presidential Staff": an office's head
      // word closes the office the title is of
      if (
        k < end - 1 &&
        tokens[k].cap &&
        OFFICE_HEADS.has(tokens[k].norm) &&
        MODIFIERS.has(tokens[k - 1].norm)
      )
        k++;
      lastCore = k;
    } else if (t.norm === 'for' && lastCore === k) {
      // "Minister for Local Government", "Under Secretary of State for Arms Control and
      // International Security": the portfolio runs to its last portfolio word.
      const last = portfolioEnd(tokens, k + 1, end);
      if (last < 0) break;
      k = last + 1;
      lastCore = k;
    } else break;
  }
  if (lastCore < 0) return undefined;
  const words = tokens.slice(start, lastCore).filter((t) => !HONORIFIC.has(t.norm));
  const role = words.length ? words.map((t) => t.text).join(' ') : undefined;
  return { start, end: lastCore, role };
}

/**
 * "Minister of Foreign Affairs and Trade Peter X": the words after "and" end a portfolio begun
 * before it (the name span opens after the lower-case "and"). The end of those words, if so.
 */
function portfolioRest(tokens: readonly Word[], start: number, end: number): TitlePhrase | undefined {
  const before = tokens[start - 2];
  const joiner = tokens[start - 1]?.norm;
  if ((joiner !== 'and' && joiner !== ',') || !before?.cap || !isPortfolioWord(before.norm)) return undefined;
  // back to the title word, over its portfolio and the body it is of ("Under Secretary of the
  // Treasury for Terrorism and …"), and over a list of portfolios ("Minister for Foreign Affairs,
  // International Cooperation and Communities X")
  let k = start - 2;
  while (
    k > 0 &&
    start - k < 14 &&
    !isTitleWord(tokens[k].norm) &&
    (tokens[k].cap || ['of', 'for', 'the', ',', 'and'].includes(tokens[k].norm)) &&
    !tokens[k].possessive
  )
    k--;
  if (!isTitleWord(tokens[k].norm)) return undefined;
  let e = start + qualifiersBeforePortfolio(tokens, start, end);
  while (e < end && isPortfolioWord(tokens[e].norm) && !WORDS.has(tokens[e].norm)) e++;
  // after a comma the span may be one more portfolio of the list, with no name after it: the
  // title then stands alone ("…, International Cooperation and …")
  // (not a second title of the list: "…, National Political Secretary of the Y")
  if (joiner === ',')
    return e > start && tokens.slice(e, end).every((t) => !isTitleWord(t.norm))
      ? { start, end: e }
      : undefined;
  if (e === start) return undefined;
  if (e < end) return { start, end: e };
  // "The Minister of Trade and Industry, Ana Ruiz,": the title stands alone before a comma, and
  // its whole wording is the role the apposition's holder takes
  if (tokens[end]?.text !== ',') return undefined;
  const role = tokens
    .slice(k, e)
    .map((t) => t.text)
    .join(' ')
    .replace(/ ,/g, ',');
  return { start, end: e, role };
}

const isPortfolioWord = (norm: string): boolean => MODIFIERS.has(norm) || PORTFOLIO_WORDS.has(norm);

/** An adjective's ending: "European", "Diasporic", "Regional", "Scottish", "Parliamentary". */
const ADJECTIVE_ENDING = /(?:an|ese|ic|al|ish|ary|ive|ern)$/;

/**
 * "Minister of Foreign and European Affairs X", "… and Regional Cooperation X": after the "and"
 * of a portfolio, one or two capitalised adjectives that are no portfolio words qualify the
 * portfolio word right after them. The count of such words, or 0 when no portfolio word follows.
 */
function qualifiersBeforePortfolio(tokens: readonly Word[], start: number, end: number): number {
  let k = start;
  while (
    k < end &&
    k - start < 2 &&
    tokens[k].cap &&
    !tokens[k].possessive &&
    !isPortfolioWord(tokens[k].norm) &&
    !WORDS.has(tokens[k].norm) &&
    ADJECTIVE_ENDING.test(tokens[k].norm)
  )
    k++;
  return k > start && k < end && isPortfolioWord(tokens[k].norm) && !WORDS.has(tokens[k].norm)
    ? k - start
    : 0;
}

/**
 * Ranks that are also everyday adjectives: lower-case before a capitalised word they qualify it
 * ("a major Asian earthquake", "private Acme shares"), they title no one (round 19).
 */
const ADJECTIVE_RANKS = new Set(['major', 'private']);

/** Words after "Private" that make it a company's: "… Private Limited", "… Private Equity Asia". */
const COMPANY_WORDS_AFTER = new Set([...CORPORATE_SUFFIXES, 'equity']);

/**
 * "Culver Max Private Limited", "Baring Private Equity Asia": a rank that is also an adjective,
 * before a legal form or "Equity", is a word of a company's name, not a title (round 20, fresh
 * news: South Asian business news writes "Private Limited" in most firms' names).
 */
const companyAdjective = (tokens: readonly Word[], k: number): boolean =>
  ADJECTIVE_RANKS.has(tokens[k].norm) && COMPANY_WORDS_AFTER.has(tokens[k + 1]?.norm ?? '');

/** A lower-case title right before a name: "military spokesperson Jaafar al-Husseini". */
export function titleBefore(tokens: readonly Word[], at: number): string | undefined {
  const prev = tokens[at - 1];
  if (!prev || prev.cap || !WORDS.has(prev.norm) || ADJECTIVE_RANKS.has(prev.norm)) return undefined;
  let k = at - 1;
  while (
    k - 1 >= 0 &&
    !tokens[k - 1].cap &&
    (MODIFIERS.has(tokens[k - 1].norm) || WORDS.has(tokens[k - 1].norm)) &&
    at - k < 4
  )
    k--;
  return tokens
    .slice(k, at)
    .map((t) => t.text)
    .join(' ');
}

/**
 * The last portfolio word of the capitalised run from `from` ("Commerce and Industry"), or -1.
 * It may close the span ("High Representative for … Security Policy, Ana Ruiz"): a portfolio
 * word is no one's name, so the title then stands alone and the apposition names the person.
 */
function portfolioEnd(tokens: readonly Word[], from: number, end: number): number {
  let last = -1;
  for (let m = from; m < end; m++) {
    const t = tokens[m];
    // "Minister for Foreign Affairs, International Cooperation and Communities": a comma lists portfolios
    if (!t.cap && !PORTFOLIO_JOINERS.has(t.norm) && t.text !== ',') break;
    if (MODIFIERS.has(t.norm) || PORTFOLIO_WORDS.has(t.norm)) last = m;
    if (t.possessive) break;
  }
  return last;
}

const PORTFOLIO_JOINERS = new Set(['and', 'of', 'the']);
