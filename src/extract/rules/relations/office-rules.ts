// Offices inside a government body, read where the text writes the two together (R13-conventions
// 1: a sub-office of a named body is MEMBER_OF that body): "the ⟦Office of Disaster Aid⟧ (ODA) of
// the ⟦Y Agency⟧", "the ⟦Y Department⟧ ⟦Pacific Command⟧", "the ⟦Y Department⟧, through its ⟦Bureau
// of Z⟧", "⟦Y⟧ Assistant Director X for the ⟦Z Division⟧". The possessive shapes ("the ⟦Y⟧'s
// ⟦Office of Z⟧") are in role-rules.ts.
import { onSurface, type RelationRule } from './rule';
import { NOT_POSSESSIVE, OFFICE_NAME, OFFICE_WORDS, UNIT_NAME, UNIT_OFFICER } from './fragments';

/** An office, or a command written after its department ("the ⟦Y Department⟧ ⟦Pacific Command⟧"). */
const OFFICE_OR_COMMAND_NAME = new RegExp(`\\b(?:${OFFICE_WORDS}|Command)\\b`);

export const OFFICE_RULES: RelationRule[] = [
  onSurface({
    reason: 'structure:office-of-body',
    predicate: 'MEMBER_OF',
    confidence: 0.7,
    subjectCategories: ['government', 'military'],
    objectCategories: ['government', 'international'],
    subjectName: OFFICE_NAME,
    pattern: `{S:O} of (?:the )?{O:O}${NOT_POSSESSIVE}`,
  }),
  onSurface({
    reason: 'structure:body-before-office',
    predicate: 'MEMBER_OF',
    confidence: 0.7,
    subjectCategories: ['government', 'military'],
    objectCategories: ['government'],
    subjectName: OFFICE_OR_COMMAND_NAME,
    pattern: `{O:O} {S:O}`,
  }),
  onSurface({
    reason: 'structure:through-its-office',
    predicate: 'MEMBER_OF',
    confidence: 0.7,
    subjectCategories: ['government', 'military'],
    objectCategories: ['government', 'international'],
    pattern: `{O:O},? (?:acting )?through its {S:O}`,
  }),
  // the body's officer for one of its units: the unit is the body's (the officer heads it:
  // title:officer-name-for-unit in role-rules.ts)
  onSurface({
    reason: 'structure:officer-for-unit-of-body',
    predicate: 'MEMBER_OF',
    confidence: 0.7,
    subjectName: UNIT_NAME,
    objectCategories: ['government'],
    pattern: `{O:O} ${UNIT_OFFICER}(?:⟦\\d+P⟧,? )?for {DET}{S:O}`,
  }),
];
