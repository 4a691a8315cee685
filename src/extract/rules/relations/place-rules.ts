// A named place inside a country or region: "Baghdad, Iraq", "the Yemeni capital, Sanaa",
// "Hodeida, a port city in Yemen", "Rafah in southern Gaza". Only between named entities.
import { onSurface, type RelationRule } from './rule';
import { DIRECTION, PLACE_NOUN, SPEECH } from './fragments';
import { VOICE_TITLES } from './titles';
import {
  COMPASS_POINTS,
  FACILITY_HEADS,
  FACILITY_NOUNS_AFTER_NAME,
  PLACE_KIND_NOUNS,
  REGION_NAMED,
} from '../../lexicon/place-words';

/**
 * Not the landmark a distance is measured from: in "X, 50 km north of Y in the Z region" it is X
 * that lies in Z, not Y.
 */
const NOT_LANDMARK = '(?<!(?:kilometers|kilometres|km|miles) (?:[a-z-]+ )?(?:of|from) (?:the )?)';
/**
 * Not a name given to a place: "the shoal, known as X in Y", "referred to as X in Y", "which
 * Y calls X": the "in Y" after a naming verb says where the name is used (a country, a language's
 * speakers), not where X lies (round 20, fresh news: a disputed reef "referred to as X in China").
 */
const NOT_A_NAMING = '(?<!\\b(?:called|known as|referred to as|dubbed|named|renamed) (?:the )?)';

/**
 * Plural facilities a town's name is written before, as their modifier: "the A and B airports"
 * stand in A and B (round 25).
 */
const LIST_FACILITIES = '(?:airports|airfields|bases|seaports|ports|harbou?rs|refineries|railway stations)';
/** A compass point as a noun or adjective stem: "north", "southwest" ("northern" adds "ern"). */
const COMPASS = `(?:${COMPASS_POINTS.join('|')})`;
/** A noun for a kind of place, singular or plural: "town", "state", "community", "cities". */
const KIND = `(?:${PLACE_KIND_NOUNS.map((w) => w.replace(/y$/, '(?:y|ies)')).join('|')})s?`;
/** A plural noun for a kind of place: "towns", "regions", "cities". */
const KINDS = `(?:${PLACE_KIND_NOUNS.map((w) => w.replace(/y$/, 'ie')).join('|')})s`;
/** A plural kind of region capitalised after a pair of names: "A and B Provinces" (round 44). */
const CAPITAL_KINDS = '(?:Provinces|States|Regions|Districts|Counties|Governorates)';
/** A facility's noun after its place's name, past up to two words: "nuclear reactor", "site". */
const FACILITY_AFTER = `(?: [a-z-]+){0,2} (?:${[...FACILITY_NOUNS_AFTER_NAME].join('|')})\\b`;
/** A facility's lower-case noun after its name: "the X hotel", "the X royal palace". */
const FACILITY_NOUN = `(?:${[...FACILITY_HEADS, 'palace'].join('|')})`;
/** A facility's name ends on its head word: "X University College". */
const FACILITY = new RegExp(`\\b(?:${FACILITY_HEADS.join('|')})$`, 'i');
/** Any slot, or any words but a clause break: the run of an aside ("near the ⟦0L⟧ coastal town of"). */
const ASIDE = '(?:[^,;:⟦⟧]|⟦\\d+[A-Za-z]⟧)*?';

/** "in the north of", "on the outskirts of": a part of the place that follows. */
const PART_OF =
  '(?:in|on|at|near) (?:the )?(?:far )?(?:north|south|east|west|centre|center|heart|outskirts|edge|middle|interior|coast)(?:ern)? (?:part )?of (?:the )?';
/**
 * "in the far northeastern corner of", "in the southern tip of", "in the western part of": a part of
 * the place that follows told by its compass point and a noun of a part (round 23).
 */
const COMPASS_PART_OF = `in (?:the )?(?:far )?(?:${COMPASS_POINTS.join('|')}|central)(?:ern)? (?:part|corner|tip|end|reaches|edge|region|section) of (?:the )?`;
/**
 * A region's own lower-case qualifiers, before its name ("oil-rich", "restive", "northwest") or
 * between its name and its noun ("Bajur tribal district"): read only where a place noun follows
 * the region's name, which makes it a region however it is qualified.
 */
const QUALIFIERS = '(?:[a-z]+(?:-[a-z]+)? ){0,2}?';
/**
 * The words of a place's apposition before its noun ("a hilly", "an ethnic ⟦Hungarian⟧", "a
 * ⟦Himalayan⟧"): lower-case words, a demonym, or one other name, up to four.
 */
const APPOSED_WORDS = '(?:[a-z-]+ |⟦\\d+[A-Za-z]⟧ ){0,4}?';
/**
 * A region's lower-case qualifiers before its name, longer than QUALIFIERS: "the country's biggest
 * and mineral-rich", "central-eastern" (round 43); the region must carry its noun.
 */
