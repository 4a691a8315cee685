// Closed word classes the entity recogniser needs, all lower-cased. Plain data (STYLE.md §3).
import type { OrgCategory } from '../../model';

/** Capitalised words that never start or form a name on their own. */
export const FUNCTION_WORDS: ReadonlySet<string> = new Set([
  'the',
  'a',
  'an',
  'in',
  'on',
  'at',
  'of',
  'for',
  'and',
  'or',
  'but',
  'to',
  'from',
  'by',
  'with',
  'as',
  'if',
  'so',
  'then',
  'than',
  'that',
  'this',
  'these',
  'those',
  'there',
  'here',
  'when',
  'while',
  'where',
  'which',
  'who',
  'what',
  'why',
  'how',
  'after',
  'before',
  'since',
  'until',
  'during',
  'under',
  'over',
  'into',
  'about',
  'against',
  'between',
  'through',
  'also',
  'according',
  'although',
  'though',
  'because',
  'however',
  'meanwhile',
  // adverbs of time that open a sentence ("Later X said")
  'later',
  'earlier',
  'now',
  'separately',
  'subsequently',
  'previously',
  'afterwards',
  'overnight',
  'yet',
  'not',
  'no',
  'yes',
  'all',
  'any',
  'some',
  'each',
  'every',
  'both',
  'most',
  'many',
  'several',
  // counting words that open a sentence ("Multiple Xian ships …")
  'multiple',
  'numerous',
  'various',
  'dozens',
  'hundreds',
  'thousands',
  'other',
  'another',
  'such',
  'only',
  'just',
  'even',
  'still',
  'i',
  'he',
  'she',
  'it',
  'we',
  'they',
  'you',
  'me',
  'him',
  'her',
  'us',
  'them',
  'his',
  'its',
  'our',
  'their',
  'your',
  'my',
  'mine',
  'one',
  'two',
  'three',
  'today',
  'tonight',
  'yesterday',
  'tomorrow',
  'along',
  'amid',
  'among',
  'despite',
  'following',
  'given',
  'near',
  'without',
  'within',
  'across',
  // prepositions of place that open a sentence ("Outside Parliament, crowds chanted"): no name
  // starts with one (round 47)
  'outside',
  'inside',
  'beyond',
  'behind',
  'throughout',
  'around',
  'toward',
  'towards',
  'upon',
  'alongside',
  'beneath',
  'ladies',
  'gentlemen',
  'good',
  'thank',
  'thanks',
  'hi',
  'hello',
  'please',
  'well',
  'okay',
  'ok',
]);

/**
 * Last words of a minister's portfolio after "for", besides the title modifiers (titles.ts):
 * "Minister for Local Government", "Minister of State for Commerce and Industry".
 */
export const PORTFOLIO_WORDS: ReadonlySet<string> = new Set([
  'government',
  'industry',
  'control',
  'development',
  'cooperation',
  'relations',
  'planning',
  'resources',
  'services',
  'issues',
  'rights',
  'policy',
  'protection',
  'environment',
  'transport',
  'infrastructure',
  'tourism',
  'sport',
  'sports',
  'culture',
  'youth',
  'women',
  'europe',
  'asia',
  'africa',
  // "Minister of Foreign Affairs, Migration, Trade and Citizens Abroad X" (round 36)
  'migration',
  // "Under Secretary of the Treasury for Terrorism and Financial Intelligence X"
  'terrorism',
  'intelligence',
  // lists of portfolios: "Minister for Foreign Affairs, International Cooperation and Communities
  // X" (the diaspora), "Minister of Environment, Forests and Climate Change X"
  'communities',
  'international',
  'forests',
  'climate',
  'change',
  'worship',
  'commonwealth',
  'diaspora',
  'integration',
]);

/**
 * Nouns that introduce a company's name: "the telecom company Altrix", "chipmaker Volto",
 * "the carrier Skyra". A word ending in "maker" counts too ("test-maker", "automaker").
 */
export const COMPANY_NOUNS: ReadonlySet<string> = new Set([
  'company',
  'firm',
  'maker',
  'giant',
  'operator',
  'carrier',
  'lender',
  'retailer',
  'startup',
  'start-up',
  'conglomerate',
  'manufacturer',
  'producer',
  'insurer',
  'supplier',
  'developer',
  'brewer',
  'distiller',
  'miner',
  'refiner',
  'airline',
  'subsidiary',
  // "defense contractor X", "the consultancy X"
  'contractor',
  'consultancy',
]);

/** Nouns of a corporate deal whose parties are companies: "the merger of A and B". */
export const DEAL_NOUNS: ReadonlySet<string> = new Set([
  'merger',
  'acquisition',
  'takeover',
  'buyout',
  'purchase',
]);

/**
 * Words for peoples, creeds and movements: capitalised, but alone no actor ("Arab militias",
 * "an Islamist stronghold", "the Communist leadership", "Tuareg rebels").
 */
