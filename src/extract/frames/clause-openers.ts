// Words that open a clause of its own inside a sentence: after one of them the next verb has a
// subject of its own, so a noun before the word is no author of that verb's act ("four wounded
// in an attack on X after rockets fired at Y": the rockets were fired, not the attack; round 46).
import type { Unit } from './units';

/** Subordinating conjunctions that open a clause with its own subject. */
const CLAUSE_CONJUNCTIONS = new Set([
  'after',
  'before',
  'since',
  'because',
  'while',
  'when',
  'whereas',
  'until',
  'once',
  'although',
  'though',
]);

/** The unit is a bare subordinating conjunction (not part of a name, not punctuation). */
export function opensOwnClause(u: Unit | undefined): boolean {
  return !!u && !u.entity && !u.punct && CLAUSE_CONJUNCTIONS.has(u.lower);
}
