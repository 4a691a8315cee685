// The phrases that name an actor or a place by what it is ("the rebels", "Islamist militants",
// "the jihadist group", "the war-torn country", "the town", "the capital"), read from a
// sentence's tokens for ./described-referents.ts, which finds what each stands for. A phrase is
// read only where no mention covers its noun, and not where words beside it say which one it is
// ("the town of X", "the capital, Y", "rebels in the Z region").
import {
  ARMED_DESCRIBERS,
  ARMED_MARKS,
  ARMED_PLURALS,
  ARMED_PLURALS_AFTER_THE,
  CRIMINAL_NOUNS,
  GROUP_NOUNS,
  NOT_NATIONAL_CAPITAL,
  PLACE_NOUNS,
  STATE_NOUNS,
} from '../lexicon/described-words';
import { PATRON_SUFFIXES } from '../lexicon/coref-words';
import { COUNTRIES } from '../lexicon/countries';
import { BODY_PEOPLE_AND_VOICE } from '../lexicon/generic-bodies';
import { LOCAL_FORCE_NOUNS } from '../lexicon/place-words';
import type { SentenceContext } from './context';
import type { Token } from './tokens';

/** What a described phrase may stand for, and the tokens it spans. */
export interface Described {
  kind: 'armed' | 'group' | 'criminal' | 'state' | 'place' | 'capital';
  noun: string;
  /** First and last token of the phrase. */
  from: number;
  to: number;
}

type Covered = (t: Token) => boolean;
type Tags = SentenceContext['tagMap'];

/** A cheap gate: the sentence has a word a described phrase ends on. */
export const mayDescribe = (t: Token): boolean =>
  ARMED_PLURALS.has(t.norm) ||
  ARMED_PLURALS_AFTER_THE.has(t.norm) ||
  GROUP_NOUNS.has(t.norm) ||
  CRIMINAL_NOUNS.has(t.norm) ||
  STATE_NOUNS.has(t.norm) ||
  PLACE_NOUNS.has(t.norm) ||
  t.norm === 'capital';

/** Words before a described place that point at another place: "the next town", "a neighbouring city". */
const OTHER_PLACE: ReadonlySet<string> = new Set(
  'next other another neighbouring neighboring nearby each every any home native new twin sister border'.split(
    ' ',
  ),
);

/**
 * Words that end a noun phrase's describing words: "the values of our nation", "the center of the
 * city" describe nothing by "values" or "center", and "our nation" is a speaker's own.
 */
const NOT_DESCRIBING: ReadonlySet<string> = new Set(
  'of in on at for with to from by and or but that which who this these those a an the our my your his her its their whose'.split(
    ' ',
  ),
);

/** A form of "be" right before a phrase makes it a predicate ("Y is the capital"), no referring word. */
const COPULAS: ReadonlySet<string> = new Set(
  'is was are were be been being remains remained became becomes'.split(' '),
);

/** How many describing words may stand between "the" and the noun: "the oil-rich Gulf kingdom". */
const DESCRIBING_WORDS = 3;

/**
 * A described phrase at tokens[i]: "the" (or, for an armed plural, nothing) and up to three
 * describing words before the noun, the noun not itself inside a mention, not modifying a noun
 * after it ("the district police chief"), and not followed by a name or an "of" that names its
 * own referent ("the town of X", "the capital, Y", "the group Z", "rebels of the X").
 */
export function describedAt(
  tokens: readonly Token[],
  i: number,
  covered: Covered,
  tags: Tags,
): Described | undefined {
  const t = tokens[i];
  const phrase =
    t.norm === 'the'
      ? afterThe(tokens, i, covered)
      : ARMED_PLURALS.has(t.norm) || ARMED_DESCRIBERS.has(t.norm)
        ? bareArmedAt(tokens, i, covered)
        : undefined;
  if (!phrase || modifiesNounAfter(tokens, phrase.to, tags)) return undefined;
  if (phrase.kind !== 'armed' && COPULAS.has(tokens[i - 1]?.norm ?? '')) return undefined;
  return phrase;
}

/**
 * The noun at tokens[k] stands before a lower-case noun it modifies: "the town council", "the
 * group leader", "the district police chief" (a body's people and voice by word, which the
 * tagger may read as verbs: "police").
 */
function modifiesNounAfter(tokens: readonly Token[], k: number, tags: Tags): boolean {
  const next = tokens[k + 1];
  if (!next || next.punct || next.cap || tokens[k].possessive) return false;
  if (BODY_PEOPLE_AND_VOICE.has(next.norm) || LOCAL_FORCE_NOUNS.has(next.norm)) return true;
  const of = tags.get(next.start);
  return !!of && of.has('Noun') && !of.has('Verb') && !of.has('Adverb') && !of.has('Preposition');
}

function afterThe(tokens: readonly Token[], i: number, covered: Covered): Described | undefined {
  const words: Token[] = [];
  for (let k = i + 1; k <= i + 1 + DESCRIBING_WORDS && tokens[k] && !tokens[k].punct; k++) {
    const w = tokens[k];
    if (mayDescribe(w) && !ARMED_DESCRIBERS.has(w.norm)) {
      // the first noun decides: "the Kurdish rebels" describes a band of its own
      const kind = covered(w) || w.cap ? undefined : nounKind(w, words);
      return kind && !namesItsOwn(tokens, k) ? { kind, noun: w.norm, from: i, to: k } : undefined;
    }
    // a describing word: no number, no owner, no function word, no word of another place
    if (w.possessive || /\d/.test(w.norm) || OTHER_PLACE.has(w.norm) || NOT_DESCRIBING.has(w.norm))
      return undefined;
    words.push(w);
  }
  return undefined;
}

