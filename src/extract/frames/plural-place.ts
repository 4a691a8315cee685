// Where a plural that stands for actors named before it stands in its sentence: as an object, after
// a verb or a preposition, or as the subject of a clause (shared by ./listed-sides.ts and
// ./counted-sets.ts).
import type { Unit } from './units';

/** Words that open a clause whose subject the plural then is: "as the two countries strive …". */
export const CLAUSE_OPENERS: ReadonlySet<string> = new Set(
  'as while after before since because when until although though if unless whereas'.split(' '),
);

/**
 * Whether the word before a plural makes it an object: a verb's ("urged both sides") or a
 * preposition's ("clashes between the two sides", "called on both sides"). A subject ("Both sides
 * accuse the other", "The two sides welcomed …") is left to the frames' own readings of the two
 * parties (./read-frames.ts `twoParties`); "officials of both sides" are people, not the sides.
 */
export function objectPlace(before: Unit | undefined): boolean {
  if (!before || before.entity || before.punct || before.lower === 'of' || CLAUSE_OPENERS.has(before.lower))
    return false;
  return before.tags.has('Verb') || before.tags.has('Preposition');
}

/**
 * Whether the words before a plural make it a clause's subject: it opens the sentence, follows a
 * word that opens a clause ("While all three countries …") or a clause's end (", and the three
 * groups …").
 */
export function subjectPlace(units: Unit[], from: number): boolean {
  const before = units[from - 1];
  if (!before) return true;
  if (before.entity) return false;
  if (/[,;:]/.test(before.punct)) return true;
  if (CLAUSE_OPENERS.has(before.lower)) return true;
  const prior = units[from - 2];
  return CLAUSE_JOINERS.has(before.lower) && (!prior || /[,;:]/.test(prior.punct));
}

/** Words that join a new clause after a comma: ", and the three groups …", ", but all four …". */
const CLAUSE_JOINERS: ReadonlySet<string> = new Set(['and', 'but', 'yet', 'so']);
