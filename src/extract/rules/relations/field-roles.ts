// A head title with its field, then the body the field belongs to: "the chief of operations for
// the ⟦Y⟧, Colonel X", "X, director of research at the ⟦Y⟧" (MEMBER_OF: X heads a field of Y's
// work, not Y, as "the Y's chief of intelligence, X" in role-rules.ts); and a press release's
// signature, the title standing alone between commas: "General X, Commander, ⟦Y⟧" (LEADS); the
// head of a state's force written as a common noun, which is the state: MEMBER_OF it.
import { onSurface, type RelationRule } from './rule';
import { HEAD_ROLE, NOT_POSSESSIVE, RANKS } from './fragments';

/**
 * A field of a body's work after a head title: "of operations", "of governance and policy"; not
 * "of state" or "of staff" (titles of their own), nor "of the …" (a body's name).
 */
const FIELD_OF_WORK =
  ' of (?!(?:the|a|an|his|her|its|their|state|staff|government)\\b)[a-z]+(?: (?:and )?[a-z]+){0,2}?';
/** What ties the field to its body. */
const FIELD_TO_BODY = ' (?:for|at|with|in) (?:the )?';

export const FIELD_ROLE_RULES: RelationRule[] = [
  // "The chief of operations for the ⟦Y⟧, Colonel X, said"
  onSurface({
    reason: 'title:head-of-field-for-body',
    predicate: 'MEMBER_OF',
    confidence: 0.7,
    pattern: `\\b(?:[Tt]he )?{T:LEAD}${FIELD_OF_WORK}${FIELD_TO_BODY}{O:O}${NOT_POSSESSIVE},? ${RANKS}{S:P}`,
  }),
  // "said Professor X, director of governance at the ⟦Y⟧"
  onSurface({
    reason: 'apposition:head-of-field-for-body',
    predicate: 'MEMBER_OF',
    confidence: 0.7,
    pattern: `{S:P}, (?:the )?{T:LEAD}${FIELD_OF_WORK}${FIELD_TO_BODY}{O:O}${NOT_POSSESSIVE}(?! ?[a-z])`,
  }),
  // "said General X, Commander, ⟦Y⟧": a head title alone between commas, the body after it; not
  // the first of a chain of units ("X, Special Agent in Charge, ⟦Department⟧, ⟦Service⟧, Field
  // Office"): the head leads the last, smallest one, not the department that opens the chain
  onSurface({
    reason: 'apposition:signature-head',
    predicate: 'LEADS',
    confidence: 0.7,
    pattern: `{S:P}, ${HEAD_ROLE}(?:{T:LEAD}), {DET}{O:O}${NOT_POSSESSIVE}(?! ?[a-z])(?!, (?:[A-Z]|⟦))`,
  }),
];
