// A capital (or a seat such as the Pentagon) stands for its government when it acts or
// owns a policy: "Washington said", "Beijing's territorial claims", "the government in
// Beijing". Anywhere else it is the place: "outrage in Baghdad", "a visit to Washington".
import {
  AUXILIARIES,
  GOVERNMENT_BEFORE,
  GOVERNMENT_NOUNS,
  GOVERNMENT_OBJECT_VERBS,
  GOVERNMENT_VERBS,
} from '../../lexicon/common-words';

interface Word {
  norm: string;
  possessive: boolean;
  punct: boolean;
}

export function capitalStandsForGovernment(tokens: readonly Word[], from: number, to: number): boolean {
  const last = tokens[to - 1];
  if (last.possessive) {
    return [tokens[to], tokens[to + 1]].some((t) => t && !t.punct && GOVERNMENT_NOUNS.has(t.norm));
  }
  let k = to;
  while (tokens[k] && AUXILIARIES.has(tokens[k].norm)) k++;
  if (tokens[k] && GOVERNMENT_VERBS.has(tokens[k].norm)) return true;
  const prev = tokens[from - 1];
  const prev2 = tokens[from - 2];
  // "Beijing has warned Washington": the object of a government's verb is a government too.
  if (prev && !prev.punct && GOVERNMENT_OBJECT_VERBS.has(prev.norm)) return true;
  return prev?.norm === 'in' && prev2 !== undefined && GOVERNMENT_BEFORE.has(prev2.norm);
}
