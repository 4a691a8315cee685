// Violent acts between actors: ATTACKED and KILLED (of a named person), read from verbs (active and passive) and
// from nouns that name the act ("strikes on X", "X's invasion of Y"). They run on the `core`
// view, where modifiers such as "Iran-backed" and asides are gone, so the actor sits next to its act.
import { onCore, type RelationRule } from './rule';
import {
  ACTIVE,
  ACTOR,
  DIRECTION,
  HEAD_NOUNS,
  NOT_HELD_BY_DANGER,
  NOT_PLACE_EDGE,
  PASSIVE_AUX,
  PLACE_NOUN,
  NOUN_IN_CLAUSE,
  REPORTED,
} from './fragments';
import { REGION_KIND_NAMES, REGION_NAMED } from '../../lexicon/place-words';
import { ABSTRACT_HOLDINGS } from '../../lexicon/common-words';
import { TARGETED_MEASURE_NOUNS } from '../../frames/words';
import { FRAMES } from '../../frames/lexicon';
import { EXECUTED_THINGS } from '../../lexicon/executed-things';
import { HOME_PLACE_NOUNS } from '../../lexicon/home-places';

/** What an authority launches into a matter, not at a target: "launched an investigation into Y". */
const INQUIRY_NOUNS =
  '(?:investigations?|probes?|inquiry|inquiries|enquiry|enquiries|reviews?|audits?|cases?|lawsuits?|proceedings)';
/** Words before an attack noun that make it words, not force (frames.json, noun:attack-on). */
/** A past verb that opens a clause after an attack noun; not a participle of the act ("attacks aimed at"). */
const NOT_CLAUSE_VERB = `(?!(?!(?:aimed|launched|carried|directed|mounted|targeted|conducted|waged)\\b)[a-z]+ed\\b)`;
const WORDS_NOT_FORCE = FRAMES.find((f) => f.id === 'noun:attack-on')?.notAfter ?? [];
/** "the verbal attack by X on Y": the noun read with its author after it, not after such a word. */
const NOT_WORDS_ATTACK = `(?<!\\b(?:${WORDS_NOT_FORCE.join('|')}) )`;

/**
 * Not "execute" with a thing carried out as its object: "executing the arrest warrant on ⟦X⟧",
 * "executed a plan against ⟦X⟧" put no one to death (round 47).
 */
const NOT_EXECUTED_THING = `(?!(?<=\\bexecut[a-z]* )(?:(?:the|an?|its|their|his|her|this|that) )?(?:[a-z-]+ ){0,2}?(?:${EXECUTED_THINGS.join('|')})s?\\b)`;

/** "struck ⟦X⟧'s hometown of ⟦Y⟧": the owner of a home place named after it (../../lexicon/home-places.ts). */
const HOME_PLACE_OWNER = `(?:⟦\\d+[POC]⟧['’]s (?:${HOME_PLACE_NOUNS.join('|')}) of (?:the )?)?`;

/** A region's kind written after its name in lower case: "the Y province". */
const REGION_KINDS = REGION_KIND_NAMES.map((w) => w.toLowerCase()).join('|');

/**
 * The words that make the act's noun the occasion of another act, not the subject's own: "X
 * sanctioned Z over the killing of Y", "X vowed revenge after the assassination of Y", "X
 * restricted entry for Z in connection with the killing of Y", "Z's alleged role in the killing of Y".
 */
const OCCASION_BEFORE_NOUN =
  '\\b(?:in connection with|over|after|following|since|amid|in response to|in retaliation for|into|role in)(?: (?:the|an?|his|her|their|its))?\\s*$';

const TARGET_PREP = '(?:on|against|at|targeting|directed at|aimed at|into|upon)';
/** Verbs through which a subject does the act a noun names: "X carried out strikes". */
const LIGHT_ACT_VERBS =
  'carried|carries|carry|carrying|conducted|conducts|conduct|launched|launches|launch|staged|stages|mounted|mounts|began|begins|led|leads';
/** Verbs of fending off an act, whose object names the act of someone else. */
const REPEL =
  'repelled|repels|repelling|repulsed|repulses|pushed back|pushes back|beat back|beats back|fought off|fights off|fended off|fends off|thwarted|thwarts|foiled|foils|withstood|withstands';
/**
 * "X was sworn in after an attack on Monday killed Y": an act noun right before the verb is the
 * verb's own subject, so the name before it is no killer.
 */
const ACT_SUBJECT = `\\b(?:an?|the) (?:[a-z-]+ )?{N:ATTACK}(?: (?:on )?[A-Z][a-z]+day)? $`;
/**
 * "X reported that these militias have ambushed Y", "X said that militias ambushed Y": a reported
 * clause whose subject is a plain noun (with "these", "those", "some" or none) right before the
 * act; the speaker is only the one who tells it. Not a pronoun or "the …" (the speaker's own: "X
 * said it struck Y", "X said the strikes hit Y").
 */
const REPORTED_CLAUSE_SUBJECT = `\\b(?:said|says|told|tells|stated|states|added|adds|alleged|alleges|reported|reports|claimed|claims)(?: that)? (?:(?:these|those|some|other) )?(?!(?:it|its|they|their|he|his|she|her|we|our|the|a|an)\\b)[a-z-]+s(?: (?:from|of) (?:[a-z-]+ ){0,2}[a-z-]+)?(?: (?:have|has|had|were|was))? ?$`;
/**
 * "X told reporters on Monday that five or six gunmen hiding in the hills ambushed Y": the
 * same with "that" after the listener or the time, a counted subject (or "the rebels", "the
 * gunmen": armed men no speaker calls his own), and its own words after it (round 49, fresh news).
 */
