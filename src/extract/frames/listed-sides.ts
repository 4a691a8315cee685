// A plural that stands for actors the article named before it, read as their list so that every
// frame takes each of them as a side (round 45):
//
// - "both sides", "the two sides", "the two countries", "the (warring) parties": the article's two
//   sides: those of the last two-sided fact told within a few sentences (./events.ts
//   `recentPair`), else the one pair of countries or bodies the article has told fighting most,
//   else (counted: "both", "the two") the two such actors the two sentences before name, when they
//   name exactly two ("X met Y's envoy. … the first dialogue between the two countries"). Only as
//   an object ("urged both sides to …", "clashes between the two sides"): the frames read
//   a subject of the two parties themselves (./read-frames.ts `twoParties`).
// - "X and her counterparts": X and the other people of the meeting just told
//   (./participants.ts `company`): "A spoke with B and C. A and her counterparts condemned Y."
// - "the leaders", "the two ministers" as an object ("A thanked the leaders for their support for
//   Y"): the people of that meeting the sentence does not name otherwise (./participants.ts reads
//   such a plural when it opens the sentence).
//
// - "all three countries", "the four groups" (round 49): the actors a recent sentence names with
//   exactly that many (./counted-sets.ts), as subject or object; "the countries" uncounted right
//   after "the two countries": the same pair.
//
// Nothing is read when no pair is known, when one of the pair (not both) is named elsewhere in the
// sentence (the speaker of "X urged both sides" is no side of its own demand), or when the plural is of
// something else ("both sides of the border"). The words are lexicon data
// (../lexicon/listed-sides.ts).
import type { Entity, Mention } from '../../model';
import type { EventMemory, Fight } from './events';
import type { MeetingMemory } from './participants';
import type { Unit } from './units';
import { PLURAL_HEADS } from '../lexicon/coref-words';
import {
  COUNTERPART_HEADS,
  COUNTERPART_OWNERS,
  PAIR_COUNTS,
  SET_HEADS,
  SIDE_CONTESTS,
  SIDE_DETERMINERS,
  SIDE_HEADS,
} from '../lexicon/listed-sides';
import { setAt, setMembers } from './counted-sets';
import { objectPlace, subjectPlace } from './plural-place';
import { reciprocalEnd } from './reciprocal';

const SIDES_REASON = 'coref:both-sides';
const SETS_REASON = 'coref:counted-set';
const COUNTERPARTS_REASON = 'coref:counterparts';
const MET_PEOPLE_REASON = 'coref:the-leaders';
const NAME_TAGS: ReadonlySet<string> = new Set(['Noun', 'ProperNoun']);
const AND_TAGS: ReadonlySet<string> = new Set(['Conjunction']);

/** What the sentences read so far name, for the plurals that refer back to listed actors. */
export class ListedSides {
  /** The actors each of the last few sentences named, nearest last. */
  private recent: { index: number; actors: Entity[] }[] = [];
  /** The last sentence where each head of a pair of states was counted ("the two countries"). */
  private countedAt = new Map<string, number>();

  constructor(
    private readonly events: EventMemory,
    private readonly meetings: MeetingMemory,
  ) {}

  /** Sentence `index`'s units with its plurals for listed actors written as those actors' names. */
  read(units: Unit[], index: number): Unit[] {
    const out = hasPluralHead(units) ? this.rewrite(units, index) : units;
    const actors = units.flatMap((u) => (u.entity ? [u.entity] : []));
    this.recent = [...this.recent.slice(-WINDOW), { index, actors }];
    for (let h = 1; h < units.length; h++)
      if (!units[h].entity && SIDE_HEADS.get(units[h].lower) === false && PAIR_COUNTS.has(units[h - 1].lower))
        this.countedAt.set(units[h].lower, index);
    return out;
  }

  private rewrite(units: Unit[], index: number): Unit[] {
    const people = withMetPeople(withCounterparts(units, index, this.meetings), index, this.meetings);
    return this.withSets(this.withSides(people, index), index);
  }

  /**
   * "While all three countries have aided Y, …": a counted set of more than two stands for the
   * actors a recent sentence names with exactly that many (./counted-sets.ts), as subject or
   * object (round 49).
   */
  private withSets(units: Unit[], index: number): Unit[] {
    for (let h = 0; h < units.length; h++) {
      const set = setAt(units, h);
      if (!set) continue;
      const earlier = [units.slice(0, set.clause[0]).flatMap((u) => (u.entity ? [u.entity] : []))];
      for (const { index: k, actors } of [...this.recent].reverse())
        if (index - k <= WINDOW) earlier.push(actors);
      const members = setMembers(set, units, earlier);
      if (!members) continue;
      const names = listOf(members, index, SETS_REASON, units[h]);
      return [...units.slice(0, set.from), ...names, ...this.withSets(units.slice(h + 1), index)];
    }
    return units;
  }

