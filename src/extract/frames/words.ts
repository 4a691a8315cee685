// The closed-class words the frame engine reads: auxiliaries, modality, clause openers, and the
// head nouns through which a named actor acts or is acted on ("US forces", "Houthi positions").
// Grammar only: no actor is named here. Verb forms come from compromise's conjugator.
import { formsOf } from '../nlp';
import { sayingForms } from '../lexicon/saying-verbs';

export const BE = new Set([
  'is',
  'are',
  'was',
  'were',
  'be',
  'been',
  'being',
  'am',
  "'s",
  "'re",
  'get',
  'got',
]);
/** Future, condition and possibility: no fact. */
export const MODALS = new Set([
  'will',
  'would',
  'could',
  'may',
  'might',
  'should',
  'can',
  'shall',
  'must',
  'wo',
  "'ll",
  "'d",
]);
/** After a modal, an act that goes on ("… could continue", "will still"): the act is happening. */
export const GOES_ON_AFTER_MODAL = ['continue', 'persist', 'go on', 'still'];

/** "any aggression by X", "a possible strike on Y": an act named, not one done. */
export const UNREAL_DETERMINERS = new Set([
  'any',
  'possible',
  'potential',
  'future',
  'planned',
  'proposed',
  'prospective',
]);
/** "the threat of an X attack on Y", "fears of X strikes", "hopes of talks with Y": nouns of danger or chance that hold an act feared or hoped for, not done. */
export const UNREAL_HOLDERS = new Set([
  'threat',
  'threats',
  'risk',
  'risks',
  'danger',
  'dangers',
  'fear',
  'fears',
  'prospect',
  'prospects',
  // "dampened hopes of peace talks with Y": a hope is a chance, no more (round 39)
  'hope',
  'hopes',
  'possibility',
  'likelihood',
  'spectre',
  'specter',
]);
/**
 * Nouns of a wish that hold an act after "for": "their desire for a pact with Y", "hopes for talks
 * with Y", "a bid for an alliance with Y": the act is wanted, not done (round 37).
 */
export const WISH_HOLDERS = new Set([
  'desire',
  'wish',
  'hope',
  'hopes',
  'bid',
  'quest',
  'appetite',
  'longing',
]);
/** "on the outskirts / edge / fringes of Y": a place's edge, which an act's "on" tells as where it happened. */
export const PLACE_EDGES = new Set(['outskirts', 'edge', 'edges', 'fringes', 'periphery']);
export const NEGATIONS = new Set(['not', "n't", 'never', 'no', 'neither', 'nor']);
/** The article and demonstratives that make a noun phrase definite: "the strike", "this attack". */
export const DEMONSTRATIVES = new Set(['the', 'this', 'that', 'these', 'those']);
/** Prepositions that open a time adjunct: "signed a deal after clashes with Y". */
export const TIME_ADJUNCTS = new Set(['after', 'following', 'before', 'during', 'amid', 'since', 'despite']);
/** The forms of "have", auxiliary or main verb. */
export const HAVE = new Set(['has', 'have', 'had']);
/** Words that open a clause stating no fact: "if X attacks Y", "denied that X attacked Y". */
export const NO_FACT_OPENERS = new Set([
  'if',
  'unless',
  'whether',
  'lest',
  ...formsOf('deny fear worry doubt refute dismiss question'),
  // "speculation that X made a deal with Y": a guess told, no fact (round 39)
  'speculation',
  'rumors',
  'rumours',
]);
/**
 * "Officials believe X was behind the attack", "police suspect X killed Y": someone's belief holds
 * the clause after it, which the article does not state (the gold's round-10 line: a hedge in the
 * article's own voice is annotated, an official's suspicion is not). Present forms only: the past
 * ones are the article's own hedges ("gunmen believed to be X", "suspected X militants", "is
 * thought to have"), as HEDGE_GOVERNORS reads them.
 */
export const BELIEF_VERBS = new Set(
  'believe believes suspect suspects think thinks presume presumes assume assumes speculate speculates'.split(
    ' ',
  ),
);
/**
 * "X is thought to be holding Y", "X is believed to have killed Y": the article's own hedge on an
 * act it tells (round-11 convention: annotated as the fact), in the passive and before "be" or
 * "have" only ("X is thought to plan …" tells no act done). "is suspected / said / reported to
 * have": the same hedge (test/gold/README.md, "Hedged claims"; round 20).
 */
export const HEDGE_GOVERNORS = new Set(['thought', 'believed', 'suspected', 'said', 'reported']);
/** "threatened to strike X", "vowed to sanction X": a threat to X, not an act. */
export const THREAT_GOVERNORS = formsOf('threaten vow warn pledge promise');
/**
 * "agreed to launch a joint operation against X": an act of force or a sanction agreed on is
 * still to come, a threat to X as a vowed one is (round 46); other acts agreed on state nothing.
 */
export const AGREED_GOVERNORS = formsOf('agree');
/**
 * "X said it will strike Y", "“We will strike Y,” X said": the speaker's own act of force told in
 * the future is a threat (round 23). The modals of that future, and the verbs of saying that
 * hand the pronoun after them to the speaker (../entities/coreference.ts reads the pronoun).
 */
