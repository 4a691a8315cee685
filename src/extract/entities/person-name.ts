// Is a run of capitalised words a person's name? A few name words, no head word, no known
// place or group; compromise's tags, or foreign-name evidence, decide unknown words.
import { CALENDAR_WORDS, NAME_PARTICLES, PERSON_OBJECT_VERBS } from '../lexicon/common-words';
import { nameOfTradition } from '../lexicon/family-names';
import { EVENT_HEADS, LOCATION_HEADS, ORG_HEADS, UNIT_TAILS } from '../lexicon/heads';
import { sayingForms } from '../lexicon/saying-verbs';
import { isCommonWord, isFirstName } from '../nlp';
import { longestMatch, tagsOf, type SentenceContext } from './context';
import { GAZETTEER, keyOf } from './gazetteer';
import {
  capitalTitleBefore,
  familyNameFirst,
  memberOfBodyAfter,
  officeDescribedAfter,
  personVerbAfter,
} from './person-cues';
import type { Draft } from './registry';
import { functionWordNamed, initialAfterTitle, isJunkWord, isNameTail } from './spans';
import { isTitleModifier, isTitleWord } from '../rules/entities/title-phrase';
import { PARTICLE_NAME, type Token } from './tokens';

export const NOT_A_NAME_TAGS = [
  'Adjective',
  'Adverb',
  'Verb',
  'Determiner',
  'Preposition',
  'Conjunction',
  'Pronoun',
  'Date',
  'Value',
  'Plural',
  'QuestionWord',
  'Expression',
];
/** Verbs of saying after or before a name (../lexicon/saying-verbs.ts): past tense, and "says". */
export const SPEECH_VERBS = new Set([
  ...sayingForms('say', ['past', 'third']),
  ...sayingForms('tell add write state declare announce claim insist argue note explain warn post', ['past']),
]);

/** Words a title may stand before at the end of its noun phrase ("a retired general of …"). */
const AFTER_TITLE: ReadonlySet<string> = new Set([
  'of',
  'in',
  'at',
  'for',
  'from',
  'with',
  'who',
  'and',
  'since',
]);
const MAX_TITLE_MODIFIERS = 3;

/**
 * "X is a retired Chilean general", "X was a former minister of …": the name said to be one who
 * holds a title (its noun phrase's last word; a state's name or demonym may stand among its
 * modifiers) is a person's.
 */
function copulaTitle(ctx: SentenceContext, b: number): boolean {
  const { tokens } = ctx;
  if (!['is', 'was'].includes(tokens[b]?.norm ?? '') || !['a', 'an'].includes(tokens[b + 1]?.norm ?? ''))
    return false;
  for (let k = b + 2; k <= b + 2 + MAX_TITLE_MODIFIERS && tokens[k] && !tokens[k].punct; k++) {
    const t = tokens[k];
    if (t.cap) {
      const m = longestMatch(ctx, k);
      if (!m || m.length !== 1 || (m.hit?.entity.type ?? m.draft?.type) !== 'Country') return false;
      continue;
    }
    const after = tokens[k + 1];
    if (isTitleWord(t.norm) && (!after || after.punct || AFTER_TITLE.has(after.norm))) return true;
  }
  return false;
}

/** A lower-case plural noun ("leaders", "protesters"), not a verb ("wants"). */
function pluralNoun(ctx: SentenceContext, t: Token): boolean {
  const tags = tagsOf(ctx, t);
  return tags.has('Plural') && !tags.has('Verb');
}

/** Signs that unknown capitalised words are a person: a name particle, an apposition, a speech verb. */
export function personEvidence(ctx: SentenceContext, a: number, b: number): boolean {
  const { tokens } = ctx;
  const words = tokens.slice(a, b);
  if (
    words.some(
      (t) =>
        NAME_PARTICLES.has(t.norm) ||
        PARTICLE_NAME.test(t.text) ||
        /\p{Lu}\p{Ll}+-\p{Lu}/u.test(t.text) ||
        isNameTail(t),
    )
  )
    return true;
  const next = tokens[b];
  const prev = tokens[a - 1];
  // "met Indigenous Aymara leaders": capitalised words before a lower-case plural noun say whose
  // the many are; no person's name is written so.
  if (next && !next.cap && !next.punct && pluralNoun(ctx, next) && !words[words.length - 1].possessive)
    return false;
  if (words[words.length - 1].possessive) return true;
  if (copulaTitle(ctx, b)) return true;
  if (next && (next.text === ',' || next.text === '(' || SPEECH_VERBS.has(next.norm))) return true;
  if (titleFollows(tokens, b)) return true;
  // Cues of round 13 (person-cues.ts), for names with no title word in them ("National Political
  // Secretary of the X Council" is an office).
  if (!words.some((t) => isTitleWord(t.norm) || isTitleModifier(t.norm))) {
    if (personVerbAfter(tokens, b) || memberOfBodyAfter(tokens, b) || officeDescribedAfter(tokens, b))
      return true;
    if (capitalTitleBefore(tokens, a) || familyNameFirst(tokens, a, b)) return true;
  }
  if (coordinatedWithPerson(ctx, a, b)) return true;
  if (titleOfBodyBefore(ctx, a) || nationalityBefore(ctx, a) || stateOwnerBefore(ctx, a, b)) return true;
  if (prev !== undefined && !prev.cap && PERSON_OBJECT_VERBS.has(prev.norm)) return true;
  return prev?.text === ',' || (prev !== undefined && SPEECH_VERBS.has(prev.norm));
}

