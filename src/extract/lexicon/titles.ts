// Titles before names ("Defense Secretary Lloyd Austin", "Gen. …", "Prime Minister …").
// A title phrase is a run of TITLE_WORDS and TITLE_MODIFIERS (and "of" + modifier, as in
// "Secretary of Defense") that contains at least one TITLE_WORD. Lower-cased.

/** Words that make a phrase a title on their own. */
export const TITLE_WORDS: ReadonlySet<string> = new Set([
  'president',
  'president-elect',
  'vice-president',
  'premier',
  'minister',
  'secretary',
  'spokesperson',
  'spokesman',
  'spokeswoman',
  'general',
  'gen.',
  'gen',
  'lt.',
  'lieutenant',
  'colonel',
  'col.',
  'major',
  'maj.',
  'captain',
  'capt.',
  'admiral',
  'adm.',
  // a navy's or coast guard's rank between captain and rear admiral (round 20, fresh news)
  'commodore',
  'cdre.',
  'commander',
  'cmdr.',
  'sergeant',
  'sgt.',
  'brigadier',
  'brig.',
  'chairman',
  'chairwoman',
  'chair',
  'chairperson',
  'director',
  'ambassador',
  'envoy',
  'king',
  'queen',
  'prince',
  'princess',
  'sheikh',
  'sheik',
  'emir',
  'ayatollah',
  'senator',
  'sen.',
  'representative',
  'rep.',
  // "opposition MP Ana Ruiz": a member of parliament's title, not a first name
  'mp',
  'mep',
  // South Asian and wire shorthand before a name: "PM Narendra Modi", "FM Wang Yi", "EAM S
  // Jaishankar", "CM X" (chief minister), "MLA X", "DGP X" (police chief), "NSA X" (security adviser)
  'pm',
  'fm',
  'eam',
  'cm',
  'mla',
  'dgp',
  'igp',
  'nsa',
  // South Asian police ranks before a name: "SSP X" (senior superintendent), "DSP X", "SHO X"
  // (station house officer) (round 44, fresh news). Not "DIG": lower-cased it is a verb
  // ("workers dig Tunnels" would make a person)
  'ssp',
  'dsp',
  'sho',
  'congressman',
  'congresswoman',
  'governor',
  'gov.',
  'mayor',
  'speaker',
  'leader',
  'pope',
  'judge',
  'justice',
  'chancellor',
  'mr.',
  'mrs.',
  'ms.',
  'miss',
  'dr.',
  'prof.',
  'professor',
  'sir',
  'dame',
  'lord',
  'lady',
  'chief',
  'head',
  'officer',
  'official',
  'attorney',
  // "Special Counsel X", "the Special Counsel's Office"
  'counsel',
  // "⟦X⟧'s Heads of State and Government A and B": a plural title, no place's name (round 36)
  'heads',
  // "the Attorneys General of Arizona and Ohio": the states' officers, not a place's name
  'attorneys',
  // "Presidents A and B met", "Foreign Ministers A of X and B of Y": a title that two names
  // share, not part of the first name (round 48, fresh news)
  'presidents',
  'ministers',
  'correspondent',
  // "EU Chief Observer X": the head of an election-observation mission
  'observer',
  'reporter',
  'editor',
  'analyst',
  'founder',
  'ceo',
  'cfo',
  'coo',
  'imam',
  // a state's chief jurist of Islamic law: "Grand Mufti X"
  'mufti',
  'cleric',
  'rabbi',
  'bishop',
  'cardinal',
  'archbishop',
  'marshal',
  'field',
  'private',
  'pvt.',
  'corporal',
  'cpl.',
  'coordinator',
  // "Chargé d'Affaires X" (round 25): the head of a mission while there is no ambassador
  'chargé',
  'adviser',
  'advisor',
  'counselor',
  'counsellor',
  'deputy',
  'commissioner',
  'councillor',
  'councilor',
  'inspector',
  'superintendent',
  'detective',
  // their abbreviations in police ranks: "Chief Comr. A", "Insp. Gen. A", "Supt. A" (round 49)
  'comr.',
  'commr.',
  'insp.',
  'supt.',
  'det.',
  'cdr.',
  'cmdt.',
  'sultan',
  'crown',
  'mullah',
  'secretary-general',
  'under-secretary',
  'undersecretary',
  'monarch',
  'dictator',
  'strongman',
  'executive',
  'director-general',
  'administrator',
  'caliph',
  'tsar',
  'czar',
  'ombudsman',
  'registrar',
  'auditor',
  'treasurer',
  'comptroller',
  'chieftain',
  'warlord',
  // "Chief Negotiator Ana Ruiz", "Special Agent in Charge Ana Ruiz", "Chief Prosecutor Ana Ruiz",
  // "the Joint Chief Mediator, Ana Ruiz"
  'negotiator',
  'mediator',
  'agent',
  'charge',
  'prosecutor',
]);