export const FUTURE_MODALS = new Set(['will', 'would', 'shall', "'ll"]);
export const OWN_VOICES = formsOf('say warn vow pledge threaten declare announce insist add state promise');
/** The pronouns that may stand for the speaker of their clause. */
export const OWN_PRONOUNS = new Set(['it', 'they', 'he', 'she', 'we']);
/**
 * "reaffirmed their determination to destroy X", "restated its resolve to defeat X": a resolve the
 * holder voices is a threat of the act it names, as "vowed to destroy X" is (round 19). The noun
 * must be owned ("their", "its", "X's") and voiced by one of INTENT_VOICES: "questioned their
 * commitment to fight X" voices no one's resolve.
 */
export const INTENT_NOUNS = new Set(
  'determination commitment commitments resolve vow vows pledge pledges intention intent'.split(' '),
);
export const INTENT_VOICES = formsOf(
  'reaffirm affirm reiterate restate express state declare renew underscore stress emphasize emphasise demonstrate signal voice',
);
/**
 * Verbs of a readout that voice a resolve only when the speakers own it: "discussed their shared
 * commitment to continuing to support Y" (round 36), not "discussed Y's commitment to …".
 */
export const SHARED_INTENT_VOICES = formsOf('discuss');
/** The speakers' own pronouns, which make a readout's resolve or concern theirs: "their shared commitment", "and our concerns". */
export const SHARED_OWNER_PRONOUNS: ReadonlySet<string> = new Set(['their', 'our']);
/** A participle qualifying a noun before it: "unwavering", "shared", "continued", "renewed". */
export const PARTICIPLE_FORM = /^[a-z]+(?:ing|ed)$/;
/** The possessive pronouns of a side: "its soldiers", "their struggle", "our resolve". */
export const OWNER_PRONOUNS: ReadonlySet<string> = new Set(['its', 'their', 'his', 'her', 'our']);
/** Role nouns an owner gives a named ally, or an alliance its members: "X's NATO ally Y" (round 30). */
export const ALLY_NOUNS: ReadonlySet<string> = new Set(['ally', 'allies']);
/** The nouns an alliance's name qualifies before a member: "its EU partners", "their NATO ally Y" (round 44). */
export const ALLY_OR_PARTNER_NOUNS: ReadonlySet<string> = new Set([...ALLY_NOUNS, 'partner', 'partners']);
/** Owners of a voiced resolve: "their determination", "its resolve". */
export const INTENT_OWNERS = OWNER_PRONOUNS;
/**
 * "stands ready to impose sanctions on X", "is prepared to strike X": readiness for a coercive act,
 * stated, is a threat of it (round 12: "stands ready to pursue additional sanctions").
 */
export const READINESS = new Set(['ready', 'prepared', 'poised']);
/** The verbs that state readiness: "stands ready", "is prepared", "remains poised". */
export const READINESS_VERBS = formsOf('stand be remain');
/**
 * "promoting cooperation between X and Y", "seeks talks with X", "encouraged dialogue between X and
 * Y": an event noun governed by a verb of aim names a goal, not a done act, whoever pursues it
 * (round 17). "strengthen" / "deepen" stay out: they presuppose the tie they work on.
 */
export const AIM_GOVERNORS = formsOf('promote foster encourage seek explore facilitate advocate');
/**
 * "tried to seize X", "attempted to storm X", "moved quickly to capture X": an attack tried is an
 * attack made; no other act.
 */
export const ATTEMPT_GOVERNORS = formsOf('try attempt move');
/**
 * "conducted operations to clear X", "launched an offensive to retake X": an armed undertaking
 * whose purpose the infinitive after it names; its author attacks what the purpose names.
 */
export const PURPOSE_NOUNS = new Set(
  `operation operations offensive offensives campaign campaigns raid raids mission missions assault
   assaults drive push strike strikes airstrike airstrikes attack attacks`.split(/\s+/),
);
/** Armed people or craft sent on a mission: "sent troops to fight X" (./groups.ts `deployedPurpose`). */
export const DEPLOYED_NOUNS = new Set(
  `troops forces soldiers warplanes jets aircraft warships fighters battalions brigades units`.split(/\s+/),
);
/** The verbs that send them: their subject tries what they are sent to do. */
export const DEPLOY_VERBS = formsOf('send deploy dispatch');
/** The verbs whose subject undertakes such an operation: the light verbs and "led / used operations". */
export const PURPOSE_VERBS = formsOf('lead use commence undertake');
/** "continued to strike X", "managed to seize X": the act itself. */
export const FACT_GOVERNORS = formsOf('continue begin start resume keep manage');
/** "succeeded in taking X": the act, achieved; the gerund after "in" (round 47). */
export const ACHIEVED_GOVERNORS = formsOf('succeed');
/**
 * "X used drones to strike Y": the verbs of a means whose purpose infinitive the means' user does,
 * in the mood of the verb ("could use drones to strike Y" states nothing).
 */
