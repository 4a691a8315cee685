// Word tokens of one sentence with offsets into the article text. Our own tokenizer, not
// compromise's, because the recogniser needs exact offsets, possessives split off
// ("Hezbollah’s" → "Hezbollah"), abbreviations kept whole ("U.S.", "Gen.") and hyphenated
// words kept whole ("Iran-backed", "al-Husseini") for the modifier rules.
import { ABBREVIATIONS } from '../lexicon/abbreviations';
import { NAME_PARTICLES } from '../lexicon/common-words';
import { ORG_HEADS } from '../lexicon/heads';
import { TITLE_WORDS } from '../lexicon/titles';

export interface Token {
  /** As written in the cased text (all-caps runs title-cased, see cased-text.ts). */
  text: string;
  /** As written in the article. */
  raw: string;
  start: number;
  end: number;
  /** Lookup form: lower case, no periods, curly apostrophes straightened, no diacritics. */
  norm: string;
  possessive: boolean;
  /** Starts with a capital letter, or is a particle name like "al-Husseini". */
  cap: boolean;
  /** Punctuation rather than a word. */
  punct: boolean;
  /** First word of its sentence (or of a quotation or label). */
  initial: boolean;
}

// Inner periods, apostrophes and hyphens join a word; "U.S.-led" and "P5+1" stay one word too,
// and so do capitals joined by an ampersand ("AT&T", "S&P") and an amount with its currency's
// letters ("US$21", no mention of the United States),
// and so does the lower-case Arabic article before a name, written apart ("al Qaeda", "al
// Shabaab" in Reuters style: read as "al-Qaeda"),
// and so does a final apostrophe (a transliterated 'ain) before a particle: "Shia' al-Sudani"
// (not a plural's: "the Houthis' al-Masirah"). A period
// between a lower-case word and a capitalised one is a sentence end whose space the wire dropped
// ("a depot in Kadoma.The source said"), not an inner period ("U.S.", "St.Louis", "bbc.co.uk").
// Each joining character is tested before the lookbehind that guards it ("&(?<=\p{Lu}&)", not
// "(?<=\p{Lu})&"): the same matches, and a word's end fails on one character, not on lookbehinds.
const WORD =
  /[\p{L}\p{N}](?:[\p{L}\p{N}\p{M}]|&(?<=\p{Lu}&)(?=\p{Lu})|\$(?<=\p{Lu}\$)(?=\p{N})|[’'-](?=[\p{L}\p{N}])|\.(?<!\p{Ll}\p{Ll}\.)(?=[\p{L}\p{N}])|\.(?=[\p{L}\p{N}])(?!\p{Lu}\p{Ll})|\.(?=-\p{L})|\+(?=\p{N})|['’](?<![sS]['’])(?=\s(?:al|el|ul|ud|ur)-\p{Lu})| (?<=(?<![\p{L}\p{N}])al )(?=\p{Lu}\p{Ll}))*\.?|[^\s\p{L}\p{N}]/gu;
/**
 * A name that starts with a particle: "al-Husseini", "Abu-Bakr", "wal-Jihad" ("and the" in group
 * names), and the Urdu and Pashto "ul-", "ud-", "ur-" of "Zia ul-Haq", "Nasir ud-Din".
 */
export const PARTICLE_NAME = new RegExp(
  `^(?:${[...NAME_PARTICLES, 'ad', 'as', 'ash', 'at', 'an', 'ar', 'az', 'abu', 'abd', 'wal', 'ul', 'ud', 'ur'].join('|')})-\\p{Lu}`,
  'u',
);
/** A name's French particle elided before its capital: "Cote d'Ivoire", "Valery d'Estaing" (round 22). */
const ELIDED_PARTICLE_NAME = /^[dl]['’](?![Aa]ffair(?:e?s)\b)\p{Lu}/u; // not the title "Chargé d'Affaires" (or "d'Affairs")
const POSSESSIVE = /['’]s$/;
/** An amount written onto its currency's code ("EUR38 million", "USD5"): no word of a name. */
export const CURRENCY_AMOUNT = /^(?:EUR|USD|GBP|CHF|JPY|CNY|RMB|RUB|INR|CAD|AUD|SEK|NOK|DKK|PLN|BRL|ZAR)\d/;
/** The members a body is named for in the plural: "Workers' Party", "Journalists' Union". */
const MEMBER_PLURALS = new Set(
  'workers farmers peasants bishops journalists teachers doctors nurses lawyers students veterans women mothers miners employers pensioners writers artists traders merchants officers soldiers democrats'.split(
    ' ',
  ),
);
/**
 * Heads of a body that gathers its members, read as a name's head only after their plural and
 * its apostrophe ("the Bishops' Conference", "the Editors' Guild"): alone, a "Conference" is
 * as often a meeting, and ORG_HEADS leaves it out.
 */
export const GATHERING_HEADS: ReadonlySet<string> = new Set([
  'conference',
  'forum',
  'chamber',
  'guild',
  'syndicate',
  'collective',
]);
/**
 * The members a body of that kind gathers: a listed plural, or the plural of a title ("Mayors",
 * "Governors", "Judges"; "Bishops" is both).
 */
const membersPlural = (word: string): boolean => {
  const lower = word.toLowerCase();
  return MEMBER_PLURALS.has(lower) || TITLE_WORDS.has(lower.slice(0, -1));
};
/** A plural's bare apostrophe, then a capitalised word: "Bishops' Conference". */
const PLURAL_OWNER_IN_NAME = /^['’] \p{Lu}\p{Ll}+/u;
/** Possessives inside names, not of them: "People's Liberation Army", "Workers' Party". */
const NAME_POSSESSIVES = /^(?:People|Workers|Women|Children|Martyrs|Farmers|Citizens|Lord|God)['’]s$/;

/** What a body looks after for those it serves: "… for Prisoners' Affairs", "… of Veterans' Services". */
const SERVED_PORTFOLIOS = /^ (?:Affairs|Rights|Welfare|Services|Issues)\b/u;
/** How many words back a body's head may stand before the "for"/"of" of its portfolio. */
const HEAD_REACH = 4;

/**
 * "the Committee for Prisoner's Affairs", "the Ministry of Veterans' Services": after a body's
 * head word and its "for"/"of", an owner's apostrophe before the portfolio it looks after is
 * inside the body's name (the words so far are `before`; `rest` is the text after the owner).
 */
function ownersPortfolio(before: readonly Token[], rest: string): boolean {
  if (!SERVED_PORTFOLIOS.test(rest)) return false;
  const n = before.length;
  const joiner = before[n - 1]?.norm === 'the' ? n - 2 : n - 1;
  if (!['for', 'of'].includes(before[joiner]?.norm ?? '')) return false;
  for (let k = joiner - 1; k >= Math.max(0, joiner - HEAD_REACH); k--) {
    const t = before[k];
    if (t.punct || !t.cap) return false;
    if (ORG_HEADS.has(t.norm)) return true;
  }
  return false;
}

/** Plain ASCII without periods: NFKD, the diacritic and apostrophe steps leave it as it is. */
const PLAIN = /^[\x20-\x2d\x2f-\x7e]*$/;

/** Headline abbreviations of a name's head word, looked up as the word itself ("State Dept"). */
const ABBREVIATED_HEADS: ReadonlyMap<string, string> = new Map([
  ['dept', 'department'],
  ['govt', 'government'],
]);

export function normalize(word: string): string {
  if (PLAIN.test(word)) {
    const lower = word.toLowerCase();
    return ABBREVIATED_HEADS.get(lower) ?? lower;
  }
  return word
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/’/g, "'")
    .replace(/\./g, '')
    .toLowerCase();
}

/**
 * A token for the part of a hyphenated word at `offset` ("Iran" in "Iran-backed", "SPLA" in
 * "SPLA-In-Opposition"), to look the part up on its own: its text, no possessive, and the word's
 * capital unless told (a part after a lower-case prefix is read as a name).
 */
export function wordPart(word: Token, offset: number, text: string, cap = word.cap): Token {
  const start = word.start + offset;
  return {
    ...word,
    text,
    raw: text,
    start,
    end: start + text.length,
    norm: normalize(text),
    possessive: false,
    cap,
  };
}

export function tokenize(cased: string, raw: string, offset: number): Token[] {
  const out: Token[] = [];
  let initial = true;
  // exec rather than matchAll, which copies the regex on every call
  WORD.lastIndex = 0;
  for (let m = WORD.exec(cased); m; m = WORD.exec(cased)) {
    // "al Qaeda" → "al-Qaeda": one length, so offsets hold
    let text = m[0].startsWith('al ') ? m[0].replace(/^al (?=\p{Lu})/u, 'al-') : m[0];
    const start = offset + (m.index ?? 0);
    // Keep a final period only on abbreviations and initials ("U.S.", "Gen.", "E.").
    if (text.length > 1 && text.endsWith('.') && !keepsPeriod(text)) text = text.slice(0, -1);
    const punct = !/[\p{L}\p{N}]/u.test(text);
    let possessive = false;
    if (
      !punct &&
      text.length > 3 &&
      POSSESSIVE.test(text) &&
      !NAME_POSSESSIVES.test(text) &&
      !ownersPortfolio(out, cased.slice(start - offset + text.length))
    ) {
      text = text.slice(0, -2);
      possessive = true;
    }
    // "the Bishops' Conference", "Workers' Party": a plural's apostrophe before a body's head
    // word is inside the name (round 22; "the Houthis' al-Masirah" stays a possessive)
    if (
      !punct &&
      /^\p{Lu}.*s$/u.test(text) &&
      text === m[0] &&
      PLURAL_OWNER_IN_NAME.test(cased.slice(start - offset + text.length))
    ) {
      const head = /^['’] (\p{Lu}\p{Ll}+)/u.exec(cased.slice(start - offset + text.length))![1];
      const headWord = head.toLowerCase();
      if (
        ((ORG_HEADS.has(headWord) || GATHERING_HEADS.has(headWord)) && membersPlural(text)) ||
        ownersPortfolio(out, cased.slice(start - offset + text.length + 1))
      ) {
        text += cased[start - offset + text.length];
        WORD.lastIndex += 1;
      }
    }
    const end = start + text.length;
    out.push({
      text,
      raw: raw.slice(start - offset, end - offset),
      start,
      end,
      norm: normalize(text),
      possessive,
      cap:
        !punct &&
        !text.includes('$') &&
        !CURRENCY_AMOUNT.test(text) &&
        (/^\p{Lu}/u.test(text) || PARTICLE_NAME.test(text) || ELIDED_PARTICLE_NAME.test(text)),
      punct,
      initial,
    });
    initial = punct && /^[“"‘:(—–-]$/.test(text) ? true : punct ? initial : false;
  }
  return out;
}

function keepsPeriod(word: string): boolean {
  return /^\p{Lu}\.$/u.test(word) || /^(\p{L}\.)+$/u.test(word) || ABBREVIATIONS.has(word.toLowerCase());
}