export const PEOPLE_AND_CREED_WORDS: ReadonlySet<string> = new Set([
  // a continent's adjective alone ("our African partners"): a region's people, not an actor
  'african',
  'africans',
  'european',
  'europeans',
  'asian',
  'asians',
  'arab',
  'arabs',
  'islamist',
  'islamists',
  'islamic',
  'jihadist',
  'jihadists',
  'salafist',
  'salafists',
  'salafi',
  'wahhabi',
  'communist',
  'communists',
  'marxist',
  'maoist',
  'maoists',
  'muslim',
  'muslims',
  // the older spelling, still in wire copy ("the largest Moslem rebel group")
  'moslem',
  'moslems',
  'christian',
  'christians',
  'jewish',
  'jews',
  'sunni',
  'sunnis',
  'shia',
  'shiite',
  'shiites',
  'tuareg',
  'tuaregs',
  'berber',
  'berbers',
  'pashtun',
  'pashtuns',
  'hutu',
  'hutus',
  'tutsi',
  'tutsis',
  'maasai',
  'masai',
  'kikuyu',
  'luo',
  'hindu',
  'hindus',
  'sikh',
  'sikhs',
  'buddhist',
  'buddhists',
  // peoples within a state ("Iraqi Kurdish forces" are the Kurds', not the state's)
  'kurd',
  'kurds',
  'kurdish',
  'druze',
  'alawite',
  'alawites',
  'yazidi',
  'yazidis',
  'hazara',
  'hazaras',
  'baloch',
  'basque',
  'basques',
  'uighur',
  'uighurs',
  'uyghur',
  'uyghurs',
  'western',
  'westerners',
]);

/**
 * Peoples named apart from a state of their name ("Kosovo Serb police", "Kanak leaders"): no
 * place's name before a noun for its police. Kept out of PEOPLE_AND_CREED_WORDS, whose
 * demonym rule (relations/peoples-demonyms.ts) would also silence "Bosnian" in "Bosnian Serb".
 */
export const PEOPLES_WITHOUT_STATE: ReadonlySet<string> = new Set([
  'serb',
  'serbs',
  'bosniak',
  'bosniaks',
  'kanak',
  'kanaks',
  'rohingya',
  'rohingyas',
  'sinhalese',
]);

/**
 * Lower-case nouns for armed fighters after their group's name ("Zorba rebels", "a Tamil Tiger
 * fighter", "Shabab militants"): see ../entities/armed-noun-after.ts and ../entities/gazetteer.ts.
 */
export const ARMED_FIGHTER_NOUNS: ReadonlySet<string> = new Set([
  'rebel',
  'rebels',
  'militant',
  'militants',
  'militia',
  'militias',
  'guerrilla',
  'guerrillas',
  'insurgent',
  'insurgents',
  'fighter',
  'fighters',
]);

/**
 * Peoples with armed movements of their own, whose word stands before "rebels" or "militants"
 * as a place's does ("Karen guerrillas", "Baluch insurgents", "Moro rebels"): no group's name
 * (see ../entities/armed-noun-after.ts). Peoples PEOPLE_AND_CREED_WORDS and the demonyms of
 * states already cover are not repeated here.
 */
export const ARMED_GROUP_PEOPLES: ReadonlySet<string> = new Set([
  'kachin',
  'karen',
  'karenni',
  'shan',
  'chin',
  'mon',
  'wa',
  'naga',
  'nagas',
  'bodo',
  'bodos',
  'rakhine',
  'arakanese',
  'rohingya',
  'tamil',
  'tamils',
  'baluch',
  'baluchi',
  'balochi',
  'oromo',
  'ogaden',
  'ogadeni',
  'afar',
  'amhara',
  'tigrayan',
  'tigrayans',
  'fulani',
  'peul',
  'dinka',
  'nuer',
  'zaghawa',
  'masalit',
  'ijaw',
  'ogoni',
  'igbo',
  'hausa',
  'yoruba',
  'moro',
  'chechen',
  'chechens',
  'abkhaz',
  'ossetian',
  'papuan',
  'acehnese',
  'lendu',
  'hema',
  'banyamulenge',
  'toubou',
  'tebu',
  'sahrawi',
  'kokang',
  'palaung',
  'lisu',
  'bangsamoro',
  'lumad',
  'mapuche',
  'miskito',
  'kashmiri',
  'kashmiris',
  'sindhi',
  'pashtun',
  'uzbek',
  'tajik',
  'turkmen',
  'azeri',
  'armenian',
  'kurmanji',
  'assyrian',
  'casamance',
  'cabindan',
  'anglophone',
  'francophone',
]);

/** Days of the week: never a surname ("met Ana Ruiz Sunday"). */
export const WEEKDAYS: ReadonlySet<string> = new Set([
  'monday',
  'tuesday',
  'wednesday',
  'thursday',
  'friday',
  'saturday',
  'sunday',
]);