  private withSides(units: Unit[], index: number): Unit[] {
    for (let h = 0; h < units.length; h++) {
      const plural = pluralAt(units, h);
      if (!plural || plural.end < 0 || absoluteSubject(units, plural)) continue;
      // the frames read "the two sides accused each other" as the article's two parties when it
      // has them (./read-frames.ts `twoParties`)
      if (plural.reciprocal && this.events.parties(units, SIDE_HEADS.get(units[h].lower)!).length) continue;
      const outside = [...units.slice(0, plural.from), ...units.slice(plural.end)];
      const sides = plural.uncountedStates
        ? this.pairJustTold(units[h].lower, index, outside)
        : this.sidesOf(SIDE_HEADS.get(units[h].lower)!, plural.counted, index, outside);
      if (sides.length !== 2) continue;
      const named = sides.filter((e) => outside.some((u) => u.entity?.id === e.id));
      if (named.length === 1) continue;
      const names = listOf(sides, index, SIDES_REASON, units[plural.head]);
      return [...units.slice(0, plural.from), ...names, ...this.withSides(units.slice(plural.end), index)];
    }
    return units;
  }

  /**
   * "The two countries clashed … The council urged the countries to withdraw": an uncounted plural
   * of states is the pair a counted plural with the same head stood for in the sentences just
   * before (an uncounted "the countries" may be any number of them elsewhere) (round 49).
   */
  private pairJustTold(head: string, index: number, outside: Unit[]): Entity[] {
    const counted = this.countedAt.get(head);
    return counted !== undefined && index - counted <= WINDOW
      ? this.sidesOf(false, true, index, outside)
      : [];
  }

  /**
   * The two sides a plural in sentence `index` refers to: the last two-sided fact's, else the one
   * pair the article told fighting most, else (counted) the two actors of the kind the sentences
   * just before name, not counting those this sentence names outside the plural. Not the two
   * actors the article names most: a mediator or a coalition may be named as often as a side
   * (train, round 45: "clashes between the two sides" read as a state and the coalition it
   * belongs to).
   */
  private sidesOf(anyActor: boolean, counted: boolean, index: number, outside: Unit[]): Entity[] {
    const recent = this.events.recentPair(anyActor);
    if (recent.length === 2) return recent.map((u) => u.entity!);
    const fought = foughtPair(this.events.fightsNear([], Number.MAX_SAFE_INTEGER), anyActor);
    if (fought.length === 2 || !counted) return fought;
    const kinds = anyActor ? SIDE_TYPES : STATE_TYPES;
    const named: Entity[] = [];
    for (const { index: k, actors } of this.recent) {
      if (index - k > WINDOW) continue;
      for (const e of actors)
        if (
          kinds.has(e.type) &&
          !named.some((n) => n.id === e.id) &&
          !outside.some((u) => u.entity?.id === e.id)
        )
          named.push(e);
    }
    return named.length === 2 ? named : [];
  }
}

/** How many sentences back a counted plural finds the two actors it refers to. */
const WINDOW = 2;
const SIDE_TYPES: ReadonlySet<string> = new Set(['Country', 'Organization']);
const STATE_TYPES: ReadonlySet<string> = new Set(['Country']);

/** Most sentences hold none of the plurals' heads: nothing to rewrite. */
const hasPluralHead = (units: Unit[]) =>
  units.some(
    (u) =>
      !u.entity &&
      (SIDE_HEADS.has(u.lower) ||
        PLURAL_HEADS.has(u.lower) ||
        COUNTERPART_HEADS.has(u.lower) ||
        SET_HEADS.has(u.lower)),
  );

/** Where a plural for listed actors stands, what it says, and where its words end (exclusive). */
interface Plural {
  from: number;
  end: number;
  head: number;
  counted: boolean;
  /** "the countries", "the nations": states, however many; read only as a pair just told. */
  uncountedStates?: boolean;
  /** A subject whose verb takes "each other": left to the frames' own reading of the two parties when they have one. */
  reciprocal?: boolean;
}

/**
 * "both sides", "the two countries", "two sides", "the sides", "the warring parties" with head
 * noun at `h`, past "of the conflict" after it; undefined when the words before the head say
 * something else ("all sides", "other countries") or "of" names what they are sides of.
 */
