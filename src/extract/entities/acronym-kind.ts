// An acronym no list knows and the article does not spell out is a body's name when the
// article writes a lower-case noun for a body right beside it (round 40): after it ("the XLF
// security service", "the XLF military intelligence agency"), in an apposition after it ("the
// XLF, a Zorban-based Yian rebel group", "The XLF is the secular Yian separatist group that …")
// or before it ("the country's vote board, XVC, said", "the peace mission in Zorba, XMZ,", "the
// army (XPA)"). Other acronyms stay unread, as before: an acronym alone says no kind.
import type { OrgCategory } from '../../model';
import { ACRONYM_KIND_NOUNS } from '../lexicon/common-words';
import { ARMED_MODIFIERS } from '../lexicon/coref-words';
import { escapeRegex } from '../escape-regex';
import { isCommonWord } from '../nlp';
import { isTitleWord } from '../rules/entities/title-phrase';
import { KIND_INITIALS } from './unknown-words';

const KIND = [...ACRONYM_KIND_NOUNS.keys()].join('|');
/**
 * Lower-case words that may follow a body's noun when it closes the noun phrase: joining words,
 * auxiliaries, and a verb in the past ("XLF rebels attacked", round 49).
 */
const AFTER_NOUN =
  'and|or|of|in|on|at|to|for|from|with|by|that|which|who|said|says|say|has|have|had|is|was|are|were|also|claimed|announced|[a-z]+ed';
/** What closes the noun phrase: punctuation, a capitalised word, the end, or a joining word. */
const CLOSES = `(?=\\s*[,.;:)"”’]|\\s+\\p{Lu}|\\s*$|\\s+(?:${AFTER_NOUN})\\b)`;
/** A modifier in an apposition: a lower-case word, a capitalised one, "Zorba-based". */
const MODIFIER = "[\\p{L}][\\p{L}'’-]*";

/**
 * The category of the body the acronym names by a noun beside it somewhere in the article, or
 * undefined. The acronym has three or more letters, is no word and no title.
 */
export function acronymKind(text: string, acronym: string): OrgCategory | undefined {
  if (
    acronym.replace(/[^A-Z]/g, '').length < 3 ||
    isCommonWord(acronym) ||
    isTitleWord(acronym.toLowerCase())
  )
    return undefined;
  const w = escapeRegex(acronym);
  // "an NGO group", "NGOs": initials of a kind of body, or written in the plural, are no name
  if (KIND_INITIALS.has(acronym) || (text.includes(`${acronym}s`) && pluralOf(w).test(text)))
    return undefined;
  for (const pattern of patternsThatMayMatch(text, acronym, w))
    for (const m of text.matchAll(pattern)) {
      const noun = m[2];
      // the noun is written in lower case ("a Party" is someone's name)
      if (noun !== noun.toLowerCase()) continue;
      const modifiers = m[1].toLowerCase().split(/\s+/);
      const armed = modifiers.some((x) => ARMED_MODIFIERS.has(x) || x === 'guerrilla' || x === 'insurgent');
      const base = ACRONYM_KIND_NOUNS.get(noun) as OrgCategory;
      return armed && (base === 'other' || base === 'military') ? 'armed_group' : base;
    }
  return undefined;
}

/**
 * Of the three patterns below, in their order, those whose words around the acronym the text
 * has at one of its places at least: making and first running a Unicode pattern costs far more
 * than these checks, and most acronyms have none. A pattern left out could not have matched.
 */
function patternsThatMayMatch(text: string, acronym: string, w: string): RegExp[] {
  const places: number[] = [];
  for (let i = text.indexOf(acronym); i >= 0; i = text.indexOf(acronym, i + 1)) places.push(i);
  const followedBy = (gate: RegExp): boolean =>
    places.some((i) => {
      gate.lastIndex = i + acronym.length;
      return gate.test(text);
    });
  const marked = places.some((i) => BEFORE_ACRONYM.has(markBefore(text, i)));
  return [
    followedBy(WORDS_AFTER) ? nounAfter(w) : undefined,
    followedBy(APPOSITION_AFTER) ? appositionAfter(w) : undefined,
    marked ? nounBefore(w) : undefined,
  ].filter((p): p is RegExp => !!p);
}

/** What `nounAfter` needs right after the acronym: a space, then a word or the noun. */
const WORDS_AFTER = new RegExp(`\\s+(?:[a-z]|${KIND})`, 'y');
/** What `appositionAfter` needs right after the acronym: ", a", " is the", then a space. */
const APPOSITION_AFTER = /(?:,|\s+(?:is|was))\s+(?:a|an|the)\s/y;
/** What `nounBefore` needs before the acronym, past spaces: a comma or a bracket. */
const BEFORE_ACRONYM = new Set([',', '(']);

/** The character before text[i], past spaces ('' at the text's start). */
function markBefore(text: string, i: number): string {
  let j = i - 1;
  while (j >= 0 && /\s/.test(text[j])) j--;
  return text[j] ?? '';
}

/** The acronym written in the plural: "NGOs". */
const pluralOf = (w: string): RegExp => new RegExp(`(?<![\\p{L}-])${w}s\\b`, 'u');

/** "the XLF security service", "the XLF military intelligence agency" */
const nounAfter = (w: string): RegExp =>
  new RegExp(`(?<![\\p{L}-])${w}((?:\\s+[a-z][a-z-]*){0,2}?)\\s+(${KIND})${CLOSES}`, 'gu');

/** "the XLF, a Zorban-based Yian rebel group", "XLF is the secular Yian separatist group" */
const appositionAfter = (w: string): RegExp =>
  new RegExp(
    `(?<![\\p{L}-])${w}(?:,|\\s+(?:is|was))\\s+(?:a|an|the)((?:\\s+${MODIFIER}){0,5}?)\\s+(${KIND})${CLOSES}`,
    'gu',
  );

/** "the vote board, XVC,", "the peace mission in Zorba, XMZ,", "the army (XPA)" */
const nounBefore = (w: string): RegExp =>
  new RegExp(
    `\\b((?:[a-z][a-z-]*\\s+){0,2}?)(${KIND})(?:\\s+(?:in|of|for)\\s+(?:the\\s+)?\\p{Lu}[\\p{L}-]*(?:\\s+\\p{Lu}[\\p{L}-]*){0,2})?\\s*(?:,\\s*${w}\\s*,|\\(\\s*${w}\\s*\\))`,
    'gu',
  );