/**
 * "26-year-old Kenyan Moragwa Oirere", "the victims included Somali Abdi Farah": a state's demonym
 * opening the phrase right before a name of a person's shape says whose national the person is.
 */
function nationalityBefore(ctx: SentenceContext, a: number): boolean {
  const { tokens } = ctx;
  const demonym = tokens[a - 1];
  const opener = tokens[a - 2];
  if (!demonym?.cap || demonym.possessive || (opener?.cap && !opener.punct)) return false;
  const hit = GAZETTEER.names.get(keyOf([demonym.norm]));
  return hit?.kind === 'demonym' && hit.entity.type === 'Country';
}

/**
 * "Ruritania's Tomas Velk and Borduria's Anja Ilic attended": a state's possessive right before
 * two or more unknown words of a person's shape (the caller's test) names the state's person, as
 * a demonym does ("Ruritanian Tomas Velk"); a place or body so written is a name the
 * gazetteer or the tagger knows (round 31). Not before a lower-case noun the words qualify.
 */
function stateOwnerBefore(ctx: SentenceContext, a: number, b: number): boolean {
  const owner = ctx.tokens[a - 1];
  const last = ctx.last;
  if (!owner?.possessive || !last || last.end !== a || last.draft.type !== 'Country') return false;
  // "Ruritania's Catholic Aymara minority": capitalised words before a lower-case noun qualify it (round 32)
  const next = ctx.tokens[b];
  const tags = next && !next.cap && !next.punct ? tagsOf(ctx, next) : undefined;
  return !(tags?.has('Noun') && !tags.has('Verb'));
}

/**
 * "Ambassador to the U.N. Nikki Vale", "Secretary of the Navy Ray Ortiz": a title with its body
 * before the name; the body's words part the title from the name, so titleBefore misses it.
 */
function titleOfBodyBefore(ctx: SentenceContext, a: number): boolean {
  const { tokens } = ctx;
  let k = a - 1;
  while (k >= 0 && a - k <= 4 && tokens[k].cap && !tokens[k].punct && !isTitleWord(tokens[k].norm)) k--;
  if (k === a - 1) return false;
  if (tokens[k]?.norm === 'the') k--;
  const joiner = tokens[k];
  const title = tokens[k - 1];
  return (
    !!joiner &&
    !joiner.cap &&
    ['to', 'of', 'at', 'for'].includes(joiner.norm) &&
    !!title?.cap &&
    isTitleWord(title.norm)
  );
}

/**
 * "Tendai Moyo and Joe Banda", "Joe Banda and Tendai Moyo": a conjunct of a person's name. The
 * person before must have been read as one; the one after must open with a first name.
 */
function coordinatedWithPerson(ctx: SentenceContext, a: number, b: number): boolean {
  const { tokens, last } = ctx;
  const prev = tokens[a - 1];
  if (prev?.norm === 'and' && last?.end === a - 1 && last.draft.type === 'Person') return true;
  // "Ana Ruiz, Omar Haddad, and Lina Sayed": the serial comma before the list's last name
  if (
    prev?.norm === 'and' &&
    tokens[a - 2]?.text === ',' &&
    last?.end === a - 2 &&
    last.draft.type === 'Person' &&
    tokens[last.start - 1]?.text === ','
  )
    return true;
  const next = tokens[b + 1];
  return (
    tokens[b]?.norm === 'and' &&
    next !== undefined &&
    tokens[b + 2]?.cap === true &&
    !tokens[b + 2].punct &&
    (tagsOf(ctx, next).has('FirstName') || isFirstName(next.text))
  );
}

/** "Lisa Park", "Amy Street": a first name, then a surname that is also a place's head word. */
export function isHeadSurnamed(ctx: SentenceContext, a: number, b: number): boolean {
  const { tokens } = ctx;
  if (b - a < 2 || b - a > 3) return false;
  if (!tagsOf(ctx, tokens[a]).has('FirstName') && !isFirstName(tokens[a].text)) return false;
  const words = tokens.slice(a, b);
  if (words.some((t) => t.punct || !t.cap || ORG_HEADS.has(t.norm)) || longestMatch(ctx, a, b)) return false;
  return LOCATION_HEADS.has(words[words.length - 1].norm);
}

