// A person pronoun that goes on with the one person a story is telling about (round 45): "One of
// those charged is X. Prosecutors called him …", "X was arrested in 2012. Prosecutors say he was
// …", "… he vowed: “…” With most votes counted, his party …". ./coreference.ts reads a pronoun
// from a person named earlier in its own sentence, or from the sentence before when the pronoun
// opens its sentence; a pronoun inside a sentence that names no one before it is left unread there.
// This pass reads it when the nearest sentence before that names anyone names exactly one person
// of the pronoun's gender (within FOCUS_REACH sentences), and nothing nearer tells of another
// person: no noun for an unnamed person ("the judge", "a soldier"), no pronoun left unread, no name
// the recogniser could not place. A pronoun in a lead phrase whose sentence names a person after it
// ("In his speech, X said …") is that person's, and is left alone here. Inside a quotation the
// pronoun is someone the speaker speaks of, never the speaker (`spokenOf`); a speaker's tag closing
// a long quotation ("“S1. S2. S3,” he said") is the one who opened it (`quotationOpener`).
import { FOCUS_PRONOUNS, UNNAMED_PERSON_NOUNS } from '../lexicon/pronoun-focus-words';
import { isTitleWord } from '../rules/entities/title-phrase';
import type { SentenceContext } from './context';
import {
  HONORIFICS,
  insideQuotes,
  namedBeforeQuotation,
  personGender,
  speakerTagAt,
  type Gender,
  type Quotations,
  type ReadSentence,
} from './coreference';
import { LEAD_OFFICE_REASON } from './lead-office-holder';
import { SPEECH_VERBS } from './person-name';
import type { Draft, Registry } from './registry';
import type { Token } from './tokens';

export const PRONOUN_FOCUS_REASON = 'coref:pronoun-focus';

/**
 * Readings made after ./coreference.ts, which its pronouns could not follow: a pronoun after one
 * of them in its sentence goes on with it ("Venezuela's president says he …").
 */
const LATER_READINGS: ReadonlySet<string> = new Set([PRONOUN_FOCUS_REASON, LEAD_OFFICE_REASON]);

/** How many sentences back the one person in focus may be named. */
const FOCUS_REACH = 2;

/** How many sentences of one quotation a speaker's tag may reach back over to where it opened. */
const TAG_REACH = 8;

/** Words opening a clause before the main one, whose own subject a pronoun after it may be. */
const SUBORDINATORS = new Set(
  'when as after before while although though since once because until whenever'.split(' '),
);

/** Tags compromise gives a name it knows as a person's: an unplaced name may be the one meant. */
const PERSON_TAGS = ['Person', 'FirstName', 'LastName', 'MaleName', 'FemaleName'];

interface PersonAt {
  draft: Draft;
  start: number;
  end: number;
  sentenceIndex: number;
  /** Read after ./coreference.ts (LATER_READINGS). */
  focus?: boolean;
}

