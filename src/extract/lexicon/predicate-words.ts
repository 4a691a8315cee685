// The words that state a predicate (../../../shared/ONTOLOGY.md), as plain data.
// Verbs are listed by lemma; ../relations/verb-forms.ts inflects them (strike → strikes, struck,
// striking). Irregular forms are listed here, beside the verb, so the inflector stays simple.
// The rules in ../rules/relations/ refer to these groups by name, e.g. {V:ATTACK} or {N:ATTACK}.

/** The predicates of force: acts done to a side, not said of it. */
export const FORCE_PREDICATES: ReadonlySet<string> = new Set(['ATTACKED', 'KILLED']);

/**
 * Nouns of judgment, feeling or inquiry that hold an act of force someone else did: "X's
 * condemnation of the attack on Y", "X voiced concern over the strikes on Y", "X's inquiry into
 * the killing of Z". The subject speaks of the act; it does not do it.
 */
export const JUDGMENT_NOUNS: ReadonlySet<string> = new Set(
  `condemnation condemnations criticism denunciation denunciations concern concerns outrage anger shock
   reaction reactions response responses condolences sympathy investigation investigations probe
   probes inquiry inquiries denial denials`.split(/\s+/),
);

/** A verb lemma, with its irregular past / participle when English has one. */
export interface VerbEntry {
  lemma: string;
  past?: string;
  participle?: string;
}

const v = (lemma: string, past?: string, participle?: string): VerbEntry => ({
  lemma,
  past,
  participle: participle ?? past,
});

/** Verbs by the kind of act they state. Phrasal verbs ("fire on") live in the rule patterns. */
export const PREDICATE_VERBS = {
  ATTACK: [
    v('attack'),
    v('strike', 'struck'),
    v('bomb'),
    v('shell'),
    v('raid'),
    v('target'),
    v('hit', 'hit'),
    v('pound'),
    v('invade'),
    v('bombard'),
    v('assault'),
    v('ambush'),
    v('storm'),
    v('shoot', 'shot'),
  ],
  FIGHT: [v('fight', 'fought'), v('battle'), v('clash')],
  /** Taking a place or body by force; read only with a named place or body as object. */
  SEIZE: [v('seize'), v('capture'), v('overrun', 'overran', 'overrun')],
  KILL: [v('kill'), v('assassinate'), v('execute'), v('eliminate')],
  SUPPORT: [
    v('back'),
    v('support'),
    v('fund'),
    v('finance'),
    v('arm'),
    v('sponsor'),
    v('bankroll'),
    v('equip', 'equipped'),
    v('train'),
  ],
  CRITICIZE: [
    v('condemn'),
    v('criticize'),
    v('criticise'),
    v('denounce'),
    v('accuse'),
    v('blame'),
    v('slam'),
    v('rebuke'),
    v('decry'),
    v('lambast'),
    v('castigate'),
    v('censure'),
    v('chastise'),
    v('protest'),
  ],
  THREATEN: [v('threaten'), v('warn')],
  DEMAND: [v('urge'), v('demand'), v('implore')],
  // A visit alone is no dealing (the gold's round-8 convention): "visited X" and "a visit to X" give nothing.
  MEET: [v('meet', 'met'), v('host'), v('receive')],
  SANCTION: [v('sanction'), v('embargo'), v('blacklist'), v('ban'), v('outlaw'), v('proscribe')],
  FREEZE: [v('freeze', 'froze', 'frozen'), v('seize'), v('confiscate')],
  DESIGNATE: [v('designate'), v('list'), v('label')],
  LEAD: [v('lead', 'led'), v('head'), v('command'), v('chair')],
} satisfies Record<string, VerbEntry[]>;

export type VerbGroup = keyof typeof PREDICATE_VERBS;

/**
 * Lemmas whose present forms are nouns as often as verbs ("a strike", "militant targets",
 * "US support"): they count as verbs only where a verb can stand. Other verbs ("kills",
 * "condemns") are read anywhere, as in headlines ("Drone strike kills commander").
 */
export const VERBS_ALSO_NOUNS = [
  'attack',
  'strike',
  'bomb',
  'shell',
  'raid',
  'target',
  'hit',
  'pound',
  'assault',
  'ambush',
  'storm',
  'shoot',
  'fight',
  'battle',
  'clash',
  'back',
  'support',
  'fund',
  'finance',
  'arm',
  'sponsor',
  'train',
  'blame',
  'slam',
  'rebuke',
  'censure',
  'protest',
  'demand',
  'visit',
  'host',
  'meet',
  'sanction',
  'embargo',
  'blacklist',
  'ban',
  'list',
  'label',
  'lead',
  'head',
  'command',
  'chair',
  'warn',
  'threaten',
];

