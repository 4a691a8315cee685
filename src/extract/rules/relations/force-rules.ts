// A country's force written as a common noun is the country (test/gold/README.md, "State
// forces"; entities/national-force.ts): its chief or commander is one of the country's people,
// as "a Peruvian army spokesman" is, and heads no body of the article.
import { MEMBER_ROLE, NOT_STATE_OPPONENTS, RANKS } from './fragments';
import { onSurface, type RelationRule } from './rule';

/** How the entity step writes a country read from its force ("Peru’s army", "the Peruvian army"). */
const WRITTEN_AS_FORCE = ['generic-body:possessive', 'generic-body:demonym'];
/** The country's own mention before a force after its possessive: "⟦Peru⟧’s ⟦army⟧". */
const OWNER = "(?:⟦\\d+C⟧'s? )?";
/**
 * A state's forces as lower-case words after its name ("⟦Chilean⟧ army", "⟦Peru⟧'s police"),
 * where the entity step left the force out of the country's mention.
 */
const FORCE_WORDS =
  '(?:army|military|police|navy|naval|air force|armed forces|security forces|security|intelligence|border guard|border police|coast guard|national guard|special forces|marines|marine corps|troops|forces|soldiers)';
/** An office in a force: a rank, a member's title or a head's ("officer", "colonel", "commander"). */
const FORCE_OFFICE = `(?:{T:RANK}|${MEMBER_ROLE}|{T:LEAD})`;
/**
 * Up to three words of the holder's own ("medically discharged", "retired", "senior"), none a
 * function word: "X, the son of ⟦Peru⟧'s first president" holds no office.
 */
const HOLDER_WORDS =
  '(?:(?!(?:of|to|for|and|or|but|the|an?|in|at|on|by|with|from|who|which|that|whose)\\b)[a-z][a-z-]* ){0,3}?';
/** Verbs of heading a force from a relative clause: "who heads", "who commanded". */
const HEADS = '(?:heads|headed|leads|led|commands|commanded|runs|ran)';
/** Not a body's name after the force's own words: "⟦Peru⟧'s police ⟦Special Unit⟧" is the unit's. */
const NOT_NAME_NEXT = "(?! ⟦\\d+[A-Za-z]⟧)(?!'s)";

/** Where a force serves, after its words: "in ⟦Iraq⟧", "in the ⟦Balkans⟧", "in Europe". */
const THEATRE = '(?: in (?:the )?(?:⟦\\d+[LC]⟧|[A-Z][a-z]+))?';

/** Heads of a force. */
const FORCE_HEAD = '(?:chief|commander|head)(?: of (?:the )?(?:general )?staff)?';

