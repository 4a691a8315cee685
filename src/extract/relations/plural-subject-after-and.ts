// "⟦X⟧ gangs looted villages and aid groups appealed to Y": after the
// subject's own verb, "and" with a plural noun phrase of plain words opens a clause with a subject
// of its own; the act right after that phrase is the phrase's, and X did not call on Y (round 47,
// fresh news). A determiner, a number or a time word after "and" ("and the two leaders called on
// Y") may take up the subject again, so it is left alone, as is a name ("and ⟦Y⟧ officials").
const NOT_OWN_SUBJECT =
  '(?!(?:the|a|an|both|all|its|their|his|her|our|other|two|three|then|also|later|again|soon|finally|not|never)\\b)';

/** Tested on the words between a subject and its act (its rule's gap). */
export const PLURAL_SUBJECT_AFTER_AND = new RegExp(
  `\\b(?:has|have|had|is|are|was|were|[a-z]{3,}ed)\\b[^;]*\\band\\s+${NOT_OWN_SUBJECT}(?:[a-z-]+\\s+){0,2}[a-z-]{3,}s\\s*$`,
);