/** Nouns that name the act, singular and plural as written. */
export const PREDICATE_NOUNS = {
  /** take their target with on / against / at / targeting ("strikes on X"). */
  ATTACK: [
    'attack',
    'attacks',
    'strike',
    'strikes',
    'airstrike',
    'airstrikes',
    'air strike',
    'air strikes',
    'raid',
    'raids',
    'assault',
    'assaults',
    'offensive',
    'bombardment',
    'shelling',
    'bombing',
    'bombings',
    'aggression',
    'incursion',
    'incursions',
  ],
  /** take their target with "of" ("invasion of X"). */
  CONQUEST: ['invasion', 'occupation', 'annexation', 'bombing', 'bombardment', 'shelling', 'siege'],
  SANCTION: ['sanctions', 'sanction', 'embargo', 'embargoes', 'tariffs'],
  SUPPORT: ['support', 'backing', 'aid', 'assistance', 'funding', 'arms'],
  COOPERATE: [
    'ties',
    'relations',
    'talks',
    'cooperation',
    'agreement',
    'deal',
    'meeting',
    'accord',
    'treaty',
    'summit',
    'phone call',
    'call',
    'conversation',
    'discussions',
    'negotiations',
    'dialogue',
  ],
  DEMAND: ['call', 'calls', 'calling', 'called'],
} satisfies Record<string, string[]>;

export type NounGroup = keyof typeof PREDICATE_NOUNS;

/**
 * A court's findings "against" someone ("condemned the sentence against X"): X is the one tried,
 * and the condemnation is of those who tried X, not of X (round 49, fresh news).
 */
export const VERDICT_NOUNS: readonly string[] = [
  'sentence',
  'sentences',
  'verdict',
  'verdicts',
  'conviction',
  'ruling',
  'judgment',
  'judgement',
  'charges',
  'case',
];

/**
 * Acts done to someone, named by a noun whose "of" names the one who suffered them ("the killing
 * of X", "the arrest of X"); with the attack nouns above, the events a condemnation can be of
 * without condemning their victim: "condemned the attacks on X" criticises whoever attacked X.
 */
export const HARM_NOUNS: readonly string[] = [
  'killing',
  'killings',
  'murder',
  'murders',
  'assassination',
  'assassinations',
  'massacre',
  'death',
  'deaths',
  'shooting',
  'shootings',
  'beating',
  'arrest',
  'arrests',
  'detention',
  'detentions',
  'abduction',
  'abductions',
  'kidnapping',
  'kidnappings',
  'imprisonment',
  'jailing',
  'execution',
  'executions',
  'sentencing',
  'persecution',
  'harassment',
  'mistreatment',
  'expulsion',
  'torture',
  'disappearance',
  'deportation',
  'poisoning',
  // a fall from office done to someone: "protesting the ouster of X" is no stance against X (round 36)
  'ouster',
  'overthrow',
  'removal',
  'impeachment',
];

/**
 * What a demand asks for someone held: "demanded X's release" asks whoever holds X, never X (the
 * gold reads "called on Y to release X" as Y DEMANDED). Read by both engines.
 */
export const FREED_NOUNS: readonly string[] = ['release', 'freedom', 'return', 'safety'];

/**
 * A state's own political order, which a demand may ask of the state it names after "in":
 * "called for calm in X", "a new election in X", "a return to constitutional order in X" ask X
 * (round 46). An end to fighting "in X" is not among them: it asks the fighters, not the place.
 */
export const SOUGHT_ORDER_NOUNS: readonly string[] = [
  'calm',
  'harmony',
  'election',
  'elections',
  'vote',
  'polls',
  'democracy',
  'order',
  'rule',
];

/**
 * Words that make a treaty between two states an alliance: "the X-Y Mutual Defense Treaty", "the
 * X-Y security pact" bind each state to the other's defence, which the gold reads as each
 * supporting the other, not as a dealing (round 49). The treaty nouns themselves stay in
 * `noun:talks-with` ("a peace treaty between X and Y" is a dealing).
 */
export const DEFENSE_PACT_WORDS: readonly string[] = ['defense', 'defence', 'security'];

/**
 * An attempt or plot on someone is an act against them, as an attack is: "condemned the
 * assassination attempt on X", "the plot against X" criticise its author, not X.
 */
export const ATTEMPT_NOUNS: readonly string[] = ['attempt', 'attempts', 'plot', 'plots'];

/**
 * The { word: tag } entries compromise should know, registered by ../nlp.ts: words its default
 * lexicon reads as something else ("shell" as a noun only, "airstrikes" unknown).
 */
export const predicateWords: Record<string, string> = {
  airstrike: 'Noun',
  airstrikes: 'Plural',
  shelled: 'PastTense',
  shelling: 'Gerund',
  sanctioned: 'PastTense',
  blacklisted: 'PastTense',
  embargoed: 'PastTense',
  outlawed: 'PastTense',
  rebuked: 'PastTense',
  ambushed: 'PastTense',
  raided: 'PastTense',
  hosted: 'PastTense',
  bankrolled: 'PastTense',
  repulsed: 'PastTense',
};

