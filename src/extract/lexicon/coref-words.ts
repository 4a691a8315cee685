// Nouns that refer back to a named actor ("the militants", "the country"), read by
// ../entities/coreference.ts. Each record says what kind of actor the noun may stand for.
import type { Entity, OrgCategory } from '../../model';
import { sayingForms } from './saying-verbs';
import { WEEKDAYS } from './common-words';

export interface ReferringNoun {
  /** The entity type the noun stands for. */
  type: Entity['type'];
  /** For an organisation: the categories it may have (a company is no armed group). */
  categories?: readonly OrgCategory[];
  /**
   * When no actor of the kind is named in the two sentences before: the one such actor named
   * anywhere earlier in the article ("the attackers" a paragraph after the group is named).
   */
  articleWide?: boolean;
  /** An example, in our own words, where the noun refers back. */
  example: string;
}

/**
 * "the militants" → the armed group just named. Not "the rebels" (measured on train, round 8: of
 * three it read, two were wrong): news names a state's army and "the rebels" it fights in one
 * breath ("the army will defeat the rebels"), and pro-government militias are armed groups too.
 * "the rebels" stands only for the one group the article calls rebel by its name ("X rebels",
 * "the rebel X"; ../entities/marked-groups.ts, round 10).
 */
export const ARMED: Omit<ReferringNoun, 'example'> = { type: 'Organization', categories: ['armed_group'] };

export const REFERRING_NOUNS: ReadonlyMap<string, ReferringNoun> = new Map([
  // "the militants" a paragraph after the group is named: the article's one armed group.
  [
    'militants',
    {
      ...ARMED,
      articleWide: true,
      example:
        'The Azure Brigade raided a village. Roads closed. Shops shut. The militants burned the market.',
    },
  ],
  [
    'insurgents',
    { ...ARMED, example: 'The Azure Brigade holds the hills; the insurgents shelled the road.' },
  ],
  ['jihadists', { ...ARMED, example: 'The Azure Brigade struck at dawn; the jihadists killed two guards.' }],
  ['extremists', { ...ARMED, example: 'The Azure Brigade claimed the blast. The extremists hit Peru.' }],
  // Nouns of an attack's doers: "the attackers" stands for the group only where the article
  // names exactly one armed group before it.
  [
    'attackers',
    {
      ...ARMED,
      articleWide: true,
      example:
        'The Azure Brigade claimed the raid. Police sealed the road. Roads closed. The attackers fled.',
    },
  ],
  [
    'assailants',
    { ...ARMED, articleWide: true, example: 'The Azure Brigade struck a camp. The assailants took rifles.' },
  ],
  [
    'gunmen',
    { ...ARMED, articleWide: true, example: 'The Azure Brigade raided a post. The gunmen shot two guards.' },
  ],
  ['guerrillas', { ...ARMED, example: 'The Azure Brigade fought on. The guerrillas ambushed the army.' }],
  [
    'government',
    { type: 'Country', example: 'Peru closed its border. The government said the move was temporary.' },
  ],
  [
    'junta',
    { type: 'Country', example: 'Mali expelled the envoy. The junta said he had insulted the army.' },
  ],
  // "the regime" as "the junta": the state the article is about, as the government speaking for it
  // (round 41)
  [
    'regime',
    {
      type: 'Country',
      example: 'Peru jailed two reporters. The regime said they had spread lies.',
    },
  ],
  [
    'country',
    {
      type: 'Country',
      example: "Peru held elections on Sunday. The country's western Ica region voted first.",
    },
  ],
]);

/**
 * Words that mark a party as in power or against it, before its name ("the ruling Andean
 * Union", "the long-ruling Andean Union", "the opposition Civic Front"). "the ruling party" and
 * "the opposition" stand for the one party the article marks so, and nothing if it marks several.
 */
export const PARTY_STANDING_WORDS: ReadonlyMap<string, 'ruling' | 'opposition'> = new Map([
  ['ruling', 'ruling'],
  ['governing', 'ruling'],
  ['long-ruling', 'ruling'],
  ['opposition', 'opposition'],
]);

/**
 * The phrases after "the" that stand for a party by its standing, each with an example.
 * "the opposition" only as a whole noun phrase: "the opposition leader" is a person.
 */
export const PARTY_STANDING_PHRASES: ReadonlyMap<
  string,
  { standing: 'ruling' | 'opposition'; example: string }
> = new Map([
  [
    'ruling party',
    {
      standing: 'ruling',
      example: 'The ruling Andean Union won 40 seats. Critics say the ruling party bought votes.',
    },
  ],
  [
    'governing party',
    {
      standing: 'ruling',
      example: 'The governing Andean Union lost ground. The governing party blamed the weather.',
    },
  ],
  [
    'opposition',
    {
      standing: 'opposition',
      example: 'The opposition Civic Front boycotted the vote. The minister said the opposition lied.',
    },
  ],
]);

