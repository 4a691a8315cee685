// Who works for a named body without one of a state's titles, and offices once held in a named
// body (round 19). The role nouns are data (STAFF_TITLES and ORGANISATION_ROLE_TITLES in
// ./titles.ts); these rules are the joins the role rules lacked for them:
//   an apposition with a preposition   "X, a former senior executive at ⟦Y⟧", "X, the founder of
//                                      ⟦Y⟧", "X, a cameraman for the television station ⟦Y⟧"
//   an office once held, title first   "a former ⟦Y⟧ manager, X", "Former ⟦Y⟧ spokesman X"
//   an office once held, name first    "X, the former leader of ⟦Y⟧", "X, a former member of ⟦Y⟧"
//   a member of an owned body          "X, the spokesman for ⟦C⟧'s ⟦Y⟧" (Y's, not C's)
//   a body's possessive on staff       "⟦Y⟧'s founder, X", "X, ⟦Y⟧'s photographer"
//   a member sent or elected from      "X, a lawmaker from the ⟦Y⟧"
//   a title with a long remit          "the ⟦Y⟧'s Assistant Secretary for Democracy, Human
//                                      Rights and Labor Affairs X"
//   a press release's staff contact    "the staff contact is X, ⟦Bureau of Y⟧, 202-…"
//   a body's own outlet                "the ⟦Houthis⟧' ⟦Al-Masirah TV⟧" (the outlet is the body's)
// Round 9: a former office counts as the role; round 13: an official of a named body is MEMBER_OF
// it (LEADS for its head). The role rules leave "former" out where no body is named ("former rebel
// leader X" says nothing of which body): every rule here names the body.
import { onSurface, type RelationRule } from './rule';
import { STAFF_TITLES } from './titles';
import { MEMBER_ROLE, NAME_ENDS, NOT_POSSESSIVE, RANKS, ROLE_ADJ } from './fragments';

/** An office no longer held: the annotations count it as the role (round 9). */
const FORMER = '(?:[Ff]ormer|[Oo]netime|[Oo]ne-time|[Ee]x-) ?';
/** The owner of the body written before it: "the spokesman for ⟦Iraq⟧'s ⟦Interior Ministry⟧". */
const OWNER = "(?:⟦\\d+[OCc]⟧'s? )?";
/**
 * A staff role's own words before its noun: "former senior", "26-year-old", "longtime"; not a
 * clause's words ("X, who said the manager of …").
 */
const STAFF_WORDS =
  '(?:(?:\\d+[- ]year[- ]old|(?!(?:and|or|but|who|which|that|said|says|is|was|has|had|to|in|of|for|with|by|from|the|an?|not)\\b)[a-z][a-z-]*) ){0,3}?';
/** A staff role in the plural, after "one of the": "X, one of the founders of ⟦Y⟧". */
const STAFF_PLURAL = `(?:${STAFF_TITLES.map((t) => `${t}s`).join('|')})\\b`;
/** What the body is, written before its name: "the television station ⟦Y⟧", "the daily ⟦Y⟧". */
const BODY_KIND =
  '(?:(?:(?:state|state-run|private|independent) )?(?:(?:television|TV|radio|news) (?:station|channel|network|agency)|newspaper|daily|weekly|magazine|website|company|firm|bank|group) )?';
/** A head title, not a deputy's: "the former deputy leader of ⟦Y⟧" is one of its people. */
const NOT_DEPUTY = '(?!(?:deputy|vice|assistant|acting|lieutenant)\\b)';
/** Not a title of the next name: "X, the former leader of ⟦Y⟧ ⟦Z⟧" is unclear. */
const NO_NAME_NEXT = '(?! ⟦\\d+P⟧)';
/**
 * A title's remit in capitals, commas and "and" allowed: "for Democracy, Human Rights and Labor
 * Affairs", "for Insular and International Affairs" (the role rules take at most two words).
 */
const LONG_REMIT = ' (?:for|of) (?:the )?[A-Z][a-z]+(?:,? (?:and |of |the )?[A-Z][a-z]+){2,7}';

