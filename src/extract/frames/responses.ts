// A response to an attack fights back against its author: "Somali forces responded to the
// al-Shabaab attack", "Kenya retaliated for the raid by al-Shabaab". The gold reads the responder
// as attacking the attack's author (test/gold/README.md); the author is named with the noun, or
// for a definite attack told earlier ("responded to the attack"), recalled from the article's
// event memory (./events.ts).
import type { Candidate } from '../relations/apply-rules';
import { agentsRight, leftActors } from './actors';
import { facts, predicateIn } from './facts';
import { groupAt, isVerb, noFactClause } from './groups';
import type { EventMemory } from './events';
import type { FrameRecord } from './lexicon';
import { listLeft } from './lists';
import type { Unit } from './units';
import { RESPONSE_VERBS } from './words';

/** The words between a response verb and the attack it answers. */
const RESPONSE_PREPS = new Set(['to', 'for', 'against']);

/** How far after the attack noun a "by …ing" stating the response may stand. */
const STATED_REACH = 8;

/**
 * "X responded to the incursion by moving troops to its frontier": the response is the act the
 * "by …ing" names (its own frame, if it is force), not a fight back against the raid's author.
 */
function responseStated(units: Unit[], i: number): boolean {
  for (let k = i + 1; k < units.length && k - i <= STATED_REACH; k++) {
    const next = units[k + 1];
    if (units[k].lower === 'by' && next && !next.entity && next.lower.endsWith('ing') && isVerb(next))
      return true;
    if (/[.;:]/.test(units[k].punct)) return false;
  }
  return false;
}

/** Facts of a response to the attack noun at `i`: the responders attacked the attack's author. */
export function responseFacts(
  units: Unit[],
  i: number,
  frame: FrameRecord,
  events?: EventMemory,
): Candidate[] {
  if (frame.predicate !== 'ATTACKED') return [];
  let j = i - 1;
  // "the al-Shabaab attack", "the attack by al-Shabaab"
  let authors: Unit[] = [];
  if (units[j]?.entity && !units[j].punct) {
    const list = listLeft(units, j);
    authors = list.actors;
    j = list.at - 1;
  } else if (units[i + 1]?.lower === 'by' && !units[i].punct) authors = agentsRight(units, i + 2);
  // "the deadly", "Friday's": a few words of the noun phrase, then the preposition and the verb.
  for (let n = 0; n < 4 && units[j] && !units[j].entity && !units[j].punct && !isVerb(units[j]); n++) {
    if (RESPONSE_PREPS.has(units[j].lower)) break;
    j--;
  }
  const verb = j - 1;
  if (!RESPONSE_PREPS.has(units[j]?.lower ?? '') || !isVerb(units[verb]) || units[verb].punct) return [];
  if (!RESPONSE_VERBS.has(units[verb].lower)) return [];
  if (responseStated(units, i)) return [];
  const g = groupAt(units, verb);
  if (g.passive || predicateIn(frame, g.mood) !== 'ATTACKED') return [];
  const found = leftActors(units, g.start);
  if (!found || noFactClause(units, found.at)) return [];
  // "responded to the attack": the one attack told earlier whose author the memory holds.
  if (!authors.length && events) authors = events.recall(units, j + 1);
  if (!authors.length) return [];
  return facts(found.actors, authors, 'ATTACKED', frame, `:response${found.via ?? ''}`);
}