export const MEANS_VERBS = formsOf('use employ');
/** Words that put a name where something happened, whatever compromise tagged them ("Strikes in"). */
export const PLACE_PREPOSITIONS = new Set(['in', 'at', 'near']);
/** Verbs of intent: what follows them is offered or planned, not done ("offered to mediate talks"). */
export const INTENT_VERBS = formsOf('offer plan propose intend hope seek aim');
/** After a clash, "over" names what it was about: a quarrel, not a fight ("clashed with Y over trade"). */
export const QUARREL_MARKERS = new Set(['over']);
/** "launched strikes on X", "held talks with X": the noun's act belongs to the verb's subject. */
export const LIGHT_VERBS = formsOf(
  'launch conduct carry stage mount hold begin continue resume intensify escalate step make impose announce slap levy provide give extend place file sign reach pass adopt approve express voice enact introduce tighten unveil issue deliver level',
);
/**
 * "X and Y carried out strikes / conducted drills": light verbs of an operation, which a joint
 * subject mounts together (./partners.ts).
 */
export const OPERATION_VERBS = formsOf('launch conduct carry stage mount');
/**
 * "X and Y dissented", "X and Y petitioned the court": a stance, vote or request each member of a
 * joint subject takes on its own account, not an act done together (./partners.ts); so is sending
 * one's own forces or a move toward a measure ("X and Y deployed troops to …", "X and Y moved to
 * tighten sanctions"); so is a plea or a penalty paid ("X and Y pleaded guilty", "X and Y agreed to
 * pay a penalty").
 */
export const OWN_ACCOUNT_VERBS = formsOf(
  'dissent vote abstain object petition appeal ask request plead disagree oppose reject deny deploy move pay ' +
    // praise and thanks are each speaker's own word ("A and B praised C" is no pact of A's with B)
    'praise hail commend applaud laud welcome thank congratulate ' +
    // each orders or mobilises its own forces, as each deploys them ("A and B ordered troops to
    // their borders", round 47)
    'order mobilize mobilise',
);
/**
 * Verbs of being seen or staying as one is, which a joint subject does not do as an act: "A and B
 * appeared together in a group photo", "A and B remain at odds" (round 14).
 */
export const SEEM_VERBS = formsOf('appear seem remain pose');
/**
 * Verbs of undergoing: what befalls a subject is no act of it, so two named subjects of one do
 * nothing together ("A and B faced charges", "A and B await a ruling", round 19; "A and B
 * sustained wounds", "A and B lost their right to appeal", round 43).
 */
export const UNDERGO_VERBS = formsOf('face await risk suffer undergo endure sustain lose');
/**
 * "the complaint alleges that X and Y permitted …": co-respondents of a charge, not partners; so
 * too the pair a side insists or claims is doing a thing ("A insisted that X and Y are arming the
 * rebels": a charge in another word; round 40).
 */
export const ALLEGE_VERBS = formsOf('allege insist claim');
/** Verbs of asserting: two actors who allege, argue or deny a thing each say it, they make no pact. */
export const ASSERT_VERBS = new Set([
  ...ALLEGE_VERBS,
  ...formsOf('argue contend assert maintain stress note complain deny'),
  // "A and B suggested that …", "observers from A and B raised questions": each voices its own view
  ...formsOf('suggest raise question'),
]);
/** Verbs of going: "envoys X and Y arrived in Z" travel together, they make no pact. */
export const TRAVEL_VERBS = formsOf('arrive leave travel return come go fly depart land head');
/** "…against each other": a joint subject on two sides. */
export const RECIPROCALS = new Set(['each', 'one']);
/** Relative pronouns: "X, which attacked Y" — the act is X's. */
export const RELATIVES = new Set(['who', 'which', 'that']);
/**
 * Participles and verbs by which a phrase names an act's author: "carried out by X", "which X
 * claimed", "committed by X", "inflicted by X" (./read-frames.ts, ./reached-act-authors.ts).
 */
export const AUTHORING = new Set([
  'carried',
  'claimed',
  'staged',
  'launched',
  'conducted',
  'perpetrated',
  'mounted',
  'committed',
  'inflicted',
]);
/**
 * Verbs by which a modal makes another act: "would make X widen …", "could force X to …". The
 * act they govern happens only if the modal's condition does (round 41; read by the frame engine's
 * `noFactClause` and the rules' `MADE_TO_ACT`).
 */
export const CAUSATIVE_VERBS = [
  'make',
  'force',
  'push',
  'drive',
  'lead',
  'cause',
  'prompt',
  'compel',
  'provoke',
  'tempt',
];
export const DETERMINERS = new Set([
  'the',
  'a',
  'an',
  'its',
  'their',
  'his',
  'her',
  'this',
  'these',
  'those',
  'several',
  'some',
]);
/**
 * Plural nouns of force, act and process whose "-s" form compromise may tag a verb after a noun or a
 * name ("partner forces", "missile attacks", "peace talks", "weapons charges"): read as nouns where
 * what follows cannot follow the verb (./units.ts `pluralNounsInPhrases`, round 40).
 */
