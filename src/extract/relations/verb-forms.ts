// Inflects a verb lemma into the forms a sentence may use: strike → strike, strikes, struck,
// striking. Regular English spelling rules, with the irregular past taken from the lexicon entry.
import type { VerbEntry } from '../lexicon/predicate-words';

export interface VerbForms {
  /** lemma and 3rd person: "strike", "strikes". */
  present: string[];
  /** simple past and past participle: "struck". */
  past: string[];
  /** "striking". */
  gerund: string[];
}

const VOWEL = /[aeiou]/;

/** Short verbs ending consonant-vowel-consonant double it: slam → slammed, hit → hitting. */
function doublesFinal(lemma: string): boolean {
  const [a, b, c] = lemma.slice(-3);
  const syllables = lemma.match(/[aeiouy]+/g)?.length ?? 0;
  return syllables === 1 && !VOWEL.test(a) && VOWEL.test(b) && !/[aeiouwxy]/.test(c);
}

function thirdPerson(lemma: string): string {
  if (/(s|x|z|ch|sh|[^aeiou]o)$/.test(lemma)) return `${lemma}es`;
  if (/[^aeiou]y$/.test(lemma)) return `${lemma.slice(0, -1)}ies`;
  return `${lemma}s`;
}

function regularPast(lemma: string): string {
  if (lemma.endsWith('e')) return `${lemma}d`;
  if (/[^aeiou]y$/.test(lemma)) return `${lemma.slice(0, -1)}ied`;
  if (doublesFinal(lemma)) return `${lemma}${lemma.slice(-1)}ed`;
  return `${lemma}ed`;
}

function gerund(lemma: string): string {
  if (/[^e]e$/.test(lemma)) return `${lemma.slice(0, -1)}ing`;
  if (doublesFinal(lemma)) return `${lemma}${lemma.slice(-1)}ing`;
  return `${lemma}ing`;
}

export function inflect(entry: VerbEntry): VerbForms {
  const past = [
    entry.past ?? regularPast(entry.lemma),
    entry.participle ?? entry.past ?? regularPast(entry.lemma),
  ];
  return {
    present: [entry.lemma, thirdPerson(entry.lemma)],
    past: [...new Set(past)],
    gerund: [gerund(entry.lemma)],
  };
}