const REPORTED_THAT_CLAUSE = `\\b(?:said|says|told|tells|stated|states|added|adds|alleged|alleges|reported|reports|claimed|claims)\\b(?:[^⟦⟧,;.]|⟦\\d+[A-Za-z]⟧){0,40}? that (?:(?:some|these|those|other|several|many|dozens of|hundreds of|at least|about|up to|more than|\\d+|one|two|three|four|five|six|seven|eight|nine|ten|twenty)(?: or (?:\\d+|[a-z]+))? )*(?:(?!(?:it|its|they|their|he|his|she|her|we|our|the|a|an)\\b)[a-z-]+s|the (?:rebels|militants|gunmen|insurgents|attackers|assailants|separatists|extremists|guerrillas|jihadists|terrorists|bandits|pirates))\\b[^⟦⟧;]{0,60}$`;
/**
 * "X said militias have systematically targeted Y", "X said forces from his country attacked Y"
 * (round 26): the act is told of the reported clause's own subject, a noun the text names no one
 * by; the speaker X did not do it. Not a pronoun that may be
 * the speaker ("X said it had struck Y", "X said its forces have …") nor the speaker's act noun
 * ("X said the strikes have …"); nor the act the speaker accuses others of ("…, accusing the
 * vessels of having invaded Y", round 36).
 */
const SPOKEN_OF_OTHERS = `\\b(?:said|says|told|tells|stated|states|added|adds|alleged|alleges)(?: that)? (?!(?:it|its|they|their|he|his|she|her|we|our|the)\\b)[a-z-]+ (?:have|has|had|were|was)\\b|${REPORTED_CLAUSE_SUBJECT}|${REPORTED_THAT_CLAUSE}|\\baccus(?:ing|ed|es|e) (?!(?:it|its|him|her|them|us|me)\\b)[^⟦⟧,;]{1,40} of (?:having )?(?:[a-z]+ly )?$`;
/**
 * An act's unnamed authors written before its noun: "called on Y to bring to justice those behind
 * the attack on Z", "the perpetrators of the attack in Z" — the attack is theirs, never the
 * sentence's subject's (round 26); so is the act of someone "suspected of organising the assault on
 * Z" (round 36).
 */
const OTHERS_AUTHORS = `\\b(?:those|people|men|whoever|anyone|individuals)(?: who (?:were|are))? (?:behind|responsible for)\\b|\\b(?:perpetrators?|culprits?|masterminds?|organi[sz]ers?) of\\b|\\b(?:suspected|accused|charged|convicted|sentenced) (?:of|for|over|with) (?:[a-z]+ing )?(?:the |an? )?$`;
/**
 * An act noun after a word of occasion is the occasion of the subject's own act, not that act: "X
 * spoke with Y yesterday following the missile attack against Z", "X met Y amid rocket attacks on
 * Z" (round 47). A verb between the occasion and the noun ends the occasion's phrase, so "X, after
 * weeks of talks, launched strikes on Z" stays X's (the comma and verb are no words of the phrase).
 * A name in the phrase is the act's own author ("following the ⟦Y⟧ missile attack on Z").
 */
const OCCASION_IN_GAP = `\\b(?:following|after|since|amid|in response to|in retaliation for)(?: (?:the|an?|its|their|last|this))?(?: (?:[A-Za-z-]+|⟦\\d+[A-Za-z]⟧(?:['’]s)?)){0,4} ?$`;
/**
 * A demonym on a private person names where the person is from, not a state acting: "an ⟦Xian⟧
 * citizen was one of two bombers behind a recent attack on Z" (round 47).
 */
const PRIVATE_PERSON_AFTER_NAME = `^ ?(?:citizens?|nationals?|residents?|man|men|woman|women|teenagers?|youths?|students?|converts?|businessm[ae]n|immigrants?)\\b`;
/**
 * A name that says where a border runs is a place, not the act's author: "X is based in Z operating
 * along the ⟦Y⟧-⟦W⟧ border and has claimed several attacks, including the attack on V" (round 47).
 * The border's own forces still act ("⟦Y⟧ border guards launched an attack on V").
 */
const BORDER_OF_NAME = `^ ?(?:border|borders|frontier|boundary)\\b(?! (?:guards?|police|troops|forces|patrols?|units?|soldiers|posts?)\\b)`;
/**
 * A demonym right before the act noun names its author: in "X placed controls on entities enabling
 * ⟦Russian⟧ aggression against Y" the aggression is Russia's, not X's (a word or two of kind may
 * stand between: "⟦Russian⟧ military aggression").
 */
const DEMONYM_OWNED = `⟦\\d+[a-z]⟧(?: [a-z-]+){0,2} ?$`;
/**
 * An act the subject speaks of with an article: in "X said (that) the assaults on Y underscored …"
 * the assaults are the topic of X's words, not X's act ("X said its strikes on Y" still is); nor
 * one the subject confirms or looks into: "X confirmed the attack on Y" (round 11); nor one it
 * warns about: "X warned that an attack on a base in Y closes the talks" (round 13); nor one it
 * judges: "X called the strikes on Y a response", "X defended the raids on Y" (round 32).
 */
const SPOKEN_OF =
  '\\b(?:said|says|say|saying|told|tells|stated|states|added|adds|noted|notes|warned|warns|warning|cautioned|cautions|confirm|confirms|confirmed|confirming|verified|verifies|documented|documents|described|describes|witnessed|investigated|investigates|investigating|recorded|called|calls|calling|defended|defends|defending|justified|justifies|justifying|hailed|hails|praised|praises)\\b(?: that)? (?:the|a|an|this|these|those)(?: [a-z-]+){0,2} ?$';