export const PLURAL_PHRASE_NOUNS = new Set(
  'forces attacks strikes airstrikes talks charges targets suspects battles protests bombs blasts raids clashes'.split(
    ' ',
  ),
);
/** "US forces struck", "Israel's military said": a head through which its modifier acts. */
export const AGENT_HEADS = new Set(
  `forces force troops military army navy militants fighters soldiers jets warplanes aircraft drones
   government authorities officials official leaders police militia militias gunmen units rockets
   missiles spokesman spokeswoman spokesperson envoy ambassador ministry minister administration helicopters
   planes gunships artillery airpower warplane terrorists insurgents rebels extremists jihadists commanders
   peacekeepers prosecutors prosecutor investigators court courts judge judges diplomats regulators
   team teams rescuers group groups guerrillas guerrilla movement organization organisation faction
   network separatists operatives junta commandos paratroopers marines bombers assailants attackers
   snipers squads`.split(/\s+/),
);
/** What a side fires, through which it strikes: "hit with hundreds of X drones" (./actors.ts `weaponAgents`). */
export const WEAPON_HEADS = new Set(
  `drones drone missiles missile rockets rocket shells artillery bombs warplanes jets aircraft
   helicopters gunships mortars munitions airstrikes`.split(/\s+/),
);
/** Words that count what is fired: "dozens of", "a barrage of", "a wave of" (pleas' counts are COUNT_WORDS). */
export const VOLLEY_NOUNS = new Set(
  'dozens hundreds thousands scores barrage barrages wave waves swarm swarms salvo salvoes volley volleys'.split(
    ' ',
  ),
);
/** "X-launched drones", "X-fired rockets": a hyphen's participle that makes the name the one firing. */
export const FIRING_PARTICIPLES = new Set(['launched', 'fired']);
/** "X-made", "X-built", "X-supplied": the words after a name's hyphen that make it a weapon's maker or giver (./units.ts `maker`). */
export const MAKER_WORDS = new Set(
  'made built designed manufactured produced supplied provided donated developed origin'.split(' '),
);
/** "struck Houthi targets", "shelled Ukrainian positions": a head through which its modifier is hit. */
export const TARGET_HEADS = new Set(
  `targets target positions position forces troops fighters militants bases base facilities sites
   territory military army navy soldiers militia militias strongholds drone drones warship ship ships
   vessel vessels embassy convoy aircraft jet jets tanks patrol terrorists insurgents rebels members
   operatives commanders leaders leader police gunmen helicopters warplanes planes gunships plane
   helicopter warplane remnants policemen policeman officers officer soldier servicemen personnel marines guards headquarters
   peacekeepers troopers extremists jihadists sailors seamen crewmen hostages captives
   compound compounds camp camps hideout hideouts outpost outposts checkpoint checkpoints depot depots
   barracks installation installations vehicle vehicles guerrillas guerrilla commandos paratroopers
   assailants attackers bombers snipers squads cadets`.split(/\s+/),
);
/**
 * Heads of armed groups that fight states: "al-Shabaab militants" are al-Shabaab's, but "Syrian
 * rebels" or "Pakistani militants" are not Syria's or Pakistan's; nor "Chadian mercenaries" hired for
 * someone else's war (round 48, fresh news). Not "fighters": "X forces and Y fighters battled Z"
 * names both states' sides (round 23).
 */
export const NON_STATE_HEADS = new Set(
  `militants terrorists insurgents rebels extremists jihadists gunmen militia militias group groups
   guerrillas guerrilla movement organization organisation faction network separatists operatives
   mercenaries`.split(/\s+/),
);
/**
 * Nouns of an armed group's kind that close a description before its name after "of": "members of
 * the jihadist armed group X", "fighters of the guerrilla movement, the X" (round 38).
 */
export const GROUP_KIND_NOUNS: ReadonlySet<string> = new Set(
  'group movement organization organisation faction militia sect network outfit'.split(' '),
);
/**
 * People in a state's service, armed or official: killing "two Xian soldiers" or "Xian police
 * officers" kills the country's own (KILLED, beside the attack on it); civilians do not count.
 */
export const SERVING_HEADS = new Set(
  `soldier soldiers troops trooper troopers servicemen serviceman servicemembers personnel marine marines
   sailors airmen guards guardsmen policeman policemen police officer officers forces peacekeepers
   official officials diplomat diplomats`.split(/\s+/),
);
/**
 * An armed group's own people: killing "20 X militants", "a senior X commander" or (through
 * "the militants") the group's fighters kills the group's own (KILLED, beside the attack on it:
 * the round-12 convention); its civilians or supporters do not count.
 */
export const MEMBER_HEADS = new Set(
  `militant militants fighter fighters member members rebel rebels commander commanders leader leaders
   insurgent insurgents gunman gunmen guerrilla guerrillas operative operatives militiamen jihadists
   extremist extremists terrorist terrorists jihadist`.split(/\s+/),
);
/**
 * The one at the head of an armed group, written only before "of" ("the head of X", "the chief of
 * X"): one of its own, as its leader is (round 33; "an X head" names no person).
 */
export const GROUP_HEAD_WORDS: ReadonlySet<string> = new Set(['head', 'chief']);
/**
 * Armed people a region's or town's name can stand on ("the Amhara militia", "Tigray fighters",
 * "Donbas separatists"): they are not the place.
 */
export const PLACE_FIGHTERS = new Set([
  ...MEMBER_HEADS,
  ...'forces force troops soldiers army militia militias police separatists'.split(' '),
]);
/**
 * One person of a side, as the object of an act of force: "killed a senior X commander" (an armed
 * group's), "shot an Xian soldier" (a country's); the side is hit and loses its own (round 14).
 * Only for force: "designated the X commander as its contact" sanctions no group.
 */