/** Months' short forms that are also first names when no period follows ("Jan Pronk", "Mar Roxas"). */
export const MONTH_SHORT_FORMS: ReadonlySet<string> = new Set(['jan', 'mar', 'jun', 'may']);

/**
 * Words a number follows to name a part of a text, a class or a run of things, no actor: "Section
 * 8", "Article 5", "Category 4", "Flight 17", "Phase 2" (entities/emit.ts keeps the number in
 * other names: "Kanal 13", round 47).
 */
export const NUMBERED_PARTS: ReadonlySet<string> = new Set(
  (
    'section sections article articles chapter title category class type grade level phase stage ' +
    'round flight studio channel resolution paragraph clause annex protocol point item page room ' +
    'floor line model version number no vol volume series season episode part step week day year ' +
    'apollo windows covid'
  ).split(' '),
);

/** Days, months and other calendar words: capitalised, never entities. */
export const CALENDAR_WORDS: ReadonlySet<string> = new Set([
  ...WEEKDAYS,
  'january',
  'february',
  'march',
  'april',
  'may',
  'june',
  'july',
  'august',
  'september',
  'october',
  'november',
  'december',
  'jan',
  'feb',
  'mar',
  'apr',
  'jun',
  'jul',
  'aug',
  'sep',
  'sept',
  'oct',
  'nov',
  'dec',
  'christmas',
  'easter',
  'ramadan',
  'eid',
  'new year',
  'spring',
  'summer',
  'autumn',
  'fall',
  'winter',
]);

/**
 * Recorded matter that "shows" or is "posted", capitalised at a sentence's start: "Footage posted
 * online showed …", "Video released by X shows …" names no speaker (round 21).
 */
export const RECORDED_MATTER: ReadonlySet<string> = new Set([
  'footage',
  'video',
  'videos',
  'imagery',
  'images',
  'photos',
  'photographs',
  'pictures',
  'recordings',
  'audio',
]);

/** Nouns after a place name that make it the name of a document or event, not the place. */
export const DOCUMENT_HEADS: ReadonlySet<string> = new Set([
  'agreement',
  'agreements',
  'accord',
  'accords',
  'declaration',
  'protocol',
  'protocols',
  'treaty',
  'convention',
  'format',
  'process',
  'talks',
  'doctrine',
  'communique',
  'memorandum',
  'charter',
  'war',
  'prize',
  'award',
  'games',
  'cup',
  'olympics',
  'championship',
  'festival',
  'operation',
]);

/**
 * Last words of a named law, order or programme ("the Sherman Act", "Executive Order 13224",
 * "General License 8", "National Defense Program"): the name is a document's, no actor's.
 * Only as the last capitalised word; lower case after a name ("Russian law") they say nothing.
 */
export const NAMED_DOCUMENT_ENDS: ReadonlySet<string> = new Set([
  'act',
  'order',
  'license',
  'licence',
  'program',
  'programme',
  'initiative',
  'resolution',
  'directive',
  'guidelines',
  // "the Export Administration Regulations": a body of rules, not the body that wrote them
  'regulations',
]);

/**
 * Chambers English names with "the" ("the Duma", "the Knesset"): written bare after "in" or
 * "near", the word is a town's name ("a depot in Duma"). Not "Congress" or "Parliament", which
 * English writes bare ("a vote in Congress").
 */
export const CHAMBERS_WITH_THE: ReadonlySet<string> = new Set([
  'duma',
  'knesset',
  'majlis',
  'rada',
  'bundestag',
  'sejm',
]);

/**
 * Nouns after a seat that make it the body housed there: "a Pentagon news conference", "told
 * Pentagon reporters", "the Kremlin press office". A building holds no briefings of its own.
 */
export const SEAT_PRESS_NOUNS: ReadonlySet<string> = new Set([
  'press',
  'news',
  'briefing',
  'briefings',
  'reporters',
  'correspondents',
  'officials',
  'statement',
  'spokesman',
  'spokeswoman',
  'spokesperson',
]);

/**
 * A city's own administration after a capital's possessive: "Kyiv's military administration",
 * "Kabul's municipal authorities", "Moscow's city council". The qualifier, then the body's
 * noun: the city's government, not the state's, so the capital stays the place.
 */
export const CITY_ADMINISTRATION_QUALIFIERS: ReadonlySet<string> = new Set([
  'city',
  'municipal',
  'local',
  'regional',
  'military',
]);
export const CITY_ADMINISTRATION_NOUNS: ReadonlySet<string> = new Set([
  'authorities',
  'administration',
  'council',
  'mayor',
]);

