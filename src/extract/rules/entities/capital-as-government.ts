// A capital (or a seat such as the Pentagon) stands for its government when it acts or
// owns a policy: "Washington said", "Beijing's territorial claims", "the government in
// Beijing", "Washington and Beijing agreed", "talks between Washington and Tehran".
// Anywhere else it is the place: "outrage in Baghdad", "a visit to Washington".
import {
  AUXILIARIES,
  CITY_ADMINISTRATION_NOUNS,
  CITY_ADMINISTRATION_QUALIFIERS,
  GOVERNMENT_BEFORE,
  GOVERNMENT_NOUNS,
  GOVERNMENT_OBJECT_VERBS,
  GOVERNMENT_VERBS,
  MEASURES_AGAINST_A_STATE,
  PARTNER_NOUNS,
} from '../../lexicon/common-words';

interface Word {
  norm: string;
  possessive: boolean;
  punct: boolean;
}

/** The length of a state actor (a country or a capital) named at token k, or 0. */
export type ActorAt = (k: number) => number;

const NONE: ActorAt = () => 0;

/** Prepositions of place before a capital: "residents in X", "a rally outside X". */
const PLACED: ReadonlySet<string> = new Set(['in', 'at', 'near', 'outside', 'inside', 'around', 'across']);

/** "called on X to …" */
const CALL_VERBS: ReadonlySet<string> = new Set(['call', 'calls', 'called', 'calling']);

export function capitalStandsForGovernment(
  tokens: readonly Word[],
  from: number,
  to: number,
  actorAt: ActorAt = NONE,
): boolean {
  const last = tokens[to - 1];
  if (last.possessive) {
    if (cityAdministration(tokens[to], tokens[to + 1])) return false;
    return [tokens[to], tokens[to + 1]].some((t) => t && !t.punct && GOVERNMENT_NOUNS.has(t.norm));
  }
  // "Residents in Mogadishu say": a capital inside a phrase of place is not the verb's subject
  // ("the government in Beijing said" is read below, by the noun before "in").
  if (PLACED.has(tokens[from - 1]?.norm ?? '') && !GOVERNMENT_BEFORE.has(tokens[from - 2]?.norm ?? ''))
    return false;
  // "Washington and Beijing agreed": the verb after a list of state actors is every one's.
  let k = to;
  for (let n = 0; ['and', ','].includes(tokens[k]?.norm ?? '') && (n = actorAt(k + 1)) > 0;) k += 1 + n;
  while (tokens[k] && AUXILIARIES.has(tokens[k].norm)) k++;
  if (tokens[k] && GOVERNMENT_VERBS.has(tokens[k].norm)) return true;
  // "talks between Washington and Tehran", "relations with Moscow": the start of a pair first.
  let b = from;
  if (tokens[b - 1]?.norm === 'and') {
    const before = startOfActorBefore(b - 1, actorAt);
    if (before >= 0) b = before;
  }
  const prev = tokens[b - 1];
  const prev2 = tokens[b - 2];
  // Only between parties to something: "a flight between London and Paris" joins places.
  if (prev && prev2 && ['with', 'between'].includes(prev.norm) && PARTNER_NOUNS.has(prev2.norm)) return true;
  // "accused Washington and London": a pair shares the reading of its first member.
  if (['and', ','].includes(tokens[from - 1]?.norm ?? '')) {
    const first = startOfActorBefore(from - 1, actorAt);
    if (first >= 0 && capitalStandsForGovernment(tokens, first, from - 1, actorAt)) return true;
  }
  // "Beijing has warned Washington": the object of a government's verb is a government too.
  const before = tokens[from - 1];
  // "a new effort by Washington", "pressure from Moscow": the agent of a government's act.
  if (
    before &&
    ['by', 'from'].includes(before.norm) &&
    tokens[from - 2] !== undefined &&
    GOVERNMENT_NOUNS.has(tokens[from - 2].norm)
  )
    return true;
  if (before && !before.punct && GOVERNMENT_OBJECT_VERBS.has(before.norm)) return true;
  // "sanctions on Tehran", "pressure against Moscow": the target of a state's measure is a state.
  if (
    (before?.norm === 'on' || before?.norm === 'against') &&
    MEASURES_AGAINST_A_STATE.has(tokens[from - 2]?.norm ?? '')
  )
    return true;
  // "called on Rangoon to release …": the one called on to act is a government.
  if (before?.norm === 'on' && CALL_VERBS.has(tokens[from - 2]?.norm ?? '') && tokens[to]?.norm === 'to')
    return true;
  return (
    before?.norm === 'in' && tokens[from - 2] !== undefined && GOVERNMENT_BEFORE.has(tokens[from - 2].norm)
  );
}

/** "Kyiv's military administration", "Kabul's city authorities": the city's own body. */
function cityAdministration(qualifier: Word | undefined, noun: Word | undefined): boolean {
  return (
    !!qualifier &&
    !!noun &&
    CITY_ADMINISTRATION_QUALIFIERS.has(qualifier.norm) &&
    CITY_ADMINISTRATION_NOUNS.has(noun.norm)
  );
}

/** The start of a state actor that ends just before token `and`, or -1. */
function startOfActorBefore(and: number, actorAt: ActorAt): number {
  for (let len = 1; len <= 3 && and - len >= 0; len++) if (actorAt(and - len) === len) return and - len;
  return -1;
}