export const GROUP_PERSON_HEADS = new Set(
  'commander fighter militant member operative insurgent rebel gunman leader'.split(' '),
);
export const STATE_PERSON_HEADS = new Set(
  'soldier officer policeman trooper troop marine serviceman'.split(' '),
);
/**
 * One unnamed person of a country who does not speak for it: "met a Xian officer", "criticised the
 * Xian soldier" deal with or judge that person, not the state (an act of force on him still hits
 * the state: STATE_PERSON_HEADS). Envoys, officials and leaders do speak for it, and are not here.
 */
export const ONE_PERSON_HEADS = new Set([
  ...STATE_PERSON_HEADS,
  ...'policewoman servicewoman sailor citizen man woman'.split(' '),
]);
/**
 * Acts whose object "a Xian officer" is that one person, not the state: dealings and stances
 * (both engines read it: ./one-person.ts, ../relations/apply-rules.ts).
 */
export const ONE_PERSON_ACTS: ReadonlySet<string> = new Set([
  'CRITICIZED',
  'COOPERATED',
  'DEMANDED',
  'THREATENED',
  'SUPPORTS',
]);
/**
 * Measures "targeted" qualifies ("targeted (financial) sanctions"), where compromise reads the
 * participle as a verb of attack: the frame engine's units and the rules engine's attack rule both
 * read it as the measures' adjective (round 31).
 */
export const TARGETED_MEASURE_NOUNS: readonly string[] = [
  'sanctions',
  'measures',
  'restrictions',
  'designations',
];
/** Posts of a state's forces: "a military camp", "a police garrison", "an army checkpoint". */
export const STATE_POST_HEADS = new Set(
  `post posts outpost outposts base bases camp camps garrison garrisons station stations checkpoint
   checkpoints convoy convoys patrol patrols barracks`.split(/\s+/),
);
/** The words that make such a post the state's: "military", "army", "police", "security". */
export const STATE_POST_OWNERS = new Set('military army police security'.split(' '));
/** Verbs whose victims may be counted with no name on them: "killing at least 17 policemen". */
export const VICTIM_VERBS = formsOf('kill ambush massacre murder execute attack');
/** "support to EU initiatives", "backed UN efforts": what an actor undertakes, standing for it. */
export const EFFORT_HEADS = new Set(
  'initiatives initiative efforts effort programs program programmes programme mission'.split(' '),
);
/** "met Chinese leaders", "sanctioned Iranian officials": people through whom their country is meant. */
export const PEOPLE_HEADS = new Set(
  'leaders leader officials counterpart counterparts ministers delegation delegations government governments authorities diplomats negotiators mediators delegates envoys principals representatives monitors observers'.split(
    ' ',
  ),
);
/** "the town of X", "Y province": nouns that name a place, never an actor. */
export const PLACE_HEADS = new Set(
  'town city village villages province region district county capital port area state'.split(' '),
);
/**
 * Ground a side is driven from or out of: "was driven out of two northern towns by X", "ousted from
 * its hill bases" (round 44). A race, a tournament or an office is no ground.
 */
export const GROUND_LOST_NOUNS = new Set(
  `city cities town towns village villages area areas territory territories region regions district
   districts province provinces capital countryside stronghold strongholds position positions base bases
   hills mountains port ports neighborhood neighborhoods neighbourhoods`.split(/\s+/),
);
/**
 * Operations whose purpose a "to" infinitive states: "launched an offensive to oust X", "a campaign
 * to topple X". The tagger may read the infinitive after such a noun as a noun (round 44).
 */
export const PURPOSE_OPERATION_NOUNS = new Set(
  'offensive offensives campaign campaigns operation operations assault push drive'.split(' '),
);
/** "his counterpart (, B)": the person a title is matched to in another side. */
export const COUNTERPARTS = new Set(['counterpart', 'counterparts']);
/** The means after "by" that make no agent: "spoke by phone", "met by video link" (no passive). */
export const BY_MEANS = new Set(
  'phone telephone video videoconference teleconference videolink satellite letter email radio'.split(' '),
);
/** Time words between a subject and its verb: "X on Monday announced", "X today charged". */
export const TIME_WORDS = new Set([
  'today',
  'yesterday',
  'tonight',
  'on',
  'last',
  'this',
  'earlier',
  'later',
  'also',
  // "X Monday morning dispatched …": the part of a day after its name
  'morning',
  'afternoon',
  'evening',
  // "conducted airstrikes overnight against X"
  'overnight',
]);
/** "Iran-backed X", "Saudi-led X": the name qualifies X and is not the actor or target itself. */
export const HYPHEN_MODIFIERS = new Set(
  'backed led affiliated aligned allied linked based sponsored funded supported controlled run owned'.split(
    ' ',
  ),
);
/** "northern X": a part of a place, the same place for who did what to it. */
export const DIRECTIONS = new Set(
  'northern southern eastern western central northeastern northwestern southeastern southwestern'.split(' '),
);
/**
 * "a strike on south X", "fighting in north X": a bare compass word before a place modifies it as
 * its adjective does (round 22; not in DIRECTIONS, whose lists it would join: "north and south").
 */
export const COMPASS_WORDS = new Set(
  'north south east west northeast northwest southeast southwest north-east north-west south-east south-west'.split(
    ' ',
  ),
);
/**
 * "X said it struck Y": a pronoun right after a verb of saying is its speaker (every form of the
 * verbs of ../lexicon/saying-verbs.ts that announce a statement).
 */