/** Nouns after "Beijing's" that make the capital stand for its government. */
export const GOVERNMENT_NOUNS: ReadonlySet<string> = new Set([
  'claims',
  'claim',
  'government',
  'policy',
  'policies',
  'decision',
  'position',
  'stance',
  'support',
  'response',
  'move',
  'moves',
  'demands',
  'demand',
  'efforts',
  'plan',
  'plans',
  'ally',
  'allies',
  'relations',
  'ties',
  'request',
  'approval',
  'objections',
  'refusal',
  'backing',
  'warning',
  'offer',
  'proposal',
  'sanctions',
  'officials',
  'envoy',
  'ambassador',
  'military',
  'forces',
  'troops',
  'leaders',
  'leadership',
  'threats',
  'aggression',
  'actions',
  'influence',
  'interests',
  'strategy',
  'intentions',
  'program',
  'programs',
  'missile',
  'missiles',
  'programme',
  'programmes',
  'rule',
  'nuclear',
  'ability',
  'effort',
  'attempt',
  'bid',
  'push',
  'pressure',
  // "Seoul's foreign ministry said": a capital's ministry or spokesperson is its state's.
  'ministry',
  'ministries',
  'spokesman',
  'spokeswoman',
  'spokesperson',
  // "an Israeli strike on Tehran's consulate in Damascus": a capital's missions abroad are its state's.
  'embassy',
  'embassies',
  'consulate',
  'consulates',
  'mission',
  'diplomats',
]);

/** Verbs after a capital that make it stand for its government ("Washington said"). */
export const GOVERNMENT_VERBS: ReadonlySet<string> = new Set([
  'fired',
  'fires',
  'tested',
  'tests',
  'deployed',
  'deploys',
  'seized',
  'attacked',
  'shelled',
  'bombed',
  'invaded',
  'annexed',
  'recalled',
  'suspended',
  'halted',
  'blocked',
  'banned',
  'detained',
  'arrested',
  'confirmed',
  'confirms',
  'argued',
  'argues',
  'said',
  'says',
  'say',
  'announced',
  'announces',
  'denied',
  'denies',
  'rejected',
  'rejects',
  'accused',
  'accuses',
  'condemned',
  'condemns',
  'warned',
  'warns',
  'insisted',
  'insists',
  'claimed',
  'claims',
  'responded',
  'responds',
  'retaliated',
  'vowed',
  'vows',
  'threatened',
  'threatens',
  'demanded',
  'demands',
  'urged',
  'urges',
  'wants',
  'believes',
  'blamed',
  'blames',
  'criticized',
  'criticised',
  'criticizes',
  'approved',
  'agreed',
  'agrees',
  'refused',
  'refuses',
  'signed',
  'imposed',
  'imposes',
  'sanctioned',
  'recognized',
  'recognizes',
  'considers',
  'sees',
  'backs',
  'backed',
  'supports',
  'supported',
  'opposes',
  'opposed',
  'struck',
  'strikes',
  'launched',
  'launches',
  'sent',
  'sends',
  'expelled',
  'summoned',
  'protested',
  'welcomed',
  'welcomes',
  'hopes',
  'fears',
  'denounced',
  'denounces',
  'ordered',
  'orders',
  'called',
  'calls',
  'declared',
  'declares',
  'stated',
  'states',
  'respond',
  'retaliate',
  'pledged',
  'pledges',
  'promised',
  'promises',
  'offered',
  'offers',
  'proposed',
  'proposes',
  'vetoed',
  'vetoes',
  'signalled',
  'signaled',
  'insist',
  'deny',
  'reject',
  'accuse',
  'condemn',
  'warn',
  'agree',
  'approve',
  'plans',
  'planned',
  'intends',
  'acknowledged',
  'acknowledges',
  'dismissed',
  'dismisses',
  'slammed',
  'slams',
  'praised',
  'praises',
  'pressed',
  'pushed',
  'sought',
  'seeks',
  'negotiated',
  'joined',
  'withdrew',
  'withdraws',
  'lifted',
  'eased',
  'tightened',
  'restricted',
  'allowed',
  'authorized',
  'authorised',
  'clashed',
  'stood',
  'stands',
  'voiced',
  'expressed',
  'lodged',
  'filed',
]);

/** Nouns before "with <capital>" that make it a government ("talks with Tehran", "fighting between Yerevan and Baku"). */
export const PARTNER_NOUNS: ReadonlySet<string> = new Set(
  'talks negotiations relations ties dialogue deal agreement accord dispute tensions standoff rift truce ceasefire hostilities fighting clashes war conflict'.split(
    ' ',
  ),
);

/** Verbs whose object, when a capital, is its government ("warned Washington"). */
export const GOVERNMENT_OBJECT_VERBS: ReadonlySet<string> = new Set(
  'warned warns urged urges accused accuses condemned condemns criticized criticised blamed blames sanctioned threatened threatens pressed pressured backed supported opposed defied rebuked offered offers offering'.split(
    ' ',
  ),
);

