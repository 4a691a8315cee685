// Who is held to account, as a list (round 49): "hold Y accountable" was read for one name, or
// one name with its own company ("Y and his enablers"). A list is as often written: "hold both Y
// and Z accountable", "hold Y, Z and their enablers accountable", "hold groups like Y and their
// leaders accountable" (a describing head before "like" or "such as" names no one more). Read by
// ./stance-clauses.ts (`responsibleFacts`) and ./held-to-account.ts (`threatToHold`).
import type { Unit } from './units';
import { DETERMINERS } from './words';

/** Plain words a held list may hold between its names: "both Y and Z", "Y, Z and all their …". */
const LIST_WORDS = new Set(['and', 'both', 'all']);
/** Possessives that open a name's own company: "Y and its enablers", "Y and their leaders". */
const OWN_COMPANY = new Set(['its', 'his', 'her', 'their']);
/** Words that open examples of a describing head: "groups like Y", "cartels such as Y". */
const EXAMPLE_OPENERS = new Set(['like', 'including']);
/** How many words the whole list may span: "hold transnational organized groups like Y and their leaders". */
const HELD_SPAN = 12;
/** How many describing words a head before "like" may have: "transnational organized groups". */
const HEAD_SPAN = 4;

const plain = (u: Unit | undefined): u is Unit => !!u && !u.entity;

/**
 * The names held in the phrase ending at `end` (inclusive), right before "accountable" or
 * "responsible", and where the phrase opens; undefined when it names no one or is no list of
 * names (a plain clause subject, "Y was accountable", is read by the caller).
 */
export function heldListBefore(units: Unit[], end: number): { names: Unit[]; start: number } | undefined {
  const names: Unit[] = [];
  let start = end + 1;
  for (let j = end; j >= 0 && end - j < HELD_SPAN;) {
    const u = units[j];
    // a comma closes the phrase unless it joins names: "Y, Z and their enablers"
    if (u.punct && u.punct !== ',' && j !== end) break;
    if (u.punct === ',' && (j === end || !names.length)) break;
    if (u.entity) {
      if (u.possessive) break;
      names.unshift(u);
      start = j--;
      continue;
    }
    // "and its enablers": the name's own company, held with it
    if (u.tags.has('Noun') && OWN_COMPANY.has(units[j - 1]?.lower ?? '') && units[j - 2]?.lower === 'and') {
      if (names.length) break;
      j -= 3;
      continue;
    }
    if (LIST_WORDS.has(u.lower) || (DETERMINERS.has(u.lower) && units[j + 1]?.entity)) {
      start = j--;
      continue;
    }
    // "groups like Y": past the describing head, which holds no one more
    if (EXAMPLE_OPENERS.has(u.lower) && names.length) {
      let h = j - 1;
      while (h >= 0 && j - h <= HEAD_SPAN && plain(units[h]) && !units[h].punct && describing(units[h])) h--;
      if (h === j - 1) break;
      start = h + 1;
      if (DETERMINERS.has(units[h]?.lower ?? '') && plain(units[h])) start = h;
      break;
    }
    break;
  }
  // a list opens on a list word or a name, never on "and": "…, and Y" is another clause's
  if (!names.length || units[start]?.lower === 'and') return undefined;
  return { names, start };
}

const describing = (u: Unit) => u.tags.has('Adjective') || u.tags.has('Noun') || /ed$/.test(u.lower);