export const SAY_VERBS = new Set(
  sayingForms('say state announce add confirm report claim insist admit acknowledge'),
);
/** "responded to the X attack": answering an attack, which the gold reads as fighting back. */
export const RESPONSE_VERBS = formsOf('respond retaliate react');
/** "X and Y announced the deployment": a thing announced by two actors together. */
export const ANNOUNCE = formsOf('announce');
/** "told X that …": verbs whose object is the one told, so the "that" after it opens the telling. */
export const TELL_VERBS = formsOf('tell inform assure warn remind brief notify');
export const SPEAKER_PRONOUNS = new Set(['it', 'they', 'he', 'she']);
/**
 * "A Xian army spokesman says troops killed …": a state's forces left unowned in what the state's
 * voice says are its own (./actors.ts `statesOwnForces`, round 43).
 */
export const BARE_STATE_FORCES = new Set(['troops', 'soldiers', 'forces']);
/** "fired missiles into the sea": a body of water is where a shot fell, never a target. */
export const WATER = /\b(?:sea|ocean|gulf|bay|strait|straits|river|lake)\b/i;
/** "X and its allies": X, acting with others. */
export const ALLIES = new Set(['allies', 'partners']);
/**
 * What of a state or body one may support ("commitment to the security of X", "support for the
 * people of X"); support for anything else of X ("the denuclearization of X", "the withdrawal of
 * X") is no support of X.
 */
export const SUPPORTED_ASPECTS = new Set(
  'security defense defence sovereignty integrity independence people government stability survival recovery reconstruction economy forces efforts effort aspirations development'.split(
    ' ',
  ),
);
export const LIST_OPENERS = new Set(['including', 'like']);
/** Fighting has two sides: "X fought Y", "clashes between X and Y" — each attacked the other. */
export const MUTUAL_ACTS = new Set([
  ...formsOf('fight battle clash skirmish exchange trade'),
  ...`clashes fighting violence battles hostilities skirmishes firefight firefights gunbattle gunbattles
   war wars`.split(/\s+/),
]);
/**
 * "X and Y are battling for control of Z", "X and Y have fought for decades": after "for", a prize
 * two rivals contest or a stretch of time; each side attacks the other. "X and Y fought for Z" (a
 * name) or "for independence" is one side fighting for a cause.
 */
export const CONTESTED_PRIZES = new Set(['control', 'supremacy', 'dominance', 'territory', 'ground']);
export const FIGHT_DURATIONS = new Set(
  'decades years months weeks days hours decade year month week day more nearly almost over about some'.split(
    ' ',
  ),
);
/**
 * Verbs two sides do as rivals or simply both are: "X and Y dispute the islands", "X and Y
 * compete for the contract", "X and Y share a border", "X and Y have been jostling for influence"
 * (round 45). A joint subject of one is no partnership.
 */
export const RIVAL_OR_SHARED = formsOf(
  'dispute contest compete vie jostle spar feud claim share border neighbour neighbor',
);
/**
 * Two-sided verbs whose object after "with" was hit by the subject only: "X clashed with Y" → X
 * ATTACKED Y (the round-9 convention), while "X and Y clashed" and "X fought Y" are both ways.
 */
export const ONE_SIDED_WITH = formsOf('clash');
/** "forces loyal to X", "fighters backing X", "supporters of X": an armed side named for X. */
export const SIDE_HEADS = new Set(
  `forces troops fighters soldiers militias militia supporters loyalists gunmen militants rebels units
   partisans`.split(/\s+/),
);
/** The words after a side's head that name whom it fights for. */
export const SIDE_LINKS = new Set(['backing', 'supporting', 'loyal']);
/** "together with Y", "alongside Y", "in coordination / conjunction / concert with Y": Y acts with the subject. */
export const PARTNER_OPENERS = [
  'together with',
  'along with',
  'alongside',
  'in coordination with',
  'in close coordination with',
  'in conjunction with',
  'in concert with',
  'in collaboration with',
  'in partnership with',
  'jointly with',
];
/** "confirmed killing X", "admitted striking X": the act itself, stated by its actor. */
export const CLAIM_GOVERNORS = formsOf('confirm admit acknowledge');
/**
 * The wording of a court between a plea and the act pleaded: inchoate crimes ("conspiring to
 * provide", "attempting to provide", "conspiracy to provide"), an act tried rather than done
 * (./pleas.ts, round 21).
 */
export const TRIED_WORDS = new Set([
  ...formsOf('conspire attempt'),
  'conspiracy',
  'conspiracies',
  'attempts',
]);
/** Counts between a plea and its act: "on charges of providing", "one count of providing". */
export const COUNT_WORDS = new Set('charge charges count counts one two three'.split(' '));
/** "has agreed to settle": agreeing to a settlement is the settlement a release announces (./settlements.ts). */
export const AGREE_GOVERNORS = formsOf('agree consent');
/** "agreed to pay $5 million to settle": a payment whose purpose is the settling. */
export const PAY_VERBS = formsOf('pay');
/** "Y charged X with fraud, a charge that X agreed to settle": verbs whose subject brought the action. */
export const CHARGE_VERBS = formsOf('charge sue');
/** "with Y's support": what a backer gives to another's act, which makes it no party to the act. */
export const BACKING_NOUNS = new Set(
  'support help backing assistance blessing approval consent funding'.split(' '),
);
/** "its attempted annexation of X", "an unprovoked invasion of X": words that qualify an act. */
export const EVENT_QUALIFIERS = new Set(
  `attempted failed alleged unprovoked illegal renewed continued full-scale brutal new fresh military armed
   ground air naval missile drone rocket cross-border deadly unjustified unjustifiable unlawful immoral`.split(
    /\s+/,
  ),
);

