// A readout names its meeting once, then speaks of the participants together: "X spoke with Y and
// Z. The leaders agreed …, and expressed their grave concern over W's intervention." — "the
// leaders" are X, Y and Z. A sentence opening on such a plural ("The (two) leaders", "Both
// ministers", "The two", and "They" right after) is read with the participants' names in its place,
// so every frame reads them as a list ("X, Y and Z agreed …").
//
// The participants are the people of the last sentence that told a dealing between people (a
// meeting, a call: COOPERATED between two persons), within a few sentences; "They" only in the
// sentence right after that one, or after a sentence opened by such a plural (a chain). A plural
// that names whose ("the leaders of X") or a sentence with no meeting before gives nothing.
import type { Entity, Mention } from '../../model';
import type { Unit } from './units';

/** How many sentences after the meeting "the leaders" may still refer to its participants. */
const REACH = 6;
/** The plural heads that refer to a meeting's people: "the leaders", "both ministers". */
const PLURAL_HEADS = new Set(['leaders', 'ministers', 'secretaries', 'presidents', 'counterparts']);
/** Words of kind between the article and the head: "the two foreign ministers", "both defense chiefs". */
const KIND_WORDS = new Set(['two', 'three', 'foreign', 'defense', 'defence', 'prime']);
/** Openers a readout may put before its subject: "Finally, they agreed …". */
const OPENERS = new Set(['finally', 'also', 'later', 'separately', 'additionally']);

export interface Fact {
  subject: Entity;
  predicate: string;
  object: Entity;
}

/** The article's meetings, sentence by sentence, for the plurals that refer to their people. */
export class MeetingMemory {
  private people: Entity[] = [];
  private metAt = -Infinity;
  /** The last sentence that told the meeting or opened on its participants: what "They" follows. */
  private linkedAt = -Infinity;

  /** The participants a plural opening sentence `index` refers to, per its kind ("they" or a noun). */
  participants(index: number, pronoun: boolean): Entity[] {
    if (this.people.length < 2) return [];
    if (pronoun) return this.linkedAt === index - 1 ? this.people : [];
    return index - this.metAt <= REACH ? this.people : [];
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
    }
    if (people.length >= 2 || opened) this.linkedAt = index;
  }
}

/** Where the plural subject opening the sentence ends (exclusive), and whether it is "they". */
export function pluralOpening(units: Unit[]): { end: number; from: number; pronoun: boolean } | undefined {
  let k = 0;
  if (OPENERS.has(units[0]?.lower ?? '') && units[0].punct === ',' && !units[0].entity) k = 1;
  const first = units[k];
  if (!first || first.entity || first.punct) return undefined;
  if (first.lower === 'they') return { from: k, end: k + 1, pronoun: true };
  if (first.lower !== 'the' && first.lower !== 'both') return undefined;
  let h = k + 1;
  while (h - k <= 3 && units[h] && !units[h].entity && !units[h].punct && KIND_WORDS.has(units[h].lower)) h++;
  const head = units[h];
  // "The two discussed …": the number is the subject
  if (first.lower === 'the' && units[h - 1]?.lower === 'two' && head && !head.entity && isVerbLike(head))
    return { from: k, end: h, pronoun: false };
  if (!head || head.entity || !PLURAL_HEADS.has(head.lower)) return undefined;
  // "the leaders of X", "the leaders' statement": the phrase says whose, or is no subject
  const next = units[h + 1];
  if (head.possessive || head.punct || !next || next.lower === 'of' || next.entity) return undefined;
  return { from: k, end: h + 1, pronoun: false };
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