/**
 * Words before a group noun or an armed referring noun that say the group is armed ("the militant
 * group", "the rebel movement", "the jihadist militants"): the phrase stands for the armed group
 * named nearest before it, as "the militants" does.
 */
export const ARMED_MODIFIERS: ReadonlySet<string> = new Set([
  'militant',
  'rebel',
  'armed',
  'extremist',
  'jihadist',
  'islamist',
  'insurgent',
  'terrorist',
  'separatist',
]);

/**
 * Suffixes of a patron's modifier before an armed referring noun ("the X-linked militants", "the
 * X-backed rebels"): the noun still stands for the armed group just named, and the modifier keeps
 * its own fact about it. Not place or leader words ("X-based", "X-led"): those may name another.
 */
export const PATRON_SUFFIXES: ReadonlySet<string> = new Set([
  'linked',
  'backed',
  'aligned',
  'affiliated',
  'allied',
  'sponsored',
  'supported',
  'funded',
  'inspired',
]);

/**
 * Examples, in our own words, of the modified phrases, each referring back to the group (which
 * must be named more than once: see ../entities/coreference.ts).
 */
export const MODIFIED_EXAMPLES: readonly string[] = [
  'The Azure Brigade seized two towns. The Azure Brigade holds Lima. The militant group raided Ica.',
  'Peru fought the Azure Brigade. The Azure Brigade lost. Troops pushed the Chile-linked militants out.',
];

/**
 * Forces written as the government's, without a country: "government troops attacked …",
 * "clashes between government forces and the rebels". The word "government" before one of these
 * nouns stands for the state whose government the article speaks of, as a demonym would
 * ("Malian troops"); see ../entities/government-forces.ts. Each with an example in our own words.
 */
export const GOVERNMENT_FORCE_NOUNS: ReadonlyMap<string, string> = new Map([
  ['troops', 'Peru held a vote. Peru closed Ica. The Azure Brigade fled as government troops advanced.'],
  ['forces', 'Peru held a vote. The Azure Brigade fought government forces in northern Peru.'],
  ['soldiers', 'Rain fell on Peru. Peru held a vote. The Azure Brigade killed four government soldiers.'],
  ['soldier', 'Rain fell on Peru. Peru held a vote. The Azure Brigade killed one government soldier.'],
]);

/**
 * A bare "rebels" as one side of a fight whose other side is a state's force (round 35): the
 * force's nouns, and the words of fighting that take the rebels after "with". "government troops
 * and rebels clashed", "fighting between the army and rebels", "soldiers are battling with rebels":
 * the rebels are the one group the article calls rebel, as "the rebels" would be. Each with an
 * example in our own words.
 */
export const REBELS_FOE_FORCES: ReadonlyMap<string, string> = new Map([
  ['troops', 'The rebel Azure Brigade took Ica. Government troops and rebels clashed overnight.'],
  ['forces', 'The rebel Azure Brigade took Ica. Fighting between rebels and government forces went on.'],
  ['soldiers', 'The rebel Azure Brigade took Ica. Peruvian soldiers and rebels clashed near the town.'],
  ['army', 'The rebel Azure Brigade took Ica. The army and rebels fought a long battle on Monday.'],
  ['military', 'The rebel Azure Brigade took Ica. Fighting between the military and rebels spread.'],
]);
export const FIGHTING_WITH_WORDS: ReadonlyMap<string, string> = new Map([
  ['battling', 'The rebel Azure Brigade took Ica. Peruvian troops are battling with rebels there.'],
  ['fighting', 'The rebel Azure Brigade took Ica. Government forces are fighting with rebels there.'],
  ['fought', 'The rebel Azure Brigade took Ica. Government troops fought with rebels near the town.'],
  ['clashed', 'The rebel Azure Brigade took Ica. Government troops clashed with rebels near the town.'],
  ['clashing', 'The rebel Azure Brigade took Ica. Government troops are clashing with rebels there.'],
]);

/**
 * Verbs of speaking written right after a person's name ("Spokesman X tells reporters …"): of
 * several people the sentence before names, the one speaking is the one a following "he said" or
 * opening "He" stands for ("Spokesman Tom Arlo tells the radio that Mia Cole won. “We will
 * appeal,” he said."). SPEECH_VERBS (../entities/person-name.ts) plus the present tense and the
 * tell/tweet forms news uses for a speaker, from the verbs of saying (./saying-verbs.ts).
 */
export const SPEAKING_AFTER_NAME: ReadonlySet<string> = new Set([
  ...sayingForms('tell', ['third', 'past']),
  ...sayingForms('add note state declare', ['third']),
  ...sayingForms('tweet', ['past']),
  ...sayingForms('write', ['third']),
]);