/**
 * Words of firmness before a noun of support that the tagger reads as a noun or a verb
 * ("ironclad", "unwavering"): "X's ironclad commitment to Y" keeps X as the owner (round 44).
 * Read only before a SUPPORTS noun. Not "committed": its one use in train led to a body named
 * inside a long title ("support for the UN's envoy of … X" read as support for the UN).
 */
export const SUPPORT_QUALIFIERS = new Set(
  `ironclad unwavering unflinching unshakable unshakeable unstinting`.split(/\s+/),
);

/** A role that no longer holds: "X, Y's former ally" states nothing of now (./roles.ts). */
export const FORMER_ROLES = new Set([
  'former',
  'erstwhile',
  'one-time',
  'onetime',
  'ex',
  'past',
  'old',
  'estranged',
]);

/**
 * "agreed on the importance of support for X", "stressed the importance of aid to X": the subject
 * of such a verb holds the act the event noun names, as with a light verb (read-frames.ts).
 */
export const IMPORTANCE_VERBS = formsOf(
  'agree underscore stress emphasize emphasise reaffirm reiterate highlight affirm recognize recognise',
);

/** "cancelled EU-mediated talks with X": verbs that call an event off, which then states no dealing. */
export const CALLED_OFF = new Set([
  'cancel',
  'cancels',
  'cancelled',
  'canceled',
  'cancelling',
  'canceling',
  'postpone',
  'postpones',
  'postponed',
  'postponing',
  'scrap',
  'scraps',
  'scrapped',
  'scrapping',
  'boycott',
  'boycotts',
  'boycotted',
  'boycotting',
  'skip',
  'skips',
  'skipped',
  'skipping',
]);

/**
 * "X lifted its sanctions on Y", "X is revoking its designation of Y": verbs that undo a sanction
 * or a designation (round 25). The sanction named is being taken away, so it states no act.
 */
export const UNDOING = formsOf(
  'lift revoke rescind remove end ease relax withdraw waive repeal terminate drop',
);

/** "the meeting held in X between A and B": participles of holding between an event noun and its sides. */
export const HELD = new Set(['held', 'hosted', 'convened']);
/** Participles of doing after an act noun: "sanctions imposed on X by Y", "strikes carried out on X". */
export const DONE = new Set([
  'imposed',
  'placed',
  'levied',
  'launched',
  'carried',
  'conducted',
  'mounted',
  'staged',
  'leveled',
  'levelled',
  'filed',
  'brought',
]);
/** "a deal signed / reached / concluded by A and B": the participles that make the authors parties. */
export const SIGNED = new Set(['signed', 'reached', 'concluded', 'struck', 'agreed']);

/**
 * What one meets or reaches by doing it, not a party one deals with: "met the X Summit defence
 * spending pledge", "met Y's demands" (round 32).
 */
export const GOAL_NOUNS = new Set(
  'pledge pledges target targets goal goals deadline deadlines demand demands requirement requirements obligation obligations commitment commitments standard standards criteria threshold benchmark benchmarks'.split(
    ' ',
  ),
);
/** What a body says through: "a statement from X condemned …", "X issued a statement condemning …". */
export const STATEMENTS = new Set([
  'statement',
  'statements',
  'communique',
  'message',
  'letter',
  // "X's parliament passed a motion calling for …" (round 32)
  'motion',
  'motions',
  'resolution',
  'resolutions',
]);
/**
 * A body's voice, unnamed: "a spokesman for X said …", "X's foreign ministry spokeswoman said …" —
 * it speaks for X, as "X's spokesman" does (round 21). A named voice ("X spokesman Y") is Y.
 */
export const VOICE_HEADS = new Set(
  'spokesman spokeswoman spokesperson spokesmen spokeswomen spokespeople'.split(' '),
);
/**
 * What speaks for a body only when it says something: "Xian military sources say …" (never an
 * actor of what the clause says it did). A statement does so too, through STATEMENTS: "an Xian
 * foreign ministry statement says …" (./actors.ts `leftActors`).
 */
export const SPOKEN_HEADS = new Set(['sources']);
/**
 * Words of a body's office between its name and its voice: "X's foreign ministry spokesman",
 * "an Xian army press statement", "Xian military intelligence sources".
 */
export const VOICE_MODIFIERS = new Set(
  `foreign ministry military army defense defence interior government provincial police security
   presidential official state navy naval air force affairs external information press intelligence
   senior deputy chief top regional district embassy`.split(/\s+/),
);
/** Verbs through which a spoken head ("the statement", "sources") speaks: saying, and a stance said. */
export const SPOKEN_VERBS: ReadonlySet<string> = new Set([
  ...sayingForms('say state announce add confirm report claim insist tell note stress warn'),
  ...formsOf('accuse blame condemn denounce criticize criticise urge demand describe identify call'),
]);
/** Verbs by which a body puts out what speaks for it: "X issued a statement to condemn …". */
export const ISSUE_VERBS = new Set([
  'issued',
  'issues',
  'released',
  'releases',
  'published',
  'publishes',
  // "X made a statement urging …", "X passed / adopted a resolution calling for …" (round 32)
  'made',
  'makes',
  'passed',
  'passes',
  'adopted',
  'adopts',
]);

