// A counted or described group followed by the names that make it up: "designated three Xian
// officials, A, B and C, for …", "sanctioned two agencies – the X and the Y – on Monday", "met the
// leaders of three groups: A, B and C", "named five people: A, the sister of …, and B, whose
// ministry …". The act on the group is an act on each name, so a list reader (./lists.ts
// `listRight`) that meets such a group reads on into the names. The group's head is a plural
// noun closed by a comma, a colon or a dash; the names follow at once (a title or "the" may
// precede each) and close the apposition, so a clause that merely follows ("…the towns, X and Y
// said") is no list.
import { isVerb } from './groups';
import { isTitle } from './title-word';
import type { Unit } from './units';
import { DETERMINERS, RELATIVES } from './words';

/** Plural nouns that count time, money or amounts, never a group of actors: "over two days, …". */
const NOT_GROUPS = new Set(
  `years days weeks months hours minutes decades centuries times dollars euros percent points
   miles kilometers kilometres tons tonnes cases items goods products parts components`.split(/\s+/),
);

/** "who", "whose", "which": an item's relative clause, as an apposition between two items. */
const ITEM_CLAUSE_OPENERS = new Set([...RELATIVES, 'whose', 'whom']);

/** How many words an apposition between two items may hold: "the sister of the president". */
const APPOSITION_SPAN = 20;

/** Punctuation after a name, less the full stop of the name's own abbreviation ("Acme Ltd."). */
export const stoplessAfter = (u: Unit, punct = u.punct): string =>
  u.entity?.name.endsWith('.') && punct.startsWith('.') ? punct.slice(1) : punct;

/** A unit that opens an apposition: a comma, a colon or a dash after it. */
export const opensApposition = (u: Unit | undefined): boolean =>
  !!u && (stoplessAfter(u) === ',' || u.punct === ':' || (u.dash && !stoplessAfter(u)));

/**
 * A plural noun at `h` that names a group of people, bodies or places ("officials", "agencies",
 * "groups"); after a count, any word in "-s" ("two (Chilean) engineers," which compromise may read
 * as a verb).
 */
export function isGroupHead(units: Unit[], h: number): boolean {
  const u = units[h];
  if (!u || u.entity || u.tags.has('Date') || u.tags.has('Value') || NOT_GROUPS.has(u.lower)) return false;
  const count = units[h - 1]?.entity?.type === 'Country' ? units[h - 2] : units[h - 1];
  const counted = !!count?.tags.has('Cardinal') && !count.entity && /[a-z]s$/.test(u.lower);
  return counted || (u.tags.has('Plural') && u.tags.has('Noun') && !isVerb(u));
}

/** Where the first item's name stands after `k`: "the", a title or "former President" before it. */
function firstName(units: Unit[], k: number): number | undefined {
  let j = k;
  const leading = (u: Unit) =>
    !u.entity &&
    !u.punct &&
    (DETERMINERS.has(u.lower) || isTitle(u) || u.tags.has('Adjective') || u.tags.has('ProperNoun'));
  while (j - k < 5 && units[j] && leading(units[j])) j++;
  const u = units[j];
  return u?.entity && !u.possessive ? j : undefined;
}

/**
 * ", the sister of the president, and B", ", whose ministry runs the prisons, and B": the comma
 * closing the apposition (opened by an article or a relative pronoun) of the item ending at `e`.
 */
export function asideClose(units: Unit[], e: number, punct = stoplessAfter(units[e])): number | undefined {
  const open = units[e + 1];
  if (punct !== ',' || !open || open.entity) return undefined;
  if (!DETERMINERS.has(open.lower) && !ITEM_CLAUSE_OPENERS.has(open.lower)) return undefined;
  // "the Xian, the Yian, and the Zian governments": an article and a name alone are the list's
  // next item, not an aside on the one before
  if (units[e + 2]?.entity && stoplessAfter(units[e + 2]) === ',' && DETERMINERS.has(open.lower))
    return undefined;
  for (let c = e + 1; c < units.length && c - e <= APPOSITION_SPAN; c++) {
    const p = stoplessAfter(units[c]);
    if (p === ',') return c;
    if (p) return undefined;
  }
  return undefined;
}

/** Past an item's apposition to where the next item's reading starts; undefined when none follows. */
function pastItemApposition(units: Unit[], e: number): number | undefined {
  const c = asideClose(units, e);
  if (c === undefined) return undefined;
  const next = units[c + 1]?.lower === 'and' || units[c + 1]?.lower === 'or' ? c + 2 : c + 1;
  return firstName(units, next) !== undefined ? next : undefined;
}

/**
 * "A (A)": the name at `e` repeated right after it in brackets, as releases write an acronym or a
 * transliteration; the punctuation after the closing bracket, or undefined when no repeat follows.
 */
export function bracketRepeatAfter(units: Unit[], e: number): string | undefined {
  const name = units[e];
  const repeat = units[e + 1];
  if (!name?.entity || repeat?.entity?.id !== name.entity.id || !/^\)/.test(repeat.punct)) return undefined;
  return repeat.punct.replace(/^\)/, '');
}

/**
 * The list closes where the apposition does: on punctuation, a dash, the sentence's end, or a
 * word that is not a verb ("A and B on Monday"); "…, A and B said" opens a clause instead.
 */
function closes(units: Unit[], last: Unit): boolean {
  let e = units.indexOf(last);
  let punct = stoplessAfter(last);
  // "…, and B (B) — for …": the name repeated in brackets closes with the item (round 30)
  const repeated = punct ? undefined : bracketRepeatAfter(units, e);
  if (repeated !== undefined) {
    e++;
    punct = repeated;
  }
  const next = units[e + 1];
  return !!punct || units[e].dash || !next || (!next.entity && !isVerb(next));
}

/**
 * The names a group's apposition lists after its head at `h` (which opens the apposition), read
 * with `read` (the list reader), or none: at least two names, closed as an apposition closes.
 */
export function apposedNames(units: Unit[], h: number, read: (units: Unit[], k: number) => Unit[]): Unit[] {
  if (!isGroupHead(units, h) || !opensApposition(units[h])) return [];
  let start = firstName(units, h + 1) === undefined ? undefined : h + 1;
  const out: Unit[] = [];
  while (start !== undefined) {
    const items = read(units, start);
    if (!items.length || items.some((u) => u.possessive || out.includes(u))) return [];
    out.push(...items);
    start = pastItemApposition(units, units.indexOf(items[items.length - 1]));
  }
  return out.length >= 2 && closes(units, out[out.length - 1]) ? out : [];
}

/**
 * "with their Gulf neighbour, X", "signed an accord with a major rebel group, the X": a singular
 * noun closed by a comma, then the one name it stands for, which closes the apposition (round 39).
 * Not a name followed by a verb ("…the ministry, X said") or by more names ("…the ministry, X and
 * Y", which may be a list), nor a name owned by another ("the company, X's largest miner").
 */
export function apposedName(units: Unit[], h: number, read: (units: Unit[], k: number) => Unit[]): Unit[] {
  const u = units[h];
  if (!u || u.entity || stoplessAfter(u) !== ',' || !u.tags.has('Singular') || !u.tags.has('Noun')) return [];
  if (isVerb(u) || u.tags.has('Date') || u.tags.has('Value') || u.tags.has('Pronoun')) return [];
  const start = firstName(units, h + 1);
  if (start === undefined) return [];
  const items = read(units, h + 1);
  return items.length === 1 && !items[0].possessive && closes(units, items[0]) ? items : [];
}