/**
 * Nouns of the issuer's own acts and stances that a statement written in the first person puts
 * after "our" ("Today's step follows our designation of X", "our support for Y's people",
 * "demonstrating our commitment to countering …", "just as our partnership with Z"): "our" before
 * one of them (with up to two describing words between) is the body that opens the article, as
 * its "we" is (`coref:we-voice`, ../entities/coreference.ts). Not "our citizens", "our nation",
 * "our streets", "our two militaries": there "our" says whose, or speaks for two, and no act is
 * the issuer's (round 37: the bare "our" read 4 right facts and 3 wrong ones over train).
 */
export const VOICE_ACT_NOUNS: ReadonlySet<string> = new Set([
  'support',
  'commitment',
  'partnership',
  'designation',
  'designations',
  'opposition',
  'condemnation',
  'solidarity',
  'cooperation',
  'assistance',
]);

/**
 * Title nouns after a demonym that stand for the one person the article titled so for that
 * country ("Sudanese President X … The Sudanese leader spoke …"): each noun with the title words
 * a holder's own title must have one of (lower case), and an example in our own words. "the
 * Peruvian official" is left out: news writes it for people it does not name.
 */
export const NATIONAL_TITLE_NOUNS: ReadonlyMap<string, { titles: readonly string[]; example: string }> =
  new Map([
    [
      'leader',
      {
        titles: ['president', 'prime', 'premier', 'king', 'queen', 'emir', 'chancellor', 'leader', 'sultan'],
        example: 'Peruvian President Juan Ortiz flew to Lima. The Peruvian leader met the press.',
      },
    ],
    [
      'president',
      {
        titles: ['president'],
        example: "Chile's President Ana Ruiz arrived. Crowds cheered. The Chilean president waved.",
      },
    ],
    [
      'premier',
      {
        titles: ['premier', 'prime'],
        example: 'Peruvian Prime Minister Luis Soto spoke. The Peruvian premier left.',
      },
    ],
  ]);

/**
 * Rank words that may open a two-word title a release writes alone after "The": "The Deputy
 * Secretary stressed …" is the one person nearby whose title has both words ("Deputy Secretary of
 * State X"). Each with an example in our own words, read by coreference.test.ts.
 */
export const RANK_PREFIXES: ReadonlyMap<string, string> = new Map([
  [
    'deputy',
    'Deputy Secretary of State Ana Ruiz met Foreign Minister Tomas Berg. The Deputy Secretary stressed trade.',
  ],
  ['vice', 'Vice President Ana Ruiz met Prime Minister Tomas Berg. The Vice President praised the reforms.'],
  [
    'assistant',
    'Assistant Secretary Ana Ruiz met Minister Tomas Berg. The Assistant Secretary raised the border.',
  ],
  ['acting', 'Acting Secretary Ana Ruiz met Minister Tomas Berg. The Acting Secretary raised the border.'],
]);

/**
 * A report's speaker is what a pronoun opening the reported clause stands for ("The Azure Brigade
 * has said that it holds Ica", "Peru's military said Monday it shelled the camp"); read by
 * `spokenBy` in ../entities/coreference.ts. Words that may stand between the speaker's name and
 * the verb of saying: auxiliaries and adverbs ("has also said", "earlier claimed").
 */
export const BEFORE_SAYING: ReadonlySet<string> = new Set([
  'has',
  'have',
  'had',
  'also',
  'again',
  'earlier',
  'previously',
  'repeatedly',
  'later',
  'now',
  'already',
  'recently',
  'further',
]);

/**
 * Nouns a state speaks through, written after its name or demonym ("The Peruvian government said
 * it …", "Peru's military says it …", "Chilean officials said they …"), with the pronoun each
 * takes: the pronoun then stands for the state. Each with an example in our own words.
 */
export const SPEAKING_BODY_NOUNS: ReadonlyMap<string, { pronoun: 'it' | 'they'; example: string }> = new Map([
  ['government', { pronoun: 'it', example: 'The Peruvian government said it would close the border.' }],
  ['military', { pronoun: 'it', example: "Peru's military said Monday it shelled the Azure Brigade." }],
  ['army', { pronoun: 'it', example: 'The Chilean army says it pushed the Azure Brigade back.' }],
  ['administration', { pronoun: 'it', example: 'The Peruvian administration said it had no plans to talk.' }],
  ['authorities', { pronoun: 'they', example: 'Peruvian authorities said they arrested two men.' }],
  ['officials', { pronoun: 'they', example: 'Chilean officials said on Friday that they would expel him.' }],
  ['forces', { pronoun: 'they', example: "Peru's forces said they retook the town." }],
  ['troops', { pronoun: 'they', example: 'Chilean troops said they came under fire.' }],
]);

