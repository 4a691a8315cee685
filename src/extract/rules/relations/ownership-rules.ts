// Who owns a company and who works for it (MEMBER_OF), as filings and regulators' releases write
// it: "X, which is owned and operated by Y"; "Y, the parent company of X"; "Y and its subsidiary
// X"; "two former Y employees, A and B"; "principals of Y—A, B and C". A former employee counts,
// as a former office does (test/gold/README.md, round 9). A group's affiliate, counted or described
// before its name ("an ⟦Y⟧ affiliate, the ⟦A⟧"), is MEMBER_OF the group (round 10).
import type { OrgCategory } from '../../../model';
import { onSurface, type RelationRule } from './rule';

/** The nouns of a company's people, in a list that names them. */
const STAFF_NOUNS =
  '(?:employees|principals|executives|officers|directors|managers|traders|staffers|staff members|workers|partners)';
/** Words between a number and the staff noun: "two former", "three senior". */
const STAFF_QUALIFIERS = '(?:(?:former|senior|top|junior|ex-) )?';
/** What introduces the list after the staff noun: a comma, a dash or a colon. */
const LIST_OPENS = '(?:, |: | | ?[—–] ?| -- )';
/** A company's parts: "its subsidiary", "its two subsidiaries", "its trading unit". */
const OWNED_PART = '(?:subsidiary|subsidiaries|unit|units|affiliate|affiliates)';
/** An owner's words after "owned": "owned and operated by", "wholly owned by". */
const OWNED_BY =
  '(?:(?:wholly|jointly|majority|partly|fully|now|ultimately)[ -])?owned(?: and (?:operated|controlled|run|managed))? by';

/** Bodies that can be owned or employ staff: firms, outlets and the unclassified. */
const FIRMS: OrgCategory[] = ['company', 'media', 'other'];
/** Owners of a firm that are firms themselves. */
const FIRM_OWNERS: OrgCategory[] = ['company', 'other'];

/** What a state owns a body by: "state-run", "government-owned", "state-controlled". */
const STATE_OWNED = '(?:[Ss]tate|[Gg]overnment)[- ](?:run|owned|controlled|operated)';

