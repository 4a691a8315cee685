// Who acts: the named actors just left of a verb group, through lists, asides, relative pronouns,
// reported speakers and the head nouns through which a name acts ("US forces").
import { listLeft } from './lists';
import { sideBefore } from './sides';
import type { Unit } from './units';
import { groupAt, isAdverb, isTime, isVerb, nounish } from './groups';
import {
  AGENT_HEADS,
  ALLIES,
  DETERMINERS,
  DIRECTIONS,
  HYPHEN_MODIFIERS,
  PEOPLE_HEADS,
  PLACE_PREPOSITIONS,
  RELATIVES,
  SAY_VERBS,
  SPEAKER_PRONOUNS,
} from './words';

/** What a body says through: "a statement from X condemned …". */
const STATEMENTS = new Set(['statement', 'statements', 'communique', 'message', 'letter']);

/**
 * The actors just left of unit `end` (exclusive): a named subject or list, the actor behind
 * "X forces", the antecedent of "which/who", or the name before an apposition. Undefined when the
 * phrase there is not a name (a participle's noun, "the sanctions").
 */
export function leftActors(
  units: Unit[],
  end: number,
): { actors: Unit[]; at: number; via?: string } | undefined {
  let j = end - 1;
  while (isAdverb(units[j]) || isTime(units[j])) j--;
  let u = units[j];
  if (!u) return undefined;
  if (!u.entity && SPEAKER_PRONOUNS.has(u.lower)) {
    // "X said Thursday (that) it carried out strikes": the pronoun is the speaker.
    let k = j - 1;
    if (units[k]?.lower === 'that') k--;
    while (isTime(units[k]) || isAdverb(units[k])) k--;
    if (!isVerb(units[k]) || !SAY_VERBS.has(units[k].lower) || units[k].punct) return undefined;
    const speaker = leftActors(units, groupAt(units, k).start);
    return speaker && { ...speaker, via: ' via reported-speaker' };
  }
  if (RELATIVES.has(u.lower) && !u.entity) {
    j--;
    u = units[j];
    if (!u) return undefined;
  }
  if (u.entity && u.punct === ',') {
    // "X, which arms Y, warned Z": the clause closing on Y is X's; X acts.
    const antecedent = relativeAntecedent(units, j);
    if (antecedent !== undefined) return listLeft(units, antecedent);
  }
  if (u.entity && !u.possessive) {
    // "militants in X targeting Y": a name after a preposition is a place or a complement, never
    // the actor of the verb that follows it.
    const list = listLeft(units, j);
    if (sideBefore(units, list.at)) return list;
    let p = list.at - 1;
    // back over "the", "western", "the agency's" to the preposition, if any
    const modifies = (u: Unit) =>
      u.entity
        ? u.possessive
        : u.tags.has('Adjective') || DETERMINERS.has(u.lower) || DIRECTIONS.has(u.lower);
    while (units[p] && !units[p].punct && modifies(units[p])) p--;
    const prep = units[p];
    if (!prep?.tags.has('Preposition') && !PLACE_PREPOSITIONS.has(prep?.lower ?? '')) return list;
    // "A statement from X condemned": a statement speaks for the one it comes from.
    if (prep.lower === 'from' && STATEMENTS.has(units[p - 1]?.lower ?? '')) return list;
    // "the foreign ministers of X and Y met", "X of the Y agency urged": through "of", the head acts.
    if (prep.lower !== 'of') return undefined;
    const head = units[p - 1];
    if (head?.entity && !head.possessive) return listLeft(units, p - 1);
    return head && (AGENT_HEADS.has(head.lower) || PEOPLE_HEADS.has(head.lower)) ? list : undefined;
  }
  if (!u.entity && u.punct === ',') {
    // "X, the armed group, attacked Y" / "X fighters, armed with rockets, attacked Y": an aside
    // between commas; the actor is the name (or "X fighters") before it.
    let k = j - 1;
    while (k >= 0 && !units[k].punct && j - k < 10) k--;
    const before = units[k];
    if (before?.entity && before.punct === ',' && !before.possessive) return listLeft(units, k);
    if (before?.punct === ',') return agentHead(units, k);
    return undefined;
  }
  return agentHead(units, j);
}

/** Where "X, which/who …" opens the relative clause that closes at unit `j`: X's unit, if any. */
function relativeAntecedent(units: Unit[], j: number): number | undefined {
  for (let k = j - 1; k > 0 && j - k < 30; k--) {
    const u = units[k];
    if (u.punct && u.punct !== ',') return undefined;
    const before = units[k - 1];
    if (!u.entity && RELATIVES.has(u.lower) && before?.entity && before.punct === ',') return k - 1;
  }
  return undefined;
}

/** "US forces", "Hezbollah rockets", "U.S. intelligence officials": the name acting through a head. */
function agentHead(units: Unit[], j: number): { actors: Unit[]; at: number } | undefined {
  const u = units[j];
  // "X and its allies accuse Y": X accuses.
  if (
    u &&
    ALLIES.has(u.lower) &&
    ['its', 'their'].includes(units[j - 1]?.lower ?? '') &&
    units[j - 2]?.lower === 'and'
  )
    return units[j - 3]?.entity ? listLeft(units, j - 3) : undefined;
  if (!u || u.entity || !AGENT_HEADS.has(u.lower)) return undefined;
  let k = j - 1;
  // "Iran-backed militias attacked": the militias act, not Iran.
  if (HYPHEN_MODIFIERS.has(units[k]?.lower ?? '')) return undefined;
  if (units[k] && !units[k].entity && !units[k].punct && nounish(units[k])) k--;
  // "U.N. and French helicopters fired": every name of the list acts.
  return units[k]?.entity && !units[k].punct ? listLeft(units, k) : undefined;
}