/**
 * An act the subject tells of: "X also informed reporters about raids on a base in Y", "X
 * told reporters about the raid on Y", "X spoke of strikes in Y" — the topic of X's words, not X's
 * act (round 40).
 */
const TOLD_ABOUT =
  '\\b(?:informed|informs|informing|spoke|speaks|speaking|talked|talks|talking|told|tells|telling|briefed|briefs|briefing)(?: [a-z]+){0,2} (?:about|of|on) (?:the |a |an |this |these |those |recent |further |more |other )?(?:[a-z-]+ ){0,2}$';
/**
 * An act the subject rejects in words: "X voiced his rejection of the armed assault on
 * Y" (round 32).
 */
const REJECTED = `\\b(?:rejection|condemnation|repudiation|denunciation)["”']? of (?:the|this|these|that|an?)(?: [a-z-]+){0,2} ?$`;
/**
 * A word naming the act's author stands right before the act noun, apart from the subject: in "X
 * rebels fled the continued government offensive in Y" and "X soldiers were killed in a rebel
 * attack in Y" the act is the government's or the rebels' ("X rebel attacks" stay X's).
 */
const AUTHOR_NAMED =
  '^.*\\S \\b(?:rebel|militant|insurgent|terrorist|jihadist|guerrilla|separatist|extremist|government|enemy)(?: [a-z-]+)? ?$';
/**
 * A part of a country's ground: "parts of southern X", "much of X's Y state", "large swaths of X";
 * the country by its name ("much of the Xian economy" is no ground).
 */
const PART_OF_COUNTRY = `(?:large |vast |big |several )?(?:parts?|much|most|areas|swath(?:e)?s|chunks?) of (?:the )?${DIRECTION}{O:C}(?<=⟦\\d+C⟧)`;
/**
 * A share in an act only alleged: "X expelled a Yian envoy over his alleged part in the
 * assassination of Z" tells a charge, not a killing (round 40, fresh news).
 */
const ALLEGED_SHARE =
  '\\b(?:alleged|allegedly|suspected|purported|possible|reported)(?: [a-z]+)? (?:involvement|role|part|complicity|hand) in (?:the )?$';
/** "X inspired attacks on Y": others carried them out. */
const INSPIRED = 'inspired|inspires|inspire|inspiring';
/** "X's involvement in the invasion of Y": a share in the act owned by another name (round 34). */
const SHARE_IN_ACT = `⟦[^⟧]*⟧['’]s (?:[a-z-]+ ){0,2}(?:involvement|participation|role|part|complicity) in (?:the |an? )?$`;
/**
 * The act is not the subject's when the subject reports or blames it, fends it off ("X repels an
 * assault on Y": the assault is someone else's) or inspires it, or a named owner stands right before the act
 * noun: in "X is responsible for ⟦Y⟧'s unprovoked invasion of Z" the invasion is Y's, not X's (a
 * possessor's noun phrase holds no article or preposition, and no verb of doing: "⟦Y⟧'s
 * government carried out strikes" is another phrase).
 */
const OWNED_ACT = `${REPORTED}|${SHARE_IN_ACT}|\\b(?:${REPEL}|${INSPIRED})\\b|${SPOKEN_OF}|${TOLD_ABOUT}|${REJECTED}|${AUTHOR_NAMED}|⟦[^⟧]*⟧['’]s(?: (?!(?:a|an|the|of|by|to|in|on|at|for|with|from|${LIGHT_ACT_VERBS})\\b)[a-z-]+,?){0,5} ?$|${DEMONYM_OWNED}`;
/** An apposition after the target: "X, Ukraine's second-largest city, was hit by Y". */
const TARGET_APPOSITION = "(?:, (?:(?:the|a|an) |⟦\\d+[CLcl]⟧'s )[^,;⟦⟧]{1,40},)?";
/** Nameless parts of a place that an attack hits: "a strike on a residential neighborhood in X". */
const HIT_PLACE = `(?:${PLACE_NOUN}|building|buildings|block|market|hospital|school|station|apartment|apartments|houses?|homes?)`;
/**
 * A nameless site an act strikes, with its article or count and up to two plain words: "a military
 * base", "the airport", "two markets", "Muslim neighborhoods", "all the outposts and surrounding
 * villages". No name stands in it, so nobody owns it in the text.
 */
const SITE_WORD = `(?:${HIT_PLACE}|airports?|bases|airbases|outposts?|neighbo(?:u)?rhoods|villages|markets|hospitals|schools|checkpoints?)`;
const NAMELESS_SITE = `(?:(?:a|an|the|all the|several|two|three|four|some|many) )?(?:[a-z-]+ ){0,2}${SITE_WORD}(?: and (?:[a-z-]+ ){0,2}${SITE_WORD})?`;
/** "carried out on Monday by", "committed last week by": a participle of doing before the author. */
const DONE_BY = ` (?:(?:carried out|committed|conducted|launched|staged|perpetrated)(?: on [A-Z][a-z]+(?: \\d{1,2})?| last [a-z]+)? )?`;
/** Nouns of taking ground, read only with a named town or region as what was taken. */
const CAPTURE = '(?:capture|seizure|recapture|takeover)';
/** "last month", "on Sunday", "this week": when the ground was taken. */
const WHEN_TAKEN = '(?: (?:last|this) [a-z]+| on [A-Z][a-z]+day)?';
/** "Y", "the strategic towns of Y, Z and W", "the city of Y": a named town or region. */
const TAKEN_PLACE = `(?:the )?(?:(?:[a-z-]+ ){0,2}${PLACE_NOUN}s? of )?{O+:L}(?!'s)`;
const ON_DAY = '(?: (?:on )?[A-Z][a-z]+day)?';
/**
 * "killed at least five people (on Wednesday)", "wounded 10": the people an attack killed where it
 * struck, named or only counted.
 */
