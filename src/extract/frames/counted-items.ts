// A counted group of a state's people or targets as a later item of a list (round 49): "sanctions
// on the Xian Public Ministry and nine Xian government officials", "killed a Y commander and two Xian
// soldiers", "designated two Yian generals, three Xian officials and a Zian bank". The first item
// of a list is read whole by `listRight` (./lists.ts), count and all ("nine Xian officials" is X,
// as the gold reads a state's officials and soldiers); a later item opening on a count or an
// article was read only when an apposition named its people, so the state was lost. Here such an
// item is read as the first one would be, and only when it is that shape: a count or article,
// at most two describing words, then the demonym on a head of people or targets. A company's
// people ("two former Acme employees") name no state; a group whose own apposition names its
// people is left to the apposition reader.
import { isDemonymWord, type Unit } from './units';
import { DETERMINERS, PEOPLE_HEADS, TARGET_HEADS } from './words';

type ListReader = (units: Unit[], k: number) => Unit[];

/** Words that may stand between the count and the demonym: "senior", "former", "other", "additional". */
const COUNT_QUALIFIERS = new Set(
  'senior high-ranking top former current other additional more several some many dozens hundreds'.split(' '),
);

/** How far the head may stand after the demonym: "Xian government officials", "Xian military targets". */
const HEAD_REACH = 3;

const isHeadWord = (u: Unit | undefined): boolean =>
  !!u && !u.entity && (PEOPLE_HEADS.has(u.lower) || TARGET_HEADS.has(u.lower));

/** The index of the state's demonym in the counted group opening at `k`, or undefined. */
function countedDemonymAt(units: Unit[], k: number): number | undefined {
  let d = k;
  const plain = (u: Unit | undefined) => !!u && !u.entity && !u.punct;
  while (
    d - k < 4 &&
    plain(units[d]) &&
    (DETERMINERS.has(units[d].lower) ||
      units[d].tags.has('Value') ||
      COUNT_QUALIFIERS.has(units[d].lower) ||
      units[d].lower === 'at' ||
      units[d].lower === 'least')
  )
    d++;
  const state = units[d];
  if (d === k || state?.entity?.type !== 'Country' || state.punct || state.possessive || state.dash)
    return undefined;
  // a demonym as written, not a word the coreference step read as the state ("10 other security
  // personnel") nor the state's own name
  if (state.mention?.reason.startsWith('coref:')) return undefined;
  if (!isDemonymWord(state.lower) && state.lower === state.entity.name.toLowerCase()) return undefined;
  // the head follows the demonym, past common words that qualify it ("government", "military")
  for (let h = d + 1; h <= d + HEAD_REACH; h++) {
    const u = units[h];
    if (!u || u.entity) return undefined;
    if (isHeadWord(u)) return d;
    if (u.punct) return undefined;
  }
  return undefined;
}

/**
 * The state a counted group at `k` stands for, read by `listRight` as a first item is, and any items
 * the group's own list goes on with; none when `k` opens no such group.
 */
export function countedStateItem(units: Unit[], k: number, listRight: ListReader): Unit[] {
  const d = countedDemonymAt(units, k);
  if (d === undefined) return [];
  const named = listRight(units, k);
  return named[0] === units[d] ? named : [];
}