/**
 * Words that may stand between a verb of saying and the pronoun of the reported clause: "that", a
 * day, and the channel ("said Monday it", "said in a statement that it", "announced late Friday
 * that they"). Lower case; a capitalised day is matched by its lower-case form.
 */
export const BETWEEN_SAYING_AND_CLAUSE: ReadonlySet<string> = new Set([
  'that',
  'on',
  'in',
  'a',
  'an',
  'its',
  'their',
  'late',
  'early',
  'earlier',
  'later',
  'today',
  'yesterday',
  ...WEEKDAYS,
  'statement',
  'release',
  'press',
  'briefing',
  'separate',
  'written',
  'interview',
  'tweet',
  'post',
]);

/**
 * "-ing" words after an opening "It is" that keep it no actor ("It is becoming clear", "It is
 * worth noting"): the progressive of acting ("It is also designating two firms") reads as an act.
 */
export const NOT_ACTING_ING: ReadonlySet<string> = new Set([
  'being',
  'becoming',
  'getting',
  'going',
  'seeming',
  'looking',
  'remaining',
  'raining',
  'nothing',
  'something',
  'everything',
  'anything',
]);

/**
 * Words after "it is / was / would be" that make the "it" an expletive, no one's: "Peru said it
 * was unclear whether talks would resume", "Chile said it is time to act".
 */
export const EXPLETIVE_PREDICATES: ReadonlySet<string> = new Set([
  'clear',
  'unclear',
  'time',
  'important',
  'necessary',
  'essential',
  'vital',
  'possible',
  'impossible',
  'difficult',
  'hard',
  'easy',
  'likely',
  'unlikely',
  'early',
  'premature',
  'worth',
  'known',
  'true',
  'false',
  'obvious',
  'regrettable',
  'unacceptable',
  'wrong',
  'right',
  'up',
]);

// The plurals of a readout that stand for its meeting's people (../frames/participants.ts).
/**
 * The plural heads that refer to a meeting's people: "the leaders", "both ministers", "the two
 * men". Not "the two sides" nor "both countries" (measured on train, round 18: 3 facts read
 * through them, all wrong; the sides of one sentence are often not the parties of the last
 * dealing: "talks in A with the help of B. … The two sides have signed three deals").
 */
export const PLURAL_HEADS: ReadonlySet<string> = new Set([
  'leaders',
  'ministers',
  'secretaries',
  'presidents',
  'counterparts',
  'men',
]);
/** The counts a plural may carry: "the two leaders", "both sides", "the three ministers". */
export const PLURAL_COUNTS: ReadonlyMap<string, number> = new Map([
  ['two', 2],
  ['both', 2],
  ['three', 3],
  ['four', 4],
]);
/** Words of kind between the article and the head: "the two foreign ministers", "both defense chiefs". */
export const PLURAL_KIND_WORDS: ReadonlySet<string> = new Set([
  'two',
  'three',
  'four',
  'foreign',
  'defense',
  'defence',
  'prime',
]);
/**
 * The verbs a bare "Both" opens in a readout: "Both reaffirmed their support for Y". Not any
 * verb: "Both testified against their friends" speaks of two defendants, not of a meeting's people.
 */
export const BOTH_VERBS: ReadonlySet<string> = new Set([
  'reaffirmed',
  'reiterated',
  'discussed',
  'agreed',
  'expressed',
  'stressed',
  'emphasized',
  'underscored',
  'condemned',
  'welcomed',
  'noted',
  'pledged',
  'called',
  'urged',
]);

/**
 * A state's bodies written with no owner ("Police are blaming X for the blast", "blamed by
 * authorities"): the country the story is about (../entities/government-forces.ts, round 41).
 */
export const BARE_STATE_BODIES: ReadonlySet<string> = new Set(['police', 'authorities', 'security forces']);
/** Words before a bare body that give it another owner or side ("rebel security forces", "their police"). */
export const NOT_THE_STATES_BODY: ReadonlySet<string> = new Set(
  (
    'rebel rebels opposition militia insurgent separatist foreign international coalition his her ' +
    'their its our your my whose religious military tribal occupation occupying de facto'
  ).split(' '),
);
/**
 * The verbs of blame and warning that make a bare "police" or "authorities" the state's voice
 * ("Authorities blamed the blast on X", "police accused him of …", "Police had warned that …"),
 * and the words that may stand between the body and the verb.
 */
export const BODY_STANCE_VERBS: ReadonlySet<string> = new Set(
  'blame blames blamed blaming accuse accuses accused accusing attribute attributes attributed attributing warn warns warned warning'.split(
    ' ',
  ),
);
export const BEFORE_BODY_STANCE: ReadonlySet<string> = new Set(
  'are is were was have has had also quickly immediately later earlier initially publicly again'.split(' '),
);