const KILLED_THERE = `(?: (?:killed|killing|wounded|wounding|injured|injuring)(?:(?: [a-z0-9,-]+){0,3}? (?:people|civilians|residents|children|others)| (?:at least |more than |nearly |about )?(?:\\d+|two|three|four|five|six|seven|eight|nine|ten|dozens))${ON_DAY})`;
/**
 * Not the object of a participle that modifies the subject: in "the coalition backing (the
 * government of) X launched an attack on Y" the coalition attacks, not X (the frame engine reads
 * the same, `participleSubject` in ../../frames/actors.ts).
 */
const NOT_PARTICIPLE_OBJECT =
  '(?<!\\b(?:backing|supporting|opposing|fighting|battling|targeting|defending|protecting|guarding|occupying|controlling|besieging|representing) (?:the (?:government|people|forces|army) of )?)';
/** "targeted (economic) sanctions": measures the participle "targeted" qualifies (round 31). */
const TARGETED_MEASURES = `(?:(?!(?:with|by|for|at|in|on|of|to|from)\\b)[a-z-]+ )?(?:${TARGETED_MEASURE_NOUNS.join('|')})\\b`;
/** Those who fight for a body: "Hamas fighters", "Israeli troops". */
const FIGHTERS = '(?:forces|troops|fighters|militants|soldiers|rebels|militias?|units|gunmen|army)';

/**
 * A name among people counted as harmed: in "20 were wounded, including 18 ⟦U.N.⟧ peacekeepers,
 * in a rocket attack on a base" the peacekeepers are hit, not attacking ("several states,
 * including ⟦X⟧, launched strikes on Y" has no count and still reads X).
 */
const COUNT =
  '(?:\\d[\\d,]*|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|dozens of|scores of|hundreds of)';
const NOT_COUNTED_VICTIMS = `(?<!\\bincluding (?:about |some |at least |nearly )?${COUNT} (?:[a-z-]+ )?)`;
/**
 * A name counted as what a verb killed or took: in "the coalition said it has killed 157 ⟦X⟧ in
 * raids in Y" the X are the raids' dead, not their authors (round 40, fresh news).
 */
const NOT_KILLED_COUNT = `(?<!\\b(?:killed|killing|kills|wounded|injured|captured|arrested|detained|eliminated|neutrali[sz]ed) (?:about |some |at least |nearly |more than |over )?${COUNT} (?:[a-z-]+ )?)`;

/**
 * A claim of an act denied or not made, between the actor and the act's noun ("did not claim
 * responsibility for", "has never taken credit for", "denied any role in", "denies involvement in").
 */
/** "attacked ⟦X⟧'s financial network", "attacked ⟦X⟧'s policies": struck in words or by measures (round 35). */
const NOT_ABSTRACT_HOLDING = `(?!['’]s (?:[a-z-]+ )?(?:${[...ABSTRACT_HOLDINGS].join('|')})\\b)`;

/**
 * Acts someone is asked, or vows, to stop: in "X, who has called for militant groups to stop the
 * rocket attacks on Y" the attacks are the groups', and stopped ones are no act (round 35).
 */
const STOPPED_ACTS =
  '\\b(?:stop(?:s|ped|ping)?|halt\\w*|end(?:s|ed|ing)?|cease[sd]?|ceasing|renounc\\w*|abandon\\w*) (?:the |their |its |all |such |further )?(?:[a-z-]+ ){0,2}$';

/**
 * An act the subject is asked or bound not to do: "X urged ⟦Y⟧ not to launch an incursion into
 * Z", "⟦Y⟧ agreed to refrain from strikes on Z". Nothing was done (round 43).
 */
const UNDONE_ACT = '\\bnot to (?:[a-z-]+ ){0,4}$|\\brefrain(?:s|ed|ing)? from (?:[a-z-]+ ){0,4}$';

/**
 * Verbs of undergoing: "⟦Y⟧ is experiencing record violence, including the assassination of Z",
 * "⟦Y⟧ suffered attacks on its convoys": the subject is where or to whom the act happened, never
 * its author (round 43). Verb forms only: "X, witnesses said, launched an attack on Y" stays X's.
 */
const UNDERGONE =
  '\\b(?:experienc(?:e|es|ed|ing)|suffer(?:s|ed|ing)?|witness(?:ed|ing)|endur(?:e|es|ed|ing)|mourn(?:s|ed|ing)?)\\b' +
  // … or, right after its name, is taken in it: "X was arrested in a raid on Y's offices" (round
  // 46, fresh news; not "X said 17 soldiers were captured in the attack on Y")
  '|^ ?(?:was|were) (?:[a-z]+ly )?(?:arrested|detained|seized|captured|abducted|kidnapped)\\b';

const DISOWNED =
  "\\b(?:not|never|n't)\\s+(?:\\w+\\s+)?(?:claim(?:ed|s|ing)?|t(?:ake|aken|ook|aking))\\b|\\bden(?:y|ies|ied|ying)\\b[^⟦]*\\b(?:responsibility|role|involvement|part)\\b";

/**
 * A state's ground used by others for acts ("terrorists using ⟦Xian⟧ bases for attacks on Y", "⟦X⟧
 * soil to launch raids on Y"): the name owns the ground, not the attacks (round 33).
 */
