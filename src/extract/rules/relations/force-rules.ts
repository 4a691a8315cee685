// A country's force written as a common noun is the country (test/gold/README.md, "State
// forces"; entities/national-force.ts): its chief or commander is one of the country's people,
// as "a Peruvian army spokesman" is, and heads no body of the article.
import { RANKS } from './fragments';
import { onSurface, type RelationRule } from './rule';

/** How the entity step writes a country read from its force ("Peru’s army", "the Peruvian army"). */
const WRITTEN_AS_FORCE = ['generic-body:possessive', 'generic-body:demonym'];
/** The country's own mention before a force after its possessive: "⟦Peru⟧’s ⟦army⟧". */
const OWNER = "(?:⟦\\d+C⟧'s? )?";
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
];
