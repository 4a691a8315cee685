// Words the place rules (../rules/relations/place-rules.ts) read around named places. Data, not
// names: a new noun for a kind of place or facility is a record here.

/** Nouns for a kind of place, as in "the port city of X", "X village", "the state community of X". */
export const PLACE_KIND_NOUNS: readonly string[] = [
  'city',
  'town',
  'village',
  'hamlet',
  'community',
  'province',
  'region',
  'oblast',
  'port',
  'district',
  'subdistrict',
  'governorate',
  'state',
  'area',
  'camp',
  'capital',
  'neighborhood',
  'neighbourhood',
  'island',
  'county',
  'prefecture',
  'municipality',
  'enclave',
  'territory',
  'suburb',
  'valley',
  'settlement',
  // round 23
  'township',
  'commune',
  'locality',
  'sector',
];

/**
 * Head words of a facility's name: "X University College in Kenya" is a place in Kenya, while
 * "X Front in Kenya" is a group active there, which says nothing of where it is.
 */
export const FACILITY_HEADS: readonly string[] = [
  'college',
  'university',
  'school',
  'academy',
  'hospital',
  'clinic',
  'airport',
  'airbase',
  'stadium',
  'prison',
  'hotel',
  'mosque',
  'church',
  'cathedral',
  'temple',
  'synagogue',
  'mall',
  'market',
  'refinery',
  'dam',
  'reactor',
];

/**
 * Nouns that make the unknown name before them a place: "Swabi district", "Borno state",
 * "in Kunar and Nuristan provinces". Not "camp" ("the Trump camp") nor "community", which
 * follow people and creeds as often.
 */
export const PLACE_NOUNS_AFTER_NAME: ReadonlySet<string> = new Set(
  [
    'city',
    'town',
    'village',
    'province',
    'region',
    'district',
    'subdistrict',
    'governorate',
    'state',
    'county',
    'prefecture',
    'municipality',
    'oblast',
    'valley',
    'neighborhood',
    'neighbourhood',
    'suburb',
    'area',
  ].flatMap((w) => [w, w.endsWith('y') ? `${w.slice(0, -1)}ies` : `${w}s`]),
);

/**
 * Prefixes of ships' names (navies' and merchant: "USS Carney", "HMS Diamond", "MV Rubymar"):
 * a ship is a Location in the ontology, the target of an attack or the place of an event.
 */
export const SHIP_PREFIXES: ReadonlySet<string> = new Set([
  'USS',
  'USNS',
  'HMS',
  'HMAS',
  'HMCS',
  'HMNZS',
  'INS',
  'RFS',
  'MV',
  'M/V',
  'MT',
  'M/T',
  'RV',
]);

/**
 * Nouns for a ship, as an apposition names one ("the Mason, a US destroyer"): a ship is a
 * Location, as with SHIP_PREFIXES.
 */
export const VESSEL_NOUNS: ReadonlySet<string> = new Set([
  'ship',
  'warship',
  'destroyer',
  'frigate',
  'cruiser',
  'corvette',
  'submarine',
  'vessel',
  'tanker',
  'freighter',
  'carrier',
  'bulker',
  'trawler',
]);

/**
 * Nouns of a facility that make the unknown name before them a place, also past one or two
 * lower-case words: "the Parchin military site", "its Yongbyon nuclear reactor".
 */
export const FACILITY_NOUNS_AFTER_NAME: ReadonlySet<string> = new Set([
  'site',
  'base',
  'facility',
  'complex',
  'plant',
  'reactor',
  'airfield',
  'airbase',
  'airport',
  'compound',
  'refinery',
  'dam',
  'prison',
  'mine',
  // round 18: "the X hotel in Y", "the X royal palace"
  'hotel',
  'palace',
]);

/**
 * Lower-case nouns that make one place's name with the unknown name before them: news writes
 * "the X bridge", "in X square", "X market" for a landmark whose own name is X plus the noun,
 * and a name nobody lists alone ("X") is the landmark's. Not "base", "district" or "temple",
 * which news writes after a place named on its own ("the Y base" of a town Y).
 */
export const LANDMARK_NOUNS_AFTER_NAME: ReadonlySet<string> = new Set([
  'bridge',
  'square',
  'stadium',
  'delta',
  'market',
  'mosque',
  'church',
  'cathedral',
  'synagogue',
  'shrine',
  // round 19: "the X airbase", "X island": an airfield or an island named on its own (a town's
  // base is "the X base", and stays the town's)
  'airbase',
  'airfield',
  'island',
  // round 29: "the X desert", "the X prison", "the X dam", "the X royal palace": a ground or a
  // building named by its noun (b8, b16, b24, b26). Not "valley": news writes "the X valley" of a
  // district named X on its own as often as of a valley so named (b26 and tr disagree).
  'desert',
  'prison',
  'jail',
  'dam',
  'palace',
]);

/**
 * Lower-case words between a landmark's name and its noun that stay in the name: "the X royal
 * palace", "the X presidential palace" (round 29).
 */
export const LANDMARK_NOUN_MODIFIERS: ReadonlyMap<string, string> = new Map([
  ['royal', 'palace'],
  ['presidential', 'palace'],
]);

