// A readout names its meeting once, then speaks of the participants together: "X spoke with Y and
// Z. The leaders agreed …, and expressed their grave concern over W's intervention." — "the
// leaders" are X, Y and Z. A sentence opening on such a plural ("The (two) leaders", "Both
// ministers", "The two", a bare "Both" before a readout's verb, "They") is read with the
// participants' names in its place, so every frame reads them as a list ("X, Y and Z agreed …");
// for a pair, the regex rules read the sentence so written too (`namedSentence`, round 35).
//
// The participants are the people of the last sentence that told a dealing between people (a
// meeting, a call: COOPERATED between two persons), within a few sentences; "They" in the sentence
// right after that one, or after a sentence opened by such a plural (a chain), or within the same
// reach when every sentence since the meeting names one of them and no other person (round 35: "X
// spoke with Y. The Secretary thanked Z's people for … They discussed …"). A plural that names whose ("the leaders of X")
// gives nothing. With no meeting told, a counted plural ("the two leaders") is the people of the
// nearest of the two sentences before that names people, when it names exactly as many ("a press
// conference with X and Y. … the two leaders met"). The plural may follow a short lead phrase
// ("During the call, the leaders …"). The plural words are lexicon data (../lexicon/coref-words.ts).
import type { Entity, Mention, Sentence } from '../../model';
import type { Unit } from './units';
import { BOTH_VERBS, PLURAL_COUNTS, PLURAL_HEADS, PLURAL_KIND_WORDS } from '../lexicon/coref-words';
import { escapeRegex } from '../escape-regex';

/** How many sentences after the meeting "the leaders" may still refer to its participants. */
const REACH = 6;
/** How many sentences back a counted plural with no meeting before may find its actors named. */
const COUNTED_REACH = 2;
/** Openers a readout may put before its subject: "Finally, they agreed …". */
const OPENERS = new Set(['finally', 'also', 'later', 'separately', 'additionally', 'however']);
/** Words that open a lead phrase with the preposition after them: "Prior to the talks, …". */
const LEAD_OPENERS = new Set(['prior', 'ahead']);
/** How many words a lead phrase may have before the plural: "During talks in Lima on Monday, …". */
const LEAD_WORDS = 7;

export interface Fact {
  subject: Entity;
  predicate: string;
  object: Entity;
}

/** Where a plural opening stands, whether it is "they", and the number it says, if any. */
export interface PluralOpening {
  from: number;
  end: number;
  pronoun: boolean;
  count?: number;
}

/** The article's meetings, sentence by sentence, for the plurals that refer to their people. */
export class MeetingMemory {
  private people: Entity[] = [];
  private metAt = -Infinity;
  /** The last sentence that told the meeting or opened on its participants: what "They" follows. */
  private linkedAt = -Infinity;
  /**
   * The last sentence of the run since the meeting in which every sentence names one of the
   * participants and no other person: what a "They" further on may still follow.
   */
  private aboutAt = -Infinity;
  /**
   * The last sentence that names two people or more, none of them the participants: "the leaders"
   * after it may be those two (round 40: "A met B. … C told D in a call … Both leaders …").
   */
  private othersAt = -Infinity;
  /** The actors the last few sentences name, nearest last, for a counted plural with no meeting. */
  private recent: { index: number; actors: Entity[] }[] = [];

  /** The participants a plural opening sentence `index` refers to. */
  participants(index: number, opening: PluralOpening): Entity[] {
    if (opening.pronoun)
      return this.people.length >= 2 &&
        (this.linkedAt === index - 1 || (index - this.metAt <= REACH && this.aboutAt === index - 1))
        ? this.people
        : [];
    if (this.people.length >= 2 && index - this.metAt <= REACH) {
      if (this.othersAt > this.metAt) return [];
      return opening.count === undefined || opening.count === this.people.length ? this.people : [];
    }
    return opening.count === undefined ? [] : this.counted(index, opening.count);
  }

