// One actor under two spellings in one article: a transliteration ("Fateh el Islam" and "Fatah
// al-Islam", "Mohammed" and "Muhammad"), a British or American form ("World Food Programme" and
// "… Program") or a typing slip ("Evarisate" for "Evariste"). Two records of the same type are one
// when their names have the same consonants in the same order (vowels left out, doubled letters
// written once) and differ by at most two letters (three from twenty letters up), on names long
// enough that this says something. "Hassan Nasrallah" and "Hussein Nasrallah" differ by three
// letters in fifteen: two people.
import type { Draft, Registry } from './registry';

const MIN_LETTERS = 8;
const MAX_EDITS = 2;
/** Letters from which a name may differ by one more edit (round 33). */
const LONG_NAME_LETTERS = 20;

const letters = (name: string): string =>
  name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]/g, '');

/**
 * The consonants of a name in order, each doubled letter once ("programme" → "prgrm"); "x" written
 * as the "ks" it transliterates ("Alexandr" and "Aleksandr").
 */
export const consonants = (name: string): string =>
  letters(name)
    .replace(/x/g, 'ks')
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

/**
 * One letter apart with adjacent letters swapped counted as one slip (optimal string alignment):
 * "Wirenko"/"Wirenco", "Nicolas"/"Nicholas", "Okonowo"/"Okonwoo".
 */
export function oneSlip(a: string, b: string): boolean {
  if (a === b || Math.abs(a.length - b.length) > 1) return false;
  if (a.length === b.length) return differingAt(a, b).length === 1 || swapped(a, b);
  const [short, long] = a.length < b.length ? [a, b] : [b, a];
  for (let k = 0; k < long.length; k++) if (long.slice(0, k) + long.slice(k + 1) === short) return true;
  return false;
}

const MIN_SLIP_LETTERS = 6;

/**
 * A person's name typed twice with one slip in one word, the other words the same: "Tomas Wirenko"
 * and "Tomas Wirenco", "Nicolas Arvelo" and "Nicholas Arvelo". The word with the slip has six
 * letters or more; a given name (any word but the last) may only gain or lose a letter or swap
 * two ("Nicolas"/"Nicholas", "Michael"/"Micheal"), as "Andrea" and "Andrew" are two given names.
 */
export function typedWithSlip(a: string, b: string): boolean {
  const [wa, wb] = [a.split(/\s+/).map(letters), b.split(/\s+/).map(letters)];
  if (wa.length < 2 || wa.length !== wb.length) return false;
  const differ = wa.map((w, k) => (w === wb[k] ? -1 : k)).filter((k) => k >= 0);
  if (differ.length !== 1) return false;
  const k = differ[0];
  const [x, y] = [wa[k], wb[k]];
  if (Math.min(x.length, y.length) < MIN_SLIP_LETTERS || !oneSlip(x, y)) return false;
  return k === wa.length - 1 || x.length !== y.length || swapped(x, y);
}

/** True when two names are spellings of one name (see above). */
export function sameSpelledName(a: string, b: string): boolean {
  const [la, lb] = [letters(a), letters(b)];
  if (!la || !lb) return false;
  if (la === lb) return true;
  if (Math.min(la.length, lb.length) < MIN_LETTERS) return false;
  // a long name may carry one more transliterated vowel ("Tehrik-i-Taliban" and "Tehreek-e-Taliban")
  const edits = Math.min(la.length, lb.length) >= LONG_NAME_LETTERS ? MAX_EDITS + 1 : MAX_EDITS;
  return consonants(a) === consonants(b) && withinEdits(la, lb, edits);
}

const words = (name: string): number => name.split(/\s+/).length;

/** The same letters in the same order, apart from spaces, hyphens and accents. */
const sameLetters = (a: string, b: string): boolean => letters(a) !== '' && letters(a) === letters(b);

/** An Arabic article joined to a surname: "al-Bashir" is met again as "Bashir". */
const ARTICLE = /^(?:al|el|ad|as|ash|an|ar|at|az)-/;
const VOWELS = /^[aeiouy]$/;
const MIN_SURNAME_LETTERS = 5;

/**
 * A lone surname is the last word of a full name, written without its Arabic article ("Bashir"
 * after "Omar al-Bashir") or with one vowel slipped ("Fukada" after "Yasuo Fukuda", "Sindomwo"
 * after "Gaston Sindimwo"): the same consonants in place, one vowel for another.
 */
