// Head words that classify a capitalised name not found in any gazetteer:
// "… Ministry" is a government organisation, "… Strait" a place. Lower-cased.
import type { OrgCategory } from '../../model';

/** Last word of an organisation's name → its category. */
export const ORG_HEADS: ReadonlyMap<string, OrgCategory> = new Map<string, OrgCategory>([
  // armed forces
  ...(
    [
      'army',
      'navy',
      'force',
      'forces',
      'command',
      'corps',
      'guard',
      'guards',
      'marines',
      'fleet',
      'battalion',
      'regiment',
      'division',
      'squadron',
      'military',
      'airforce',
    ] as const
  ).map((w) => [w, 'military'] as [string, OrgCategory]),
  // armed groups
  ...(
    [
      'militia',
      'militias',
      'brigade',
      'brigades',
      'cartel',
      'cartels',
      'mobilization',
      'mobilisation',
      'jihad',
      'resistance',
      'rebels',
      'insurgents',
      'mujahideen',
      'taliban',
    ] as const
  ).map((w) => [w, 'armed_group'] as [string, OrgCategory]),
  // state bodies
  ...(
    [
      'ministry',
      'department',
      'office',
      'agency',
      'commission',
      'council',
      'cabinet',
      'parliament',
      'senate',
      'assembly',
      'court',
      'administration',
      'authority',
      'police',
      'service',
      'services',
      'bureau',
      'secretariat',
      'embassy',
      'consulate',
      'government',
      'tribunal',
      'directorate',
      'inspectorate',
      'prosecutor',
      'judiciary',
      'legislature',
      'duma',
      'knesset',
      'majlis',
    ] as const
  ).map((w) => [w, 'government'] as [string, OrgCategory]),
  // parties and movements
  ...(
    [
      'party',
      'congress',
      'league',
      'front',
      'movement',
      'bloc',
      'caucus',
      'alliance',
      'rally',
      'brotherhood',
      // Tamil and Hindi words for a party or front: "Dravida Munnetra Kazhagam", "Jharkhand Mukti Morcha"
      'kazhagam',
      'morcha',
    ] as const
  ).map((w) => [w, 'political'] as [string, OrgCategory]),
  // companies
  ...(
    [
      'company',
      'inc',
      'inc.',
      'corp',
      'corp.',
      'corporation',
      'ltd',
      'ltd.',
      'llc',
      'plc',
      'holdings',
      'airlines',
      'airways',
      'motors',
      'technologies',
      'industries',
      'bank',
      'group',
      'energy',
      'petroleum',
      'oil',
      'systems',
      'pharmaceuticals',
      'enterprises',
      'partners',
      // "Northvale Mining", "Kestrel Advisory", "Orlan Consulting": a trade's noun ends a firm's name
      'mining',
      'advisory',
      'consulting',
      'consultancy',
      // "Mahan Air", "Qeshm Fars Air": an airline's name ends in "Air" ("Air Force", "Air Base"
      // end in their own heads)
      'air',
    ] as const
  ).map((w) => [w, 'company'] as [string, OrgCategory]),
  // media
  ...(
    [
      'news',
      'times',
      'post',
      'journal',
      'broadcasting',
      'television',
      'tv',
      'radio',
      'press',
      'herald',
      'tribune',
      'gazette',
      'observer',
      'telegraph',
      'guardian',
      'network',
      'magazine',
      'newspaper',
      'media',
      'daily',
    ] as const
  ).map((w) => [w, 'media'] as [string, OrgCategory]),
  // other bodies
  ...(
    [
      'board',
      'committee',
      // "Resistance Committees", "Local Coordination Committees": bodies named in the plural
      'committees',
      'foundation',
      'institute',
      'university',
      'college',
      'association',
      'federation',
      'union',
      'coalition',
      'society',
      'center',
      'centre',
      'church',
      'club',
      'fund',
      'organization',
      'organisation',
      'programme',
      'program',
      'mission',
      'initiative',
      'academy',
      'school',
      'hospital',
      'trust',
      'charity',
      'institution',
      'observatory',
      'watch',
      // "Insight Crime", "Borderland Crime": a research outlet named for its field
      'crime',
      'crescent',
      'cross',
      'unit',
      'team',
      'panel',
      'taskforce',
    ] as const
  ).map((w) => [w, 'other'] as [string, OrgCategory]),
]);

/**
 * Kinds of crime: "Transnational Organized Crime", "Financial Crime" name a field of law, not a
 * body, though "crime" ends an outlet's name ("Insight Crime").
 */
