// A counted set of more than two actors named before it: "all three countries", "the four groups",
// "these three nations" (round 49). The set is the one a recent clause names with exactly that many
// actors of the head's kind, not counting those the plural's own clause names beside it ("While all
// three countries have aided Y, …": Y is no member). Read by ./listed-sides.ts, which writes the
// plural as the members' names so that every frame takes each of them as a side. A set that no
// recent sentence names with that count gives nothing: the nearest sentence that names more of the
// kind ends the search (which of them would be meant is not certain). Pairs ("both sides", "the two
// countries") are ./listed-sides.ts's own readings; the words are lexicon data
// (../lexicon/listed-sides.ts).
import type { Entity } from '../../model';
import type { Unit } from './units';
import { SET_COUNTS, SET_DETERMINERS, SET_HEADS } from '../lexicon/listed-sides';
import { objectPlace, subjectPlace } from './plural-place';

/** A counted set in a sentence: where its words start, its count and kinds, its clause's bounds. */
export interface CountedSet {
  from: number;
  count: number;
  kinds: readonly string[];
  /** The plural's clause, [start, end): the words between the punctuation around it. */
  clause: [number, number];
}

/**
 * The counted set whose head noun is unit `h` ("all three countries", "the four groups"), as a
 * clause's subject or a verb's or preposition's object; undefined otherwise, and when "of" after
 * it says whose ("the three countries of the region": named there, or none of ours).
 */
export function setAt(units: Unit[], h: number): CountedSet | undefined {
  const head = units[h];
  const [number, det] = [units[h - 1], units[h - 2]];
  const kinds = head && !head.entity ? SET_HEADS.get(head.lower) : undefined;
  if (!kinds || !number || !det || number.entity || number.punct || det.entity || det.punct) return undefined;
  const count = SET_COUNTS.get(number.lower);
  if (!count || !SET_DETERMINERS.has(det.lower)) return undefined;
  if (!head.punct && units[h + 1]?.lower === 'of') return undefined;
  const from = h - 2;
  if (!subjectPlace(units, from) && !objectPlace(units[from - 1])) return undefined;
  return { from, count, kinds, clause: clauseAround(units, from, h) };
}

/**
 * The members of `set`: the actors of its kinds in the nearest of `earlier` (the sentence's words
 * before the plural's clause, then the sentences before it, nearest first) that names exactly
 * `count` of them, leaving out those the plural's own clause names (the one aided is no member of
 * the aiders); undefined when a nearer one names more of them, or none names that many.
 */
export function setMembers(
  set: CountedSet,
  units: Unit[],
  earlier: readonly Entity[][],
): Entity[] | undefined {
  const [start, end] = set.clause;
  const beside = new Set(
    [...units.slice(start, set.from), ...units.slice(set.from + 3, end)].flatMap((u) =>
      u.entity ? [u.entity.id] : [],
    ),
  );
  for (const actors of earlier) {
    const members: Entity[] = [];
    for (const e of actors)
      if (set.kinds.includes(e.type) && !beside.has(e.id) && !members.some((m) => m.id === e.id))
        members.push(e);
    if (members.length === set.count) return members;
    if (members.length > set.count) return undefined;
  }
  return undefined;
}

/** The clause around units [from, h]: from after the last mark before it to the first mark after. */
function clauseAround(units: Unit[], from: number, h: number): [number, number] {
  let start = from;
  while (start > 0 && !/[,;:.]/.test(units[start - 1].punct)) start--;
  let end = h;
  while (end < units.length - 1 && !/[,;:.]/.test(units[end].punct)) end++;
  return [start, end + 1];
}