/**
 * What air defence brings down in salvos: "shot down 103 drones" is no attack on their sender
 * (relations/apply-rules.ts, frames/read-frames.ts). Lower case, plural.
 */
export const MUNITION_NOUNS: readonly string[] = [
  'drones',
  'missiles',
  'rockets',
  'projectiles',
  'shells',
  'munitions',
  'uavs',
];

/**
 * Outlaws a country has, named through its possessive: "an offensive against X's powerful
 * cartels", "raids on X's drug gangs". They are the target of an act of force, not the country's
 * state (as "X's rebels attacked Y" is not X).
 */
export const OUTLAW_NOUNS: readonly string[] = [
  ...'cartel gang mafia guerrilla rebel insurgent militant separatist jihadist extremist terrorist trafficker smuggler pirate criminal'
    .split(' ')
    .flatMap((n) => [n, `${n}s`]),
];

/**
 * People who stand against someone: "fired tear gas at opponents of President X", "arrested
 * critics of Y", "X's rivals". The act falls on them, never on the one they oppose (round 43).
 */
export const OPPONENT_NOUNS: readonly string[] = [
  ...'opponent critic rival foe detractor adversary dissident'.split(' ').flatMap((n) => [n, `${n}s`]),
  'enemy',
  'enemies',
];

/**
 * People who serve a body from outside it: "sanctioned a vital supporter of X", "designated two
 * financiers for X". The one sanctioned is the person, never the body (killing X's fighters is
 * X's loss, which the gold reads as KILLED X, so only sanctions use this list).
 */
export const SUPPORTER_NOUNS = [
  ...'supporter financier facilitator backer sympathizer sympathiser operative associate affiliate recruiter procurer agent front liaison confidant loyalist'
    .split(' ')
    .flatMap((n) => [n, `${n}s`]),
  // "sanctions on X's inner circle", "sanctioned a close ally of X": the people around X (round 43)
  'circle',
  'entourage',
  'ally',
  'allies',
  'crony',
  'cronies',
];

/**
 * Kin a possessive names: "sanctioned X's adult daughters", "killed X's son". The act's object
 * is the kin, a person of their own, never the possessor.
 */
export const KIN_NOUNS = [
  'daughter',
  'daughters',
  'son',
  'sons',
  'wife',
  'wives',
  'husband',
  'child',
  'children',
  'family',
  'families',
  'relative',
  'relatives',
  'brother',
  'brothers',
  'sister',
  'sisters',
  'nephew',
  'nephews',
  'niece',
  'nieces',
  'cousin',
  'cousins',
  'parents',
  'father',
  'mother',
  'widow',
  'son-in-law',
  'sons-in-law',
  'grandson',
  'granddaughter',
];

/**
 * Words that make a possessive's title a past one: "a settlement with X's former finance chief",
 * "charged the company's ex-CFO". Whoever held the post then is a person of their own now, no
 * longer the body's voice or its part, so the act's object is that person and not the owner
 * (round 45). Written before the title, or as its "ex-" prefix.
 */
export const FORMER_HOLDER_WORDS = ['former', 'ex', 'erstwhile', 'onetime', 'one-time'];

/**
 * Verbs of force that also carry a penalty after their object: "hit X with sanctions",
 * "targeted X with a fine". With one of PENALTY_NOUNS after "with" they name no blow. "Slammed X
 * with tariffs" is no rebuke either, though "slammed X" alone is (round 19).
 */
export const PENALTY_VERBS = [
  'slam',
  'slams',
  'slammed',
  'slamming',
  'hit',
  'hits',
  'hitting',
  'target',
  'targets',
  'targeted',
  'targeting',
  'strike',
  'strikes',
  'struck',
  'striking',
  'slap',
  'slaps',
  'slapped',
  'slapping',
  'punish',
  'punishes',
  'punished',
  'punishing',
];

/**
 * What a trade measure falls on: "hits ⟦Xian⟧ farmers where it hurts", "hit ⟦Xian⟧ exports". A
 * demonym qualifying one of these after a PENALTY_VERB names a market hurt, not a blow to the
 * state (round 19).
 */
export const MARKET_NOUNS = [
  'farmers',
  'growers',
  'exporters',
  'importers',
  'producers',
  'manufacturers',
  'makers',
  'consumers',
  'shoppers',
  'investors',
  'businesses',
  'firms',
  'companies',
  'industry',
  'industries',
  'economy',
  'exports',
  'imports',
  'goods',
  'products',
  'markets',
  'stocks',
  'shares',
];

/** What a verb of force may carry "with": sanctions (SANCTIONED) or another penalty (no act read). */
export const PENALTY_NOUNS = {
  sanction: ['sanctions', 'embargo', 'embargoes', 'freeze', 'freezes', 'ban', 'bans', 'controls'],
  other: [
    'fine',
    'fines',
    'tariff',
    'tariffs',
    'penalty',
    'penalties',
    'lawsuit',
    'lawsuits',
    'charges',
    'duties',
    'levies',
  ],
};