/** Measures a state takes against another, whose target after "on"/"against", when a capital, is its government ("sanctions on Tehran"). */
export const MEASURES_AGAINST_A_STATE: ReadonlySet<string> = new Set(
  'sanctions embargo embargoes tariffs pressure restrictions'.split(' '),
);

/** Auxiliaries that may stand between a capital and its verb ("Washington has said"). */
export const AUXILIARIES: ReadonlySet<string> = new Set([
  'has',
  'have',
  'had',
  'will',
  'would',
  'is',
  'was',
  'also',
  'again',
  'already',
  'did',
  'does',
  'then',
  'quickly',
  'repeatedly',
  'strongly',
  'not',
  'never',
]);

/** Words before a capital that make it stand for its government ("the government in Beijing"). */
export const GOVERNMENT_BEFORE: ReadonlySet<string> = new Set([
  'government',
  'regime',
  'leadership',
  'authorities',
  'administration',
]);

/** Prepositions that put a following unknown name in a place ("civilians in Rafah"). */
export const LOCATIVE_PREPOSITIONS: ReadonlySet<string> = new Set([
  'in',
  'near',
  'outside',
  'inside',
  'across',
  'around',
  'from',
  'into',
  'toward',
  'towards',
]);

/** Verbs whose object is a place ("entered Abu Kamal", "the army recaptured Tal Afar"). */
export const PLACE_VERBS: ReadonlySet<string> = new Set(
  'entered enter enters reached reach reaches recaptured recapture captured shelled besieged encircled surrounded evacuated visited visit visits'.split(
    ' ',
  ),
);

/** Verbs of movement before "to": "fled to El Geneina" (but "spoke to Abu Bakr"). */
export const MOTION_VERBS: ReadonlySet<string> = new Set(
  'fled flee flees moved returned return travelled traveled travel went headed retreated withdrew withdrawn advanced deployed redeployed displaced relocated evacuated flown driven marched'.split(
    ' ',
  ),
);

/** Nouns after "the … of" that introduce a place name ("the port city of Hodeida"). */
export const PLACE_NOUNS: ReadonlySet<string> = new Set([
  'city',
  'town',
  'village',
  'port',
  'capital',
  'province',
  'region',
  'district',
  'governorate',
  'state',
  'county',
  'island',
  'islands',
  'area',
  'neighbourhood',
  'neighborhood',
  'suburb',
  'camp',
  'enclave',
  'territory',
  'municipality',
  'prefecture',
  'oblast',
  'outskirts',
  'streets',
  'base',
  // "the rebel stronghold of X"
  'stronghold',
]);

/**
 * Words of sanction after a name joined by its dash: "U.S.-sanctioned", "EU-designated" name the
 * body that sanctions (round 42; the modifier rules and the frames' sanction reasons read them).
 */
export const SANCTION_MODIFIERS: readonly string[] = ['sanctioned', 'designated', 'blacklisted'];

/** Suffixes of "X-backed"-style modifiers: the X part names an entity. */
export const MODIFIER_SUFFIXES: ReadonlySet<string> = new Set([
  'backed',
  'led',
  'run',
  'sponsored',
  'aligned',
  'affiliated',
  'allied',
  'funded',
  'supported',
  'controlled',
  'held',
  'based',
  'linked',
  'related',
  'born',
  'made',
  'owned',
  'operated',
  'friendly',
  'armed',
  'trained',
  'installed',
  'brokered',
  'mediated',
  'bound',
  'flagged',
  'registered',
  'style',
  'era',
  'centric',
  'focused',
  'inspired',
  'occupied',
  'annexed',
  'administered',
  'dominated',
  'connected',
  'oriented',
  // "U.S.-sanctioned", "EU-designated": the body that sanctions (round 42)
  ...SANCTION_MODIFIERS,
  'bashing',
  'area',
  'wide',
]);

/**
 * Suffixes that make the named part an agent ("Moscow-backed", "Kremlin-run"): a capital or seat
 * there stands for its government. The others place or date ("Paris-based", "Cairo-born").
 */
export const AGENT_SUFFIXES: ReadonlySet<string> = new Set(
  'backed led run sponsored aligned affiliated allied funded supported controlled owned operated friendly armed trained installed brokered mediated inspired administered dominated'.split(
    ' ',
  ),
);

/** Prefixes of "pro-X"-style modifiers. */
export const MODIFIER_PREFIXES: ReadonlySet<string> = new Set([
  'pro',
  'anti',
  'non',
  'post',
  'pre',
  'ex',
  'one',
  'all',
  'trans',
  'pan',
  'cross',
  'inter',
]);

/** "The group", "the militia": nouns that refer back to the last named group. */
export const GROUP_ANAPHORS: ReadonlySet<string> = new Set([
  'group',
  'militia',
  'movement',
  'organization',
  'organisation',
  'faction',
]);

