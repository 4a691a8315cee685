// A named place inside a country or region: "Baghdad, Iraq", "the Yemeni capital, Sanaa",
// "Hodeida, a port city in Yemen", "Rafah in southern Gaza". Only between named entities.
import { onSurface, type RelationRule } from './rule';
import { DIRECTION, PLACE_NOUN } from './fragments';

/** "in the north of", "on the outskirts of": a part of the place that follows. */
const PART_OF =
  '(?:in|on|at|near) (?:the )?(?:far )?(?:north|south|east|west|centre|center|heart|outskirts|edge|middle|interior|coast)(?:ern)? (?:part )?of (?:the )?';
/** Bodies of water: a town is on them, not in them. */
const WATER = /\b(?:Sea|Ocean|Gulf|Strait|Straits|River|Lake|Bay|Channel|Canal)\b/;
/** Words that make "X, Moscow said" a clause, not a place's country. */
const SPEECH = '(?:said|says|say|told|added|claimed|announced|reported|warned|insisted)';

export const PLACE_RULES: RelationRule[] = [
  // "Russia's Bryansk region", "in Ukraine's eastern Donetsk region", "Iraq's Anbar province"
  onSurface({
    reason: 'place:possessive-region',
    predicate: 'LOCATED_IN',
    confidence: 0.75,
    pattern: `{O:CL}'s ${DIRECTION}{S:L}(?= ${PLACE_NOUN}\\b)`,
    objectNameBlock: WATER,
  }),
  // "the Syrian city of Aleppo", "the northern Syrian port city of Latakia"
  onSurface({
    reason: 'place:city-of',
    predicate: 'LOCATED_IN',
    confidence: 0.75,
    pattern: `\\b(?:the|a) ${DIRECTION}{O:CL} (?:[a-z-]+ ){0,2}?${PLACE_NOUN} of {S:L}`,
    objectNameBlock: WATER,
  }),
  // "the Idlib province of Syria", "the Donetsk region in eastern Ukraine"; not "the Gaza
  // Strip city of Rafah", where the place named after the noun is the smaller one
  onSurface({
    reason: 'place:region-of',
    predicate: 'LOCATED_IN',
    confidence: 0.7,
    pattern: `{S:L} ${PLACE_NOUN} (?:of (?:the )?${DIRECTION}(?=⟦\\d+[Cc]⟧)|in (?:the )?${DIRECTION}){O:CL}`,
    objectNameBlock: WATER,
  }),
  // "Kharkiv, Ukraine's second-largest city"
  onSurface({
    reason: 'place:possessive-noun-after',
    predicate: 'LOCATED_IN',
    confidence: 0.75,
    pattern: `{S:L}, (?:the )?{O:CL}'s (?:[a-z-]+ ){0,3}?${PLACE_NOUN}\\b`,
    objectNameBlock: WATER,
  }),
  // "Lviv, in western Ukraine": after a comma, only a country (a list of towns reads alike)
  onSurface({
    reason: 'place:comma-in',
    predicate: 'LOCATED_IN',
    confidence: 0.7,
    pattern: `{S:L}, (?:in|inside) (?:the )?${DIRECTION}{O:C}(?!'s)`,
  }),
  // "Gaza City, in the north of the Gaza Strip", "Rafah, on the edge of Gaza"
  onSurface({
    reason: 'place:part-of',
    predicate: 'LOCATED_IN',
    confidence: 0.7,
    pattern: `{S:L},? ${PART_OF}{O:CL}`,
    objectNameBlock: WATER,
  }),
  // "Baghdad, Iraq" but not a list "Iraq, Syria and Yemen"
  onSurface({
    reason: 'place:comma',
    predicate: 'LOCATED_IN',
    confidence: 0.75,
    pattern: `(?<!⟧(?:,|,? and|,? or) (?:the )?){S:L}, {O:CL}(?!'|-|,? (?:and |or )?(?:the )?⟦| ${SPEECH}\\b)`,
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