export const STAFF_ROLE_RULES: RelationRule[] = [
  // "X, a former senior executive at ⟦Y⟧", "X, the co-founder of ⟦Y⟧", "X, 26, a cameraman for
  // the television station ⟦Y⟧"
  onSurface({
    reason: 'apposition:staff-of-body',
    predicate: 'MEMBER_OF',
    confidence: 0.7,
    pattern: `{S:P}, (?:the |a |an |one of the )?${STAFF_WORDS}{T:ORGANISATION_ROLE} (?:of|at|for|with) {DET}${BODY_KIND}${OWNER}{O:O}${NOT_POSSESSIVE}${NAME_ENDS}${NO_NAME_NEXT}`,
  }),
  // "X, one of the founders of ⟦Y⟧" (a rule of its own: a title macro is a whole word the
  // sentence must hold, and the plural is not one)
  onSurface({
    reason: 'apposition:one-of-staff-of-body',
    predicate: 'MEMBER_OF',
    confidence: 0.7,
    pattern: `{S:P}, one of (?:the )?${STAFF_WORDS}${STAFF_PLURAL} (?:of|at|for|with) {DET}${OWNER}{O:O}${NOT_POSSESSIVE}${NAME_ENDS}${NO_NAME_NEXT}`,
  }),
  // "⟦Y⟧'s founder, X", "X, ⟦Y⟧'s longtime photographer": the body's possessive on a staff role
  onSurface({
    reason: 'title:body-possessive-staff',
    predicate: 'MEMBER_OF',
    confidence: 0.7,
    pattern: `{O:O}'s? ${STAFF_WORDS}{T:STAFF},? ${RANKS}{S:P}`,
  }),
  onSurface({
    reason: 'apposition:body-possessive-staff',
    predicate: 'MEMBER_OF',
    confidence: 0.7,
    pattern: `{S:P}, (?:the )?{O:O}'s? ${STAFF_WORDS}{T:STAFF}\\b(?! (?:of|for|at|to)\\b)`,
  }),
  // "X, a lawmaker from the ⟦Y⟧", "X, an envoy from ⟦Chile⟧": one of the body's or state's people
  // sent or elected from it
  onSurface({
    reason: 'apposition:member-from',
    predicate: 'MEMBER_OF',
    confidence: 0.7,
    pattern: `{S:P}, (?:a |an |one of the )${ROLE_ADJ}${MEMBER_ROLE}s? from {DET}{O:OC}${NOT_POSSESSIVE}${NAME_ENDS}${NO_NAME_NEXT}(?! to\\b)`,
  }),
  // "a former ⟦Y⟧ manager, X", "Former ⟦Y⟧ spokesman X", "ex-⟦Y⟧ commander X" (the head of a part
  // of Y as often as of Y, so MEMBER_OF as "a ⟦Y⟧ commander" is)
  onSurface({
    reason: 'title:former-body-member',
    predicate: 'MEMBER_OF',
    confidence: 0.65,
    // (the "former" tested behind the body's slot, so the rule opens on it and is tried only there)
    pattern: `{O:O}(?<=\\b${FORMER}⟦\\d+O⟧) ${ROLE_ADJ}(?:${MEMBER_ROLE}|{T:ORGANISATION_ROLE}|(?:commander|officer)s?),? ${RANKS}{S:P}`,
  }),
  // "X, the former leader of ⟦Y⟧", "X, former chairman of ⟦Y⟧": who headed Y (round 9)
  onSurface({
    reason: 'apposition:former-head-of-body',
    predicate: 'LEADS',
    confidence: 0.65,
    pattern: `{S:P}, (?:the )?${FORMER}${NOT_DEPUTY}{T:LEAD} of {DET}${OWNER}{O:O}${NOT_POSSESSIVE}${NAME_ENDS}${NO_NAME_NEXT}(?! (?:[a-z]+ )?(?:team|delegation|mission|unit|office|division|branch|wing|committee)\\b)`,
  }),
  // "X, the co-founder and current leader of ⟦Y⟧": the founder who heads it now
  onSurface({
    reason: 'apposition:founder-and-head-of-body',
    predicate: 'LEADS',
    confidence: 0.7,
    pattern: `{S:P},(?: [^,]{1,40},)? (?:the )?(?:co-?)?founder and (?:current |present |longtime )?{T:LEAD} of {DET}{O:O}${NOT_POSSESSIVE}${NAME_ENDS}`,
  }),
  // "X, a former member of ⟦Y⟧", "X, a former spokesman for ⟦Y⟧", "X, a former commander of ⟦Y⟧"
  onSurface({
    reason: 'apposition:former-member-of-body',
    predicate: 'MEMBER_OF',
    confidence: 0.65,
    // a head title only after "a": "the former commander of ⟦Y⟧" headed it (the rule above)
    pattern: `{S:P}, (?:(?:the |a |an |one of the )?${FORMER}${ROLE_ADJ}${MEMBER_ROLE}|(?:a |an |one of the )${FORMER}${ROLE_ADJ}{T:LEAD}s?) (?:of|for|at|with|in) {DET}${OWNER}{O:O}${NOT_POSSESSIVE}${NAME_ENDS}${NO_NAME_NEXT}`,
  }),
  // "X was a former fighter with ⟦Y⟧", "X, who had been a onetime spokesman for ⟦Y⟧": the same
  // former office told by a copula (round 23)
  onSurface({
    reason: 'copula:former-member-of-body',
    predicate: 'MEMBER_OF',
    confidence: 0.65,
    pattern: `{S:P}(?:,? who)? (?:is|was|had been|has been) (?:a |an |one of the )${FORMER}${ROLE_ADJ}(?:${MEMBER_ROLE}|{T:LEAD}s?) (?:of|for|at|with|in) {DET}${OWNER}{O:O}${NOT_POSSESSIVE}${NAME_ENDS}${NO_NAME_NEXT}`,
  }),
  // "X, the spokesman for ⟦Iraq⟧'s ⟦Interior Ministry⟧", "X, an official of the ⟦KRG⟧'s ⟦Y⟧":
  // the owner's possessive before the body; the body is X's, not its owner
  onSurface({
    reason: 'apposition:member-of-owned-body',
    predicate: 'MEMBER_OF',
    confidence: 0.75,
    pattern: `{S:P}, (?:the |a |an |one of the )?${ROLE_ADJ}${MEMBER_ROLE} (?:of|for|at|with|in) {DET}⟦\\d+[OCc]⟧'s? {O:O}${NOT_POSSESSIVE}${NAME_ENDS}${NO_NAME_NEXT}`,
  }),
  // "the ⟦State Department⟧'s Assistant Secretary for Democracy, Human Rights and Labor Affairs
  // X", "⟦U.S. Department of the Interior⟧ Assistant Secretary for Insular and International
  // Affairs X": a member's title whose remit runs past two words
  onSurface({
    reason: 'title:body-member-long-remit',
    predicate: 'MEMBER_OF',
    confidence: 0.75,
    pattern: `{O:O}(?:'s)? ${ROLE_ADJ}${MEMBER_ROLE}${LONG_REMIT},? ${RANKS}{S:P}`,
  }),
  // "the ⟦Houthis⟧' ⟦Al-Masirah TV⟧", "⟦Hezbollah⟧'s television ⟦Al-Manar⟧": a group's, party's or
  // government's outlet is one of its bodies; not a country's ("⟦Qatar⟧'s ⟦Al Jazeera⟧" is no
  // state body by the possessive alone)
  onSurface({
    reason: 'structure:body-possessive-outlet',
    predicate: 'MEMBER_OF',
    confidence: 0.7,
    subjectCategories: ['media'],
    objectCategories: ['armed_group', 'political', 'government', 'military', 'company'],
    pattern: `{O:O}'s? (?:(?:own|official|satellite|state) )?(?:(?:television|TV|radio|news agency|newspaper|channel|mouthpiece|outlet),? )?{S:O}`,
  }),
  // "(⟦FTC⟧ File No. …; the staff contact is X, ⟦Bureau of Competition⟧, 202-326-2526)", "the staff
  // contacts are A, 202-…, and B, 202-…, ⟦Bureau⟧": a release's contacts work in the office named
  onSurface({
    reason: 'list:staff-contact',
    predicate: 'MEMBER_OF',
    confidence: 0.75,
    // (the test behind the name, so the rule opens on a person's slot and is tried only there)
    pattern: `{S:P}(?<=\\b[Ss]taff contacts? (?:is|are) [^;()]{0,80}?⟦\\d+P⟧)(?:, [\\d-]+)?(?:,? (?:and )?⟦\\d+P⟧(?:, [\\d-]+)?)*, {O:O}(?=[,.;)]|$)`,
  }),
];