function pluralAt(units: Unit[], h: number): Plural | undefined {
  const head = units[h];
  if (!head || head.entity || !SIDE_HEADS.has(head.lower)) return undefined;
  let k = h - 1;
  const warring = units[k]?.lower === 'warring' && !units[k].punct;
  if (warring) k--;
  const word = units[k];
  let from = k;
  let counted = false;
  if (word && !word.entity && !word.punct && PAIR_COUNTS.has(word.lower)) {
    counted = true;
    // "the two sides", "our two countries"; a bare "two sides" may be two directions ("attacked
    // the base from two sides")
    if (word.lower === 'two') {
      const the = units[k - 1];
      if (!the || the.punct || !SIDE_DETERMINERS.has(the.lower)) return undefined;
      from = k - 1;
    }
  } else if (!(word && !word.entity && !word.punct && word.lower === 'the')) {
    // "urged warring parties to …": the qualifier opens the plural
    if (!warring) return undefined;
    from = k + 1;
  }
  // a counted subject whose verb takes "each other": "the two governments have long blamed each
  // other" (round 49)
  const reciprocal = counted && subjectPlace(units, from) && reciprocalObjectAfter(units, h + 1);
  if (!objectPlace(units[from - 1]) && !reciprocal) return undefined;
  // a plural of states with no count may be any number of them ("the countries"): only a pair
  // just told
  const uncountedStates = !counted && !SIDE_HEADS.get(head.lower);
  return { from, ...pastContest(units, h), counted, uncountedStates, reciprocal };
}

/** How far after a plural subject its verb's "each other" may stand: "have long accused each other". */
const RECIPROCAL_REACH = 5;

/**
 * Whether a verb after `k` takes "each other" or "one another" within a few words, in the clause
 * (./reciprocal.ts reads it once the subject is the pair's names).
 */
function reciprocalObjectAfter(units: Unit[], k: number): boolean {
  for (let j = k; j < units.length && j - k <= RECIPROCAL_REACH; j++) {
    const u = units[j];
    if (u.entity) return false;
    if (j > k && isVerbUnit(units[j - 1]) && reciprocalEnd(units, j, false) !== undefined) return true;
    if (u.punct) return false;
  }
  return false;
}

const isVerbUnit = (u: Unit) => !u.entity && u.tags.has('Verb');

/**
 * "…, with both sides again blaming the other": after "with", a plural followed by a participle
 * is the subject of an absolute clause, not the object of the verb before (round 49: "exchanged
 * fire, with both sides accusing …" read as fire exchanged with them).
 */
function absoluteSubject(units: Unit[], plural: Plural): boolean {
  const before = units[plural.from - 1];
  if (before?.lower !== 'with' || before.entity || units[plural.end - 1]?.punct) return false;
  let k = plural.end;
  while (units[k] && !units[k].entity && !units[k].punct && units[k].tags.has('Adverb')) k++;
  const next = units[k];
  return !!next && !next.entity && next.lower.endsWith('ing') && next.tags.has('Verb');
}

/** The plural's end after its head at `h`: past "of the conflict"; -1 as `end` for "of" anything else. */
function pastContest(units: Unit[], h: number): { end: number; head: number } {
  const [of, the, noun] = [units[h + 1], units[h + 2], units[h + 3]];
  if (units[h].punct || units[h].possessive || of?.lower !== 'of' || of.entity)
    return { end: h + 1, head: h };
  if (the?.lower === 'the' && !the.punct && noun && !noun.entity && SIDE_CONTESTS.has(noun.lower))
    return { end: h + 4, head: h + 3 };
  return { end: -1, head: h };
}

/**
 * The pair of actors the article's fights were told between, either way round, when one pair was
 * told more often than any other; none otherwise.
 */
function foughtPair(fights: Fight[], anyActor: boolean): Entity[] {
  const counts = new Map<string, { pair: Entity[]; n: number }>();
  for (const f of fights) {
    if (f.by.id === f.on.id) continue;
    if (!anyActor && (f.by.type !== 'Country' || f.on.type !== 'Country')) continue;
    const key = [f.by.id, f.on.id].sort().join('|');
    const seen = counts.get(key);
    counts.set(key, { pair: seen?.pair ?? [f.by, f.on], n: (seen?.n ?? 0) + 1 });
  }
  const [first, second] = [...counts.values()].sort((a, b) => b.n - a.n);
  return first && (!second || first.n > second.n) ? first.pair : [];
}