  /**
   * The people of the meeting told within reach of sentence `index` (no other pair of people named
   * since): whom "X and her counterparts" there stands for (./listed-sides.ts, round 45).
   */
  company(index: number): Entity[] {
    return this.people.length >= 2 && index - this.metAt <= REACH && this.othersAt <= this.metAt
      ? this.people
      : [];
  }

  /**
   * "The summit opened with X and Y. … the two leaders met": with no meeting told, the nearest
   * sentence of the two before that names actors of the kind must name exactly as many.
   */
  private counted(index: number, count: number): Entity[] {
    for (const { index: k, actors } of [...this.recent].reverse()) {
      if (index - k > COUNTED_REACH) break;
      const of = actors.filter((e) => e.type === 'Person');
      if (of.length) return of.length === count ? of : [];
    }
    return [];
  }

  /** Before sentence `index` is read: the actors it names, in order. */
  saw(index: number, actors: readonly Entity[]): void {
    const distinct = actors.filter((e, k) => actors.findIndex((o) => o.id === e.id) === k);
    const theirs = (e: Entity) => this.people.some((p) => p.id === e.id);
    const stranger = distinct.some((e) => e.type === 'Person' && !theirs(e));
    if (index === this.aboutAt + 1 && distinct.some(theirs) && !stranger) this.aboutAt = index;
    const others = distinct.filter((e) => e.type === 'Person' && !theirs(e));
    if (others.length >= 2 && !distinct.some(theirs)) this.othersAt = index;
    this.recent = [...this.recent.slice(-COUNTED_REACH), { index, actors: distinct }];
  }

  /** After sentence `index`: remember its meeting (the people of its dealings), or the chain it opened. */
  after(index: number, facts: readonly Fact[], opened: boolean): void {
    const people: Entity[] = [];
    for (const f of facts) {
      if (f.predicate !== 'COOPERATED' || f.subject.type !== 'Person' || f.object.type !== 'Person') continue;
      for (const e of [f.subject, f.object]) if (!people.some((p) => p.id === e.id)) people.push(e);
    }
    if (people.length >= 2 && !opened) {
      this.people = people;
      this.metAt = index;
      this.aboutAt = index;
    }
    // "They discussed …" read as the participants carries the run on
    if (opened && this.aboutAt === index - 1) this.aboutAt = index;
    if (people.length >= 2 || opened) this.linkedAt = index;
  }
}

/** Where the plural subject opening the sentence ends (exclusive), what it refers to and its count. */
export function pluralOpening(units: Unit[]): PluralOpening | undefined {
  const k = leadEnd(units);
  const first = units[k];
  if (!first || first.entity || first.punct) return undefined;
  if (first.lower === 'they') return { from: k, end: k + 1, pronoun: true };
  if (first.lower !== 'the' && first.lower !== 'both') return undefined;
  let h = k + 1;
  while (
    h - k <= 3 &&
    units[h] &&
    !units[h].entity &&
    !units[h].punct &&
    PLURAL_KIND_WORDS.has(units[h].lower)
  )
    h++;
  const head = units[h];
  const count =
    PLURAL_COUNTS.get(first.lower) ??
    units.slice(k + 1, h).reduce<number | undefined>((n, u) => n ?? PLURAL_COUNTS.get(u.lower), undefined);
  // "Both reaffirmed …": the pronoun is the subject
  if (first.lower === 'both' && h === k + 1 && head && !head.entity && BOTH_VERBS.has(head.lower))
    return { from: k, end: h, pronoun: false, count: 2 };
  // "The two discussed …": the number is the subject
  if (first.lower === 'the' && units[h - 1]?.lower === 'two' && head && !head.entity && isVerbLike(head))
    return { from: k, end: h, pronoun: false, count: 2 };
  if (!head || head.entity || !PLURAL_HEADS.has(head.lower)) return undefined;
  // "the leaders of X", "the leaders' statement": the phrase says whose, or is no subject
  const next = units[h + 1];
  if (head.possessive || head.punct || !next || next.lower === 'of' || next.entity) return undefined;
  return { from: k, end: h + 1, pronoun: false, count };
}

