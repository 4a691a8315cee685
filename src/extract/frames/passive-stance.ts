// A criticism in the passive whose subject is an act: "The attack was condemned by X" criticises
// the act's author — named in the phrase or told in an earlier sentence — never its victim ("The
// attack on Z was condemned by X" criticises nobody named), as the active "X condemned the
// attack on Z" does (./stance.ts).
import { familyOfNoun, GENERIC_ACTS, type EventMemory } from './events';
import { actAuthors, ATTACK_NOUNS, isParticiple, isVerbWord } from './stance';
import { HARM } from './owned-harm';
import type { Unit } from './units';

/** How many words the act phrase before a passive criticism may hold: "Friday's rocket attack on the port". */
const PASSIVE_ACT_SPAN = 10;

/**
 * "The attack was condemned by X", "The attack on Z was condemned by X": a criticism in the passive
 * whose subject, the clause's phrase before the verb group at `start`, is an act (its head an act
 * noun). Its authors, named in the phrase ("Y's attack", "the attack by Y") or told in an earlier
 * sentence (`events`), are the ones criticised, never its victim; undefined when the subject is no
 * act ("Y was condemned", "the port of Y was condemned"); `moreActs` may add heads ("Y's decision").
 * The phrase runs from the sentence's start or a comma, with no verb in it.
 */
export function passiveActAuthors(
  units: Unit[],
  start: number,
  events?: EventMemory,
  moreActs?: ReadonlySet<string>,
): Unit[] | undefined {
  let s = start - 1;
  while (s >= 0 && start - s <= PASSIVE_ACT_SPAN && !units[s].punct) {
    if (isVerbWord(units[s]) && !isParticiple(units[s]) && !units[s].tags.has('Noun')) return undefined;
    s--;
  }
  if (s >= 0 && units[s].punct !== ',') return undefined;
  const from = s + 1;
  const head = units.slice(from, start).find((u) => !u.entity && u.tags.has('Noun') && !u.tags.has('Date'));
  const act =
    !!head &&
    (!!familyOfNoun(head) ||
      GENERIC_ACTS.has(head.lower) ||
      ATTACK_NOUNS.has(head.lower) ||
      HARM.has(head.lower) ||
      !!moreActs?.has(head.lower));
  if (!act) return undefined;
  const authors = actAuthors(units, from);
  return authors.length || !events ? authors : events.recall(units, from);
}