/** Lower-case particles inside personal names ("Omar bin Nasser", "Jaafar al-Husseini"). */
export const NAME_PARTICLES: ReadonlySet<string> = new Set([
  'bin',
  'ibn',
  'bint',
  'al',
  'el',
  'de',
  'da',
  'di',
  'del',
  'van',
  'von',
  'der',
  'du',
  'la',
  'le',
  'y',
  'den',
  // Kalenjin "son of": "Daniel arap Moi"
  'arap',
  // Chewa and Swahili "of": "Bingu wa Mutharika" (round 47)
  'wa',
  // Portuguese "of the": "José Eduardo dos Santos", "Ana das Neves" (round 48, fresh news)
  'dos',
  'das',
]);

/** Languages: "speaking in Arabic" names no place. */
export const LANGUAGES: ReadonlySet<string> = new Set(
  'arabic english hebrew persian farsi urdu hindi mandarin cantonese swahili pashto dari kurdish turkish french spanish portuguese german italian russian ukrainian chinese japanese korean burmese malay tagalog amharic somali hausa yoruba tamil bengali punjabi latin greek'.split(
    ' ',
  ),
);

/** Byline words: "Reporting by John Smith; Editing by Jane Doe" names the newsroom, not the news. */
export const BYLINE_WORDS: ReadonlySet<string> = new Set([
  'reporting',
  'editing',
  'writing',
  'reported',
  'edited',
  'written',
  'compiled',
  'photo',
  'photograph',
]);

/** First words of names that are events, not actors: "Operation Prosperity Guardian". */
export const EVENT_STARTS: ReadonlySet<string> = new Set(['operation', 'exercise', 'battle', 'siege']);

/** Nouns before a storm's name ("Hurricane Matthew", "hurricanes Katrina and Rita"): a storm is no actor. */
export const STORM_NOUNS: ReadonlySet<string> = new Set(
  'hurricane hurricanes typhoon typhoons cyclone cyclones storm storms'.split(' '),
);

/** Nouns after a leader's name: "the Biden administration", "the Modi government" (so no place). */
export const LEADER_NOUNS: ReadonlySet<string> = new Set([
  'administration',
  'presidency',
  'premiership',
  'cabinet',
]);

/**
 * Verbs whose object is a person when it is an unknown name: "met Wang Yi", "thanked Ana Ruiz"
 * (states and groups met are known names; places are met "in"; a company charged or fined is
 * named with its legal form).
 */
export const PERSON_OBJECT_VERBS: ReadonlySet<string> = new Set([
  'met',
  'meets',
  'meet',
  'telephoned',
  'phoned',
  'thanked',
  'congratulated',
  'hosted',
  'succeeded',
  'replaced',
  'appointed',
  'nominated',
  // "Police arrested Kyaw Zeya Htun", "sentenced Ana Ruiz": what is arrested, tried or abducted is
  // a person (names no given-name list holds: Burmese, Somali, Vietnamese …)
  'arrested',
  'detained',
  'jailed',
  'imprisoned',
  'sentenced',
  'indicted',
  'pardoned',
  'extradited',
  'assassinated',
  'kidnapped',
  'abducted',
]);

/**
 * Legal designations written like names ("its designation as a Foreign Terrorist Organization
 * (FTO)"): a status given to an actor, not an actor. Whole names, lower case.
 */
export const DESIGNATIONS: ReadonlySet<string> = new Set([
  'foreign terrorist organization',
  'foreign terrorist organizations',
  'specially designated global terrorist',
  'specially designated global terrorists',
  'specially designated national',
  'specially designated nationals',
  'state sponsor of terrorism',
  'state sponsors of terrorism',
]);

/**
 * People of a country or body who do not speak for it: meeting "Indian expats" or "Turkish
 * community leaders" is no dealing with India or Turkey. Lower case, as written after the name.
 */
export const PRIVATE_PEOPLE_NOUNS: readonly string[] = [
  'expats',
  'expatriates',
  'diaspora',
  'community',
  'communities',
  'students',
  'workers',
  'businessmen',
  'businesswomen',
  'business',
  'entrepreneurs',
  'investors',
  'people',
  'citizens',
  'nationals',
  'residents',
  'tourists',
  'pilgrims',
  'journalists',
  'reporters',
  'families',
  'villagers',
  'refugees',
  'hostages',
  'captives',
  'migrants',
  'immigrants',
  'fans',
  'voters',
  'youth',
  'women',
  'children',
  'scholars',
  'academics',
  'artists',
  'athletes',
  'hackers',
  'individuals',
  'men',
  'suspects',
  'defendants',
  'smugglers',
  'traders',
  'man',
  'woman',
];

/**
 * The private people a sanction on "Xian ⟦noun⟧" does not lay on the state: all of the above but
 * "individuals", which a sanctions release counts among a state's targets ("19 Xian individuals and
 * five entities", frames/sanctioned-states.ts TARGET_GROUPS, round 23).
 */