export function resolvePronounFocus(
  registry: Registry,
  sentences: readonly ReadSentence[],
  text: string,
  tagMap: SentenceContext['tagMap'],
  quotations: Quotations,
): void {
  const drafts = registry.all();
  const people: PersonAt[] = drafts
    .filter((d) => d.type === 'Person')
    .flatMap((draft) => draft.mentions.map((m) => ({ draft, ...m, focus: LATER_READINGS.has(m.reason) })));
  const spans: [number, number][] = drafts.flatMap((d) =>
    d.mentions.map((m): [number, number] => [m.start, m.end]),
  );
  const covered = (t: Token): boolean => spans.some(([a, b]) => a <= t.start && t.end <= b);
  const genders = new Map<Draft, Gender>();
  const genderOf = (d: Draft): Gender => {
    if (!genders.has(d)) genders.set(d, personGender(d, text, tagMap));
    return genders.get(d);
  };
  const byIndex = new Map(sentences.map((s) => [s.index, s]));
  /** Sentences with a person pronoun that neither pass could read: the chain breaks there. */
  const unread = new Set<number>();
  const scene: Scene = { people, covered, tagMap, unread };

  // the quotations ./coreference.ts worked out (`sentenceQuotations`)
  const quotesOf = (s: ReadSentence): readonly [number, number][] => quotations.get(s.index) ?? [];
  for (const s of sentences) {
    const quotes = quotesOf(s);
    const inQuote = (t: Token): boolean => insideQuotes(t, quotes);
    s.tokens.forEach((t, i) => {
      const wanted = FOCUS_PRONOUNS.get(t.norm);
      if (!wanted || t.punct || covered(t)) return;
      if (HONORIFICS.has(s.tokens[i + 1]?.norm ?? '')) return;
      const fits = (d: Draft): boolean => !genderOf(d) || genderOf(d) === wanted;
      // "“… . … .” he said": a speaker's tag closing a quotation that opened sentences before
      const tag = speakerTagAt(s.tokens, i, quotes);
      // "Conceding his party …, he vowed": a pronoun this pass read earlier in the sentence goes on
      const found = inQuote(t)
        ? spokenOf(s, i, quotes, quotesOf, byIndex, scene, fits)
        : tag
          ? quotationOpener(s.index, byIndex, quotesOf, scene, fits)
          : leftForOthers(s, i, scene)
            ? sameAsBefore(s, i, scene, fits)
            : personInFocus(s.index, byIndex, scene, fits);
      if (!found) {
        unread.add(s.index);
        return;
      }
      registry.addMention(found, [t], s.index, PRONOUN_FOCUS_REASON);
      people.push({ draft: found, start: t.start, end: t.end, sentenceIndex: s.index, focus: true });
      spans.push([t.start, t.end]);
    });
  }
}

interface Scene {
  people: PersonAt[];
  covered: (t: Token) => boolean;
  tagMap: SentenceContext['tagMap'];
  unread: Set<number>;
}

/**
 * The pronoun at s.tokens[i] may be someone else's than a person of an earlier sentence: its own
 * sentence names a person before it (./coreference.ts read or declined it), tells of an unnamed
 * person before it, holds a name the recogniser did not place, or names a person after a pronoun
 * that stands in a lead phrase ("In his speech, X said").
 */
function leftForOthers(s: ReadSentence, i: number, scene: Scene): boolean {
  const t = s.tokens[i];
  // "Roads, he said, would reopen": a tag inside the sentence, as ./coreference.ts leaves it
  if (i > 0 && SPEECH_VERBS.has(s.tokens[i + 1]?.norm ?? '') && s.tokens[i - 1]?.text === ',') return true;
  // "When the count ended on Sunday, he …": a clause before it with a subject of its own
  if (SUBORDINATORS.has(s.tokens[0]?.norm ?? '')) return true;
  const here = scene.people.filter((p) => p.sentenceIndex === s.index);
  if (here.some((p) => p.start < t.start)) return true;
  const before = s.tokens.slice(0, i);
  if (before.some((w, k) => unnamedPerson(before, k, scene) || unplacedName(w, scene))) return true;
  const verbBefore = before.some((w) => scene.tagMap.get(w.start)?.has('Verb'));
  return !verbBefore && here.some((p) => p.start > t.start);
}

/**
 * A pronoun inside a quotation is someone the speaker speaks of (round 45): “X served as an operative
 * of Y. With today's sentence, he is being held accountable,” said Z. The one person of its gender
 * named before it in the same quotation; with none, the one person of the nearest sentence before
 * that names anyone, leaving out those who speak (named beside a verb of saying, or outside the
 * quotations of the pronoun's own sentence: its tag).
 */