/**
 * "A and her counterparts condemned Y", "A and his Xian counterpart called on Y": A and the other
 * people of the meeting just told, when A is one of them, none of the others is named elsewhere in
 * the sentence (an apposition names the counterpart itself), and a singular counterpart is one.
 */
function withCounterparts(units: Unit[], sentenceIndex: number, meetings: MeetingMemory): Unit[] {
  for (let k = 0; k + 3 < units.length; k++) {
    const [named, and, owner] = units.slice(k, k + 3);
    if (named.entity?.type !== 'Person' || named.punct || named.possessive) continue;
    if (and.lower !== 'and' || and.entity || and.punct || !COUNTERPART_OWNERS.has(owner.lower) || owner.punct)
      continue;
    const h = counterpartHead(units, k + 3);
    if (h === undefined) continue;
    const company = meetings.company(sentenceIndex);
    if (!company.some((e) => e.id === named.entity!.id)) continue;
    const others = company.filter((e) => e.id !== named.entity!.id);
    const outside = [...units.slice(0, k), ...units.slice(h + 1)];
    if (others.some((e) => outside.some((u) => u.entity?.id === e.id))) continue;
    if (COUNTERPART_HEADS.get(units[h].lower) ? others.length < 2 : others.length !== 1) continue;
    const listed = listOf([named.entity, ...others], sentenceIndex, COUNTERPARTS_REASON, units[h]);
    listed[0] = { ...named, punct: listed[0].punct };
    return [...units.slice(0, k), ...listed, ...units.slice(h + 1)];
  }
  return units;
}

/**
 * Where "counterpart(s)" stands from `j` on, past up to two words of kind ("his Xian counterpart",
 * "her Xian and Yian counterparts"); undefined when no such head follows.
 */
function counterpartHead(units: Unit[], j: number): number | undefined {
  for (let h = j; h < units.length && h - j <= 3; h++) {
    const u = units[h];
    if (!u.entity && COUNTERPART_HEADS.has(u.lower)) return h;
    if (
      u.punct ||
      u.entity?.type === 'Person' ||
      (!u.entity && !u.tags.has('Adjective') && u.lower !== 'and')
    )
      return undefined;
  }
  return undefined;
}

/**
 * "The Secretary thanked the leaders for …": an object plural of the meeting's people ("the
 * leaders", "both ministers", "the two leaders") stands for those of them the sentence names
 * nowhere else, when two or more are left (a plural is no one person).
 */
function withMetPeople(units: Unit[], sentenceIndex: number, meetings: MeetingMemory): Unit[] {
  for (let h = 1; h < units.length; h++) {
    const head = units[h];
    if (head.entity || !PLURAL_HEADS.has(head.lower) || head.possessive) continue;
    // "the leaders of X" say whose
    if (units[h + 1]?.lower === 'of' && !head.punct) continue;
    let from = h - 1;
    if (units[from]?.lower === 'two' && units[from - 1]?.lower === 'the') from--;
    const opener = units[from];
    if (!opener || opener.entity || opener.punct || !['the', 'both'].includes(opener.lower)) continue;
    if (!objectPlace(units[from - 1])) continue;
    const company = meetings.company(sentenceIndex);
    const outside = [...units.slice(0, from), ...units.slice(h + 1)];
    const left = company.filter((e) => !outside.some((u) => u.entity?.id === e.id));
    const count = units[from].lower === 'both' || units[h - 1].lower === 'two' ? 2 : undefined;
    if (left.length < 2 || (count !== undefined && left.length !== count)) continue;
    const names = listOf(left, sentenceIndex, MET_PEOPLE_REASON, head);
    return [...units.slice(0, from), ...names, ...units.slice(h + 1)];
  }
  return units;
}

/** The actors as units of a list, "A, B and C", closing with what closed the plural (`last`). */
function listOf(actors: readonly Entity[], sentenceIndex: number, reason: string, last: Unit): Unit[] {
  const out: Unit[] = [];
  actors.forEach((e, n) => {
    const mention: Mention = { entityId: e.id, text: e.name, start: 0, end: 0, sentenceIndex, reason };
    const final = n === actors.length - 1;
    out.push({
      lower: e.name.toLowerCase(),
      tags: NAME_TAGS,
      punct: final ? last.punct : n < actors.length - 2 ? ',' : '',
      dash: final ? last.dash : false,
      entity: e,
      mention,
      possessive: final ? last.possessive : false,
    });
    if (n === actors.length - 2)
      out.push({ lower: 'and', tags: AND_TAGS, punct: '', dash: false, possessive: false });
  });
  return out;
}
