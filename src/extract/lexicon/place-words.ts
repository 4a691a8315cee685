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