/**
 * Where the subject starts after a lead: none (0); one opener and a comma ("Finally, they");
 * a short phrase opened by a preposition and closed by a comma ("During the meeting, the leaders
 * …", "On Iran, the two leaders …").
 */
function leadEnd(units: Unit[]): number {
  const first = units[0];
  if (!first || first.entity) return 0;
  if (OPENERS.has(first.lower) && first.punct === ',') return 1;
  // "During the meeting,", "Prior to the talks,"
  if (!first.tags.has('Preposition') && !(LEAD_OPENERS.has(first.lower) && units[1]?.tags.has('Preposition')))
    return 0;
  for (let k = 0; k < LEAD_WORDS && k < units.length; k++) {
    if (units[k].punct === ',') return k + 1;
    if (units[k].punct) return 0;
  }
  return 0;
}

const isVerbLike = (u: Unit) => u.tags.has('Verb') && !u.tags.has('Noun');

const AND_TAGS: ReadonlySet<string> = new Set(['Conjunction']);
const NAME_TAGS: ReadonlySet<string> = new Set(['Noun', 'ProperNoun']);

/** The sentence with its opening plural replaced by the participants' names as a list: "X, Y and Z". */
export function withParticipants(
  units: Unit[],
  at: { from: number; end: number },
  people: readonly Entity[],
  sentenceIndex: number,
): Unit[] {
  const names: Unit[] = [];
  people.forEach((e, n) => {
    const mention: Mention = {
      entityId: e.id,
      text: e.name,
      start: 0,
      end: 0,
      sentenceIndex,
      reason: 'coref:participants',
    };
    const last = n === people.length - 1;
    const comma = !last && n < people.length - 2 ? ',' : '';
    names.push({
      lower: e.name.toLowerCase(),
      tags: NAME_TAGS,
      punct: comma,
      dash: false,
      entity: e,
      mention,
      possessive: false,
    });
    if (n === people.length - 2)
      names.push({ lower: 'and', tags: AND_TAGS, punct: '', dash: false, possessive: false });
  });
  return [...units.slice(0, at.from), ...names, ...units.slice(at.end)];
}

/** A sentence with its opening plural written as the participants' names, for the regex rules. */
export interface NamedSentence {
  sentence: Sentence;
  mentions: Mention[];
}

/**
 * "The leaders also stressed … and called for Y to …", "Both reaffirmed their support for
 * Y": the frame engine reads the participants through `withParticipants`, the regex rules only
 * through names in the text. This is the sentence as "X and Z also stressed …", its other mentions
 * moved with their words and the participants' names as mentions (`coref:participants`); none when
 * the plural's words are not found at the sentence's opening.
 */
export function namedSentence(
  sentence: Sentence,
  mentions: readonly Mention[],
  plural: readonly Unit[],
  people: readonly Entity[],
): NamedSentence | undefined {
  const words = plural.map((u) => escapeRegex(u.lower)).join('\\s+');
  const found = new RegExp(`\\b${words}\\b`, 'i').exec(sentence.text);
  if (!found || !words) return undefined;
  const from = found.index;
  const to = from + found[0].length;
  const absFrom = sentence.start + from;
  const absTo = sentence.start + to;
  if (mentions.some((m) => m.start < absTo && m.end > absFrom)) return undefined;
  let names = '';
  const added: Mention[] = [];
  people.forEach((e, n) => {
    if (n) names += n === people.length - 1 ? ' and ' : ', ';
    added.push({
      entityId: e.id,
      text: e.name,
      start: absFrom + names.length,
      end: absFrom + names.length + e.name.length,
      sentenceIndex: sentence.index,
      reason: 'coref:participants',
    });
    names += e.name;
  });
  const shift = names.length - (to - from);
  const text = sentence.text.slice(0, from) + names + sentence.text.slice(to);
  const moved = mentions.map((m) =>
    m.start >= absTo ? { ...m, start: m.start + shift, end: m.end + shift } : m,
  );
  return {
    sentence: { ...sentence, text, end: sentence.end + shift },
    mentions: [...moved, ...added].sort((a, b) => a.start - b.start),
  };
}
