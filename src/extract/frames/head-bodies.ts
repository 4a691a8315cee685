// "swore allegiance to Islamic State leader Y": an allegiance is sworn to the body its leader
// heads, so a person written after the body's head title stands for the body (round-14
// convention 6) — for a record with `toBody` (../lexicon/frames.json).
import { LEAD_TITLES } from '../rules/relations/titles';
import type { Unit } from './units';

/** One-word head titles: "leader", "chief", "commander", "emir"… */
const HEAD_WORDS: ReadonlySet<string> = new Set([
  ...LEAD_TITLES.filter((t) => !t.includes(' ')).map((t) => t.toLowerCase()),
  'emir',
  'caliph',
]);

/** The body an object stands for when it is written "⟦Body⟧ leader ⟦Person⟧", else the object. */
export function headsBody(units: Unit[], object: Unit): Unit {
  const k = units.indexOf(object);
  const title = units[k - 1];
  const body = units[k - 2];
  const headed =
    object.entity?.type === 'Person' &&
    !!title &&
    !title.entity &&
    !title.punct &&
    HEAD_WORDS.has(title.lower) &&
    body?.entity?.type === 'Organization' &&
    !body.punct;
  return headed ? body : object;
}
