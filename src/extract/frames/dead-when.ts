// The dead of an attack told before it: "six Xian soldiers were killed when G attacked two bases",
// "at least 45 Xian security personnel are dead after gunmen believed to be G militants attacked
// the town". The attacker of the clause after "when" / "after" killed the side whose own people
// (./units.ts `serving`: a country's soldiers or police, an armed group's fighters) are the dead,
// and attacked it (round-9 and round-11 conventions: soldiers killed are their country's loss).
// Civilians name no side; a verb of the clause after that states no fact (a threat, a negation)
// reads nothing.
import type { Candidate } from '../relations/apply-rules';
import { facts } from './facts';
import { groupAt, isTime, isVerb } from './groups';
import { VERB_FRAMES } from './lexicon';
import { listRight } from './lists';
import type { Unit } from './units';
import { SERVING_HEADS } from './words';

/** "were killed", "are dead", "have been slain": the words that tell the dead. */
const DEATH = new Set(['killed', 'dead', 'slain']);
const BE_BEFORE = new Set(['were', 'was', 'are', 'is', 'been']);
/** The clause of the attack: "when G attacked", "after G stormed". */
const WHEN = new Set(['when', 'after', 'as']);
/** "gunmen believed to be G militants": who the text says the attackers were. */
const HEDGES = new Set(['believed', 'thought', 'suspected', 'said']);
/** Words that end the subject of victims, read leftwards. */
const STOPS = new Set(['where', 'when', 'after', 'as', 'while', 'that', 'which', 'who', 'said', 'says']);

/** The sides whose own people are the subject ending before `start`, back to the clause's opening. */
function deadSides(units: Unit[], start: number): Unit[] {
  const out: Unit[] = [];
  for (let j = start - 1; j >= 0 && start - j <= 14; j--) {
    const u = units[j];
    // ("Xian police officers": compromise may tag a head of the dead a verb)
    const verb = isVerb(u) && !SERVING_HEADS.has(u.lower);
    if (u.punct || (!u.entity && (STOPS.has(u.lower) || verb))) break;
    if (u.serving) out.unshift(u);
  }
  return out;
}

/** The attackers named after "when": the list there, or the one "believed to be" names. */
function attackersAt(units: Unit[], k: number): Unit[] {
  const named = listRight(units, k);
  if (named.length) return named;
  for (let h = k; h < units.length && h - k < 3; h++) {
    if (units[h].entity || units[h].punct) return [];
    if (HEDGES.has(units[h].lower) && units[h + 1]?.lower === 'to' && units[h + 2]?.lower === 'be')
      return listRight(units, h + 3);
  }
  return [];
}

export function readDeadWhenAttacked(units: Unit[]): Candidate[] {
  const out: Candidate[] = [];
  for (let i = 1; i < units.length; i++) {
    const u = units[i];
    if (u.entity || !DEATH.has(u.lower) || u.punct || !BE_BEFORE.has(units[i - 1].lower)) continue;
    let start = i - 1;
    while (start > 0 && ['have', 'has', 'had', 'been'].includes(units[start - 1].lower)) start--;
    let k = i + 1;
    while (isTime(units[k]) && !units[k - 1].punct) k++;
    if (units[k - 1].punct || !WHEN.has(units[k]?.lower ?? '')) continue;
    const attackers = attackersAt(units, k + 1);
    if (!attackers.length) continue;
    // the attack verb right after the attackers (past the head of their phrase: "G militants")
    let v = units.indexOf(attackers[attackers.length - 1]) + 1;
    while (v < units.length && v - k < 12 && !units[v].entity && !isVerb(units[v]) && !units[v].punct) v++;
    const frame = VERB_FRAMES.get(units[v]?.lower ?? '')?.find((f) => f.predicate === 'ATTACKED');
    if (!frame || !isVerb(units[v]) || groupAt(units, v).mood !== 'fact') continue;
    const victims = deadSides(units, start);
    if (victims.length) out.push(...facts(attackers, victims, 'KILLED', frame, ':dead-when'));
  }
  return out;
}
