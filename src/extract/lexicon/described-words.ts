// Words that name an actor or a place by what it is rather than by its name ("the rebels", "the
// jihadist group", "the war-torn country", "the town"), read by ../entities/described-referents.ts
// after ./coref-words.ts's nearer readings have had their turn. Each list says what the word may
// stand for; the rows of described-referents-45.test.ts show each in use, in our own words.

/**
 * Plural nouns of an armed band: "the rebels", "the insurgents", "Islamist militants". They stand
 * for the armed group of the article (see ARMED_MARKS for what makes a group armed).
 */
export const ARMED_PLURALS: ReadonlySet<string> = new Set([
  'rebels',
  'militants',
  'insurgents',
  'guerrillas',
  'guerillas',
  'jihadists',
  'separatists',
  'militiamen',
]);

/**
 * Plurals read only after "the": "the fighters" refers back; a bare "fighters" is as often a
 * state's or another band's ("Kurdish fighters", "fighters loyal to the president"), and a bare
 * "terrorists" or "extremists" is an army's word for whoever it fights, named or not.
 */
export const ARMED_PLURALS_AFTER_THE: ReadonlySet<string> = new Set(['fighters', 'terrorists', 'extremists']);

/**
 * Singular nouns of a band that stand for an armed group after "the" and an armed word ("the
 * rebel group", "the terrorist organization", "the guerrilla movement"), or alone for a group of
 * that kind ("the cartel", "the gang").
 */
export const GROUP_NOUNS: ReadonlySet<string> = new Set([
  'group',
  'movement',
  'organization',
  'organisation',
  'militia',
  'faction',
  'network',
  'outfit',
]);
/** Nouns of a criminal band, which stand for the one band the article names with the word. */
export const CRIMINAL_NOUNS: ReadonlySet<string> = new Set(['cartel', 'gang']);

/**
 * Words that say a band is armed, written before a band noun ("the rebel group") or beside a
 * group's name ("M-9 rebels", "the militant X", "rebel fighters from the X"): a group so marked is
 * an armed one even where the recogniser placed it as a party or left it unplaced.
 */
export const ARMED_MARKS: ReadonlySet<string> = new Set([
  'rebel',
  'militant',
  'insurgent',
  'guerrilla',
  'guerilla',
  'jihadist',
  'extremist',
  'terrorist',
  'separatist',
  'armed',
  'islamist',
  'militia',
]);

/**
 * Describing words that may stand between "the" (or nothing) and an armed plural, and keep it
 * the article's band: "Islamist militants", "the leftist rebels", "suspected militants". A word
 * outside this list before the plural ("rival militants", "Kurdish rebels") may name another band.
 */
export const ARMED_DESCRIBERS: ReadonlySet<string> = new Set([
  ...ARMED_MARKS,
  'islamic',
  'leftist',
  'communist',
  'maoist',
  'marxist',
  // not "suspected" or "alleged": "suspected militants" are attackers nobody has named
  'heavily',
  'well-armed',
  'heavily-armed',
  'hardline',
  'radical',
  'fundamentalist',
]);

/**
 * Nouns of a state written by description: "the country", "the war-torn nation", "the Gulf
 * kingdom". They stand for the state the nearer sentences name, else the one the story is about.
 */
export const STATE_NOUNS: ReadonlySet<string> = new Set(['country', 'nation', 'kingdom']);

/**
 * Places by kind: the noun and the kind words a place the article names must be marked with
 * (beside its name: "the town of X", "X province") for the noun to stand for it.
 */
// Not "the region": news writes it for a wider world as often as for the region just named
// ("Iran's behaviour in the region" after "the Red Sea").
export const PLACE_NOUNS: ReadonlyMap<string, readonly string[]> = new Map([
  ['town', ['town', 'city', 'village']],
  ['city', ['city', 'town', 'capital']],
  ['village', ['village', 'town']],
  ['province', ['province', 'provincial']],
  ['district', ['district']],
]);

/**
 * Armed plurals that stand only for a group the article calls so by its name ("the separatist
 * X", "X jihadists"): any other armed group of the article is as likely not what they are.
 */
export const ONLY_CALLED_SO: ReadonlySet<string> = new Set(['separatists', 'jihadists']);

/**
 * Armed plurals of a band against the state: never a group the article calls a militia or
 * marks as the government's ("the pro-government X militia"), even if it is the one armed group.
 */
export const AGAINST_THE_STATE: ReadonlySet<string> = new Set([
  'rebels',
  'insurgents',
  'guerrillas',
  'guerillas',
]);
/** Words beside a name that make a group the state's ally or its militia. */
export const STATE_SIDE_MARKS: ReadonlySet<string> = new Set([
  'militia',
  'pro-government',
  'government-backed',
  'government-allied',
  'state-backed',
  'loyalist',
]);

/** Describing words that put a capital below the state: "the provincial capital" is no national capital. */
export const NOT_NATIONAL_CAPITAL: ReadonlySet<string> = new Set([
  'provincial',
  'regional',
  'state',
  'district',
  'local',
  'de',
  'rebel',
  'former',
  'old',
  'new',
  'political',
  'economic',
  'commercial',
  'cultural',
  'religious',
  'spiritual',
  'financial',
  'administrative',
]);

/**
 * Verbs by which a named force fights a described band ("the X will defeat the rebels", "X
 * troops battled insurgents"), by stem: a group the article writes so is the band's foe, never
 * the band, even where it is the one armed group the article names.
 */
export const FOE_VERB_STEMS: readonly string[] = [
  'defeat',
  'fight',
  'fought',
  'battl',
  'crush',
  'attack',
  'destroy',
  'pursu',
  'hunt',
  'rout',
  'repel',
  'kill',
  'eliminat',
  'engag',
  'confront',
  'clash',
  'target',
  'bomb',
  'shell',
  'push',
];
