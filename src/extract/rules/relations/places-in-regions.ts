// A place said to lie "in" a region that is written with its kind (round 49): "X in the province of
// ⟦Y⟧", "X in the tribal district of ⟦Y⟧", "X village, in ⟦Y⟧ department", "X valley in northwestern
// ⟦Y⟧ province", "X is in ⟦Y⟧ province", "the X area is in the ⟦D⟧ department of ⟦Y⟧", and a
// facility "in the northwestern city of ⟦Y⟧" or "in ⟦Z⟧'s capital, ⟦Y⟧". The older rules read
// "X in ⟦Y⟧" with nothing between (place-rules.ts `place:in`, `place:in-qualified-region`); these
// read the same containment when the place carries its own kind noun, a comma or a form of "be"
// before "in", or when the region's kind is written before its name with "of".
//
// The region's kind is what makes "in" a containment and not the scene of an event: only kinds of
// administrative region follow "in the … of" here, and a town or city only holds a facility (a
// hotel, a school, a hospital) named before it, so "fighting in ⟦A⟧ in the town of ⟦B⟧" places
// nothing.
import { onSurface, type RelationRule } from './rule';
import { DIRECTION } from './fragments';
import { FACILITY_HEADS, PLACE_KIND_NOUNS, REGION_NAMED } from '../../lexicon/place-words';
import * as CITY_LISTS from '../../lexicon/cities';
import { STATES_OF_CAPITAL } from '../../lexicon/countries';
import { escapeRegex } from '../../escape-regex';

/** Kinds of administrative region that hold a place named before "in". */
const REGION_KIND =
  '(?:province|state|region|governorate|oblast|prefecture|district|county|department|municipality)';
/** The place's own kind written after its name: "X village", "X valley", "X tribal area". */
const OWN_KIND = `(?: (?:[a-z]+ )?(?:${[...PLACE_KIND_NOUNS, 'department', 'area'].join('|')}))`;
/**
 * What stands between the place and "in": its own kind, then maybe a comma ("X village, in"), or a
 * form of "be" ("X is in", "X lies in"). A bare comma is not enough: in "from ⟦Y⟧'s capital of X, in
 * the Z region" the words after the comma place the event, not X.
 */
const LIES = '(?: (?:is|was|lies|lay)(?: located)?| located)';
const BEFORE_IN = `(?:${OWN_KIND},?${LIES}?|${LIES})`;
/** The region's lower-case qualifiers: "tribal", "central", "restive", "north-western". */
const QUALIFIERS = '(?:(?!and|or|of|in)[a-z]+(?:-[a-z]+)? ){0,2}?';
/** Not a landmark a distance is measured from ("10 km north of X in Y": X is not the one placed). */
const NOT_LANDMARK = '(?<!(?:kilometers|kilometres|km|miles) (?:[a-z-]+ )?(?:of|from) (?:the )?)';
/** A facility's name ends on its head word: "X Public School", "the Y Continental Hotel". */
const FACILITY = new RegExp(`\\b(?:${FACILITY_HEADS.join('|')})$`, 'i');
/** Bodies of water hold no town: a place is on them. */
const WATER = /\b(?:Sea|Ocean|Gulf|Strait|Straits|River|Lake|Bay|Channel|Canal)\b/;

/**
 * Kinds of a small part of a town or region whose own name is written before them: "the X district
 * of Y", "the X area of Y", "the X neighbourhood of Y". Not "town", "village" or "suburb" after
 * "the": "the ⟦Y⟧ village of X", "the ⟦Y⟧ suburb of X" name X in Y (place-rules.ts `place:city-of`);
 * a village's own name is read only after a bare "in" ("in X village of ⟦Y⟧ Township").
 */
const PART_KIND = '(?:district|subdistrict|sub-district|area|neighbou?rhood|quarter|sector)';
const VILLAGE_KIND = '(?:village|hamlet)';
/** The container is no part itself: "the X area of ⟦Y⟧ district" is read with Y's kind. */
const NOT_A_PART_AFTER = `(?!['’]s| (?:[a-z]+ )?(?:${PART_KIND}|${VILLAGE_KIND})\\b)`;
/**
 * The container after "of": a name, past "the capital," or a state's hold on it ("⟦Yian⟧-administered
 * Z", "⟦Yian⟧-controlled Z": the place named is Z).
 */
const CONTAINER_OPENING =
  '(?:the )?(?:capital,? )?(?:⟦\\d+[Cc]⟧-(?:administered|controlled|held|occupied) )?';