function spokenOf(
  s: ReadSentence,
  i: number,
  quotes: readonly [number, number][],
  quotesOf: (s: ReadSentence) => readonly [number, number][],
  byIndex: ReadonlyMap<number, ReadSentence>,
  scene: Scene,
  fits: (d: Draft) => boolean,
): Draft | undefined {
  const t = s.tokens[i];
  const [open] = quotes.find(([a, b]) => a < t.start && t.start < b) ?? [0];
  const inside = scene.people.filter(
    (p) => p.sentenceIndex === s.index && p.start > open && p.start < t.start,
  );
  if (inside.length) {
    const drafts = [...new Set(inside.map((p) => p.draft))];
    return drafts.length === 1 && fits(drafts[0]) ? drafts[0] : undefined;
  }
  const words = s.tokens.filter((w) => w.start > open && w.start < t.start);
  if (words.some((w, k) => unnamedPerson(words, k, scene) || unplacedName(w, scene))) return undefined;
  // "“… He will hold Ica,” a guard said": a speaker not named may speak of anyone
  const inQuote = (p: { start: number }) => insideQuotes(p, quotes);
  const tag = s.tokens.filter((w) => !inQuote(w));
  // ("said prosecutor Y": a title before a name is no unnamed speaker)
  if (tag.some((w, k) => unnamedPerson(tag, k, scene) && !tag[k + 1]?.cap)) return undefined;
  const speakers = new Set(
    scene.people
      .filter((p) => (p.sentenceIndex === s.index && !inQuote(p)) || speaksThere(p, byIndex))
      .map((p) => p.draft),
  );
  // only someone the quotation itself names: one named before it opened may be the speaker's
  // subject or another's ("X spoke on the radio. “… He asked us to stay,” Y said")
  const quoted = (p: PersonAt): boolean => {
    const sentence = byIndex.get(p.sentenceIndex);
    return !!sentence && insideQuotes(p, quotesOf(sentence));
  };
  return personInFocus(s.index, byIndex, scene, fits, (p) => !speakers.has(p.draft) && quoted(p));
}

/** The person's mention stands right before or after a verb of saying: "X said", "said Y". */
function speaksThere(p: PersonAt, byIndex: ReadonlyMap<number, ReadSentence>): boolean {
  const tokens = byIndex.get(p.sentenceIndex)?.tokens ?? [];
  const k = tokens.findIndex((w) => w.start >= p.end);
  const before = tokens.filter((w) => w.end <= p.start && !w.cap);
  return (
    (k >= 0 && SPEECH_VERBS.has(tokens[k].norm)) ||
    (!!before.length && SPEECH_VERBS.has(before[before.length - 1].norm))
  );
}

/**
 * The speaker of a quotation whose tag ("… ,” he said") closes it sentences after it opened: the
 * one person of the pronoun's gender named outside quotations in the sentence the quotation opened
 * in or, when that sentence is all quotation, in the one before it ("X told VOA … . “S1. S2. S3,”
 * he said"). ./coreference.ts reads such a tag up to three sentences back, by the same walk
 * (`namedBeforeQuotation`); this one reaches TAG_REACH back and counts its own readings.
 */
function quotationOpener(
  index: number,
  byIndex: ReadonlyMap<number, ReadSentence>,
  quotesOf: (s: ReadSentence) => readonly [number, number][],
  scene: Scene,
  fits: (d: Draft) => boolean,
): Draft | undefined {
  const outside = namedBeforeQuotation(
    { index, reach: TAG_REACH, byIndex, quotesOf },
    scene.people,
    (p, quotes) => !insideQuotes(p, quotes),
  );
  const people = [...new Set(outside.map((p) => p.draft))];
  return people.length === 1 && fits(people[0]) ? people[0] : undefined;
}

/**
 * The one person this pass read earlier pronouns of the sentence as, when every person before
 * s.tokens[i] in it is such a pronoun and nothing else tells of another person before it.
 */