export const PRIVATE_PEOPLE_NOT_SANCTION_TARGETS: readonly string[] = PRIVATE_PEOPLE_NOUNS.filter(
  (n) => n !== 'individuals',
);

/**
 * Nouns for a person that no agent ending marks, written just before a name: "her Japanese
 * counterpart Taro Kono", "his wife Ana", "presidential candidate Ana Ruiz", "Protester Ana Ruiz".
 */
export const PERSON_NOUNS: ReadonlySet<string> = new Set(
  (
    'counterpart colleague envoy successor predecessor rival aide wife husband son daughter widow ' +
    'candidate nominee detainee hostage captive suspect victim refugee veteran cousin nephew niece ' +
    'brother sister mother father uncle member protester demonstrator supporter resident student ' +
    'lawmaker legislator'
  ).split(' '),
);

/**
 * Verbs whose subject is a person, right after unknown capitalised words: "Raji Falhout leads a
 * gang", "Ana Ruiz met the envoy", "Ana Ruiz recused himself". A place or a body is not written so.
 */
export const PERSON_SUBJECT_VERBS: ReadonlySet<string> = new Set([
  'met',
  'meets',
  'leads',
  'heads',
  'resigned',
  'recused',
  'visited',
  'thanked',
  'pleaded',
  'confessed',
  'testified',
  'died',
  'fled',
  'married',
  'replied',
]);

/**
 * Participles after "was" or "is" that only a person undergoes: "Khaldoun Hamieh was identified
 * as the driver", "Ana Ruiz was sentenced". A town may be "captured" or "attacked", not these.
 */
export const PERSON_PASSIVE_VERBS: ReadonlySet<string> = new Set([
  'identified',
  'arrested',
  'detained',
  'born',
  'elected',
  'appointed',
  'sentenced',
  'convicted',
  'indicted',
  'acquitted',
  'extradited',
  'jailed',
  'imprisoned',
  'kidnapped',
  'abducted',
  'wounded',
  'injured',
  'sworn',
]);

/**
 * Royal and religious titles that news keeps with the name they precede, as the name the person
 * is known by: "King Abdullah", "Emir Tamim", "Mullah Omar". The titled form is an alias of the
 * person read from the bare name (gold files write either).
 */
export const NAME_KEEPING_TITLES: ReadonlySet<string> = new Set([
  'king',
  'queen',
  'prince',
  'princess',
  'emir',
  'sultan',
  'sheikh',
  'mullah',
  'pope',
  'ayatollah',
]);

/**
 * Religious honorifics that are also words inside a Muslim name, as a father's or clan's name
 * ("Abdirahman Sheik Mohamud", "Sidi Ould Cheikh Abdallahi", "Mohamed Haji Yusuf"): after a
 * given name they are no title before the rest.
 */
export const HONORIFICS_INSIDE_NAMES: ReadonlySet<string> = new Set([
  'sheikh',
  'sheik',
  'shaikh',
  'cheikh',
  'haji',
  'hajji',
  'mullah',
  'mulla',
  'hafiz',
]);

/**
 * Conditions a government declares, capitalised after "State of": "a State of Emergency", "the
 * State of Siege". With them, "State of" opens no place's name.
 */
export const DECLARED_CONDITIONS: ReadonlySet<string> = new Set([
  'emergency',
  'siege',
  'alert',
  'calamity',
  'disaster',
  'exception',
  'war',
]);

/** First words of an observance's name ending in "Day": "International Anti-Corruption Day". */
export const OBSERVANCE_OPENERS: ReadonlySet<string> = new Set([
  'international',
  'world',
  'national',
  'global',
  'independence',
  'victory',
  'memorial',
  'remembrance',
  'armistice',
  'labor',
  'labour',
]);

/**
 * Words before an event noun that put the event still to come: "ahead of a summit between X and
 * Y", "on the eve of talks", "in the run-up to the meeting", and the means or plan of one ("a
 * mechanism for discussions between X and Y", "a roadmap for talks"). Read by both engines.
 */
export const AWAITING_PHRASES: readonly string[] = [
  'ahead of',
  'eve of',
  'run-up to',
  'runup to',
  'advance of',
  'mechanism for',
  'framework for',
  'roadmap for',
  'proposal for',
  'plan for',
  'plans for',
];

/**
 * Nouns of a claim another makes, which a denial rejects with what follows "that": "rejected claims
 * that …", "denied reports that …" (round 28). Singular; both engines read the plural too
 * (frames/groups.ts, relations/apply-rules.ts).
 */
export const CLAIM_NOUNS: readonly string[] = [
  'claim',
  'report',
  'allegation',
  'accusation',
  'suggestion',
  'assertion',
];

/**
 * What an owner holds that is struck only in words or by measures: "attacked X's financial
 * network (by imposing sanctions)", "attacked X's policies", "attacked X's credibility" strike no
 * blow on X (fresh news, round 35). Lower case, as written after the owner's possessive.
 */