/** Words that qualify a title ("Deputy", "Defense", "Foreign", "Press"). */
export const TITLE_MODIFIERS: ReadonlySet<string> = new Set([
  // portfolios of a minister's title ("Public Safety Minister X", "Housing Minister Y")
  ...'safety works housing immigration mines science welfare veterans emergency planning culture sports youth family social industry development infrastructure'.split(
    ' ',
  ),
  'deputy',
  'vice',
  // "Grand Mufti X", "Grand Imam X", "Grand Ayatollah X": the senior holder of a religious title
  'grand',
  'acting',
  'former',
  'senior',
  'assistant',
  'associate',
  'executive',
  'chief',
  'foreign',
  'defense',
  'defence',
  // portfolios: "Oil Minister …", "Mining Minister …"
  'oil',
  'petroleum',
  'mining',
  'water',
  'fisheries',
  'tourism',
  'interior',
  'economy',
  'economic',
  'finance',
  'justice',
  'health',
  'press',
  'electoral',
  'supreme',
  'military',
  'national',
  'security',
  'state',
  'labor',
  'labour',
  'trade',
  'energy',
  'education',
  'affairs',
  'home',
  'prime',
  'first',
  'second',
  'lieutenant',
  'general',
  'major',
  'brigadier',
  'rear',
  'fleet',
  'field',
  'top',
  'lead',
  'principal',
  'special',
  // "Chief U.S. District Judge Ana Ruiz", "Circuit Judge Tom Bell": a judge's court
  'district',
  'circuit',
  'presidential',
  'house',
  'senate',
  'majority',
  'minority',
  'opposition',
  'party',
  'army',
  'navy',
  'police',
  'intelligence',
  'information',
  'communications',
  'public',
  'environment',
  'agriculture',
  'transport',
  'transportation',
  'treasury',
  'commerce',
  'war',
  'staff',
  'joint',
  'chiefs',
  'crown',
  'in',
  'high',
  'regional',
  'central',
  'federal',
  'provincial',
  'local',
  'chief-of-staff',
  'new',
  'outgoing',
  'incoming',
  'interim',
  'caretaker',
  'exiled',
  'late',
  'ousted',
  'de',
  'facto',
  'democratic',
  'republican',
  'conservative',
  'liberal',
  'socialist',
  'green',
  'independent',
  'managing',
  'operating',
  'financial',
  'technology',
  'policy',
  'aviation',
  'climate',
  'human',
  'rights',
  'humanitarian',
  'refugee',
  'relief',
  'surgeon',
  'solicitor',
  'auditor',
  'inspector',
  // "Local Government Minister Ana Ruiz"
  'government',
  // "Chief of Cabinet X", "Chargé d'Affaires ad interim X" (round 25)
  'cabinet',
  "d'affaires",
  "d'affairs",
  'ad',
]);

/** Lower-case words inside a title's run: "Minister of Foreign Affairs and Trade", "Minister for X". */
export const TITLE_LINKS: ReadonlySet<string> = new Set(['of', 'and', 'for']);

/**
 * How a holder came to the title, written before it: "Kenya's newly elected president, X", "the
 * incoming minister X" (round 36; read by both engines before a title run).
 */
export const IN_OFFICE_WORDS: readonly string[] = [
  'newly',
  'recently',
  'democratically',
  'elected',
  'appointed',
  'installed',
  'sworn-in',
  'new',
  'incoming',
  'outgoing',
  // "⟦X⟧'s de facto leader ⟦Y⟧": a rule held in fact, not in law, still names its holder (round 41)
  'de',
  'facto',
];

/** Honorifics: titles that are not worth keeping as a role. */
export const HONORIFICS: ReadonlySet<string> = new Set(['mr.', 'mrs.', 'ms.', 'miss', 'sir', 'dame']);

/**
 * Offices whose name itself says whose they are: in news, "Secretary of Defense X" is the United
 * States' and "Foreign Secretary X" Britain's, whichever country the article is about. ISO codes.
 */
export const OFFICE_COUNTRIES: Readonly<Record<string, string>> = {
  'secretary of defense': 'US',
  'secretary of state': 'US',
  'secretary of the treasury': 'US',
  'secretary of homeland security': 'US',
  'secretary of war': 'US',
  'defense secretary': 'US',
  'treasury secretary': 'US',
  'homeland security secretary': 'US',
  'foreign secretary': 'GB',
  'home secretary': 'GB',
  'defence secretary': 'GB',
};