/** What the noun at `w` describes, given the describing words before it; undefined when it describes nothing. */
function nounKind(w: Token, words: readonly Token[]): Described['kind'] | undefined {
  const describers = words.map((x) => x.norm);
  const armedWords = describers.every((d) => ARMED_DESCRIBERS.has(d) || patronModifier(d));
  if ((ARMED_PLURALS.has(w.norm) || ARMED_PLURALS_AFTER_THE.has(w.norm)) && armedWords) return 'armed';
  if (
    GROUP_NOUNS.has(w.norm) &&
    describers.length &&
    armedWords &&
    describers.some((d) => ARMED_MARKS.has(d))
  )
    return 'armed';
  // not "the group" alone: coreference.ts reads it by the groups of the two sentences before
  if (CRIMINAL_NOUNS.has(w.norm) && !describers.length) return 'criminal';
  if (STATE_NOUNS.has(w.norm)) return 'state';
  // (not "the North Kivu capital": a name before it other than a state's says whose capital it is,
  // round 46, fresh news)
  if (
    w.norm === 'capital' &&
    !describers.some((d) => NOT_NATIONAL_CAPITAL.has(d)) &&
    words.every((x) => !x.cap || STATE_WORDS.has(x.norm))
  )
    return 'capital';
  if (PLACE_NOUNS.has(w.norm) && words.every((x) => !x.cap)) return 'place';
  return undefined;
}

/** A state's names and demonyms, lower-cased: "the Egyptian capital", "the Kenyan capital". */
const STATE_WORDS: ReadonlySet<string> = new Set(
  COUNTRIES.flatMap((c) => [...c.names, ...c.demonyms]).map((n) => n.toLowerCase()),
);

/** "X-backed", "X-linked": a patron's modifier before an armed plural keeps it the band's. */
const patronModifier = (word: string): boolean => PATRON_SUFFIXES.has(/-([a-z]+)$/.exec(word)?.[1] ?? '');

/**
 * After the noun: an "of", a name or a comma and a name say which one ("the town of X", "the
 * capital, Y"); for a band, so does a place after "in" ("rebels in the Y region" may be a band of
 * their own, as coreference.ts reads "the militants in southern Y").
 */
function namesItsOwn(tokens: readonly Token[], k: number): boolean {
  const [next, after] = [tokens[k + 1], tokens[k + 2]];
  if (!next || tokens[k].possessive) return false;
  if (next.norm === 'of' || next.norm === 'known' || next.norm === 'called') return true;
  if (
    next.norm === 'in' &&
    (ARMED_PLURALS.has(tokens[k].norm) || ARMED_PLURALS_AFTER_THE.has(tokens[k].norm))
  )
    return tokens.slice(k + 2, k + 5).some((w) => w.cap && !w.punct);
  if (next.cap && !next.punct) return true;
  return next.text === ',' && !!after?.cap;
}

/** Words before a bare armed plural that count, pick or own them ("five militants", "their rebels"). */
const NOT_THE_BAND =
  /^(?:of|least|more|than|over|about|some|several|many|dozens|scores|hundreds|thousands|dozen|other|few|all|no|rival|opposing|enemy|former|ex|pro-government|suspected|alleged|unidentified|unknown|their|his|her|its|our|your|one|two|three|four|five|six|seven|eight|nine|ten|\d[\d,]*)$/;

/**
 * A bare armed plural, with at most one describing word before it ("Islamist militants",
 * "rebels"): no "the", no name, owner, count or hyphenated modifier before it.
 */
function bareArmedAt(tokens: readonly Token[], i: number, covered: Covered): Described | undefined {
  const describer = ARMED_DESCRIBERS.has(tokens[i].norm) && ARMED_PLURALS.has(tokens[i + 1]?.norm ?? '');
  const k = describer ? i + 1 : i;
  const [noun, prev] = [tokens[k], tokens[i - 1]];
  if (!ARMED_PLURALS.has(noun.norm) || covered(noun) || (noun.cap && !noun.initial) || covered(tokens[i]))
    return undefined;
  if (
    describer &&
    tokens[i].cap &&
    !tokens[i].initial &&
    !ARMED_MARKS.has(tokens[i].norm) &&
    tokens[i].norm !== 'islamic'
  )
    return undefined;
  if (namesItsOwn(tokens, k)) return undefined;
  if (
    prev &&
    !prev.punct &&
    (prev.cap || prev.possessive || covered(prev) || prev.norm === 'the' || prev.text.includes('-'))
  )
    return undefined;
  if ([prev, tokens[i - 2]].some((w) => w && NOT_THE_BAND.test(w.norm))) return undefined;
  // "a deal with Tuareg separatist rebels": a people's or movement's name before the describing
  // word makes them a band of their own, not the armed group the article names (round 47, fresh news)
  const before = tokens[i - 2];
  // (a name the article resolves stays outside: "officials in ⟦Afghanistan⟧ say militants")
  if (prev && !prev.punct && before && !before.punct && before.cap && !before.initial && !covered(before))
    return undefined;
  return { kind: 'armed', noun: noun.norm, from: i, to: k };
}
