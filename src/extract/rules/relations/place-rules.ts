// A named place inside a country or region: "Baghdad, Iraq", "the Yemeni capital, Sanaa",
// "Hodeida, a port city in Yemen", "Rafah in southern Gaza". Only between named entities.
import { onSurface, type RelationRule } from './rule';
import { DIRECTION } from './fragments';

const PLACE_NOUN =
  '(?:city|town|village|province|region|port|district|governorate|state|area|camp|base|airbase|capital|neighbo(?:u)?rhood|island)';

export const PLACE_RULES: RelationRule[] = [
  // "Baghdad, Iraq" but not a list "Iraq, Syria and Yemen"
  onSurface({
    reason: 'place:comma',
    predicate: 'LOCATED_IN',
    confidence: 0.75,
    pattern: `(?<!⟧(?:,|,? and|,? or) (?:the )?){S:L}, {O:CL}(?!'|-|,? (?:and |or )?(?:the )?⟦)`,
  }),
  onSurface({
    reason: 'place:capital-apposition',
    predicate: 'LOCATED_IN',
    confidence: 0.8,
    pattern: `{DET}{O:C}(?:'s)? capital,? {S:L}`,
  }),
  onSurface({
    reason: 'place:capital-after',
    predicate: 'LOCATED_IN',
    confidence: 0.8,
    pattern: `{S:L}, (?:the )?{O:C}(?:'s)? capital`,
  }),
  onSurface({
    reason: 'place:capital-of',
    predicate: 'LOCATED_IN',
    confidence: 0.8,
    pattern: `{S:L}, (?:the )?capital of {O:C}`,
  }),
  onSurface({
    reason: 'place:noun-in',
    predicate: 'LOCATED_IN',
    confidence: 0.7,
    pattern: `{S:L},? (?:a|an|the) (?:[a-z-]+ ){0,3}?${PLACE_NOUN} (?:in|of) (?:the )?${DIRECTION}{O:CL}`,
  }),
  onSurface({
    reason: 'place:in',
    predicate: 'LOCATED_IN',
    confidence: 0.6,
    pattern: `{S:L} in (?:the )?${DIRECTION}{O:CL}`,
  }),
];