const GROUND_USED_FOR =
  '^ ?(?:[a-z]+ )?(?:bases?|soil|territory|territories|land|airspace|camps?|hideouts?|sanctuar(?:y|ies)|havens?) (?:for|to launch|to carry out|to stage)(?: [a-z-]+)? ?$';

/** A state's war or era as a time ("the worst bombing of Y's civil war"): its "of" names when, not whom. */
const TIMES_OF_STRIFE =
  '(?:[Tt]roubles|wars?|conflicts?|history|era|period|insurgency|uprising|revolution|struggle|violence)';

/**
 * At most two lower-case words of an attack's kind between its author and the noun ("missile",
 * "air"): no pronoun, article or preposition, which open a phrase of another verb ("blamed X for
 * the attack", "X continued its offensive").
 */
const NOT_KIND_WORD = '(?!(?:its|their|his|her|the|a|an|for|of|in|on|by|to|with|from|over|about)\\b)';
/**
 * Or the subject of a light verb of operations whose object the noun is ("X, backing Y, carried out
 * a series of airstrikes in Z"), where no word of saying, claiming, blaming or asking stands
 * between: those make the name another act's subject.
 */
const NOT_ANOTHERS_ACT =
  '(?!\\b(?:said|says|say|claim\\w*|responsib\\w*|blam\\w*|accus\\w*|call\\w*|urg\\w*|its|their)\\b)';
const OPERATION_LIGHT_VERB =
  '(?:carried|carries|carrying|conducted|conducts|conducting|launched|launches|launching|mounted|mounts|staged|stages)(?: out)?';
const ATTACK_KIND_WORDS =
  `${NOT_KIND_WORD}[a-z-]+(?: ${NOT_KIND_WORD}[a-z-]+)?` +
  `|(?:${NOT_ANOTHERS_ACT}[^;])*?\\b${OPERATION_LIGHT_VERB} (?:a |an |new |fresh )?(?:(?:series|wave|number|string|barrage) of )?(?:[a-z-]+ ){0,2}`;

/** "whom X holds / sees as responsible for": X lays the acts after it on another. */
const HELD_RESPONSIBLE =
  '\\b(?:holds?|held|considers?|considered|deems?|deemed|sees?|saw|as) (?:[a-z]+ )?responsible for\\b[^⟦]*$';

/**
 * "X rights group says 25 were killed in ⟦Y⟧ attacks on Z": an attack noun with its own author
 * written right before it is that author's, not the sentence's first name's.
 */
const AUTHOR_RIGHT_BEFORE = '⟦\\d+[OPCcop]⟧ ?$';
/** "a compound associated with / linked to attacks on Z" names the attacks, nobody's act. */
const ACTS_LINKED_TO = '\\b(?:associated with|linked to|tied to) $';
/**
 * "X's verbal attack on Y", "a personal attack on Y": words, not force (the frame record's
 * notAfter list, round 38).
 */
const WORDS_NOT_FORCE_BEFORE = `\\b(?:${WORDS_NOT_FORCE.join('|')}) $`;
/**
 * "X said the cost of such raids on Z would be high": acts of a kind a speaker names, not the
 * speaker's (round 47, fresh news).
 */
const SUCH_ACTS_SPOKEN_OF =
  '\\b(?:said|says|warned|warns|told|tells|added|stated)\\b[^⟦]*\\bsuch (?:[a-z-]+ )?$';

/**
 * Why the name before "an attack on Z" is not the attack's author, read in the gap between them
 * (noun:attack-on's gapBlock), grouped by the reason: any one part drops the fact.
 */
const ATTACK_ON_NOT_THE_NAMES = {
  /** the act is written as another's: owned or reported, laid on another, its own author before it, its unnamed authors */
  anothersAct: [OWNED_ACT, HELD_RESPONSIBLE, AUTHOR_RIGHT_BEFORE, OTHERS_AUTHORS],
  /** the act is only named: linked to, in words, of a kind spoken of, the occasion of another act */
  onlyNamed: [ACTS_LINKED_TO, WORDS_NOT_FORCE_BEFORE, SUCH_ACTS_SPOKEN_OF, OCCASION_IN_GAP],
  /** the act is not done: disowned, asked or vowed to stop, bound not to be done */
  notDone: [DISOWNED, STOPPED_ACTS, UNDONE_ACT],
  /** the name is no actor: inside a noun's clause, ground others use, one who underwent it, a private person, a border */
  nameNoActor: [NOUN_IN_CLAUSE, GROUND_USED_FOR, UNDERGONE, PRIVATE_PERSON_AFTER_NAME, BORDER_OF_NAME],
};

/** One gap pattern that matches where any of the parts does. */
const anyOf = (parts: readonly string[]): string => parts.join('|');

