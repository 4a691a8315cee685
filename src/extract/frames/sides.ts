// An armed side named for whom it fights: "forces loyal to X", "troops still loyal to X",
// "fighters backing X", "soldiers who back X", "supporters of X". The gold reads X as the actor
// (or the target) of what the side does, as it reads "Somali forces" as Somalia.
import { isAdverb } from './groups';
import type { Unit } from './units';
import { GROUP_KIND_NOUNS, SIDE_HEADS, SIDE_LINKS } from './words';

/** Where the name of a side opening at `k` begins ("forces loyal to | X"), if a side opens there. */
export function sideNameAt(units: Unit[], k: number): number | undefined {
  const at = linkEnd(units, k);
  // "who back his former deputy, X": the pronoun only qualifies the descriptor.
  const pronoun = at !== undefined && units[at]?.mention?.reason?.startsWith('coref:');
  return pronoun && appositionAt(units, at + 1) ? at + 1 : at;
}

const TIED = new Set(['linked', 'allied', 'affiliated', 'aligned', 'tied']);

function linkEnd(units: Unit[], k: number): number | undefined {
  const head = units[k];
  if (!head || head.entity || head.punct || !SIDE_HEADS.has(head.lower)) return undefined;
  let j = k + 1;
  while (isAdverb(units[j]) && !units[j].punct) j++;
  const link = units[j];
  if (!link || link.entity || link.punct) return undefined;
  if (link.lower === 'loyal') return units[j + 1]?.lower === 'to' && !units[j + 1].punct ? j + 2 : undefined;
  // "forces linked to X", "militias allied with X"
  if (TIED.has(link.lower))
    return ['to', 'with'].includes(units[j + 1]?.lower ?? '') && !units[j + 1].punct ? j + 2 : undefined;
  if (SIDE_LINKS.has(link.lower)) return j + 1;
  if (link.lower === 'who' && ['back', 'backed', 'support', 'supported'].includes(units[j + 1]?.lower ?? ''))
    return j + 2;
  // "gunmen of the rival X and Y groups"
  if (link.lower === 'of') return j + 1;
  if (link.lower === 'from') return bodyFrom(units, j + 1);
  return undefined;
}

/**
 * "troops from X", "fighters from the breakaway X" (round 46): people drawn from a named body are
 * that body's side. Only a body: "troops from Chile" may say where they came or were driven from.
 */
function bodyFrom(units: Unit[], k: number): number | undefined {
  let j = k;
  if (units[j]?.lower === 'the' && !units[j].entity && !units[j].punct) j++;
  // "the autonomy-seeking X": at most two describing words before the name
  while (j - k < 3 && units[j] && !units[j].entity && !units[j].punct && units[j].tags.has('Adjective')) j++;
  // ("troops from the X's peacekeeping force, Y": the owner is not the force; "drove militants from
  // the X base": a noun after the name makes it a place's modifier, unless it names the body's kind)
  const body = units[j];
  if (body?.entity?.type !== 'Organization' || body.possessive) return undefined;
  const next = units[j + 1];
  const modifies =
    !body.punct && !!next && !next.entity && next.tags.has('Noun') && !GROUP_KIND_NOUNS.has(next.lower);
  return modifies ? undefined : j;
}

/** "his former deputy, X": the person an apposition after a short descriptor names. */
export function appositionAt(units: Unit[], k: number): Unit | undefined {
  for (let j = k; j < units.length && j - k < 5; j++) {
    const u = units[j];
    if (u.entity || u.tags.has('Verb')) return undefined;
    if (u.punct === ',') return units[j + 1]?.entity?.type === 'Person' ? units[j + 1] : undefined;
    if (u.punct) return undefined;
  }
  return undefined;
}

/** The name list at `at` closes a side opened just before it: "forces loyal to (President) X". */
export function sideBefore(units: Unit[], at: number): boolean {
  for (let h = at - 1; h >= 0 && at - h <= 8; h--) {
    const u = units[h];
    if (u.entity || u.punct) return false;
    const name = sideNameAt(units, h);
    if (name !== undefined && name <= at) return true;
  }
  return false;
}