/**
 * Offices only a few states name so ("External Affairs Minister X" is India's, or Sri Lanka's):
 * a holder written with one of them and no state of its own belongs to the article's country only
 * when that country is one of these (round 49: "External Affairs Minister X" in a story from New
 * York that names Afghanistan most is not Afghanistan's). ISO codes.
 */
export const FEW_STATE_OFFICES: Readonly<Record<string, readonly string[]>> = {
  'external affairs minister': ['IN', 'LK'],
  'minister of external affairs': ['IN', 'LK'],
};

/**
 * The offices of OFFICE_COUNTRIES that news gives no other state: "Secretary of State X" in a
 * readout about Sudan is still the United States' even where the text never names it, while
 * "Defense Secretary" is also the Philippines' and "Foreign Secretary" India's or Bangladesh's.
 */
export const ONE_STATE_OFFICES: ReadonlySet<string> = new Set([
  // (the Philippines' office is "Secretary of National Defense"; news writes "Secretary of
  // Defense" for the Pentagon's head only, so a readout on Ukraine or Iraq does not make him
  // one of theirs, round 47)
  'secretary of defense',
  'secretary of war',
  'secretary of state',
  'secretary of the treasury',
  'secretary of homeland security',
  'treasury secretary',
  'homeland security secretary',
]);

/**
 * States whose offices news writes with the demonym of a governing authority rather than of the
 * state: "Palestinian President X" heads the Palestinian Authority as often as the State of
 * Palestine, and annotators name the authority or nothing. A title or a body named with such a
 * state's demonym gives no MEMBER_OF or LEADS with the state. ISO codes.
 */
export const STATES_OF_AN_AUTHORITY: ReadonlySet<string> = new Set(['PS']);

/**
 * Capitalised words of a portfolio that a title's "of" or "for" names ("Minister of Foreign
 * Affairs and Emigrants", "Cabinet Secretary for Foreign and Diaspora Affairs"): with the title
 * lexicon's modifiers, the words that are no part of the holder's name.
 */
export const PORTFOLIO_WORDS: ReadonlySet<string> = new Set([
  // (not the modifiers' little words: "in" opens where, "de" a name's particle)
  ...[...TITLE_MODIFIERS].filter((w) => !['in', 'de'].includes(w)),
  ...'emigrants expatriates diaspora integration cooperation relations investment cabinet council office ministry department government republic kingdom union commonwealth sovereign transitional general international european african arab asian pacific gulf overseas worldwide abroad citizens nationals migration industries resources reconstruction religious legal parliamentary administrative'.split(
    ' ',
  ),
]);

/**
 * Last words of a body's name that may stand between a state and a head's title: "⟦Palau⟧ Senate
 * President X", "⟦Y⟧ National Assembly Speaker X" head the body, not the state (round 35).
 */
export const BODY_NAME_HEADS: readonly string[] = [
  'Senate',
  'Assembly',
  'Parliament',
  'Congress',
  'Court',
  'Council',
  'House',
  'Chamber',
  'Party',
  'Commission',
  'Committee',
  'Bank',
  'Federation',
  'Association',
  'League',
  'Front',
];

/**
 * Lower-case words of a body's standing or kind written between "the" and its name after a head's
 * or member's "of": "leader of the outlawed ⟦Y⟧", "the president of the rebel ⟦Y⟧, X" (round 37).
 * Words of what the body is, not of a part of it ("youth", "military" wings are parts).
 */
export const BODY_STANDING_WORDS: readonly string[] = [
  'rebel',
  'opposition',
  'ruling',
  'governing',
  'outlawed',
  'banned',
  'proscribed',
  'unregistered',
  'militant',
  'separatist',
  'secessionist',
  'insurgent',
  'guerrilla',
  'jihadist',
  'extremist',
  'terrorist',
  'narco-terrorist',
  'breakaway',
];

/**
 * The executive departments whose head is styled "Secretary" (and whose second is the "Deputy
 * Secretary"), as the last words of a department's name in either order: "Department of the
 * Treasury", "Treasury Department". From the list of United States federal executive departments;
 * the Department of Justice is headed by an Attorney General and is not among them.
 */
export const SECRETARY_DEPARTMENTS: readonly string[] = [
  'Treasury',
  'Defen[cs]e',
  'State',
  'Commerce',
  'Homeland Security',
  'Energy',
  'Agriculture',
  'Interior',
  'Labor',
  'Transportation',
  'Education',
  'Health and Human Services',
  'Housing and Urban Development',
  'Veterans Affairs',
];
