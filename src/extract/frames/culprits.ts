// Owning up to an act, or being named its author, before the act's noun: "X claimed (responsibility
// for) the killing of Y", "X took credit for the kidnapping of Y", "X was behind / responsible for
// the beheading of Y" (round-10 convention: claims of responsibility state the act). The verb then
// serves the act's noun as a light verb does: its subject is the author.
import { isVerb } from './groups';
import type { Unit } from './units';

/** Verbs of owning up: "claimed the killing", "claims responsibility for". */
const CLAIM_VERBS = new Set(['claim', 'claims', 'claimed', 'claiming']);
const TAKE_VERBS = new Set(['take', 'takes', 'took', 'taken', 'taking']);
const BE_VERBS = new Set(['is', 'was', 'are', 'were', 'be', 'been', 'being']);

/** The words between the verb and the act's noun, past its determiner: what makes the verb a claim. */
function linkWords(units: Unit[], j: number, i: number): string {
  return units
    .slice(j + 1, i)
    .map((u) => u.lower)
    .filter((w) => !['the', 'a', 'an', 'this', 'that'].includes(w))
    .join(' ');
}

/** The verb at `j` owns up to, or names the author of, the act whose noun is at `i`. */
export function culpritVerbAt(units: Unit[], j: number, i: number): boolean {
  const verb = units[j];
  if (!verb || verb.entity || verb.punct || !isVerb(verb)) return false;
  if (units.slice(j + 1, i).some((u) => u.entity || u.punct)) return false;
  const link = linkWords(units, j, i);
  if (CLAIM_VERBS.has(verb.lower)) return ['', 'responsibility for', 'credit for'].includes(link);
  if (TAKE_VERBS.has(verb.lower)) return ['credit for', 'responsibility for'].includes(link);
  if (BE_VERBS.has(verb.lower)) return ['behind', 'responsible for'].includes(link);
  return false;
}