/**
 * A city the gazetteer knows (a capital or a listed city): before "district of" it names the owner of
 * the part, not the part ("the northern ⟦Baghdad⟧ district of ⟦Y⟧" is Y in Baghdad).
 */
const KNOWN_CITY = `^(?:${[...STATES_OF_CAPITAL.keys(), ...Object.values(CITY_LISTS).flat(2)].map(escapeRegex).join('|')})$`;
/** A known city, or a region named with its kind ("⟦Borno State⟧"): the owner of a part, never the part. */
const OWNER_NAME = new RegExp(`${KNOWN_CITY}|${REGION_NAMED.source}`);

export const PLACES_IN_REGIONS_RULES: RelationRule[] = [
  // "in the X district of the capital, ⟦Y⟧", "in X village of ⟦Y⟧ Township", "the X district of
  // ⟦Zian⟧-administered ⟦Y⟧", "the X rural area of ⟦Y⟧ department": a part named with its kind
  // before "of" lies in the place after it (place-rules.ts `place:inner-of-region` reads "the X
  // district of Y province", the container's kind written after it)
  onSurface({
    reason: 'place:part-of-place',
    predicate: 'LOCATED_IN',
    confidence: 0.7,
    pattern: `(?:\\b[Tt]he |\\bin )${DIRECTION}{S:L} (?:[a-z]+ )?${PART_KIND} of ${CONTAINER_OPENING}{O:L}${NOT_A_PART_AFTER}`,
    subjectNameBlock: OWNER_NAME,
    objectNameBlock: WATER,
  }),
  onSurface({
    reason: 'place:part-of-place',
    predicate: 'LOCATED_IN',
    confidence: 0.7,
    pattern: `\\bin {S:L} ${VILLAGE_KIND} of ${CONTAINER_OPENING}{O:L}${NOT_A_PART_AFTER}`,
    subjectNameBlock: OWNER_NAME,
    objectNameBlock: WATER,
  }),
  // "The X region of the ⟦Y⟧ province": a larger kind before "of", the container's own kind after it
  onSurface({
    reason: 'place:part-of-place',
    predicate: 'LOCATED_IN',
    confidence: 0.7,
    pattern: `\\b[Tt]he ${DIRECTION}{S:L} (?:[a-z]+ )?(?:region|valley|zone) of (?:the )?{O:L}(?= (?:[a-z]+ )?${REGION_KIND}\\b)`,
    objectNameBlock: WATER,
  }),
  // "X in the province of ⟦Y⟧", "X in the tribal district of ⟦Y⟧", "the X area is in the central
  // department of ⟦Y⟧"
  onSurface({
    reason: 'place:in-kind-of-region',
    predicate: 'LOCATED_IN',
    confidence: 0.7,
    pattern: `${NOT_LANDMARK}{S:L}${BEFORE_IN}? in the ${QUALIFIERS}${DIRECTION}${REGION_KIND} of (?:the )?{O:L}(?!['’]s)`,
    objectNameBlock: WATER,
  }),
  // "X village, in ⟦Y⟧ department", "X valley in northwestern ⟦Y⟧ province", "X is in ⟦Y⟧ province":
  // the region's kind after its name; the place carries its own kind or "is" before "in" (with
  // nothing between, `place:in-qualified-region` reads it)
  onSurface({
    reason: 'place:in-region-of-its-kind',
    predicate: 'LOCATED_IN',
    confidence: 0.65,
    pattern: `${NOT_LANDMARK}{S:L}${BEFORE_IN} in (?:the )?${QUALIFIERS}${DIRECTION}{O:L}(?= (?:[a-z]+ )?${REGION_KIND}\\b)`,
    objectNameBlock: WATER,
  }),
  // "the X Hotel in the northwestern city of ⟦Y⟧", "the X School in ⟦Z⟧'s north-western city of ⟦Y⟧",
  // "the X Academy in ⟦Z⟧'s capital, ⟦Y⟧": a facility in a town or city named after its kind
  onSurface({
    reason: 'place:facility-in-city-of',
    predicate: 'LOCATED_IN',
    confidence: 0.7,
    pattern: `{S:OL} in (?:the |⟦\\d+[CL]⟧['’]s )${QUALIFIERS}${DIRECTION}(?:(?:city|town|village) of |capital(?: city)?,? (?:of )?){O:L}(?!['’]s)`,
    subjectName: FACILITY,
    objectNameBlock: WATER,
  }),
];