const LONG_QUALIFIERS = '(?:[a-z]+(?:-[a-z]+)? ){0,4}?';
/** Bodies of water: a town is on them, not in them. */
const WATER = /\b(?:Sea|Ocean|Gulf|Strait|Straits|River|Lake|Bay|Channel|Canal)\b/;
/** A place whose name ends on its kind: "Cabo Delgado Province", "Carmel Mountains", "Grau Park". */
const OWN_NOUN_NAME =
  /\b(?:Province|Region|State|District|County|Governorate|Oblast|Prefecture|Mountains|Hills|Valley|Plateau|Desert|Park|Square)$/;
/**
 * A kind noun written after a place's name, outside it ("Kunar province", "Lagunita ranch",
 * "Guainía department"): the kinds above, with the administrative "department" and a "ranch".
 */
const KIND_AFTER = `(?:${[...PLACE_KIND_NOUNS, 'department', 'ranch'].join('|')})`;

/** A chain of places opens on its first name: not the next item of a list before it. */
const CHAIN_START = '(?<!⟧(?:,|,? and|,? or) (?:the )?)';
/**
 * A name that qualifies a speaker after it ("⟦Y⟧ military spokesman", "⟦Y⟧ officials"): it opens the
 * next phrase and is no place's country or region (round 44).
 */
const NEXT_SPEAKER = `(?:[a-z]+ ){0,2}(?:${VOICE_TITLES.join('|')}|officials?)\\b`;
/** A chain ends on its country: no list goes on past it, and the country is no possessor. */
const CHAIN_END = `(?!'|-|,? (?:and |or )?(?:the )?⟦| (?:and|or) (?:⟦|[A-Z])| ${SPEECH}\\b)`;