export const CRIME_KIND_WORDS: ReadonlySet<string> = new Set([
  'organized',
  'organised',
  'transnational',
  'violent',
  'war',
  'financial',
  'economic',
  'cyber',
  'serious',
  'environmental',
  'wildlife',
  'hate',
  'white-collar',
]);

/**
 * Fields of law and administration: a "Division" named for one is a department's unit, not an
 * army's ("the Justice Department's Antitrust Division", "the Tax Division", "the National
 * Security Division"), while "the 15th Division" or "the Hamza Division" stays military.
 */
export const CIVIL_DIVISION_WORDS: ReadonlySet<string> = new Set([
  'antitrust',
  'tax',
  'criminal',
  'civil',
  'counterintelligence',
  'security',
  'fraud',
  'enforcement',
  'rights',
  'environment',
  'consumer',
  'competition',
  'compliance',
]);
/** Words that mark a non-state army ("Kachin Liberation Army", "Free Syrian Army"). */
export const INSURGENT_WORDS: ReadonlySet<string> = new Set([
  'liberation',
  'independence',
  'revolutionary',
  'free',
  'republican',
  'resistance',
  'rebel',
  'islamic',
  'salvation',
  // (not "Self Defence Force": classify.ts)
  'defence',
  'mujahideen',
  'popular',
  'patriotic',
  'democratic',
]);

/**
 * "Citizens Coalition for Change", "Movement for Democratic Change", "Alliance for Democracy": a
 * league's name that runs on "for" a political aim is a party's. The heads, and the aims' words.
 */
export const LEAGUE_HEADS: ReadonlySet<string> = new Set([
  'coalition',
  'alliance',
  'movement',
  'front',
  'union',
  'congress',
  'rally',
  'convention',
]);
export const POLITICAL_AIMS: ReadonlySet<string> = new Set([
  'change',
  'democracy',
  'democratic',
  'progress',
  'progressive',
  'reform',
  'reforms',
  'renewal',
]);

/** Last word of a place's name ("Bering Strait", "Ramstein Air Base", "Golden Gate Bridge"). */
export const LOCATION_HEADS: ReadonlySet<string> = new Set([
  'sea',
  'gulf',
  'strait',
  'straits',
  'ocean',
  'bay',
  'river',
  'lake',
  'island',
  'islands',
  'peninsula',
  'mountains',
  'mountain',
  'mount',
  'hills',
  'valley',
  'desert',
  'province',
  'state',
  'region',
  'district',
  'governorate',
  'county',
  'prefecture',
  'oblast',
  'township',
  'city',
  'airbase',
  'base',
  'bridge',
  'port',
  'airport',
  'square',
  'street',
  'avenue',
  'road',
  'highway',
  'camp',
  'canal',
  'plateau',
  'heights',
  'crossing',
  'dam',
  'prison',
  'palace',
  'park',
  'airfield',
  'coast',
  'plain',
  'plains',
  'basin',
  'delta',
  'pass',
  'corridor',
  'zone',
  'territory',
  'territories',
  'refinery',
  'stadium',
  'mosque',
  'hotel',
  'cathedral',
  'harbor',
  'harbour',
  'pier',
  'terminal',
  'station',
  'plant',
  'reactor',
  'facility',
  'complex',
  'compound',
  'checkpoint',
  'border',
  'frontier',
  'strip',
  'archipelago',
  'cape',
  'channel',
  'lagoon',
  'reef',
  'glacier',
  'forest',
  'jungle',
  'steppe',
  'oasis',
  'quarter',
  'neighborhood',
  'neighbourhood',
  'village',
  'town',
  'municipality',
  'capital',
  'continent',
  'subcontinent',
]);

/** First words of "X of Y" place names ("Gulf of Aden", "Port of Mombasa"). */
export const LOCATION_OF_HEADS: ReadonlySet<string> = new Set([
  'gulf',
  'port',
  'strait',
  'straits',
  'sea',
  'bay',
  'isle',
  'island',
  'islands',
  'province',
  'city',
  'state',
  'cape',
  'lake',
  'mount',
  'county',
  'region',
  'district',
  'governorate',
  'horn',
  'bight',
]);

/**
 * First words of Arabic (and Arabic-script) place names that make the name a place on their
 * own: cape, gate, valley, mountain, monastery, village, hill, spring, well, caravanserai,
 * bay ("Ras Lanuf", "Bab al-Hawa", "Wadi Halfa", "Khan Sheikhoun", "Sharm el-Sheikh").
 */
