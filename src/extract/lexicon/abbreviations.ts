/**
 * Abbreviations of a title or rank before a person's name (lower-cased, with the period): a
 * body's name never runs on into one ("the Patriotic Movement of Lt. Col. X" is X's movement).
 */
export const TITLE_ABBREVIATIONS: ReadonlySet<string> = new Set([
  'mr.',
  'mrs.',
  'ms.',
  'dr.',
  'prof.',
  'gen.',
  'lt.',
  'col.',
  'maj.',
  'capt.',
  'cmdr.',
  'adm.',
  'sgt.',
  'cpl.',
  'pvt.',
  'brig.',
  'rep.',
  'sen.',
  'gov.',
  'pres.',
  'amb.',
  'rev.',
  'supt.',
  'insp.',
  'det.',
  // police and naval ranks: "Chief Comr. A", "Sr. Comr. A" (Indonesia's and others' police), "Cdr. A"
  'comr.',
  'commr.',
  'cdr.',
  'cmdt.',
]);

// Abbreviations whose final period does not end a sentence (lower-cased, with the period).
export const ABBREVIATIONS: ReadonlySet<string> = new Set([
  // titles and ranks
  ...TITLE_ABBREVIATIONS,
  'sr.',
  'jr.',
  'st.',
  'hon.',
  'gen',
  'mt.',
  'ft.',
  'no.',
  'nos.',
  'vol.',
  'fig.',
  'dept.',
  // companies
  'inc.',
  'corp.',
  'ltd.',
  'co.',
  'bros.',
  'llc.',
  'plc.',
  // months
  'jan.',
  'feb.',
  'mar.',
  'apr.',
  'jun.',
  'jul.',
  'aug.',
  'sep.',
  'sept.',
  'oct.',
  'nov.',
  'dec.',
  // US states in AP style
  'ala.',
  'ariz.',
  'ark.',
  'calif.',
  'colo.',
  'conn.',
  'del.',
  'fla.',
  'ga.',
  'ill.',
  'ind.',
  'kan.',
  'ky.',
  'la.',
  'md.',
  'mass.',
  'mich.',
  'minn.',
  'miss.',
  'mo.',
  'mont.',
  'neb.',
  'nev.',
  'okla.',
  'ore.',
  'pa.',
  'penn.',
  'tenn.',
  'tex.',
  'va.',
  'vt.',
  'wash.',
  'wis.',
  'wyo.',
  // others
  'vs.',
  'etc.',
  'approx.',
  'est.',
  'e.g.',
  'i.e.',
  'a.m.',
  'p.m.',
  'u.s.',
  'u.k.',
  'u.n.',
  'd.c.',
]);

// Words that typically open a sentence: after "U.S." or "p.m." they mean the sentence ended.
export const SENTENCE_STARTERS: ReadonlySet<string> = new Set([
  'The',
  'A',
  'An',
  'He',
  'She',
  'It',
  'They',
  'We',
  'I',
  'This',
  'That',
  'These',
  'Those',
  'But',
  'And',
  'In',
  'On',
  'At',
  'After',
  'Before',
  'However',
  'Meanwhile',
  'Its',
  'His',
  'Her',
  'Their',
  'There',
  'When',
  'While',
  'As',
  'If',
  'Since',
  'Officials',
  'According',
]);

/** Rank abbreviations that close a compound rank: "Brig. Gen.", "Lt. Col.", "Rear Adm.". */
export const SECOND_RANKS: ReadonlySet<string> = new Set(['gen', 'col', 'adm', 'cmdr']);
/** Rank abbreviations that open a compound rank. */
const FIRST_RANKS: readonly string[] = ['brig', 'maj', 'lt', 'lieut', 'rear', 'vice'];

/** A capitalised word that is a first rank's abbreviation with one letter dropped or changed ("Big", "Bri"). */
export function nearFirstRank(word: string): boolean {
  const w = word.replace(/\.$/, '');
  if (!/^\p{Lu}\p{Ll}{1,4}$/u.test(w)) return false;
  return nearRank(w.toLowerCase());
}

function nearRank(w: string): boolean {
  return FIRST_RANKS.some((r) => {
    if (r.length === w.length) return [...r].filter((c, i) => c !== w[i]).length === 1;
    if (r.length !== w.length + 1) return false;
    return [...r].some((_, i) => r.slice(0, i) + r.slice(i + 1) === w);
  });
}