export const OWNERSHIP_RULES: RelationRule[] = [
  // "⟦Chile⟧'s state-run ⟦Y⟧", "the ⟦Chilean⟧ state-owned ⟦Y⟧": a body the state owns is MEMBER_OF
  // it (test/gold/README.md: a "government-owned" airline; round 22)
  onSurface({
    reason: 'structure:country-state-owned',
    predicate: 'MEMBER_OF',
    confidence: 0.75,
    subjectCategories: ['company', 'media', 'other', 'government'],
    pattern: `{O:C}(?:'s?)? ${STATE_OWNED}[- ](?:[a-z]+ )?{S:O}`,
  }),
  // "the state-run ⟦Syrian Arab News Agency⟧", "⟦Y⟧, a government-owned airline": the state whose
  // name or demonym the body's own name holds, else the one the article is about (settled in
  // ../../relations/national-titles.ts)
  onSurface({
    reason: 'structure:state-owned',
    predicate: 'MEMBER_OF',
    confidence: 0.7,
    objectFrom: 'dominant-country',
    subjectCategories: ['company', 'media', 'other', 'government'],
    pattern: `(?<!⟧(?:'s?)? )\\b${STATE_OWNED}[- ](?:[a-z]+ )?{S:O}`,
  }),
  // "the official ⟦Y⟧ news agency", "the North's official ⟦Y⟧ news agency": an agency the text calls
  // a state's own, with the state left unwritten or written as a reference; the state the
  // gazetteers file it under, where the article names that state (round 42)
  onSurface({
    reason: 'structure:official-news-agency',
    predicate: 'MEMBER_OF',
    confidence: 0.7,
    objectFrom: 'dominant-country',
    subjectCategories: ['media', 'other', 'government'],
    pattern: `(?<!⟧(?:'s?)? )\\b(?:[Oo]fficial|[Ss]tate|${STATE_OWNED}) {S:O}(?: (?:news agency|news service)\\b)?`,
  }),
  onSurface({
    reason: 'structure:state-owned-apposition',
    predicate: 'MEMBER_OF',
    confidence: 0.7,
    objectFrom: 'dominant-country',
    subjectCategories: ['company', 'media', 'other', 'government'],
    pattern: `{S:O}, (?:a|an|the) (?:[a-z]+ )?${STATE_OWNED} `,
  }),
  // "the X Exchange, which is owned and operated by the Y Group": not a stake ("a stake in X
  // owned by Y"), so a comma or a relative pronoun after the owned body's name
  onSurface({
    reason: 'structure:owned-by',
    predicate: 'MEMBER_OF',
    confidence: 0.75,
    subjectCategories: FIRMS,
    objectCategories: ['company', 'political', 'media', 'other'],
    pattern: `{S:O}(?: \\([^()]{1,40}\\))?(?:,? (?:which|that) (?:is|was|are|were|has been|had been) |, )${OWNED_BY} {DET}{O:O}(?!'s)`,
  }),
  // "Y, the parent company of X"; "Y is the parent company of X"
  onSurface({
    reason: 'structure:parent-of',
    predicate: 'MEMBER_OF',
    confidence: 0.75,
    subjectCategories: FIRMS,
    objectCategories: FIRM_OWNERS,
    pattern: `{O:O},? (?:(?:is|was|became) )?(?:the|its|a) (?:[a-z-]+ )?parent(?: company| firm| group| corporation)? of {DET}{S:O}(?!'s)`,
  }),
  // "X and its subsidiary Y", "X and its two subsidiaries, Y and Z"; not the second of a list of
  // one owner's parts ("W, its supply subsidiary X and its grid subsidiary Y": both are W's)
  onSurface({
    reason: 'structure:and-its-subsidiary',
    predicate: 'MEMBER_OF',
    confidence: 0.75,
    subjectCategories: FIRMS,
    objectCategories: FIRM_OWNERS,
    pattern: `(?<!\\bits (?:[a-z-]+ ){0,3}?${OWNED_PART},? ){O:O},? and its (?:[a-z]+ ){0,2}?${OWNED_PART},? {S+:O}`,
  }),
  // "X, a ⟦Y⟧ financial holding company": a company its owner's name qualifies
  onSurface({
    reason: 'structure:a-body-company',
    predicate: 'MEMBER_OF',
    confidence: 0.7,
    subjectCategories: FIRMS,
    objectCategories: ['political', 'company', 'armed_group', 'other'],
    pattern: `{S:O}, (?:a|an) (?:[a-z-]+ )?{O:O}(?:-owned|-run|-controlled)? (?:[a-z-]+ ){0,2}?(?:holding company|front company|shell company|subsidiary)\\b(?!'s| of\\b)`,
  }),
  // "⟦A⟧ and ⟦B⟧ are the second and third ⟦Y⟧ affiliates": parts of a body counted in a copula
  onSurface({
    reason: 'structure:copula-affiliate',
    predicate: 'MEMBER_OF',
    confidence: 0.7,
    pattern: `{S+:O} (?:is|are|was|were|became|remain|remains) (?:the|a|an|its|one of the) (?:[a-z-]+ (?:and [a-z-]+ )?)?{O:O}(?:-linked|-aligned)? (?:affiliate|offshoot|branch|franchise|subsidiary)(?:s|es)?\\b(?!'s| of\\b)`,
  }),
  // "an ⟦Y⟧ affiliate, the ⟦A⟧, claimed the attack": the part named after its description
  onSurface({
    reason: 'structure:an-affiliate-before',
    predicate: 'MEMBER_OF',
    confidence: 0.7,
    pattern: `\\b(?:[Aa]n?|[Tt]he) (?:[a-z-]+ )?{O:O}(?:-linked|-aligned)? (?:affiliate|offshoot|branch|franchise), {DET}{S:O}(?!'s)`,
  }),
  // "two former ⟦Y⟧ employees, A and B"; "five former principals of the start-up ⟦Y⟧—A, B and C":
  // the people a list names after the company's staff noun
  onSurface({
    reason: 'list:staff-of-company',
    predicate: 'MEMBER_OF',
    confidence: 0.7,
    objectCategories: FIRMS,
    pattern: `{O:O} ${STAFF_QUALIFIERS}${STAFF_NOUNS}${LIST_OPENS}{S+:P}`,
  }),
  onSurface({
    reason: 'list:staff-of-company',
    predicate: 'MEMBER_OF',
    confidence: 0.7,
    objectCategories: FIRMS,
    pattern: `\\b${STAFF_QUALIFIERS}${STAFF_NOUNS} of (?:[a-z-]+ ){0,4}?{DET}{O:O}${LIST_OPENS}{S+:P}`,
  }),
];