/**
 * Acts besides the remembered kinds (./events.ts) that a stance may be about when their owner is
 * named: "concern over Y's intervention", "Y's decision drew criticism from X". A decision, a move
 * or a plan is what its owner chose, so a concern over it or criticism of it is aimed at the owner
 * (round 20); "Y's debt", "Y's health" name nothing done.
 */
export const STANCE_ACTS = new Set([
  'intervention',
  'aggression',
  'crackdown',
  'occupation',
  'annexation',
  'violations',
  'actions',
  'activities',
  'deployment',
  'buildup',
  'build-up',
  'activity',
  'decision',
  'decisions',
  'move',
  'moves',
  'plan',
  'plans',
  'conduct',
  'behavior',
  'behaviour',
  'policy',
  'policies',
  'handling',
  'treatment',
]);

/**
 * Acts a state does to people it holds (round 22, ./state-acts.ts): "the jailing of …", "the
 * arrest of …", "the trial of …". Done to the state's own opponent, they are that state's.
 */
export const STATE_ACT_HEADS = new Set(
  `jailing imprisonment incarceration detention detentions arrest arrests sentencing sentence conviction
   trial prosecution persecution`.split(/\s+/),
);
/**
 * An election's head nouns (round 26): an election the sentence does not place is the article's
 * country's ("the vote was rigged", "called Saturday's election flawed"), read by ./state-acts.ts
 * `heldElection` only under a criticism or a judgment below.
 */
export const ELECTION_HEADS = new Set('election elections vote polls ballot'.split(' '));
/** What an election is judged to be: "the election was flawed", "the polls were marred by fraud". */
export const ELECTION_FAULTS = new Set(
  'flawed rigged unfair fraudulent stolen marred illegitimate sham manipulated undemocratic'.split(' '),
);
/** What an election is denied to be: "the vote cannot be considered fair", "was not free". */
export const ELECTION_VIRTUES = new Set('fair free credible legitimate transparent'.split(' '));

/** Words that name a state's government before its act: "the Xian government's conviction of" (round 36). */
export const GOVERNMENT_OWNER_WORDS: ReadonlySet<string> = new Set(['government', 'authorities', 'regime']);

/**
 * Words that make a victim their own state's opponent: "Xian opposition leader", "Xian dissident",
 * "Xian pro-democracy lawmaker". A national, a journalist or an activist may be held anywhere.
 */
export const OWN_OPPONENT_WORDS = new Set(
  'opposition dissident dissidents lawmaker lawmakers legislator legislators pro-democracy'.split(' '),
);

/**
 * Words that tell violence in a speaker's clause (round 22, ./backed-acts.ts): backing it is blamed.
 * Words of help or fighting in general ("operations", "fighting") are not here: a speaker may tell
 * of an ally's help to their own side.
 */
export const VIOLENCE_WORDS = new Set(
  `attack attacks terrorism terror violence atrocities abuses killings bombings bombing massacre
   massacres assassinations kidnappings`.split(/\s+/),
);

/**
 * Past forms that report or believe rather than act on the name after them ("claimed X also
 * attacked", "reported X also struck"): every verb of saying, and the verbs of belief (round 33).
 */
export const REPORTING_PAST: ReadonlySet<string> = new Set([
  ...sayingForms('say report claim allege announce state add note warn confirm insist argue assert', [
    'past',
  ]),
  ...'believed suspected feared'.split(' '),
]);

/** Adverbs between an earlier verb's object and the next verb: "the strike that killed X also killed Y". */
export const ALSO_LIKE: ReadonlySet<string> = new Set(['also', 'then', 'later', 'again', 'subsequently']);

/** Participles that describe a side by its patron or model: "inspired by X", "loyal to X". */
export const PATRON_PARTICIPLES: ReadonlySet<string> = new Set(
  'inspired influenced backed supported funded armed trained sponsored loyal allied linked affiliated aligned'.split(
    ' ',
  ),
);

/** Forms of "be" and "have" that open a clause after a name: "warned the X was discussing …". */
export const CLAUSE_AUXILIARIES: ReadonlySet<string> = new Set(['was', 'were', 'is', 'are', 'has', 'had']);

/**
 * Papers a body votes on or adopts, which someone reads, drafts or tables: "the resolution read by
 * X, …, was supported by Y" (round 34; the one who read it is not the one supported).
 */
export const PAPER_HEADS: ReadonlySet<string> = new Set(
  'resolution resolutions motion motions draft drafts proposal proposals declaration bill bills amendment amendments petition'.split(
    ' ',
  ),
);

/**
 * Words before a dashed pair's meeting that make it one only spoken of: "a possible A–B summit",
 * "the proposed A-B talks" (round 49, fresh news; "ahead of" and "prior to" are read beside them).
 */
export const UNHELD_EVENT_QUALIFIERS: ReadonlySet<string> = new Set(
  'possible potential proposed planned prospective mooted hypothetical future upcoming forthcoming would-be eventual'.split(
    ' ',
  ),
);