export const FORCE_RULES: RelationRule[] = [
  // "Peru’s army chief, Gen. X", "a Peruvian army commander, X"
  onSurface({
    reason: 'title:force-head-of-country',
    predicate: 'MEMBER_OF',
    confidence: 0.7,
    objectVia: WRITTEN_AS_FORCE,
    pattern: `${OWNER}{O:C} ${FORCE_HEAD},? ${RANKS}{S:P}`,
  }),
  // "the head of Peru’s armed forces, General X"
  onSurface({
    reason: 'title:head-of-force-of-country',
    predicate: 'MEMBER_OF',
    confidence: 0.7,
    objectVia: WRITTEN_AS_FORCE,
    pattern: `\\b(?:chief|commander|head) of (?:the )?${OWNER}{O:C},? ${RANKS}{S:P}`,
  }),
  // An office in a state's force, joined to its holder however the sentence joins them: each
  // holder is MEMBER_OF the state (round 12, national forces), a head of the force too, since the
  // force is no entity of its own.
  // "X, a medically discharged ⟦Chilean⟧ army officer", "X, ⟦Peru⟧'s police chief", and with
  // the force folded into the country's mention, "X, a retired ⟦Peruvian army⟧ commander"
  onSurface({
    reason: 'apposition:state-force-office',
    predicate: 'MEMBER_OF',
    confidence: 0.7,
    pattern: `{S:P}, (?:a |an |the |one of the )?${HOLDER_WORDS}{O:C}(?:'s)? ${FORCE_WORDS} ${HOLDER_WORDS}${FORCE_OFFICE}s?\\b(?! of\\b)${NOT_NAME_NEXT}`,
  }),
  onSurface({
    reason: 'apposition:state-force-mention-office',
    predicate: 'MEMBER_OF',
    confidence: 0.7,
    objectVia: WRITTEN_AS_FORCE,
    pattern: `{S:P}, (?:a |an |the |one of the )?${HOLDER_WORDS}{O:C}(?:'s)? ${HOLDER_WORDS}${FORCE_OFFICE}s?\\b(?! of\\b)${NOT_NAME_NEXT}`,
  }),
  // "X, who heads ⟦the country⟧'s troops fighting Y", "X, who commanded ⟦Chilean⟧ forces in the north"
  onSurface({
    reason: 'relative:heads-state-force',
    predicate: 'MEMBER_OF',
    confidence: 0.7,
    pattern: `{S:P},? who (?:also |now |still )?${HEADS} (?:the )?{O:C}(?:'s)? (?:[a-z]+ ){0,2}?${FORCE_WORDS}\\b${NOT_NAME_NEXT}`,
  }),
  // "X, who heads ⟦Peru’s army⟧": the force folded into the country's mention
  onSurface({
    reason: 'relative:heads-state-force-mention',
    predicate: 'MEMBER_OF',
    confidence: 0.7,
    objectVia: WRITTEN_AS_FORCE,
    pattern: `{S:P},? who (?:also |now |still )?${HEADS} (?:the )?{O:C}(?!'s)(?=[ ,.;]|$)`,
  }),
  // "Major X of ⟦Peru⟧'s army", "X of the ⟦Chilean⟧ police": one of the force's people, whatever
  // rank or title stands before the name (opening on the name's slot, tried only at slots)
  onSurface({
    reason: 'affiliation:person-of-state-force',
    predicate: 'MEMBER_OF',
    confidence: 0.7,
    // "X of the Haitian police union": a body of the force's people, not the force (round 26)
    pattern: `{S:P},? of (?:the )?{O:C}(?:'s)? ${FORCE_WORDS}\\b(?! (?:union|unions|association|federation|syndicate|academy|college|band|club)\\b)${NOT_NAME_NEXT}`,
  }),
  onSurface({
    reason: 'affiliation:person-of-state-force-mention',
    predicate: 'MEMBER_OF',
    confidence: 0.7,
    objectVia: WRITTEN_AS_FORCE,
    pattern: `{S:P},? of (?:the )?{O:C}(?!'s)${NOT_NAME_NEXT}`,
  }),
  // "the chief of ⟦U.S.⟧ troops in ⟦Africa⟧, General X", "Commander of ⟦Chilean⟧ ground forces
  // General X": the head of a state's forces written as lower-case words after the country (and
  // the theatre they serve in) is one of the state's people (round 37; the force is no entity)
  onSurface({
    reason: 'title:head-of-state-force-words',
    predicate: 'MEMBER_OF',
    confidence: 0.7,
    pattern: `\\b(?:[Cc]hief|[Cc]ommander|[Hh]ead) of (?:the )?{O:C}${NOT_STATE_OPPONENTS}(?:'s)? (?:[a-z]+ )?${FORCE_WORDS}${THEATRE},? ${RANKS}{S:P}`,
  }),
  // "⟦Chilean⟧ army officer X", "⟦Peru⟧'s police spokesman Col. X"
  onSurface({
    reason: 'title:state-force-office',
    predicate: 'MEMBER_OF',
    confidence: 0.7,
    pattern: `{O:C}(?:'s)? ${FORCE_WORDS} (?:[a-z]+ )?${FORCE_OFFICE},? ${RANKS}{S:P}`,
  }),
];
