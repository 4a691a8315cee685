// Coordination, in one place, for subjects and objects alike: "X and Y", "X, Y and Z",
// "X as well as Y", and "groups, including X and Y" (a list that names what a noun covers).
import type { Unit } from './units';
import { DETERMINERS, LIST_OPENERS, TARGET_HEADS } from './words';

const JOINS = new Set(['and', 'or']);

/** The named actors of a list ending at unit `j` (a name), read leftwards; `at` is its first unit. */
export function listLeft(units: Unit[], j: number): { actors: Unit[]; at: number } {
  const actors = [units[j]];
  let at = j;
  let joined = false;
  for (;;) {
    const prev = units[at - 1];
    const before = units[at - 2];
    if (prev && JOINS.has(prev.lower) && !prev.entity && before?.entity && !before.possessive) {
      actors.unshift(before);
      at -= 2;
      joined = true;
    } else if (joined && prev?.entity && prev.punct === ',' && !prev.possessive) {
      actors.unshift(prev);
      at -= 1;
    } else break;
  }
  return { actors, at };
}

/**
 * The named things of a phrase opening at unit `k`, read rightwards: names joined by commas,
 * "and", "or"; "X's forces" or "Houthi positions" (a name on a target head noun) give the name;
 * a common noun followed by "including X and Y" gives the list. A place is never read through
 * "in/at/near": that is where an act happened, and the caller never starts there.
 */
export function listRight(units: Unit[], k: number): Unit[] {
  while (units[k] && !units[k].entity && DETERMINERS.has(units[k].lower)) k++;
  const first = units[k];
  if (!first) return [];
  if (!first.entity) {
    // "armed groups, including X and Y"
    let j = k;
    while (units[j] && !units[j].entity && !units[j].tags.has('Verb') && j - k < 4) {
      if (LIST_OPENERS.has(units[j + 1]?.lower ?? '') && units[j].punct === ',')
        return listRight(units, j + 2);
      if (units[j].punct) break;
      j++;
    }
    return [];
  }
  const head = units[k + 1];
  const common = !!head && !head.entity && head.tags.has('Noun') && !head.tags.has('ProperNoun');
  if (head && (first.possessive || (common && !first.punct))) {
    return TARGET_HEADS.has(head.lower) ? [first] : [];
  }
  const out = [first];
  let at = k;
  for (;;) {
    const u = units[at];
    const next = units[at + 1];
    const after = units[at + 2];
    if (u.punct === ',' && next?.entity && !next.possessive) {
      out.push(next);
      at += 1;
    } else if (!u.punct && next && JOINS.has(next.lower) && after?.entity && !after.possessive) {
      out.push(after);
      at += 2;
    } else if (u.punct === ',' && next && JOINS.has(next.lower) && after?.entity) {
      out.push(after);
      at += 2;
    } else break;
  }
  return out;
}