export const PLACE_RULES: RelationRule[] = [
  // "Russia's Bryansk region", "in Ukraine's eastern Donetsk region", "Iraq's Anbar province"
  onSurface({
    reason: 'place:possessive-region',
    predicate: 'LOCATED_IN',
    confidence: 0.75,
    pattern: `{O:CL}'s ${DIRECTION}{S:L}(?= (?:[a-z]+ )?${PLACE_NOUN}\\b)`,
    objectNameBlock: WATER,
  }),
  // "Chile's northern Arica Province", "northern Peru's Ica Mountains", "Lima's Grau Park": a
  // region, range or ground whose own name carries its noun, owned by the name before it
  onSurface({
    reason: 'place:possessive-named-region',
    predicate: 'LOCATED_IN',
    confidence: 0.7,
    pattern: `{O:CL}'s ${DIRECTION}{S:L}`,
    subjectName: OWN_NOUN_NAME,
    objectNameBlock: WATER,
  }),
  // "Iran's Natanz nuclear facility", "Syria's Shayrat air base": the place of a country's facility
  onSurface({
    reason: 'place:possessive-facility',
    predicate: 'LOCATED_IN',
    confidence: 0.7,
    pattern: `{O:C}'s ${DIRECTION}{S:L}(?=${FACILITY_AFTER})`,
  }),
  // "the country's western Hwanghae province": the country the article is about
  onSurface({
    reason: 'place:the-country-possessive',
    predicate: 'LOCATED_IN',
    confidence: 0.65,
    objectFrom: 'dominant-country',
    pattern: `\\b[Tt]he country's ${DIRECTION}(?:[a-z]+(?:-[a-z]+)? )?{S:L}(?= ${PLACE_NOUN}\\b)`,
  }),
  // "X, 10 kilometers from the country's northern border", "X, 50 km south of the country's
  // capital": a distance measured inside the country the article is about (round 18); a
  // distance from a named place says only that X is near it ("X, 130 km south of Y": no fact)
  onSurface({
    reason: 'place:distance-in-the-country',
    predicate: 'LOCATED_IN',
    confidence: 0.6,
    objectFrom: 'dominant-country',
    pattern: `{S:L},? (?:about |some |roughly |nearly |around |just |only )?[\\d,.]+ (?:kilometers|kilometres|km|miles) (?:\\([^()]*\\) )?(?:[a-z-]+ )?(?:from|of) the country's\\b`,
  }),
  // "Unity state's Rubkona County": a region named with its noun owns the place after it
  onSurface({
    reason: 'place:possessive-region',
    predicate: 'LOCATED_IN',
    confidence: 0.75,
    pattern: `{O:CL} ${KIND}'s ${DIRECTION}{S:L}`,
    objectNameBlock: WATER,
  }),
  // "the Syrian city of Aleppo", "the northern Syrian port city of Latakia", "the rebel-held
  // northwestern Syrian province of Idlib", "the Upper Nile state community of Nasir"; also at a
  // sentence's start ("The Y town of X", round 43), and never past a saying verb ("the ⟦Y⟧ army
  // said the town of X": the words before the kind describe the place, not the speaker)
  onSurface({
    reason: 'place:city-of',
    predicate: 'LOCATED_IN',
    confidence: 0.75,
    // ("the Tessa area of Malko district", "the X district of Y province" name a place inside the
    // region after "of": place:inner-of-region)
    // A place's name right before "district", "neighborhood" or "quarter" is that part's own
    // name ("the X district of Y", "the X neighborhood of Y": X lies in Y; round 33), while "the
    // Y town of X", "the Y suburb of X" name X in Y. So is one before "region", "province",
    // "governorate" or "county" ("the X region of Y" is X in Y, place:kind-of-known-region; round 42),
    // also past modifiers of the kind ("the X tribal district of Y", round 45).
    pattern: `\\b(?:[Tt]he|a) (?:[a-z]+(?:-[a-z]+)? )?${DIRECTION}{O:CL} (?!(?<=L⟧ )(?:[a-z]+(?:-[a-z]+)? ){0,2}(?:district|neighbou?rhood|quarter|region|province|governorate|county) )(?:(?!and |or |${SPEECH}\\b)[a-z-]+ ){0,2}?(?!areas? )${KIND} of {S:L}(?! (?:[a-z]+ )?${PLACE_NOUN}\\b)`,
    objectNameBlock: WATER,
    // "the X district of ⟦Borno State⟧": a region with its noun in its name holds X (below)
    subjectNameBlock: REGION_NAMED,
  }),
  // "the breakaway Xian regions of A and B", "the Y towns of A and B": a plural noun of kind
  // holds every place of the list after "of" (round 15); a singular one holds only the first
  // ("the city of A and B" names B for itself)
  onSurface({
    reason: 'place:kinds-of',
    predicate: 'LOCATED_IN',
    confidence: 0.75,
    pattern: `\\b(?:the|two|three|four) (?:[a-z]+(?:-[a-z]+)? )?${DIRECTION}{O:CL} (?:(?!and |or )[a-z-]+ ){0,2}?${KINDS} of {S+:L}(?! (?:[a-z]+ )?${PLACE_NOUN}\\b)`,
    objectNameBlock: WATER,
  }),
  // "two towns of Y state -- A and B", "three districts of Y province: A, B and C": a counted
  // plural kind of place in a region, then the list of its members after a dash or colon (round 18)
  onSurface({
    reason: 'place:kinds-of-list',
    predicate: 'LOCATED_IN',
    confidence: 0.7,
    pattern: `\\b(?:the|two|three|four|five|six|several) (?:[a-z]+(?:-[a-z]+)? ){0,2}?${KINDS} (?:of|in) (?:the )?${QUALIFIERS}{O:CL}(?: ${KIND})?(?:,? (?:[—–-]{1,2}|namely)|:) {S+:L}`,
    objectNameBlock: WATER,
  }),
  // "the towns of A and B in Y state", "A and B towns in Y state", "A and B provinces in eastern Y":
  // a plural kind holds every place of its list in the region after "in" (round 18; place:in
  // reads only the last)
  onSurface({
    reason: 'place:list-in',
    predicate: 'LOCATED_IN',
    confidence: 0.65,
    pattern: `\\b${KINDS} of {S+:L} in (?:the )?${DIRECTION}{O:CL}(?!'s)`,
    objectNameBlock: WATER,
  }),
  onSurface({
    reason: 'place:list-in',
    predicate: 'LOCATED_IN',
    confidence: 0.65,
    pattern: `{S+:L} (?:${KINDS}|${CAPITAL_KINDS}) in (?:the )?${DIRECTION}{O:CL}(?!'s)`,
    objectNameBlock: WATER,
  }),
  // "⟦Y⟧'s A and B regions", "Y's breakaway A and B provinces": a possessed plural kind of place
  // holds every place of its list (round 25; place:possessive-region reads one name)
  onSurface({
    reason: 'place:possessive-list',
    predicate: 'LOCATED_IN',
    confidence: 0.7,
    pattern: `{O:CL}'s? ${DIRECTION}(?:[A-Za-z]+(?:-[a-z]+)? )?{S+:L}(?= (?:(?:[a-z]+ )?${KINDS}|${CAPITAL_KINDS})\\b)`,
    objectNameBlock: WATER,
  }),
  // "two rebel-held Y districts, A and B", "three Y provinces -- A, B and C": a counted plural kind
  // of place named for its region, then its members (round 25)
  onSurface({
    reason: 'place:counted-kinds-list',
    predicate: 'LOCATED_IN',
    confidence: 0.65,
    pattern: `\\b(?:two|three|four|five|six|several) (?:[a-z]+(?:-[a-z]+)? ){0,2}?{O:CL} ${KINDS}(?:,| [—–-]{1,2}|:) {S+:L}(?!'s| (?:[a-z]+ )?${SPEECH}\\b)`,
    objectNameBlock: WATER,
  }),
  // "the A and B airports in Y", "A and B air bases in northern Y": towns named as the modifiers of
  // their own facilities, which stand in the place after "in" (round 25)
  onSurface({
    reason: 'place:list-facilities-in',
    predicate: 'LOCATED_IN',
    confidence: 0.65,
    pattern: `{S+:L} (?:air )?${LIST_FACILITIES} in (?:the )?${DIRECTION}{O:CL}(?!'s)`,
    objectNameBlock: WATER,
  }),
  // "X, one of four bases in Y state", "X, one of the largest towns of Y": one of a kind in a region
  onSurface({
    reason: 'place:one-of-in',
    predicate: 'LOCATED_IN',
    confidence: 0.65,
    pattern: `{S:L}(?: ${KIND})?, one of (?:the |its |\\d+ |two |three |four |five |six |several )?(?:[a-z-]+ ){0,3}?(?:${KINDS}|bases|sites) (?:in|of) (?:the )?${DIRECTION}{O:CL}(?!'s)`,
    objectNameBlock: WATER,
  }),
  // "X, one of Y's largest states", "the X region is one of Y's tribal districts": one of a
  // country's or region's own kind of place, its owner written as a possessive (round 43)
  onSurface({
    reason: 'place:one-of-possessive-kinds',
    predicate: 'LOCATED_IN',
    confidence: 0.65,
    pattern: `{S:L}(?: ${KIND})?,? (?:(?:is|was|remains) )?one of {O:CL}'s (?:[a-z-]+ |\\d+ ){0,3}?${KINDS}\\b`,
    objectNameBlock: WATER,
  }),
  // "X, an ethnic ⟦Hungarian⟧ region in Y", "X, a hilly district in the country's biggest Y
  // province", "X, a ⟦Himalayan⟧ district of the Y region": place:noun-in with a demonym or another
  // name among the apposition's words, or with the region qualified past the two words
  // place:in-qualified-region allows; a region (not a country) must carry its noun (round 43)
  onSurface({
    reason: 'place:noun-in-qualified',
    predicate: 'LOCATED_IN',
    confidence: 0.65,
    pattern: `{S:L}, (?:a|an) ${APPOSED_WORDS}${PLACE_NOUN} (?:in|of) (?:the )?(?:country['’]s |⟦\\d+[CcLl]⟧['’]s )?${LONG_QUALIFIERS}{O:CL}(?!['’]s)(?:(?<=[Cc]⟧)(?! ${KIND}\\b)|(?<=L⟧)(?= ${KIND}\\b))`,
    objectNameBlock: WATER,
  }),
  // "X, a ⟦Somali⟧ port town", "X, a remote ⟦Kenyan⟧ border village": a place described by a
  // country's demonym lies in that country; not "an ethnic ⟦Russian⟧ region in Y", whose place
  // after "in" says where it lies (round 43)
  onSurface({
    reason: 'place:demonym-kind-apposed',
    predicate: 'LOCATED_IN',
    confidence: 0.65,
    pattern: `{S:L}, (?:a|an) (?:[a-z-]+ ){0,2}?(?=⟦\\d+c⟧){O:C} (?:[a-z-]+ ){0,2}?${PLACE_NOUN}\\b(?! (?:in|of|on|inside|within)\\b)`,
  }),
  // "the X district of Y province", "the X area of the restive Y district": a place named with its
  // own noun inside a region named with its noun after "of"
  onSurface({
    reason: 'place:inner-of-region',
    predicate: 'LOCATED_IN',
    confidence: 0.7,
    pattern: `\\bthe ${DIRECTION}{S:L} (?:areas? |${KIND} )of (?:the )?${QUALIFIERS}{O:L}(?= (?:[a-z]+ )?${KIND}\\b)`,
    objectNameBlock: WATER,
  }),
  // "the X district of ⟦Borno State⟧": the same, the region's noun written inside its name
  onSurface({
    reason: 'place:inner-of-named-region',
    predicate: 'LOCATED_IN',
    confidence: 0.7,
    pattern: `\\bthe ${DIRECTION}{S:L} (?:areas? |${KIND} )of (?:the )?${QUALIFIERS}{O:L}`,
    objectName: REGION_NAMED,
  }),
  // "the town of Khan Younis, in southern Gaza", "the city of X -- in Y Province": the noun
  // makes X a place, so a Location may follow the comma or dash
  onSurface({
    reason: 'place:noun-of-in',
    predicate: 'LOCATED_IN',
    confidence: 0.7,
    // (not "Y's capital of X, in Z": the owner already says where X is, and "in Z" is the event's)
    pattern: `(?<!⟧'s (?:[a-z-]+ )?)\\b${KIND} of {S:L},? (?:[—–-]{1,2} )?in (?:the )?${DIRECTION}{O:CL}`,
    objectNameBlock: WATER,
  }),
  // "in X village, near the coastal town of Y, in Z region": the region holds both places
  onSurface({
    reason: 'place:near-in',
    predicate: 'LOCATED_IN',
    confidence: 0.7,
    pattern: `{S:L} ${KIND}, near ${ASIDE}, in (?:the )?${DIRECTION}{O:CL}(?= ${KIND}\\b)`,
    objectNameBlock: WATER,
  }),
  // "northern Israel, including the port city of Haifa"; "across Chile, including in X, Y and Z"
  onSurface({
    reason: 'place:including',
    predicate: 'LOCATED_IN',
    confidence: 0.7,
    pattern: `${DIRECTION}{O:CL}, including (?:in )?(?:the )?(?:[a-z-]+ ){0,3}?${KIND} of {S:L}`,
    objectNameBlock: WATER,
  }),
  onSurface({
    reason: 'place:including',
    predicate: 'LOCATED_IN',
    confidence: 0.7,
    pattern: `${DIRECTION}{O:C}, including in {S+:L}(?! ${KIND})`,
  }),
  // "across Y, including most recently in A and B states": an adverb of time or degree before
  // "in", and the list's own plural noun after it (round 25)
  onSurface({
    reason: 'place:including',
    predicate: 'LOCATED_IN',
    confidence: 0.65,
    pattern: `${DIRECTION}{O:C}, including (?:(?:most |more |very )?[a-z]+ly )?in {S+:L}(?=s? ${KINDS}\\b|s\\b)`,
  }),
  // "X is the most important city in northern Y", "X was one of the largest towns of Y", "X was
  // considered the capital of the group in Y"; not "X is a village of Y settlers", where the name
  // before a plural noun says who lives there (round 40)
  onSurface({
    reason: 'place:is-noun-in',
    predicate: 'LOCATED_IN',
    confidence: 0.7,
    pattern: `{S:L} (?:is|was) (?:(?:considered|regarded as|seen as) )?(?:the|a|an|one of the) (?:[a-z-]+ ){0,4}?${KIND} (?:of (?:the )?⟦\\d+O⟧ )?(?:in|of) (?:the )?${DIRECTION}{O:CL}(?!'s| (?!says\\b|remains\\b)[a-z]{3,}s\\b)`,
    objectNameBlock: WATER,
  }),
  // "In Syria, forces took the town of X": the opening place holds the town named after it
  onSurface({
    reason: 'place:opening-in',
    predicate: 'LOCATED_IN',
    confidence: 0.65,
    pattern: `^In {O:C}, ${ASIDE}\\bthe (?:[a-z-]+ )?${KIND} of {S:L}(?! in\\b|,? (?:[a-z]+ )?(?:of|near)\\b)`,
  }),
  // "In Y state, gunmen attacked the small town of X", "In Y province, militants took over four
  // towns including X": a region named with its noun opens the sentence and holds the town (round
  // 13); a bare place ("In Y, …") may be a city the town lies near, so the noun is needed
  onSurface({
    reason: 'place:opening-in-region',
    predicate: 'LOCATED_IN',
    confidence: 0.65,
    pattern: `^In {O:L} ${KIND}, ${ASIDE}\\b(?:the (?:[a-z-]+ )?${KIND} of|(?:[a-z]+ )?${KIND},? including) {S:L}(?! in\\b|,? (?:[a-z]+ )?(?:of|near)\\b)`,
  }),
  // "the X valley, Syria, and the Y province, Iraq": a list of places, each with its country
  onSurface({
    reason: 'place:comma-pairs',
    predicate: 'LOCATED_IN',
    confidence: 0.7,
    pattern: `{S:L}(?: ${KIND})?, {O:C},? and (?:the )?⟦\\d+L⟧(?: ${KIND})?, ⟦\\d+C⟧`,
  }),
  onSurface({
    reason: 'place:comma-pairs',
    predicate: 'LOCATED_IN',
    confidence: 0.7,
    pattern: `⟦\\d+L⟧(?: ${KIND})?, ⟦\\d+C⟧,? and (?:the )?{S:L}(?: ${KIND})?, {O:C}`,
  }),
  // "stormed X University College in Kenya": a facility is where it stands
  onSurface({
    reason: 'place:facility-in',
    predicate: 'LOCATED_IN',
    confidence: 0.7,
    pattern: `{S:O} in (?:the )?${DIRECTION}{O:CL}(?!'s)`,
    subjectName: FACILITY,
    objectNameBlock: WATER,
  }),
  // "the Idlib province of Syria", "the Donetsk region in eastern Ukraine"; not "the Gaza
  // Strip city of Rafah", where the place named after the noun is the smaller one
  onSurface({
    reason: 'place:region-of',
    predicate: 'LOCATED_IN',
    confidence: 0.7,
    // (not "X village in ⟦Y⟧'s ⟦Z⟧ district": the place is in the district, read below)
    // ("X governorate in the far northeastern corner of ⟦Y⟧": a part of Y told by its compass
    // point, round 23)
    pattern: `{S:L} ${PLACE_NOUN} (?:of (?:the )?${DIRECTION}(?=⟦\\d+[Cc]⟧)|in (?:the )?${DIRECTION}|${COMPASS_PART_OF}){O:CL}(?!'s ${DIRECTION}⟦\\d+L⟧ (?:[a-z]+ )?${KIND}\\b)`,
    objectNameBlock: WATER,
  }),
  // "the ⟦Tana Region⟧ of ⟦Kenya⟧", "⟦Z Province⟧ in the northern part of ⟦Kenya⟧": the same, the
  // region's noun written inside its name (round 23)
  onSurface({
    reason: 'place:region-of',
    predicate: 'LOCATED_IN',
    confidence: 0.7,
    pattern: `{S:L} (?:of (?:the )?${DIRECTION}|${COMPASS_PART_OF}){O:C}(?!'s)`,
    subjectName: REGION_NAMED,
  }),
  // "the ⟦Dembo District⟧ of ⟦Kasara State⟧": a named local unit of a region named with its kind
  // (round 30: the entity step now ends the unit's name before "of")
  onSurface({
    reason: 'place:region-of-region',
    predicate: 'LOCATED_IN',
    confidence: 0.7,
    pattern: `{S:L} of (?:the )?{O:L}(?!'s)`,
    subjectName: REGION_NAMED,
    objectName: REGION_NAMED,
  }),
  // "X village in Y's Z district": the region the possessive owns holds the place (round 18)
  onSurface({
    reason: 'place:in-possessed-region',
    predicate: 'LOCATED_IN',
    confidence: 0.7,
    pattern: `{S:L}(?: ${KIND})? in ⟦\\d+[CL]⟧'s ${DIRECTION}{O:L}(?= (?:[a-z]+ )?${KIND}\\b)`,
    objectNameBlock: WATER,
  }),
  // "X, a town in ⟦Y⟧'s ⟦Z Region⟧", "X is a village in ⟦Y⟧'s ⟦Z⟧ district": the place described by its
  // kind lies in the region the possessive owns (round 23; place:noun-in gives the country)
  onSurface({
    reason: 'place:kind-in-possessed-region',
    predicate: 'LOCATED_IN',
    confidence: 0.7,
    pattern: `{S:L}(?:,| (?:is|was)) (?:a|an|the) (?:[a-z-]+ ){0,3}?${KIND} in ⟦\\d+[CL]⟧'s ${DIRECTION}{O:L}(?= (?:[a-z]+ )?${KIND}\\b)`,
    objectNameBlock: WATER,
  }),
  onSurface({
    reason: 'place:kind-in-possessed-region',
    predicate: 'LOCATED_IN',
    confidence: 0.7,
    pattern: `{S:L}(?:,| (?:is|was)) (?:a|an|the) (?:[a-z-]+ ){0,3}?${KIND} in ⟦\\d+[CL]⟧'s ${DIRECTION}{O:L}`,
    objectName: REGION_NAMED,
  }),
  // "the town of X on ⟦Y Island⟧", "X, on the island of ⟦Y⟧": a place on an island lies in it
  onSurface({
    reason: 'place:on-island',
    predicate: 'LOCATED_IN',
    confidence: 0.7,
    pattern: `{S:L}(?: ${KIND})?,? on (?:the )?(?:${DIRECTION}(?:tip|coast|shore|part) of (?:the )?)?{O:L}`,
    objectName: /\bIsland$/,
  }),
  onSurface({
    reason: 'place:on-island',
    predicate: 'LOCATED_IN',
    confidence: 0.7,
    pattern: `{S:L}(?: ${KIND})?,? on the (?:[a-z-]+ ){0,2}?island of {O:CL}`,
  }),
  // "the port of X on ⟦Kenya⟧'s coast", "X, on ⟦Chile⟧'s northern coast": a country's coast holds it
  onSurface({
    reason: 'place:on-country-coast',
    predicate: 'LOCATED_IN',
    confidence: 0.7,
    pattern: `{S:L}(?: ${KIND})?,? (?:on|along) {O:C}'s (?:[a-z]+ )?(?:coast|coastline|shore)\\b`,
  }),
  // "the X hotel in Y", "the X royal palace in Y": a facility named before its lower-case noun
  // stands where it is (round 18; "X University College in Y", the noun in the name, is
  // place:facility-in)
  onSurface({
    reason: 'place:facility-noun-in',
    predicate: 'LOCATED_IN',
    confidence: 0.65,
    pattern: `{S:L} (?:[a-z]+ )?${FACILITY_NOUN} in (?:the )?${DIRECTION}{O:CL}(?!'s)`,
    objectNameBlock: WATER,
  }),
  // "Kharkiv, Ukraine's second-largest city"
  onSurface({
    reason: 'place:possessive-noun-after',
    predicate: 'LOCATED_IN',
    confidence: 0.75,
    // ("X, Honduras' second largest city": a name ending in s takes a bare apostrophe, round 22)
    pattern: `{S:L}, (?:the )?{O:CL}'s? (?:[a-z-]+ ){0,3}?${PLACE_NOUN}\\b`,
    objectNameBlock: WATER,
  }),
  // "⟦Chile⟧'s port of X", "⟦Chile⟧'s second city of X": the place is the owner's, as "X, ⟦Chile⟧'s
  // main port" is (round 22)
  onSurface({
    reason: 'place:possessive-noun-of',
    predicate: 'LOCATED_IN',
    confidence: 0.75,
    // "⟦X⟧'s twin city of Y", "its sister city of Y": a partner town lies elsewhere (round 32)
    pattern: `{O:CL}'s? (?!(?:[a-z-]+ ){0,3}?(?:twin|sister|neighbou?ring|rival)\\b)(?:[a-z-]+ ){0,3}?${PLACE_NOUN} of {S:L}`,
    objectNameBlock: WATER,
  }),
  // "X, in Y's north", "X, in the country's far northeast" ("the country" read by coreference):
  // a part of a country told by its compass point holds the place before it (round 16)
  onSurface({
    reason: 'place:in-part-of-country',
    predicate: 'LOCATED_IN',
    confidence: 0.7,
    pattern: `{S:L},? (?:in|inside) {O:C}'s (?:far )?${COMPASS}(?:ern)?(?:-?most)?(?![\\w-])(?! (?:[a-z-]+ ){0,2}⟦)`,
  }),
  // "Nao, in Y's northwest Bajur tribal district": the region named after the compass point holds it
  onSurface({
    reason: 'place:in-region-of-country',
    predicate: 'LOCATED_IN',
    confidence: 0.7,
    pattern: `{S:L},? (?:in|inside) ⟦\\d+C⟧'s ${DIRECTION}{O:L}(?= (?:[a-z-]+ )?${KIND}\\b)`,
    objectNameBlock: WATER,
  }),
  // "Conakry's Hamdallaye Mosque", "Y's X Hospital": a city's or region's facility stands in it
  onSurface({
    reason: 'place:possessive-facility-name',
    predicate: 'LOCATED_IN',
    confidence: 0.7,
    pattern: `{O:L}'s {S:OL}`,
    subjectName: FACILITY,
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
  // "Baghdad, Iraq" but not a list "Iraq, Syria and Yemen", nor "held in Paris, Japanese
  // officials …": after the comma a demonym starts the next phrase, it does not name a country;
  // a person after ", and" ends no list of places ("X, 48, of Lyon, France, and Y, 50, …"), but
  // one after a bare "and", or one that a list goes on past, is a place the lists took for a
  // person ("in X, Y, ⟦Z⟧ and W", "in X, Y and ⟦Z⟧" with Z typed a person: round 13); a list
  // goes on past an unknown capitalised name too ("the towns of X, Y and Zed Dol": round 21; "to
  // X, Y, Zed Dol and W": round 33), or past "and" to places it does not name ("in X, Y and
  // elsewhere": round 34)
  onSurface({
    reason: 'place:comma',
    predicate: 'LOCATED_IN',
    confidence: 0.75,
    // ("Once calm in the ⟦Sahel⟧, ⟦Burkina⟧ has suffered": a name opening its own clause; nor a
    // stretch of places "from X, Y up to Z", round 40; nor a list whose items say where they lie,
    // "in X, Y, Z in the east, and W", round 41; nor one whose items are nameless places or carry
    // an aside, "including X, Y, the airport area, Z, and W", "X, Y (nicknamed T), Z, and W", round 42;
    // nor a longer list whose items each carry an aside, "X, Y (in the west), Z (in the south), V, W
    // and U", nor a name that qualifies the speaker of the next phrase, "in X, Y army spokesman Z
    // said", round 44; nor a list whose last item has a word before it, "in X, Y and neighboring
    // Z", round 49)
    pattern: `(?<!⟧(?:,|,? and|,? or) (?:the )?){S:L}, (?!⟦\\d+[a-z]⟧){O:CL}(?!'|-| up to\\b|(?: and| or),|, (?:and |or )(?:the )?[A-Z]|,? (?:and |or )?(?:the )?⟦(?!\\d+P⟧)| (?:and|or) (?:⟦|[A-Z])| (?:and|or) (?:[a-z]+ ){1,2}⟦| (?:and|or) (?:elsewhere|other|others|several|many|nearby|surrounding)\\b|, ⟦\\d+P⟧,? (?:and |or )?(?:⟦\\d+[CL]⟧|[A-Z][a-z]+\\b)| ${SPEECH}\\b| ${NEXT_SPEAKER}| (?:has|have|had|is|was|were|will|would|can|could|must)\\b|(?: \\([^)]*\\))?, (?:(?:[A-Z][\\w'-]*|⟦\\d+[A-Za-z]⟧|the [a-z]+(?: [a-z]+)?)(?: in the (?:north|south|east|west|[a-z]+ern))?(?: \\((?:in|on) the [a-z -]+\\))?,? ){1,6}(?:and|or)\\b)`,
  }),
  // "in Kunar province, Afghanistan", "at X ranch, Y district", "in the X municipality, Y department":
  // a place written with its kind noun, a comma, then the region or country it lies in (round 27;
  // place:comma reads the name right before the comma only). Not a list that goes on past the
  // second ("X province, Y province and Z province"), nor a name opening the next clause ("in X
  // state, ⟦Y⟧'s military said", "X district, ⟦Y⟧ said").
  onSurface({
    reason: 'place:kind-comma',
    predicate: 'LOCATED_IN',
    confidence: 0.7,
    pattern: `(?<!⟧(?: ${KIND_AFTER})?(?:,|,? and|,? or) (?:the )?){S:L} ${KIND_AFTER}, (?!⟦\\d+[a-z]⟧){O:CL}(?!(?: ${KIND_AFTER})?(?:['’-]|,? (?:and|or)\\b|, (?:the )?⟦| ${SPEECH}\\b| (?:has|have|had|is|was|were|will|would|can|could|must)\\b))`,
    objectNameBlock: WATER,
  }),
  // "the city of X, Y, Z", "near X, Y Region, Z": a town, its region and its country written as a
  // chain, not a list (no "and" closes it, and the last is a country); each lies in the next
  // (round 23; "X, Z" alone is place:comma)
  onSurface({
    reason: 'place:chain',
    predicate: 'LOCATED_IN',
    confidence: 0.7,
    pattern: `${CHAIN_START}{S:L}, {O:L}, ⟦\\d+C⟧${CHAIN_END}`,
    objectNameBlock: WATER,
  }),
  onSurface({
    reason: 'place:chain',
    predicate: 'LOCATED_IN',
    confidence: 0.7,
    pattern: `${CHAIN_START}⟦\\d+L⟧, {S:L}, {O:C}${CHAIN_END}`,
    subjectNameBlock: WATER,
  }),
  onSurface({
    reason: 'place:capital-apposition',
    predicate: 'LOCATED_IN',
    confidence: 0.8,
    // "the Y state capital, X", "the Y regional capital, X": the region's noun or adjective;
    // "Y's capital of X", as "the city of X" names the city
    // "Y's winter capital X", "Y's commercial capital, X" (round 16)
    pattern: `{DET}{O:CL}(?:'s)? (?:${KIND} |regional |provincial |winter |summer |administrative |commercial |economic |former )?capital(?: city)?(?:,| of)? {S:L}`,
  }),
  // "X, the ⟦Y⟧ regional capital", "X, ⟦Y⟧'s commercial capital": the capital written after the
  // place it names (round 22); not "X, the ⟦Y⟧ capital's mayor"
  onSurface({
    reason: 'place:capital-apposition-after',
    predicate: 'LOCATED_IN',
    confidence: 0.75,
    pattern: `{S:L}, (?:the )?{O:CL}(?:'s?)? (?:${KIND} |regional |provincial |winter |summer |administrative |commercial |economic )?capital(?: city)?\\b(?!'|’| of\\b)`,
  }),
  // "in the capital, X", "near the capital X", "the southern capital, X": the capital of the
  // country the article is about, or of another country it names, only when the gazetteer knows X
  // as that country's capital (settled in ../../relations/national-titles.ts; round 14: not only
  // the dominant country's); with or without the comma (round 13: the round-8 convention reads
  // both, as b8 … b12 do)
  onSurface({
    reason: 'place:the-capital',
    predicate: 'LOCATED_IN',
    confidence: 0.75,
    objectFrom: 'dominant-country',
    pattern: `\\b[Tt]he (?:(?:southern|northern|eastern|western|nearby|national|federal) )?capital(?: city)?,? {S:L}`,
  }),
  // "the capital of X", "the nearby capital of X": the same, the city named after "of"
  onSurface({
    reason: 'place:the-capital-of',
    predicate: 'LOCATED_IN',
    confidence: 0.75,
    objectFrom: 'dominant-country',
    pattern: `\\b[Tt]he (?:nearby )?capital(?: city)? of {S:L}`,
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
    // not "Kuban and X, the western region of ⟦Tula⟧": "the region of" a place names that place
    // (a list goes on), where "a region of" or "the region of" a country says where X lies
    pattern: `{S:L},? (?!the (?:[a-z-]+ ){0,2}?(?:region|province|district|county|oblast|state) of (?:the )?${DIRECTION}⟦\\d+L⟧)(?:a|an|the) (?:[Cc]apital and )?(?:[a-z-]+ ){0,4}?${PLACE_NOUN} (?:in|of) (?:the )?${DIRECTION}{O:CL}`,
  }),
  onSurface({
    reason: 'place:in',
    predicate: 'LOCATED_IN',
    confidence: 0.6,
    pattern: `${NOT_LANDMARK}${NOT_A_NAMING}{S:L} in (?:the )?${DIRECTION}{O:CL}`,
  }),
  // "Bentiu in oil-rich Unity state", "X in the restive Y province": qualified, the region
  // must be named with its noun
  onSurface({
    reason: 'place:in-qualified-region',
    predicate: 'LOCATED_IN',
    confidence: 0.6,
    pattern: `${NOT_LANDMARK}{S:L} in (?:the )?${QUALIFIERS}{O:L}(?= (?:[a-z]+ )?${KIND}\\b)`,
    objectNameBlock: WATER,
  }),
];
