// Membership told by a verb or by a past "to be", not by a title before the name (round 46):
// "X belongs to the ⟦Y⟧", "X, who is from the ⟦Y⟧ party", "X was a leader of ⟦Y⟧ in the north",
// "X, was an ⟦Y⟧ member for three decades", "X became a member of the ⟦Y⟧". The role rules read
// titles and the present "is" (role-rules.ts `copula:`); their copulas leave "was" out, but a
// role once held counts as the role (test/gold/README.md, round 9: "former offices count"), and
// the gold gives these in five batches (b7, b26, b28, b31, b43). The party reading needs a party
// ("is from ⟦Chile⟧" tells where one comes from, not what one belongs to).
//
// Not read: a denial or a doubt ("X was never a member of ⟦Y⟧", "whether X was a member"), a
// possessive's part ("a member of ⟦Y⟧'s delegation" is the delegation's), a plan ("wants to join").
import { onSurface, type RelationRule } from './rule';
import { MEMBER_ROLE, NOT_POSSESSIVE } from './fragments';

/**
 * The body's name closes its phrase: not a possessive's part, nor a modifier ("a member of the
 * ⟦Y⟧-linked brigades" belongs to the brigades, not to Y).
 */
const BODY_ENDS = `${NOT_POSSESSIVE}(?!-)`;

/** A role in a body, said of a person once or now (a leader "of" a body is one of its leaders). */
const ROLE =
  '(?:member|leader|commander|official|operative|militant|fighter|activist|organi[sz]er|founder|co-founder)';
/** Up to two lower-case qualifiers: "a senior", "a founding", "a former high-ranking". */
const QUALIFIERS = '(?:[a-z][a-z-]* ){0,2}?';
/** Not after words that make the clause unreal or denied. */
const NOT_DOUBTED = '(?<!\\b(?:if|whether|unless|not|never|denied|deny|denies) (?:[a-z]+ ){0,3}?)';
/** Words that describe a body between "of the" and its name: "the Lima-based armed group ⟦Y⟧". */
const DESCRIBED = '(?:(?!(?:and|or|but)\\b)(?:⟦\\d+[A-Za-z]⟧-)?[A-Za-z][\\w-]* ){0,4}?';
/** Roles of one of a body's people, not of its head (a former head is read apart: former-offices.ts). */
const MEMBER_ONLY = '(?:member|official|operative|militant|fighter|activist)';
/** A body's people as a group before their names. */
const BODY_PEOPLE = '(?:leaders|members|operatives|militants|fighters|commanders|officials)';
/** A party's name, or a body the entity step typed as a party. */
const PARTY = /\b(?:[Pp]arty|[Ll]eague|[Mm]ovement|[Ff]ront|[Cc]ongress|[Aa]lliance|[Uu]nion)\b/;