export const VIOLENCE_RULES: RelationRule[] = [
  // ATTACKED
  onCore({
    reason: 'verb:active:attack',
    predicate: 'ATTACKED',
    confidence: 0.8,
    // "hit back at X", "hit out at X" are words, not blows; "sanctions targeted at X" is a
    // participle of the sanctions, not an act (though "targeted at least five towns" is); nor is
    // "imposed targeted sanctions on X" (round 31: the participle qualifies the sanctions)
    pattern: `${ACTOR}${ACTIVE}{V:ATTACK} (?!(?:back|out) at\\b)(?!(?<=\\btargeted )at (?!least\\b|most\\b))(?!(?<=\\btargeted )${TARGETED_MEASURES}){NP}${HOME_PLACE_OWNER}{O+}${NOT_ABSTRACT_HOLDING}`,
    // "X inspired plots or attacks against Y": the verb form is a noun of acts others did; "the
    // ⟦EU⟧ sanctions package targeted officials in ⟦Y⟧": measures that target strike no one (round 32)
    // … and "condemned a deadly attack on Y": after an article (and an adjective) the verb's form
    // is a noun, while "the strikes targeted Y" has the noun before the verb (round 33); nor "X
    // protested the statement issued by Z that smears and attacks Y": a relative clause's verbs,
    // joined after "that", are its antecedent's (round 35; "X, which regrouped and attacked Y" is X's)
    gapBlock: `\\b(?:${INSPIRED})\\b|${SPOKEN_OF_OTHERS}|[^,] (?:that|which) [a-z]+ (?:and|or) $|\\b(?:sanctions?|packages?|measures|restrictions|penalties|designations|embargo(?:es)?|tariffs) ?$|\\b(?:a|an|the)(?: [a-z-]+ly| (?:new|fresh|major|massive|brutal|coordinated|suspected|failed|foiled|devastating|suicide|terrorist|rocket|drone|missile|heinous|horrific|vicious|renewed))? $`,
  }),
  onCore({
    // "X did not claim responsibility for the attack on Y", "X denied any role in the attack on
    // Y": an act disowned is not the actor's (DISOWNED)
    reason: 'noun:attack-on',
    predicate: 'ATTACKED',
    confidence: 0.7,
    // "an airstrike on the outskirts of Y": the place's edge is where it struck, not whom
    // ("backers and foes of the stoppage clashed at Y": a verb in the past after the noun is
    // a clause of its own, and Y where it happened; a participle of the act still is the act's,
    // "attacks aimed at Y", round 45)
    pattern: `${NOT_COUNTED_VICTIMS}${NOT_KILLED_COUNT}${NOT_HELD_BY_DANGER}${NOT_PARTICIPLE_OBJECT}${ACTOR}{N:ATTACK}(?: ${NOT_CLAUSE_VERB}[a-z]+)? ${TARGET_PREP} ${NOT_PLACE_EDGE}{NP}{O+}`,
    // (nor "Y, whom X holds responsible for attacks on Z": acts X lays on another, round 48, fresh news)
    gapBlock: anyOf(Object.values(ATTACK_ON_NOT_THE_NAMES).flat()),
  }),
  onCore({
    reason: 'noun:attack-in-place',
    predicate: 'ATTACKED',
    confidence: 0.55,
    // "a strike on a residential neighborhood in X": what was hit is a nameless part of the place
    // "X attacks killed five people in Y and Z", "X attacks in the eastern city of Y": a city or
    // town whose people or places were hit (never a country: "strikes in Syria" names where;
    // nor a province or region, round 25)
    pattern: `${NOT_KILLED_COUNT}${ACTOR}{N:ATTACK}(?: (?:on|against) (?:a|an|the) (?:[a-z-]+ ){0,2}${HIT_PLACE})?${ON_DAY}${KILLED_THERE}? in (?:the )?(?:(?:[a-z-]+ )?${PLACE_NOUN} of )?{O+:L}(?!'s| (?:${REGION_KINDS})\\b)`,
    // "Ten ⟦Xian⟧ soldiers were killed in a ⟦Y⟧ attack … in Z": the attack's own author is
    // written before it, and the sentence's subject is among its dead …
    // … and people told as its victims ("X said hundreds were also displaced in the assault in Y")
    gapBlock: `${OWNED_ACT}|⟦\\d+[OPCcop]⟧ ?$|\\b(?:was|were|been) (?:also |[a-z]+ly )?(?:killed|wounded|injured|displaced|hurt|uprooted|trapped|evacuated)\\b|${OTHERS_AUTHORS}`,
    // The author is written on the noun itself ("⟦Xian⟧ shelling", "a ⟦Xian⟧ missile attack"), at
    // most two words of its kind between. A name further off is the subject of another verb: one
    // who claims, is blamed for, speaks of or calls for an end to the attack ("X claimed the
    // bombing in Y", "X said the airstrikes in Y", "X calls on forces to cease attacks in Y"),
    // or a state at war in its own regions ("X continued its offensive in Y") (round 47).
    gapShape: ATTACK_KIND_WORDS,
    // a province, region or district around the attack is where it struck, not whom (round 25:
    // "claimed responsibility for the raid in the Y district"); as for a site in one, below
    objectNameBlock: REGION_NAMED,
  }),
  // "X fighters attacked a military base in the town of Y", "X shelled markets in Y": a nameless
  // site the verb strikes stands for the named town or region it lies in (never a country, and
  // never a site with a named owner: "attacked ⟦Z⟧'s base in Y" is Z's)
  onCore({
    reason: 'verb:attack-site-in-place',
    predicate: 'ATTACKED',
    confidence: 0.55,
    // a province or region around the site is where it lies, not what was struck ("stormed an
    // outpost in Y province" hit the outpost's side)
    pattern: `${ACTOR}${ACTIVE}{V:ATTACK} ${NAMELESS_SITE} in (?:the )?(?:(?:[a-z-]+ )?${PLACE_NOUN} of )?{O+:L}(?!'s| (?:${REGION_KINDS})\\b)`,
    // "a ⟦X⟧ airstrike hit a hospital in Y": the act noun is the verb's subject, and its author only
    // a modifier (the gold reads the hospital's side, not the town)
    gapBlock: `\\b(?:${INSPIRED})\\b|${SPOKEN_OF_OTHERS}|{N:ATTACK} ?$`,
  }),
  // "civilians were killed in an attack by X in Y", "the raids carried out on Monday by X in Y":
  // the attack's author after "by" and the named town or region where it struck
  onCore({
    reason: 'noun:attack-by-in-place',
    predicate: 'ATTACKED',
    confidence: 0.55,
    pattern: `{N:ATTACK}${DONE_BY}by {DET}{S+:POC} (?:on ${NAMELESS_SITE} )?in (?:the )?(?:(?:[a-z-]+ )?${PLACE_NOUN} of )?{O+:L}(?!'s)`,
  }),
  // "X's capture of the town of Y", "the capture last month by X of the towns of Y and Z", "the
  // seizure of Y by X": a named town or region taken (a country is an invasion's, above)
  onCore({
    reason: 'noun:capture-of-place',
    predicate: 'ATTACKED',
    confidence: 0.6,
    pattern: `{!PREP}{S+:POC}'s (?:[a-z-]+ )?${CAPTURE} of ${TAKEN_PLACE}`,
  }),
  onCore({
    reason: 'noun:capture-by-of-place',
    predicate: 'ATTACKED',
    confidence: 0.6,
    pattern: `${CAPTURE}${WHEN_TAKEN} by {DET}{S+:POC}(?: ${FIGHTERS})? of ${TAKEN_PLACE}`,
  }),
  onCore({
    reason: 'noun:capture-of-place-by',
    predicate: 'ATTACKED',
    confidence: 0.6,
    pattern: `${CAPTURE} of ${TAKEN_PLACE}${WHEN_TAKEN} by {DET}{S+:POC}`,
  }),
  onCore({
    reason: 'noun:invasion-of',
    predicate: 'ATTACKED',
    confidence: 0.75,
    // (not "the deadliest bombing of ⟦Y⟧'s long conflict": the owner's war or era says when, not
    // whom it hit, round 47, fresh news)
    pattern: `${ACTOR}{N:CONQUEST} of {NP}{O+}(?!['’]s (?:[a-z-]+ ){0,2}${TIMES_OF_STRIFE}\\b)`,
    // "X launched an offensive … during the long occupation of Y": a time told by another's
    // act, not X's (round 36)
    gapBlock: `${OWNED_ACT}|\\b(?:during|since|after|before|until) (?:the |a )?(?:[\\w/-]+ ){0,2}$`,
  }),
  onCore({
    reason: 'noun:attack-on-by',
    predicate: 'ATTACKED',
    confidence: 0.75,
    pattern: `${NOT_WORDS_ATTACK}{N:ATTACK} ${TARGET_PREP} {DET}{O+} by {DET}{S+:POC}`,
  }),
  onCore({
    reason: 'noun:attack-by-on',
    predicate: 'ATTACKED',
    confidence: 0.75,
    pattern: `${NOT_WORDS_ATTACK}{N:ATTACK} by {DET}{S+:POC} ${TARGET_PREP} {NP}{O+}`,
  }),
  onCore({
    reason: 'verb:passive:attack',
    predicate: 'ATTACKED',
    confidence: 0.8,
    pattern: `{O+}(?:'s)?${HEAD_NOUNS}${TARGET_APPOSITION} ${PASSIVE_AUX}{VED:ATTACK} by {DET}{S+:POC}`,
  }),
  onCore({
    reason: 'verb:came-under-fire',
    predicate: 'ATTACKED',
    confidence: 0.75,
    pattern: `{O+}(?:'s)?${HEAD_NOUNS}${TARGET_APPOSITION} (?:(?:has|have|had) )?(?:came|come|comes|coming) under (?:[a-z]+ ){0,2}?(?:fire|attack|shelling|bombardment|assault|missile fire|rocket fire|drone attack) (?:from|by) {DET}{S+:POC}`,
  }),
  // "X repelled an assault by Y": the act is Y's, told from its target
  onCore({
    reason: 'noun:repelled-attack-by',
    predicate: 'ATTACKED',
    confidence: 0.7,
    pattern: `{!PREP}{O:POC}{GAP}${ACTIVE}\\b(?:${REPEL}) (?:an? |the |another |several |multiple )?(?:[a-z-]+ ){0,2}?{N:ATTACK} (?:by|from) {DET}{S+:POC}`,
  }),
  onCore({
    reason: 'verb:seize',
    predicate: 'ATTACKED',
    confidence: 0.7,
    // a place or body taken, not goods: "seized Iranian weapons" names no target
    // (nor a place taken back "from" its named holder: "seized the Y base from Z" fights Z, round 47)
    pattern: `${ACTOR}${ACTIVE}{V:SEIZE} (?:control of )?{DET}(?=⟦\\d+[A-Z]⟧){O+:OCL}(?!'s)(?!(?: [a-z-]+){0,2} from (?:the )?⟦\\d+[OPCopc]⟧)`,
    // "seized control of the government": power taken, not ground
    objectNotVia: ['coref:the-government'],
  }),
  // "took control of parts of southern X", "has seized much of X's Y state": part of a country's
  // ground taken is an attack on the country, its owner (a whole town taken by "took control of"
  // older annotations do not read as one, so only a part of a country is read here)
  onCore({
    reason: 'verb:seize-part-of',
    predicate: 'ATTACKED',
    confidence: 0.7,
    pattern: `${ACTOR}${ACTIVE}{V:SEIZE}(?: control of)? ${PART_OF_COUNTRY}`,
  }),
  // (a rule of its own: a rule runs only on sentences holding one of its word macros' words)
  onCore({
    reason: 'verb:seize-part-of',
    predicate: 'ATTACKED',
    confidence: 0.7,
    pattern: `${ACTOR}${ACTIVE}\\b(?:took|takes|taken|taking) control of ${PART_OF_COUNTRY}`,
  }),
  onCore({
    reason: 'verb:fire-on',
    predicate: 'ATTACKED',
    confidence: 0.7,
    // not "shot down a missile fired at Y by X": the thing fired is X's, not the subject's; nor
    // "a train that puts out fires was battling a blaze on Y" (fires put out are a noun, round 33);
    // nor "launched an investigation into Y", nor "fired toward the area from Y" (round 42)
    pattern: `${NOT_PARTICIPLE_OBJECT}${ACTOR}${ACTIVE}\\b(?<!\\b(?:put|puts|putting|fight|fights|fighting|battle|battles|battling) out )(?:fired|fires|firing|opened fire|launched|launches|launching)(?!(?: [a-z]+){0,3}? ${INQUIRY_NOUNS}\\b)(?: [a-z]+){0,6}? (?:on|at|upon|toward|towards|into) {NP}(?<!\\bfrom ){O+}(?!(?: [A-Za-z]+){0,2} by\\b)`,
  }),
  onCore({
    reason: 'verb:fight',
    predicate: 'ATTACKED',
    confidence: 0.7,
    pattern: `${ACTOR}${ACTIVE}\\b(?:fought|fights|fighting|battled|battles|battling) {DET}{O+}`,
  }),
  // "X fighters clashed with Y forces": armed clashes only, not "X clashed with Y over policy"
  onCore({
    reason: 'verb:clash-forces',
    predicate: 'ATTACKED',
    confidence: 0.65,
    pattern: `{!PREP}{S+:OC}(?:'s)? (?:[a-z]+ )?${FIGHTERS} (?:have |had )?(?:clashed|clash|clashes) with {DET}(?:[a-z]+ )?{O+:OC}`,
  }),
  onCore({
    reason: 'verb:clash-armed',
    predicate: 'ATTACKED',
    confidence: 0.65,
    subjectCategories: ['military', 'armed_group'],
    pattern: `{!PREP}{S+:O} (?:have |had )?(?:clashed|clashes) with {DET}{O+:OC}`,
  }),
  onCore({
    reason: 'verb:fight-against',
    predicate: 'ATTACKED',
    confidence: 0.7,
    pattern: `${ACTOR}{V:FIGHT} (?:[a-z]+ )?against {DET}{O+}`,
  }),
  onCore({
    reason: 'verb:fight-alongside-against',
    predicate: 'ATTACKED',
    confidence: 0.7,
    pattern: `${ACTOR}{V:FIGHT} alongside {DET}{S2:POC} against {DET}{O+}`,
  }),

  // KILLED
  onCore({
    reason: 'verb:active:kill',
    predicate: 'KILLED',
    confidence: 0.8,
    // "killing several commanders, including Revolutionary Guards chief X"
    // "the overthrow and killing of X": a gerund before "of" is a noun, with no subject (round 33)
    pattern: `${ACTOR}${ACTIVE}{V:KILL} ${NOT_EXECUTED_THING}(?!(?<=ing )of\\b)(?:{DET}(?:[a-z\\d-]+ ){0,4}?[a-z\\d-]+, (?:including|among them) )?{NP}{TSKIP}{O+:P}`,
    gapBlock: `${REPORTED}|${ACT_SUBJECT}|${SPOKEN_OF_OTHERS}`,
  }),
  onCore({
    reason: 'verb:passive:kill',
    predicate: 'KILLED',
    confidence: 0.8,
    pattern: `{O+:P} ${PASSIVE_AUX}{VED:KILL} by {DET}{S:POC}`,
  }),
  onCore({
    reason: 'verb:passive:killed-in-strike',
    predicate: 'KILLED',
    confidence: 0.7,
    pattern: `{O+:P} (?:${PASSIVE_AUX}{VED:KILL}|died|was fatally wounded) in an? {S:POC} (?:[a-z-]+ )?{N:ATTACK}`,
  }),
  onCore({
    reason: 'noun:death-of',
    predicate: 'KILLED',
    confidence: 0.65,
    pattern: `${ACTOR}\\b(?:resulted in|resulting in|caused|led to) the deaths? of {NP}{O+:P}`,
  }),
  onCore({
    reason: 'noun:killing-of',
    predicate: 'KILLED',
    confidence: 0.7,
    // "the attempted assassination of Y" killed no one: an attack (noun:attempted-killing-of)
    pattern: `${ACTOR}\\b(?<!\\b(?:attempted|failed|botched|foiled|thwarted) )(?:killing|assassination) of {NP}{O+:P}`,
    // "the killing of A, as well as the assassination of B": A is a victim, not B's killer; "X
    // restricted entry for Z in connection with the killing of Y": the killing is the occasion
    gapBlock: `${REPORTED}|\\bas well as\\b|${OCCASION_BEFORE_NOUN}|${NOUN_IN_CLAUSE}|${ALLEGED_SHARE}|${UNDERGONE}`,
  }),
  onCore({
    // "X claimed responsibility for the attempted assassination of Y", "X ordered the
    // assassination attempt on Y": an attempt on a life is an attack on it (b13-04, b16-01 gold)
    reason: 'noun:attempted-killing-of',
    predicate: 'ATTACKED',
    confidence: 0.7,
    pattern: `${ACTOR}\\b(?:(?:attempted|failed|botched) (?:killing|assassination|murder) of|(?:assassination|murder) attempts? (?:on|against)) {NP}{O+:P}`,
    gapBlock: `${REPORTED}|\\bas well as\\b|${OCCASION_BEFORE_NOUN}|${NOUN_IN_CLAUSE}|${ALLEGED_SHARE}`,
  }),
  onCore({
    reason: 'noun:killing-of-by',
    predicate: 'KILLED',
    confidence: 0.75,
    pattern: `\\b(?:killing|assassination|death) of {DET}{O+:P} (?:by|at the hands of) {DET}{S:POC}`,
  }),
];