export const PLACE_PREFIXES: ReadonlySet<string> = new Set(
  'ras bab wadi jabal jebel deir dayr kafr tal tel umm um beit bayt ain ein bir khan sharm marsa qasr dar'.split(
    ' ',
  ),
);

/**
 * Articles and kunyas that begin place names and personal names alike ("El Obeid", "Al Qaim",
 * "Abu Kamal" but "Abu Mohammed al-Julani", "Al Gore"): a place only in a place's context.
 */
export const ARTICLE_PREFIXES: ReadonlySet<string> = new Set(
  'el al ad as ar an ash at az ed es abu'.split(' '),
);

/** Legal-form words after a company's name ("Microsoft Corp", "Shell plc"): the same company. */
export const CORPORATE_SUFFIXES: ReadonlySet<string> = new Set(
  'corp corporation inc incorporated ltd limited plc llc llp lp co sa ag nv se holdings holding holdco gmbh kg bv spa srl sarl asa oyj pte pty'.split(
    ' ',
  ),
);

/** Place words news writes with a number as a name: "Tower 22", "Camp 7", "Route 60". */
export const NUMBERED_HEADS: ReadonlySet<string> = new Set([
  'tower',
  'camp',
  'base',
  'outpost',
  'checkpoint',
  'gate',
  'route',
  'highway',
  'sector',
  'block',
  'terminal',
  'pier',
  'station',
  'zone',
  'hangar',
]);

/**
 * A force's unit words news writes with a cardinal after them as the unit's name: "ZLA Battalion
 * 26", "Rebel Brigade 55", "Squadron 12". The number belongs to the name (round 29).
 */
export const NUMBERED_UNIT_HEADS: ReadonlySet<string> = new Set([
  'battalion',
  'brigade',
  'regiment',
  'squadron',
  'company',
  'platoon',
]);

/**
 * Heads of Urdu, Persian and Pashto group names joined to the rest by the izafe "-e-"/"-i-"
 * ("Lashkar-e-…" army of …, "Tehreek-e-…" movement of …, "Hizb-i-…" party of …): the word
 * itself says an organisation, whatever follows (entities/izafe-name.ts).
 */
export const IZAFE_HEADS: ReadonlyMap<string, OrgCategory> = new Map<string, OrgCategory>([
  ['lashkar', 'armed_group'],
  ['jaish', 'armed_group'],
  ['sipah', 'armed_group'],
  ['harkat', 'armed_group'],
  ['harakat', 'armed_group'],
  ['tehrik', 'political'],
  ['tehreek', 'political'],
  ['tahrik', 'political'],
  ['hizb', 'political'],
  ['jamaat', 'political'],
  ['jamiat', 'political'],
  ['majlis', 'political'],
  ['tanzeem', 'political'],
]);

/**
 * Arabic words for a body that open a group's name written without the izafe ("Jaish al-Adl"
 * army of justice, "Kataib Sayyid al-Shuhada" battalions of …, "Jamaa Nusrat al-Islam" group of
 * …, "Ansar al-Islam" supporters of …): a capitalised name that opens with one and goes on is an
 * organisation, not a person's name (entities/izafe-name.ts). Keys are lower case without
 * apostrophes ("Kata'ib", "Kait'ib", "Asa'ib"). `particle`: only before "al-…"/"el …" (Fatah is a
 * party's name of its own; "Fatah al-Islam" another group).
 */
export const ARABIC_GROUP_HEADS: ReadonlyMap<string, { category: OrgCategory; particle?: boolean }> = new Map<
  string,
  { category: OrgCategory; particle?: boolean }
>([
  ...[
    'jaish',
    'jaysh',
    'kataib',
    'kaitib',
    'kataeb',
    'katibat',
    'katiba',
    'asaib',
    'saraya',
    'liwa',
    'ansar',
    'jabhat',
    'jabha',
  ].map((w): [string, { category: OrgCategory }] => [w, { category: 'armed_group' }]),
  // "Ahlu Sunna Wal Jamaa" people of …
  ...['jamaa', 'jamaah', 'jamaat', 'harakat', 'haraka', 'hizb', 'tanzim', 'ahlu', 'ahl'].map(
    (w): [string, { category: OrgCategory }] => [w, { category: 'political' }],
  ),
  ...['fatah', 'fateh'].map((w): [string, { category: OrgCategory; particle: boolean }] => [
    w,
    { category: 'armed_group', particle: true },
  ]),
]);