/** A person's name: a few capitalised words, no head word, none a known place or group. */
export function isPersonName(ctx: SentenceContext, a: number, b: number): boolean {
  const { tokens } = ctx;
  const words = tokens.slice(a, b).filter((t) => !t.punct);
  if (!words.length || words.length > 5) return false;
  const last = words[words.length - 1];
  if (
    ORG_HEADS.has(last.norm) ||
    LOCATION_HEADS.has(last.norm) ||
    UNIT_TAILS.has(last.norm) ||
    EVENT_HEADS.has(last.norm)
  )
    return false;
  // A month may be a surname after a first name ("Theresa May"), not a first word.
  // "General Than Shwe": a function word may be a given name after a title.
  const junk = (t: Token, k: number): boolean =>
    isJunkWord(t, words[k + 1], words[k - 1]) &&
    !(k > 0 && CALENDAR_WORDS.has(t.norm)) &&
    !(k === 0 && (functionWordNamed(tokens, a) || initialAfterTitle(tokens, a)));
  if (words.some((t, k) => !(t.cap || NAME_PARTICLES.has(t.norm)) || /\d/.test(t.text) || junk(t, k)))
    return false;
  const known = longestMatch(ctx, a, b);
  const type = known?.hit?.entity.type ?? known?.draft?.type;
  return !known || type === 'Person' || (known.length < words.length && type !== 'Country');
}

/** Unknown words compromise reads as a person, or that look like a foreign name. */
export function looksLikePerson(ctx: SentenceContext, a: number, b: number, strict: boolean): boolean {
  if (!isPersonName(ctx, a, b)) return false;
  const words = ctx.tokens.slice(a, b).filter((t) => !t.punct);
  const tags = words.map((t) => tagsOf(ctx, t));
  if (tags[0].has('FirstName') || tags[0].has('Honorific')) return true;
  if (strict) return false;
  // "Kyaw Min Oo", "Tran Van Long": a Burmese or Vietnamese name, whose syllables may be English
  // words ("Min", "Son") that compromise reads as nouns or verbs
  if (nameOfTradition(words.map((t) => t.norm))) return true;
  if (tags.some((t) => t.has('Person'))) return true;
  if (tags.some((t) => NOT_A_NAME_TAGS.some((n) => t.has(n)) || t.has('Place') || t.has('Organization')))
    return false;
  // Foreign names compromise does not know: none of the words may be an ordinary English word.
  return !words.some((t) => isCommonWord(t.text));
}

/**
 * "Lway Yay Oo, a spokeswoman for …": an office in apposition is cue enough for two to four
 * name-shaped words (each capitalised, the rest lower case) that compromise reads as English
 * words ("Yay", "Tin"); no word may be a title or a known place, group or state.
 */
export function namedByOffice(ctx: SentenceContext, a: number, b: number): boolean {
  if (b - a < 2 || b - a > 4 || !isPersonName(ctx, a, b)) return false;
  return ctx.tokens
    .slice(a, b)
    .every(
      (t) =>
        /^\p{Lu}\p{Ll}*$/u.test(t.text) &&
        !isTitleWord(t.norm) &&
        !isTitleModifier(t.norm) &&
        !['Place', 'Organization', 'Verb', 'Determiner', 'Pronoun'].some((tag) => tagsOf(ctx, t).has(tag)),
    );
}

/** "Ana Ruiz is the Director of …", "… was a Member of Parliament": a copula, then a title. */
function titleFollows(tokens: readonly Token[], b: number): boolean {
  if (!['is', 'was'].includes(tokens[b]?.norm ?? '')) return false;
  let k = b + 1;
  if (['the', 'a', 'an'].includes(tokens[k]?.norm ?? '')) k++;
  for (let n = 0; n < 3 && tokens[k + n] && !tokens[k + n].punct; n++) {
    if (isTitleWord(tokens[k + n].norm)) return true;
    if (!isTitleModifier(tokens[k + n].norm)) return false;
  }
  return false;
}

/** Generational suffixes written after a comma: "Edward R. Martin, Jr.". */
const NAME_SUFFIXES: ReadonlySet<string> = new Set(['jr.', 'jr', 'sr.', 'sr']);

/**
 * "U.S. Attorney Edward R. Martin, Jr.": a generational suffix after the comma that closes a
 * person's name belongs to the name (the full form becomes an alias), not a person "Jr." of its
 * own. Returns true when it read one.
 */
export function readNameSuffix(ctx: SentenceContext, draft: Draft, comma: number): boolean {
  const suffix = ctx.tokens[comma + 1];
  if (draft.type !== 'Person' || !suffix?.cap || !NAME_SUFFIXES.has(suffix.norm)) return false;
  draft.aliases.add(`${draft.name}, ${suffix.text}`);
  ctx.consumed.add(comma + 1);
  return true;
}