export const MEMBERSHIP_TOLD_RULES: RelationRule[] = [
  // "X belongs to the ⟦Y⟧", "members who belong to ⟦Y⟧": a person or a group, to a body
  onSurface({
    reason: 'verb:belongs-to-body',
    predicate: 'MEMBER_OF',
    confidence: 0.7,
    pattern: `${NOT_DOUBTED}{S:PO},?(?: who)? (?:(?:also|still|now) )?(?:belongs|belong|belonged) to (?:the )?(?:[a-z][a-z-]* ){0,2}?{O:O}${BODY_ENDS}`,
  }),
  // "X, who is from the ⟦Y⟧ party": a politician's party
  onSurface({
    reason: 'copula:from-party',
    predicate: 'MEMBER_OF',
    confidence: 0.7,
    pattern: `${NOT_DOUBTED}{S:P},?(?: who)? (?:is|was) from the (?:ruling |opposition |governing )?{O:O} [Pp]arty\\b`,
  }),
  onSurface({
    reason: 'copula:from-party',
    predicate: 'MEMBER_OF',
    confidence: 0.7,
    objectName: PARTY,
    pattern: `${NOT_DOUBTED}{S:P},?(?: who)? (?:is|was) from the (?:ruling |opposition |governing )?{O:O}${BODY_ENDS}(?! [a-z])`,
  }),
  // "X was a senior member of ⟦Y⟧", "X, who had been a leader of ⟦Y⟧ in the north", "X was a
  // recruiter and spokesman for ⟦Y⟧": the roles the present copula reads (role-rules.ts
  // `copula:member-of`, `MEMBER_ROLE`) count as well when once held, after "for" as after "of"
  // (round 48: the past read only its own short list)
  onSurface({
    reason: 'copula:past-role-of',
    predicate: 'MEMBER_OF',
    confidence: 0.7,
    pattern: `${NOT_DOUBTED}{S:P},?(?: who)? (?:was|had been) (?:a|an|one of the) ${QUALIFIERS}(?:[a-z]+ and )?(?:${ROLE}s?|${MEMBER_ROLE}) (?:of|in|with|for) (?:the )?{O:O}${BODY_ENDS}`,
  }),
  // "X, was an ⟦Y⟧ member for three decades", "X was a senior ⟦Y⟧ commander"
  onSurface({
    reason: 'copula:past-body-role',
    predicate: 'MEMBER_OF',
    confidence: 0.7,
    pattern: `${NOT_DOUBTED}{S:P},?(?: who)? (?:was|had been) (?:a|an|one of the) ${QUALIFIERS}{O:O} ${QUALIFIERS}${ROLE}\\b(?!'s|-)`,
  }),
  // "A, B and C are leaders of the Lima-based armed group ⟦Y⟧": several people, one role each
  onSurface({
    reason: 'copula:plural-role-of',
    predicate: 'MEMBER_OF',
    confidence: 0.7,
    pattern: `${NOT_DOUBTED}{S+:P},? (?:are|were) (?:the |all |among the )?${QUALIFIERS}${ROLE}s (?:of|in) (?:the )?${DESCRIBED}{O:O}${BODY_ENDS}`,
  }),
  // "X, a former member of the ruling ⟦Y⟧": the role once held counts (round 9); a member's role
  // only, as a former head's office is read in former-offices.ts
  onSurface({
    reason: 'apposition:former-member-of',
    predicate: 'MEMBER_OF',
    confidence: 0.7,
    pattern: `{S:P}, (?:a|an|one of the) ${QUALIFIERS}former ${QUALIFIERS}${MEMBER_ONLY}s? (?:of|in) (?:the )?(?:ruling |governing |opposition |banned |outlawed )?{O:O}${BODY_ENDS}`,
  }),
  // "⟦Y⟧ leaders like X", "six ⟦Y⟧ operatives, including X": a body's people, then some by name;
  // not former ones, who may have left it ("former ⟦Y⟧ commanders, including X, founded Z")
  onSurface({
    reason: 'list:body-people-including',
    predicate: 'MEMBER_OF',
    confidence: 0.7,
    pattern: `(?<!\\b[Ff]ormer (?:[a-z-]+ )?)${NOT_DOUBTED}{O:O} (?:[a-z-]+ )?${BODY_PEOPLE},? (?:like|such as|including) {S+:P}`,
  }),
  // "X became a member of the ⟦Y⟧", "X later became an ⟦Y⟧ member"; a member of a body's part is
  // one of the body too ("a member of ⟦Y⟧'s Front 29")
  onSurface({
    reason: 'verb:became-member',
    predicate: 'MEMBER_OF',
    confidence: 0.7,
    pattern: `${NOT_DOUBTED}{S:P},?(?: (?:later|then|eventually|soon))? (?:became|had become|has become) (?:a|an) ${QUALIFIERS}member of (?:the )?{O:O}(?!-)`,
  }),
  onSurface({
    reason: 'verb:became-member',
    predicate: 'MEMBER_OF',
    confidence: 0.7,
    pattern: `${NOT_DOUBTED}{S:P},?(?: (?:later|then|eventually|soon))? (?:became|had become|has become) (?:a|an) ${QUALIFIERS}{O:O} member\\b`,
  }),
];
