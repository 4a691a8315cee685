// A body's office named in the body's own file note (round 46): "(⟦FTC⟧ File No. 141 0207; the staff
// contact is X, ⟦Bureau of Competition⟧, 202-…)". The note opens with the body whose file it is, and
// the office its staff contact works in is that body's: the office is MEMBER_OF the body. The gold
// gives it in four batches (b13, b16, b36, b38) and leaves it out in one file of the same shape (b10,
// true by the text). The contact's own membership is staff-roles.ts's `list:staff-contact`.
import { onSurface, type RelationRule } from './rule';

export const FILE_NOTE_OFFICE_RULES: RelationRule[] = [
  onSurface({
    reason: 'structure:file-note-office',
    predicate: 'MEMBER_OF',
    confidence: 0.7,
    pattern: `\\({O:O} File No\\.[^;()⟦⟧]*;[^()]*?\\b[Ss]taff contacts? (?:is|are) [^()]*?, {S:O}(?=[,.;)])`,
  }),
];
