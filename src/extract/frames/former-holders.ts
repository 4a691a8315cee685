// "a settlement with X's former finance chief", "sued the company's ex-CFO": a possessive owner
// followed by a past title names that person, who no longer speaks for the owner; the act is not
// dealt to the owner (round 45). The rules engine reads the same (../relations/apply-rules.ts
// FORMER_HOLDER_OF_OBJECT).
import { FORMER_HOLDER_WORDS } from '../lexicon/predicate-words';
import { TITLE_WORDS } from '../lexicon/titles';
import type { Unit } from './units';

const FORMER: ReadonlySet<string> = new Set(FORMER_HOLDER_WORDS);
/** Up to this many words after "former" may make up the title ("former chief financial officer"). */
const TITLE_REACH = 3;

const isTitle = (u: Unit | undefined): boolean => !!u && !u.entity && TITLE_WORDS.has(u.lower);

/** The unit at `j` owns a past title right after it: "X's former (finance) chief", "X's ex-CFO". */
export function formerHolderOf(units: readonly Unit[], j: number): boolean {
  if (j < 0 || !units[j].possessive || units[j].punct) return false;
  const next = units[j + 1];
  if (!next || next.entity) return false;
  const prefixed = /^(?:ex|former)-(.+)$/.exec(next.lower);
  if (prefixed) return TITLE_WORDS.has(prefixed[1]);
  if (!FORMER.has(next.lower) || next.punct) return false;
  for (let k = j + 2; k < j + 2 + TITLE_REACH; k++) {
    if (isTitle(units[k])) return true;
    if (!units[k] || units[k].entity || units[k].punct) return false;
  }
  return false;
}
