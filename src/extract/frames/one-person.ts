// "Peru met a Xian officer": one unnamed person of a country, as the object of a dealing or a
// stance, is that person and not the country (./words.ts ONE_PERSON_HEADS). Plural people ("met
// Xian officers") and an act of force on the person ("killed a Xian soldier") still name the state.
import type { Unit } from './units';
import { ONE_PERSON_HEADS } from './words';

const SINGLE = new Set(['a', 'an', 'the', 'one', 'another']);
/** "a senior Xian officer", "a Xian army officer": a word that qualifies, no name, no verb. */
const qualifies = (u: Unit | undefined) =>
  !!u && !u.entity && !u.punct && (u.tags.has('Adjective') || (u.tags.has('Noun') && !u.tags.has('Plural')));

/** The country unit at `at` only qualifies one person after it: "a (senior) Xian (army) officer". */
export function onePersonOfCountry(units: readonly Unit[], at: number): boolean {
  const side = units[at];
  if (side?.entity?.type !== 'Country' || side.possessive || side.punct) return false;
  let j = at - 1;
  for (let n = 0; n < 2 && qualifies(units[j]) && !SINGLE.has(units[j].lower); n++) j--;
  if (!SINGLE.has(units[j]?.lower ?? '') || units[j].entity) return false;
  let h = at + 1;
  for (let n = 0; n < 2 && qualifies(units[h]) && !ONE_PERSON_HEADS.has(units[h].lower); n++) h++;
  const head = units[h];
  if (!head || head.entity || !ONE_PERSON_HEADS.has(head.lower)) return false;
  // "a Xian marine unit", "the Xian officer corps": the word qualifies a body of them
  const next = units[h + 1];
  if (!head.punct && next && !next.entity && next.tags.has('Noun') && !next.tags.has('Date')) return false;
  // "a Xian officer, A B," names the person, who is then the object in the country's place
  return !units[h + 1]?.entity;
}
