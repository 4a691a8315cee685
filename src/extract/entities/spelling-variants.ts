// One actor under two spellings in one article: a transliteration ("Fateh el Islam" and "Fatah
// al-Islam", "Mohammed" and "Muhammad"), a British or American form ("World Food Programme" and
// "… Program") or a typing slip ("Evarisate" for "Evariste"). Two records of the same type are one
// when their names have the same consonants in the same order (vowels left out, doubled letters
// written once) and differ by at most two letters, on names long enough that this says something.
// "Hassan Nasrallah" and "Hussein Nasrallah" differ by three letters: two people.
import type { Draft, Registry } from './registry';

const MIN_LETTERS = 8;
const MAX_EDITS = 2;

const letters = (name: string): string =>
  name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z]/g, '');

/** The consonants of a name in order, each doubled letter once ("programme" → "prgrm"). */
export const consonants = (name: string): string =>
  letters(name)
    .replace(/[aeiouy]/g, '')
    .replace(/(.)\1+/g, '$1');

/** Levenshtein distance, stopping early once past `max`. */
function withinEdits(a: string, b: string, max: number): boolean {
  if (Math.abs(a.length - b.length) > max) return false;
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    for (let j = 1; j <= b.length; j++)
      row[j] = Math.min(prev[j] + 1, row[j - 1] + 1, prev[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
    if (Math.min(...row) > max) return false;
    prev = row;
  }
  return prev[b.length] <= max;
}

/** True when two names are spellings of one name (see above). */
export function sameSpelledName(a: string, b: string): boolean {
  const [la, lb] = [letters(a), letters(b)];
  if (!la || !lb) return false;
  if (la === lb) return true;
  if (Math.min(la.length, lb.length) < MIN_LETTERS) return false;
  return consonants(a) === consonants(b) && withinEdits(la, lb, MAX_EDITS);
}

const words = (name: string): number => name.split(/\s+/).length;

export function mergeSpellingVariants(registry: Registry): void {
  const kept: Draft[] = [];
  for (const d of registry.all()) {
    if (d.type !== 'Organization' && d.type !== 'Person') continue;
    // a person's name keeps its number of words: "Ana Ruiz" is no spelling of "Anar Uiz"
    const first = kept.find(
      (k) =>
        k.type === d.type &&
        (d.type !== 'Person' || words(k.name) === words(d.name)) &&
        sameSpelledName(k.name, d.name),
    );
    if (first) registry.merge(d, first);
    else kept.push(d);
  }
}
