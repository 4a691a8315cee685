// A name inside a link phrase describes the noun before it: in "two oligarchs linked to X have
// been sanctioned by Y" the oligarchs were sanctioned, X only says whose associates they are
// (round 46, fresh news). Read for the passive, whose patient the frame engine takes from the
// words left of the verb.
import { LINK_WORDS } from '../lexicon/link-words';
import type { Unit } from './units';

const LINKS: ReadonlySet<string> = new Set(LINK_WORDS);
/** How many plain words (a role: "billionaire", "the late") may stand between the link and the name. */
const ROLE_WORDS = 2;

/**
 * The actors found from `at` rightwards sit in a link phrase after a plain noun: "oligarchs linked
 * to (billionaire) ⟦X⟧", "firms tied to ⟦X⟧". The noun, not the name, is the verb's patient.
 */
export function describedByLink(units: Unit[], at: number): boolean {
  let p = at - 1;
  while (p >= 0 && at - 1 - p < ROLE_WORDS && plainWord(units[p]) && !isLinkPreposition(units[p])) p--;
  if (!isLinkPreposition(units[p])) return false;
  const link = units[p - 1];
  const noun = units[p - 2];
  return plainWord(link) && LINKS.has(link.lower) && plainWord(noun) && noun.tags.has('Noun');
}

const plainWord = (u: Unit | undefined): u is Unit => !!u && !u.entity && !u.punct;
const isLinkPreposition = (u: Unit | undefined) => plainWord(u) && (u.lower === 'to' || u.lower === 'with');