/**
 * Plural nouns that end the name of a unit or office ("Defence Media Operations", "Public Affairs")
 * and never a person's name, though they are not heads that make a name an organisation.
 */
export const UNIT_TAILS: ReadonlySet<string> = new Set([
  'operations',
  'affairs',
  'communications',
  'logistics',
]);

/**
 * Words that say what a team does ("Disaster Assistance Response Team"): a team named only by them
 * is no actor of its own (entities/classify.ts), as the gold conventions of round 10 read it; a
 * task force is none whatever its name.
 */
export const UNIT_FUNCTION_WORDS: ReadonlySet<string> = new Set(
  (
    'joint combined task force team unit disaster assistance response rapid emergency search rescue ' +
    'crisis support relief medical humanitarian reaction expeditionary urban special security ' +
    'investigation investigative incident management action advance assessment survey recovery'
  ).split(' '),
);

/**
 * French head words that open a body's name ("Agence d'Information du Burkina", "Mouvement pour la
 * Libération du Congo", "Conseil National de Transition"), with the kind of body each names;
 * lower case, accents dropped as `normalize` drops them.
 */
export const FRENCH_ORG_HEADS: ReadonlyMap<string, OrgCategory> = new Map<string, OrgCategory>([
  ...(
    [
      'parti',
      'mouvement',
      'rassemblement',
      'union',
      'alliance',
      'coalition',
      'convergence',
      'front',
      'congres',
      'convention',
      'plateforme',
      'collectif',
    ] as const
  ).map((w) => [w, 'political'] as const),
  ...(['ministere', 'assemblee', 'cour', 'tribunal', 'gouvernement', 'direction'] as const).map(
    (w) => [w, 'government'] as const,
  ),
  ...(
    [
      'agence',
      'conseil',
      'comite',
      'commission',
      'association',
      'federation',
      'confederation',
      'syndicat',
      'organisation',
      'coordination',
      'institut',
      'societe',
      'compagnie',
      'banque',
    ] as const
  ).map((w) => [w, 'other'] as const),
]);

/** French words that join the parts of a body's name: "de", "du", "des", "de la", "pour", "et". */
export const FRENCH_NAME_JOINERS: ReadonlySet<string> = new Set(
  'de du des la le les pour et au aux en sur'.split(' '),
);

/**
 * Words that end the name of an event, never a person's: "the General Election in X" is no
 * General called Election, "the Presidential Summit" no President called Summit.
 */
export const EVENT_HEADS: ReadonlySet<string> = new Set([
  'election',
  'elections',
  'poll',
  'polls',
  'referendum',
  'vote',
  'summit',
  'ministerial',
  'debate',
  'strike',
  'offensive',
  'campaign',
  // "the 41st Ordinary Session of the Council" (round 45, fresh news; not "sessions": Jeff Sessions)
  'session',
  'meeting',
  'conference',
]);

/**
 * Verbs that name a body for its purpose, written capitalised after "to": "the Global Coalition
 * to Defeat X", "the Committee to Protect Journalists", "the Campaign to Stop Y" (round 47).
 */
export const PURPOSE_VERBS: ReadonlySet<string> = new Set([
  'defeat',
  'counter',
  'combat',
  'fight',
  'end',
  'stop',
  'prevent',
  'protect',
  'defend',
  'save',
  'free',
  'liberate',
  'support',
  'promote',
  'restore',
  'rebuild',
  'preserve',
  'eliminate',
  'eradicate',
  'abolish',
  'ban',
]);

/** A state's missions abroad, named for the place they sit in ("the U.S. Embassy in Baghdad"). */
export const DIPLOMATIC_MISSIONS: ReadonlySet<string> = new Set(['embassy', 'consulate']);

/**
 * Heads of a body named for what it works on: "the X Network on Burma", "the Commission on
 * Human Rights", "the Senate Committee on Foreign Relations". The name runs on over "on".
 */
export const ON_TOPIC_HEADS: ReadonlySet<string> = new Set([
  'network',
  'committee',
  'subcommittee',
  'commission',
  'council',
  'coalition',
  'campaign',
  'panel',
  'forum',
  'centre',
  'center',
  'institute',
  'initiative',
]);

/** Words that make a "network" a broadcaster's ("Al Kalor Media Network"), not a body's. */
export const BROADCAST_WORDS: ReadonlySet<string> = new Set([
  'news',
  'media',
  'broadcasting',
  'television',
  'tv',
  'radio',
  'cable',
  'satellite',
]);
