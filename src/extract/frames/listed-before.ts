// Names listed before a described subject (round 49): "A, B and several other nations have ended
// relations with Y", "A, the B, and other partners are imposing costs on Y". A described subject
// ("B and several other nations", ./described-subjects.ts) holds one name; when the names before it
// are joined to it by commas alone, they are items of the same subject and act with it. The list
// must open its clause (the sentence's start, a verb of saying, or a colon), so that a name closing
// an earlier phrase ("In Lima, B and other nations …", "after talks with A, B and other nations
// agreed …") is not taken for an item.
import { SAY_VERBS, DETERMINERS } from './words';
import type { Unit } from './units';

/** How many names such a list may hold before the described one. */
const MAX_ITEMS = 6;

/**
 * The names listed before the described subject's first name at `first`, when `comma` is the unit
 * right before it (past a determiner) that closes a name with a comma; none when the list does not
 * open its clause.
 */
export function namesListedBefore(units: Unit[], comma: number, first: number): Unit[] {
  let k = comma;
  let next = k + 1;
  while (next < first && DETERMINERS.has(units[next].lower) && !units[next].entity) next++;
  if (next !== first) return [];
  const items: Unit[] = [];
  while (items.length < MAX_ITEMS) {
    const u = units[k];
    if (!u?.entity || u.punct !== ',' || u.possessive) return [];
    items.unshift(u);
    let p = k - 1;
    while (p >= 0 && DETERMINERS.has(units[p].lower) && !units[p].entity && !units[p].punct) p--;
    const before = units[p];
    // the list opens its clause: the sentence's start, a verb of saying, a colon
    if (!before || (!before.entity && SAY_VERBS.has(before.lower)) || before.punct === ':') return items;
    if (before.entity && before.punct === ',') {
      k = p;
      continue;
    }
    return [];
  }
  return [];
}

/** Words that open an unnamed rest of a subject after "and": "and (several) other nations". */
const OTHERS_OPENERS = new Set(['other', 'several', 'many', 'some', 'various', 'numerous']);

/**
 * "A, B and (several) other nations": the index of the name closing the named part, when the plural
 * head at `j` closes an unnamed rest opened by "and" and up to three words, the first of them
 * "other", "several", "many"…; undefined for any other shape.
 */
export function namedBeforeOthers(units: Unit[], j: number): number | undefined {
  const head = units[j];
  if (!head || head.entity || head.punct || !head.tags.has('Plural')) return undefined;
  let a = j - 1;
  while (a >= j - 3 && units[a] && !units[a].entity && !units[a].punct && units[a].lower !== 'and') a--;
  const opener = units[a + 1];
  if (units[a]?.lower !== 'and' || a + 1 === j || !OTHERS_OPENERS.has(opener?.lower ?? '')) return undefined;
  const named = units[a - 1];
  return named?.entity && !named.possessive && !named.punct ? a - 1 : undefined;
}

/**
 * The subject `left` read by the list reader, with the names listed before it by commas alone when
 * it holds one name ("A, B and other nations": the list reader, which needs an "and" between two
 * names, stops at B).
 */
export function withNamesListedBefore(
  units: Unit[],
  left: { actors: Unit[]; at: number },
): { actors: Unit[]; at: number } {
  if (left.actors.length !== 1) return left;
  let c = left.at - 1;
  while (c >= 0 && DETERMINERS.has(units[c].lower) && !units[c].entity && !units[c].punct) c--;
  const listed = c >= 0 ? namesListedBefore(units, c, left.at) : [];
  return listed.length ? { actors: [...listed, ...left.actors], at: units.indexOf(listed[0]) } : left;
}