export function surnameOf(full: string, lone: string): boolean {
  const parts = full.split(/\s+/);
  if (parts.length < 2 || words(lone) !== 1) return false;
  const last = parts[parts.length - 1];
  const [a, b] = [letters(last.toLowerCase().replace(ARTICLE, '')), letters(lone)];
  if (a.length < MIN_SURNAME_LETTERS || a.length !== b.length) return false;
  // "Okonwoo" after "Bertrand Okonowo": two letters swapped in a long surname
  if (a.length >= MIN_SLIP_LETTERS && swapped(a, b)) return true;
  const slips = [...a].map((c, k) => [c, b[k]]).filter(([x, y]) => x !== y);
  return slips.length === 0
    ? ARTICLE.test(last.toLowerCase())
    : slips.length === 1 && slips.every(([x, y]) => VOWELS.test(x) && VOWELS.test(y));
}

/** Where two words of one length differ, letter by letter. */
function differingAt(a: string, b: string): number[] {
  return [...a].map((c, k) => (c === b[k] ? -1 : k)).filter((k) => k >= 0);
}

/** Two adjacent letters swapped, the rest the same ("Okonowo"/"Okonwoo"). */
function swapped(a: string, b: string): boolean {
  const at = differingAt(a, b);
  return at.length === 2 && at[1] === at[0] + 1 && a[at[0]] === b[at[1]] && a[at[1]] === b[at[0]];
}

/** A channel's last word in short or in full, in the languages of the news: "TV", "Televisión". */
const CHANNEL_WORD = /\s+(?:tv|television|televisión|televisão|télévision|televizyon|televisi)$/iu;

/**
 * "X TV" and "X Television" (or "X Televisión"): one channel, written short and in full. Both
 * names need a first part of their own, the same letters in both.
 */
export function sameChannel(a: string, b: string): boolean {
  if (!CHANNEL_WORD.test(a) || !CHANNEL_WORD.test(b)) return false;
  const [ka, kb] = [letters(a.replace(CHANNEL_WORD, '')), letters(b.replace(CHANNEL_WORD, ''))];
  return ka !== '' && ka === kb;
}

/**
 * A broadcaster written with and without its channel word, in either order ("X TV" then "X", or
 * "X" then "X Television"): one outlet, when the short name is an outlet or a body of no
 * other kind (a party's or an armed group's channel is a body of its own).
 */
function channelAndOutlet(a: Draft, b: Draft): boolean {
  const [long, short] = CHANNEL_WORD.test(a.name) ? [a, b] : [b, a];
  if (!CHANNEL_WORD.test(long.name) || CHANNEL_WORD.test(short.name)) return false;
  if (short.category && short.category !== 'media' && short.category !== 'other') return false;
  const k = letters(long.name.replace(CHANNEL_WORD, ''));
  return k !== '' && k === letters(short.name);
}

export function mergeSpellingVariants(registry: Registry): void {
  const kept: Draft[] = [];
  for (const d of registry.all()) {
    // a place only when its letters are the same ("Bulo-Marer" and "Bulomarer"): place names are
    // short, and two near-alike ones are as often two places
    const place = d.type === 'Location';
    if (d.type !== 'Organization' && d.type !== 'Person' && !place) continue;
    // a person's name keeps its number of words: "Ana Ruiz" is no spelling of "Anar Uiz"
    const first = kept.find(
      (k) =>
        k.type === d.type &&
        (d.type !== 'Person' || words(k.name) === words(d.name)) &&
        (place
          ? sameLetters(k.name, d.name)
          : sameSpelledName(k.name, d.name) ||
            (d.type === 'Person' && typedWithSlip(k.name, d.name)) ||
            (d.type === 'Organization' && (sameChannel(k.name, d.name) || channelAndOutlet(k, d)))),
    );
    if (first) registry.merge(d, first);
    else kept.push(d);
  }
  const people = registry.all().filter((d) => d.type === 'Person');
  for (const lone of people) {
    const full = people.filter((p) => p !== lone && surnameOf(p.name, lone.name));
    if (full.length === 1) registry.merge(lone, full[0]);
  }
}
