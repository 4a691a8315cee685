// Offices told with a form of "be" where the older copula rules (role-rules.ts `copula:leader-of`,
// `copula:member-of`) stop (round 49): an apposition or a relative clause between the person and
// "is" ("X, a hardline preacher, is head of the ⟦Y⟧", "X, who has written for ⟦Z⟧, is the president and
// founder of the ⟦Y⟧"), two titles joined by "and" ("X is the president and founder of the ⟦Y⟧", "X
// is a deputy of the ⟦Z⟧ and president of the ⟦Y⟧"), and a former office ("X is the former president
// of the ⟦Z⟧'s ⟦Y⟧", which the annotations count as the role: round 9).
//
// Not "a leader of" or "one of the leaders of" (a member: round 14), nor a head title after a deputy's
// prefix ("vice president", HEAD_ROLE).
import { onSurface, type RelationRule } from './rule';
import { HEAD_ROLE, NOT_POSSESSIVE } from './fragments';

/**
 * The person, then "is": right after the name, or past an apposition or a relative clause set off
 * by commas (no clause break inside it, up to about a line of text).
 */
const PERSON_IS =
  '{S:P}(?:, (?:[^,;:⟦⟧]|⟦\\d+[A-Za-z]⟧){2,90}?,)? (?:is|was|remains)(?: (?:currently|now|also|still))? ';
/** The article before a head's title: "the" or none; "a" makes it one of several heads. */
const THE = '(?:the )?';
/** A title joined to the head's by "and": "founder", a member's title, or another head's. */
const JOINED_TITLE = '(?:co-?founder|founder|{T:MEMBER}|{T:LEAD})';
/** The body's owner before its name: "the ⟦DRC⟧'s ⟦Y⟧". */
const OWNER = "(?:⟦\\d+[OCc]⟧['’]s |[A-Z][\\w.-]*['’]s )?";

export const COPULA_OFFICE_RULES: RelationRule[] = [
  // "X, a hardline preacher, is head of the ⟦Y⟧", "X is the president and founder of the ⟦Y⟧", "X is
  // the founder and president of ⟦Y⟧", "X is the former president of the ⟦Z⟧'s ⟦Y⟧"
  onSurface({
    reason: 'copula:head-of-past-aside',
    predicate: 'LEADS',
    confidence: 0.7,
    pattern: `${PERSON_IS}${THE}(?:former )?(?:${JOINED_TITLE} and )?${HEAD_ROLE}{T:LEAD}(?: and ${JOINED_TITLE})? of (?:the )?${OWNER}{O:O}${NOT_POSSESSIVE}`,
  }),
  // "X is a deputy of the ⟦Z⟧ and president of the ⟦Y⟧": the head's title of a second body
  onSurface({
    reason: 'copula:head-of-second-body',
    predicate: 'LEADS',
    confidence: 0.7,
    pattern: `${PERSON_IS}(?:a |an |the )?(?:[a-z-]+ )?(?:{T:MEMBER}|{T:LEAD}) of (?:the )?⟦\\d+O⟧,? and (?:the )?${HEAD_ROLE}{T:LEAD} of (?:the )?${OWNER}{O:O}${NOT_POSSESSIVE}`,
  }),
];