/** The nouns of a region that news writes as part of its name: "Borno State", "Helmand Province". */
export const REGION_KIND_NAMES = [
  'State',
  'Province',
  'Region',
  'District',
  'County',
  'Governorate',
  'Oblast',
  'Prefecture',
  // a Nigerian local government area: "Maro LGA of Kasara State" (round 30)
  'LGA',
];
/** A name that ends on one of those nouns: a region, written with its kind. */
export const REGION_NAMED = new RegExp(`\\b(?:${REGION_KIND_NAMES.join('|')})$`);

/** The eight points of the compass, as words: "west of Bannu", "the Northwest". */
export const COMPASS_POINTS: readonly string[] = [
  'north',
  'south',
  'east',
  'west',
  'northeast',
  'northwest',
  'southeast',
  'southwest',
];

/** Compass adjectives, written capitalised before a place ("Southern", "North-eastern") or in a name. */
export const COMPASS_ADJECTIVES: ReadonlySet<string> = new Set([
  'northern',
  'southern',
  'eastern',
  'western',
  'northeastern',
  'northwestern',
  'southeastern',
  'southwestern',
]);

/**
 * Kinds of place that open their name in English: "Lake Chad", "Mount Kenya", "Camp Boiro",
 * "(Naval) Base X". The whole name is one place, also when the rest is a country's ("Lake Chad"
 * is no mention of Chad) or a person's ("Camp Ana Ruiz", named for one).
 */
export const PLACE_KINDS_BEFORE_NAME: ReadonlySet<string> = new Set([
  'lake',
  'mount',
  'mt.',
  'mt',
  'camp',
  'base',
]);

/**
 * Nouns of a place that make the unknown name before them a place only past a lower-case
 * modifier: "the Jabalya refugee camp", "the Kora border district" (a bare "camp" follows people
 * too: "the Trump camp").
 */
export const PLACE_NOUNS_AFTER_MODIFIER: ReadonlySet<string> = new Set(['camp', 'camps']);

/**
 * Words that say who a camp shelters, between a camp's name and "camp": "the X displaced persons'
 * camp", "the X IDP camp", "the X internally displaced people's camp".
 */
export const CAMP_MODIFIERS: ReadonlySet<string> = new Set([
  'displaced',
  'internally',
  'persons',
  'people',
  'displacement',
  'idp',
  'idps',
  'refugee',
  'refugees',
]);

/** Offices whose seat is named after them ("Prime Minister House"); not "Field Office". */
export const SEATED_OFFICES: ReadonlySet<string> = new Set([
  'minister',
  'president',
  'pm',
  'premier',
  'chancellor',
  'governor',
  'mayor',
  'king',
  'emir',
  'speaker',
]);

/**
 * Nouns for the seat of an office, written right after its title: "the Prime Minister House",
 * "PM House", "the President Office". The title and the noun name a building (a place) or the
 * office's staff (a government body), never a person called "House".
 */
export const OFFICE_SEAT_NOUNS: ReadonlyMap<string, 'Location' | 'Organization'> = new Map([
  ['house', 'Location'],
  ['palace', 'Location'],
  ['residence', 'Location'],
  ['office', 'Organization'],
  ['secretariat', 'Organization'],
]);

/**
 * Lower-case nouns of a force kept by a place, written after the place's name: "the Paktia police
 * chief", "X police said". An unknown word before them is the place the force serves.
 */
export const LOCAL_FORCE_NOUNS: ReadonlySet<string> = new Set(['police', 'policemen', 'policeman']);

/**
 * People told by where they are ("Police in X said", "Residents in X told …"): the name after
 * their "in" is where they are, even right before a verb of saying.
 */
export const PEOPLE_IN_A_PLACE: ReadonlySet<string> = new Set([
  'police',
  'officials',
  'authorities',
  'residents',
  'witnesses',
  'villagers',
  'doctors',
  'medics',
  'activists',
  'sources',
  'journalists',
  'reporters',
  'people',
  'elders',
  'rescuers',
  'officers',
  'troops',
  'soldiers',
  // round 29: one of them, "a government spokesman in X told reporters"
  'spokesman',
  'spokeswoman',
  'spokesperson',
  'official',
]);

/**
 * Kinds of region by rank, for where a place lies when its sentence does not say
 * (../relations/region-context.ts): a place lies in a region of a lower number, never in one of
 * its own rank. "Gunmen attacked a checkpoint in X province. … overran the Y district center":
 * a district (2) told after its province (1) lies in it; "Z village" (3) after "Y district" in Y.
 */
export const REGION_RANKS: Readonly<Record<string, number>> = {
  province: 1,
  state: 1,
  region: 1,
  governorate: 1,
  oblast: 1,
  prefecture: 1,
  district: 2,
  county: 2,
  municipality: 2,
  subdistrict: 3,
  town: 3,
  village: 3,
  hamlet: 3,
  community: 3,
};

/** Adjectives of a region's kind before "capital": "the provincial capital, X" is the province's. */
export const REGION_ADJECTIVES: Readonly<Record<string, string>> = {
  state: 'state',
  provincial: 'province',
  regional: 'region',
  district: 'district',
  county: 'county',
};

/** The people who live in a place, written before "of" and its name: "the residents of X". */
export const DWELLER_NOUNS: readonly string[] = ['residents', 'inhabitants', 'villagers'];

/** Seas and oceans news names without their noun ("the Mediterranean"): no state holds them. */
export const OPEN_WATER_NAMES = [
  'Mediterranean',
  'Caribbean',
  'Baltic',
  'Adriatic',
  'Aegean',
  'Atlantic',
  'Pacific',
  'Arctic',
];