function sameAsBefore(
  s: ReadSentence,
  i: number,
  scene: Scene,
  fits: (d: Draft) => boolean,
): Draft | undefined {
  const t = s.tokens[i];
  const before = scene.people.filter((p) => p.sentenceIndex === s.index && p.start < t.start);
  if (!before.length || !before.every((p) => p.focus)) return undefined;
  const drafts = [...new Set(before.map((p) => p.draft))];
  const words = s.tokens.slice(0, i);
  if (words.some((w, k) => unnamedPerson(words, k, scene) || unplacedName(w, scene))) return undefined;
  return drafts.length === 1 && fits(drafts[0]) ? drafts[0] : undefined;
}

/**
 * The one person the nearest sentence before `index` that names anyone names, when `fits` them
 * and nothing in the sentences between tells of another person.
 */
function personInFocus(
  index: number,
  byIndex: ReadonlyMap<number, ReadSentence>,
  scene: Scene,
  fits: (d: Draft) => boolean,
  counts: (p: PersonAt) => boolean = () => true,
): Draft | undefined {
  for (let k = index - 1; k >= 0 && k >= index - FOCUS_REACH; k--) {
    const prev = byIndex.get(k);
    if (!prev || scene.unread.has(k)) return undefined;
    const named = scene.people.filter((p) => p.sentenceIndex === k && counts(p));
    // "X said a soldier was shot. He …": an unnamed person told after the last name competes
    const last = named.reduce((end, p) => Math.max(end, p.end), -1);
    const told = prev.tokens.filter((w) => w.start >= last);
    if (told.some((w, j) => unnamedPerson(told, j, scene, last >= 0) || unplacedName(w, scene)))
      return undefined;
    if (!named.length) continue;
    const people = [...new Set(named.map((p) => p.draft))];
    const fitting = people.filter(fits);
    return fitting.length === 1 && people.length === 1 ? fitting[0] : undefined;
  }
  return undefined;
}

/**
 * words[k] is a lower-case singular noun for a person not named ("the judge", "a soldier"), not
 * part of a name, nor one owned ("his brother", "X's deputy": someone in the background of the
 * story's person). `afterName`: words[0] follows a person's name, and a noun the name is said to be
 * ("X, a former judge", "X is the former president", "X, who served as envoy") is that person.
 */
function unnamedPerson(words: readonly Token[], k: number, scene: Scene, afterName = false): boolean {
  const w = words[k];
  if (w.cap || w.punct || scene.covered(w)) return false;
  if (!UNNAMED_PERSON_NOUNS.has(w.norm) && !(isTitleWord(w.norm) && !w.norm.endsWith('s'))) return false;
  if (owned(words, k)) return false;
  return !(afterName && predicatedOfName(words, k));
}

/** Words a noun stands after when it is owned: "his brother", "the leader's deputy". */
const OWNERS = new Set(['his', 'her', 'their', 'its', 'my', 'our', 'your']);

/** words[k] is owned: a possessive stands before it, with at most two describing words between. */
function owned(words: readonly Token[], k: number): boolean {
  for (let j = k - 1; j >= 0 && j >= k - 3; j--) {
    if (words[j].punct) return false;
    if (OWNERS.has(words[j].norm) || words[j].possessive) return true;
  }
  return false;
}

/** Words that say what the person named before is: "is", "was", "as", "became". */
const PREDICATING = new Set([
  'is',
  'was',
  'as',
  'became',
  'becomes',
  'remains',
  'remained',
  'served',
  'named',
]);

/** The noun at words[k] is said of the name words[0] follows: a copula or "as" before it, or an apposition. */
function predicatedOfName(words: readonly Token[], k: number): boolean {
  if (words[0]?.text === ',' && !words.slice(1, k).some((w) => w.punct)) return true;
  return words.slice(0, k).some((w) => PREDICATING.has(w.norm)) && !words.slice(0, k).some((w) => w.punct);
}

/** A capitalised word compromise takes for a person's name that no mention covers. */
function unplacedName(w: Token, scene: Scene): boolean {
  if (!w.cap || w.punct || scene.covered(w)) return false;
  const tags = scene.tagMap.get(w.start);
  return !!tags && PERSON_TAGS.some((tag) => tags.has(tag));
}