export const ABSTRACT_HOLDINGS: ReadonlySet<string> = new Set([
  'financial',
  'finances',
  'funding',
  'funds',
  'money',
  'revenue',
  'revenues',
  'economy',
  'economic',
  'business',
  'businesses',
  'assets',
  'credibility',
  'reputation',
  'record',
  'policy',
  'policies',
  'claims',
  'narrative',
  'propaganda',
  'legitimacy',
  'image',
]);

/**
 * Counts that open a headline or a sentence before a name ("Six Xian militants killed", "Five
 * Yist fighters attacked …"): never the first word of a name, though they may end one ("Ginbot
 * Seven"), so only a name's start is checked (round 40, fresh news).
 */
export const COUNT_WORDS: ReadonlySet<string> = new Set([
  'four',
  'five',
  'six',
  'seven',
  'eight',
  'nine',
  'ten',
  'eleven',
  'twelve',
  'fifteen',
  'twenty',
  'thirty',
  'forty',
  'fifty',
]);

/**
 * Lower-case nouns for a body that, written beside an acronym no list knows, say the acronym
 * names such a body ("the XLF rebel group", "the country's vote board, XVC,", "the army
 * (XPA)"), with the category each gives (entities/acronym-kind.ts, round 40). A rebel's or
 * separatist's word before the noun makes the group an armed one.
 */
export const ACRONYM_KIND_NOUNS: ReadonlyMap<string, OrgCategory> = new Map<string, OrgCategory>([
  ['group', 'other'],
  ['movement', 'other'],
  ['organization', 'other'],
  ['organisation', 'other'],
  ['faction', 'other'],
  ['front', 'other'],
  ['coalition', 'other'],
  ['alliance', 'other'],
  ['mission', 'international'],
  ['militia', 'armed_group'],
  ['party', 'political'],
  ['army', 'military'],
  ['agency', 'government'],
  ['service', 'government'],
  ['board', 'government'],
  ['commission', 'government'],
  ['council', 'government'],
  ['radio', 'media'],
  ['broadcaster', 'media'],
  // a body's people after it ("the XFOR troops", "XTA members", "XLF fighters"): only a body has
  // them (round 49, fresh news: a peace force and a separatist group named by initials alone)
  ['troops', 'military'],
  ['soldiers', 'military'],
  ['peacekeepers', 'international'],
  ['fighters', 'armed_group'],
  ['militants', 'armed_group'],
  ['rebels', 'armed_group'],
  ['guerrillas', 'armed_group'],
  ['insurgents', 'armed_group'],
  ['members', 'other'],
]);

/**
 * A creed's or an ideology's word whose armed movement news names by the word alone, in the
 * plural ("the Xists attacked") or before a plural noun for fighters ("Xist rebels"), where the
 * movement's own name is seldom written (entities/ideology-fighters.ts, round 40). Other creed
 * words ("Islamist militants", "Tuareg rebels") name many groups and stay common words.
 */
export const IDEOLOGY_MOVEMENT_WORDS: ReadonlySet<string> = new Set(['maoist', 'maoists']);

/**
 * Words of a political leaning that news capitalises before a league's noun ("the Leftist
 * alliance", "the Socialist bloc"): they describe the league, they do not name it (round 49, fresh
 * news). Entities/unknown-words.ts reads no league's name from them alone.
 */
export const LEANING_WORDS: ReadonlySet<string> = new Set(
  `leftist rightist left right socialist communist nationalist islamist marxist leninist centrist
   populist conservative liberal progressive unionist loyalist royalist monarchist secular`.split(/\s+/),
);

/** Plural nouns for fighters after such a word: "Xist rebels", "Xist cadres". */
export const FIGHTER_PLURALS: ReadonlySet<string> = new Set([
  'rebels',
  'guerrillas',
  'insurgents',
  'fighters',
  'militants',
  'cadres',
]);

/** Adjectives of need before "that": "it is urgent that …" opens a wish, no fact (round 40). */
export const NEED_ADJECTIVES: ReadonlySet<string> = new Set(
  'urgent necessary essential vital imperative crucial important critical paramount'.split(' '),
);

/**
 * Endings of English abstract nouns and adjectives that no person's name ends on: "National
 * Security", "Security Dialogues", "Explosive Devices" (round 44). Not "-ence" (Florence,
 * Lawrence, Terence), "-ive" (Clive) or "-ic" (Slavic surnames); not "-tion" or "-sion" either,
 * which end a body's head ("Fraud Section", "Mission") that other readers, relations among
 * them, still take from the span as it is read now.
 */
export const ABSTRACT_NOUN_ENDINGS: readonly string[] = [
  'ity',
  'ment',
  'ism',
  'ical',
  'ogue',
  'ogues',
  'ices',
  'ship',
  'ness',
  'ology',
];
