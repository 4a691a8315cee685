// A question asks; it states no act. "How can the EU support X", "Will X attack Y?", "Is X
// arming Y?" name acts that may never have happened. Only what the names are (a title, a place)
// still holds: "Can Kenya's President X broker peace?" still says X leads Kenya.
import { STRUCTURAL_PREDICATES, type Predicate } from '../../model';

/** An auxiliary that opens a question when it comes first or right after a question word ("may" is also the month). */
const AUXILIARY = 'can|could|will|would|should|shall|might|must|does|do|did|is|are|was|were|has|have|had';

/**
 * Opens as a question: an auxiliary first ("Will X …"), or "how" or "why" and an auxiliary
 * ("How can X …"). "Why X attacked Y" and "How X won" (no auxiliary) tell a fact they explain.
 */
const OPENS_AS_QUESTION = new RegExp(`^[\\s"“'‘(]*(?:(?:how|why)\\s+)?(?:${AUXILIARY})\\s+(?!not\\b)`, 'i');

/** Ends with a question mark, past closing quotes and brackets. */
const ENDS_AS_QUESTION = /\?[\s"”'’)]*$/;

export function isQuestion(text: string): boolean {
  return ENDS_AS_QUESTION.test(text) || OPENS_AS_QUESTION.test(text);
}

/** What a sentence that asks still states: the structural facts of its names, no act. */
export function askedOnly<T extends { predicate: Predicate }>(text: string, facts: T[]): T[] {
  return isQuestion(text) ? facts.filter((f) => STRUCTURAL_PREDICATES.has(f.predicate)) : facts;
}
