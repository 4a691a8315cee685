// Runs the relation rules over one sentence view and returns candidate facts. A rule is skipped
// when its words are absent; its regex is tried at every slot (or every position, for patterns
// that open on a word), so matches may overlap ("X-backed Y and Z-backed W"). Each match is then
// checked for the actor's position, modality (negated, hypothetical, threat), types and categories.
import { passivePatientLinked } from './linked-patients';
import { STRUCTURAL_PREDICATES, type Entity, type Predicate } from '../../model';
import { RELATION_RULES, STRUCTURAL_RULES, type RelationRule } from '../rules/relations';
import {
  ALLY_OR_PARTNER_NOUNS,
  GOES_ON_AFTER_MODAL,
  MODALS,
  ONE_PERSON_ACTS,
  ONE_PERSON_HEADS,
  PEOPLE_HEADS,
  PLACE_FIGHTERS,
  TARGET_HEADS,
  UNREAL_DETERMINERS,
  CAUSATIVE_VERBS,
} from '../frames/words';
import { TITLE_WORDS } from '../lexicon/titles';
import { escapeRegex } from '../escape-regex';
import { CLAIM_NOUNS, NEED_ADJECTIVES, PRIVATE_PEOPLE_NOUNS } from '../lexicon/common-words';
import { STATES_OF_CAPITAL } from '../lexicon/countries';
import { ABSTRACT_AFTER_TARGET, FACILITY_AFTER_PLACE, FORCE_FACILITY } from '../rules/relations/fragments';
import { compilePattern, compileTest, NOT_EMBEDDED, type CompiledPattern } from './compile-pattern';
import {
  FORCE_PREDICATES,
  JUDGMENT_NOUNS,
  FORMER_HOLDER_WORDS,
  KIN_NOUNS,
  MARKET_NOUNS,
  MUNITION_NOUNS,
  OUTLAW_NOUNS,
  PENALTY_NOUNS,
  SUPPORTER_NOUNS,
  OPPONENT_NOUNS,
  PENALTY_VERBS,
  VERBS_ALSO_NOUNS,
} from '../lexicon/predicate-words';
import { modality } from './modality';
import { GUARD_TRACE, traceDrops } from './guard-trace';
import { OWNED_WINDOW, ownsHarm, type PlainWord } from '../frames/owned-harm';
import type { SentenceView, Slot } from './sentence-view';
import { BELIEVED, coordinatedClause, notActorBecause, pastDescribingAside } from './subject-position';

export interface Candidate {
  subject: Entity;
  predicate: Predicate;
  object: Entity;
  confidence: number;
  reason: string;
  /** The object was not written: it is the article's dominant country (national titles). */
  inferredObject: boolean;
}

/** A rule ready to run; its pattern's `needs` and `required` are read through their ids only. */
interface CompiledRule {
  rule: RelationRule;
  regex: RegExp;
  /** The pattern's `needs` as indexes into NEEDED_SETS (rules share sets), so a sentence's positions are arrays. */
  needIds: number[];
  opening?: CompiledPattern['opening'];
  /** How many slots the sentence needs: two, or one when the object is implied. */
  slots: number;
  gapBlock?: RegExp;
  gapShape?: RegExp;
  /** Whether `regex` has been run once on LONG_SUBJECT (compiledAtOnce). */
  compiled: boolean;
  /** The pattern's `required` as indexes into REQUIRED (rules share them: one verb group, one title list). */
  requiredIds: number[];
}

/**
 * Every `required` test some rule has, once by source: rules of one verb group or title list
 * share it, and a sentence's answer is looked up rather than searched again (applyRulesToViews).
 */
const REQUIRED: RegExp[] = [];
const REQUIRED_INDEX = new Map<string, number>();
const requiredId = (re: RegExp): number => {
  const key = `${re.flags}/${re.source}`;
  let id = REQUIRED_INDEX.get(key);
  if (id === undefined) REQUIRED_INDEX.set(key, (id = REQUIRED.push(re) - 1));
  return id;
};

/** Every string some rule needs, once: rules share many (" of ", "P⟧"). */
const NEEDED: string[] = [];
const NEEDED_INDEX = new Map<string, number>();
/** Each needed string's character pairs (pairHash below), by the same index. */
const NEEDED_PAIRS: number[][] = [];
/** Every set of needed strings some rule has, once, as indexes into NEEDED. */
const NEEDED_SETS: number[][] = [];
const NEEDED_SET_INDEX = new Map<string, number>();
const neededSetId = (set: string[]): number => {
  const ids = set.map(neededId);
  const key = ids.join(' ');
  let id = NEEDED_SET_INDEX.get(key);
  if (id === undefined) NEEDED_SET_INDEX.set(key, (id = NEEDED_SETS.push(ids) - 1));
  return id;
};
const neededId = (s: string): number => {
  let id = NEEDED_INDEX.get(s);
  if (id === undefined) {
    NEEDED_INDEX.set(s, (id = NEEDED.push(s) - 1));
    NEEDED_PAIRS.push([
      ...new Set(Array.from({ length: Math.max(0, s.length - 1) }, (_, i) => pairHash(s, i))),
    ]);
  }
  return id;
};

/**
 * Most needed strings are absent from a sentence (a rule's verbs, its titles), and a search for
 * each is most of the rules' time. A string with a character pair the text lacks is absent, so
 * a text's pairs, hashed into a bit set, settle most of them without a search.
 */
const PAIR_BITS = 4096;
function pairHash(text: string, i: number): number {
  return (text.charCodeAt(i) * 31 + text.charCodeAt(i + 1)) & (PAIR_BITS - 1);
}
function pairsOf(text: string, bits: Uint32Array): void {
  bits.fill(0);
  for (let i = 0; i + 1 < text.length; i++) {
    const h = pairHash(text, i);
    bits[h >>> 5] |= 1 << (h & 31);
  }
}
/**
 * NEEDED_PAIRS in one typed array, string after string (PAIRS_AT: where each string's pairs
 * start), filled once every rule is compiled (pairTables): a contiguous read per string.
 */
let PAIRS = new Uint16Array(0);
let PAIRS_AT = new Uint32Array(1);
function pairTables(): void {
  PAIRS = Uint16Array.from(NEEDED_PAIRS.flat());
  PAIRS_AT = new Uint32Array(NEEDED_PAIRS.length + 1);
  NEEDED_PAIRS.forEach((pairs, id) => (PAIRS_AT[id + 1] = PAIRS_AT[id] + pairs.length));
}
/**
 * Whether the text lacks one of the needed string's pairs. The pair found missing moves to the
 * front of the string's pairs, so the next text is tested on it first (the answer is the same
 * in any order; the pairs a text lacks are mostly the same ones).
 */
function lacksPair(bits: Uint32Array, id: number): boolean {
  const first = PAIRS_AT[id];
  for (let k = first, end = PAIRS_AT[id + 1]; k < end; k++) {
    const h = PAIRS[k];
    if (!(bits[h >>> 5] & (1 << (h & 31)))) {
      PAIRS[k] = PAIRS[first];
      PAIRS[first] = h;
      return true;
    }
  }
  return false;
}

const compileRules = (rules: RelationRule[]): CompiledRule[] =>
  rules.map((rule) => {
    const pattern = compilePattern(rule.pattern);
    return {
      rule,
      ...pattern,
      needIds: pattern.needs.map(neededSetId),
      requiredIds: pattern.required.map(requiredId),
      slots: rule.objectFrom ? 1 : 2,
      gapBlock: rule.gapBlock ? compileTest(rule.gapBlock) : undefined,
      gapShape: rule.gapShape ? compileTest(`^\\s*(?:${rule.gapShape})?\\s*$`) : undefined,
      compiled: false,
    };
  });
const ALL = compileRules(RELATION_RULES);
/** The structural rules are rules of ALL too: the same compiled records, in their own order. */
const COMPILED_OF = new Map(ALL.map((c) => [c.rule, c]));
const STRUCTURAL = STRUCTURAL_RULES.map((rule) => COMPILED_OF.get(rule) ?? compileRules([rule])[0]);
/** Beside the frame engine: every rule but the act rules measured mostly wrong beyond it. */
const BESIDE_FRAMES = ALL.filter((c) => c.rule.combined !== false);
const RULE_SETS = { all: ALL, structural: STRUCTURAL, combined: BESIDE_FRAMES };
pairTables();

const SLOT_INDEX = /⟦(\d+)[A-Za-z]⟧/g;
const slotsIn = (text: string | undefined, view: SentenceView): Slot[] =>
  text ? [...text.matchAll(SLOT_INDEX)].map((m) => view.slots[Number(m[1])]) : [];

/** "sanctions on X in response to its aggression against Y": the act is X's, not the subject's. */
const ANSWERED_ACT =
  /\b(?:response|retaliation|reaction|reply)\s+(?:to|for)\s+(?:its|their)\s+((?:\S+\s+){0,2})$/;
/** A word in -ing that opens a clause; not a noun in -ing ("the building", "a briefing"). */
const GERUND = '(?!(?:build|morn|even|meet|brief|train|hous|cross|land|gather)ing )[a-z]{2,}ing ';
/**
 * "targeted the infrastructure supporting ⟦X⟧": a gerund after the target's first noun opens a
 * clause, whose object is not the target ("the ruling party", "the main building of" stay).
 * Checked on the matched words: the same test inside every rule's regex is slow.
 */
const CLAUSE_IN_NP = new RegExp(
  `^(?:(?:the|a|an|its|their|his|her|rival|several|multiple) )?(?!(?:the|a|an|its|their|his|her) )\\S+ (?:\\S+ )?${GERUND}(?=the |an? |his |her |its |their |[A-Z]|$)`,
);
/**
 * "sanctions on two militias fighting in ⟦X⟧", "strikes on fighters operating near ⟦X⟧": a
 * participle before the place link says where the target's people act; the place is not the target.
 */
const PARTICIPLE_BEFORE_PLACE = new RegExp(`\\b${GERUND}(?:in|near) (?:the )?(?:[a-z-]+ )?$`);
/**
 * "sanctioned a vital supporter of ⟦X⟧", "designated a financier of ⟦X⟧": the one sanctioned is a
 * person of X's, not X (killing X's fighters is X's loss, so KILLED keeps them: the gold's reading).
 */
const PERSON_OF_NP = new RegExp(`\\b(?:${SUPPORTER_NOUNS.join('|')}) (?:of|for|to) (?:the )?$`);
/**
 * "shot down 103 ⟦Xian⟧ drones", "said it shot down a total of 59 ⟦Xian⟧ missiles": air defence
 * against a counted salvo is no attack on the side that fired it (the round-6 batch lists none
 * for "drones that his forces shot down"); "shot down the ⟦Xian⟧ drone" still is one.
 */
const COUNTED_BEFORE =
  /\b(?:\d[\d,]*|two|three|four|five|six|seven|eight|nine|ten|dozens|scores|hundreds|several)\b/;
const MUNITIONS_AFTER = new RegExp(` (?:[a-z-]+ ){0,2}(?:${MUNITION_NOUNS.join('|')})\\b`, 'iy');
/** A target reached through "in" must be a country: "an oil pipeline in Saudi Arabia". */
const LOCATIVE_NP = /\b(?:in|near)\b/;
/**
 * "strikes on opposition forces in northern ⟦X⟧": armed people of another side before
 * "in" are the target, and the country only where they are (round 32).
 */
const OTHER_SIDE_IN_NP =
  /\b(?:opposition|rebel|insurgent|militant|jihadist|separatist|extremist|terrorist|enemy|guerrilla)(?: [a-z-]+)? (?:forces|fighters|positions|groups|targets|strongholds|hideouts|bases|camps|units)\b/;
/** "attacked ⟦Amhara⟧ fighters": armed people named after a place are not the place (frames/units.ts). */
const FIGHTERS_OF_PLACE = new RegExp(`[Ll]⟧ (?:${[...PLACE_FIGHTERS].join('|')})\\b`, 'y');

/**
 * The target is something the object slot qualifies, not the object: a facility in a place ("an
 * attack on ⟦X⟧ police headquarters"), or what no weapon hits ("an assault on ⟦X⟧'s institutions").
 */
const QUALIFIED_TARGET = new RegExp(
  `[Ll]⟧ ${FACILITY_AFTER_PLACE}|[Oo]⟧ ${FORCE_FACILITY}|[A-Za-z]⟧${ABSTRACT_AFTER_TARGET}`,
  'iy',
);
/**
 * "X has been accusing the Islamic Republic of supplying drones to Y", "X charged the firm with
 * selling arms to Y": the act after the accusation is the accused's, whom the gap passes unnamed
 * (round 22). Not the subject's own accusation: "X is accused of supplying …", "X was charged with
 * selling …" tell X's alleged act. The accused may be a name the gap passes over as a
 * participle's object: "X is accusing ⟦Z⟧ of firing on Y" gives the firing to no one (round 41).
 */
const ACCUSED_IN_GAP = /\b(?:accus\w*|suspect\w*|charg(?:e|es|ed|ing)) (?!of\b|with\b)[^;]*\b(?:of|with) $/;
/**
 * "a suspect who ⟦X⟧ officials think was behind the raid on Y", "X say they were behind
 * the attack": the believer or speaker names someone else behind the act (round 42).
 */
const BELIEVED_BEHIND_IN_GAP =
  /\b(?:believes?|believed|says?|said|thinks?|thought|suspects?|suspected|alleges?|alleged|claims?|claimed) (?:(?:he|she|they|it|that) )?(?:was|were|is|are|had been|has been|have been) (?:[a-z]+ )?behind /;
/**
 * "A delegation visited ⟦X⟧'s capital for talks with Y": a place owned by the name is where the
 * act happened, so the owner is not its actor (round 42).
 */
const OWNED_PLACE_IN_GAP =
  /^['’]s (?:capital|city|port|border|region|province|territory|soil|airport|palace)\b/;
/**
 * "The ⟦Xian⟧ statement attacked Y", "⟦X⟧ media attacked Y": words or those who print them attack
 * only in words, so the act is no blow (round 22; the stance rules read criticism).
 */
const WORDS_AS_ACTOR =
  /^ (?:[a-z-]+ )?(?:statement|statements|report|reports|editorial|editorials|article|articles|newspaper|newspapers|media|press|remarks|comments|speech|speeches|letter|resolution|communique|declaration|tweet|tweets)\b/;
/**
 * "Hours after ⟦X⟧ spoke, a suspected rebel gunman attacked Y": an indefinite noun phrase after a
 * comma, running straight into the verb, is the verb's own subject; an apposition would close
 * with a comma before the verb (round 44, fresh news).
 */
const OWN_SUBJECT_ENDS_GAP = /, (?:a|an) (?:[A-Za-z-]+ ){0,5}$/;
/**
 * "⟦X⟧ says the vote by the ⟦Y⟧, imposing new sanctions on Z, …": an act carried by a clause on the
 * agent after "by" is that agent's, not the sentence subject's (round 44, fresh news).
 */
const AGENT_CARRIES_ACT =
  /\bby (?:the )?⟦\d+[A-Za-z]⟧,? (?:[a-z]+ing|to [a-z]+|(?:that|which) [a-z]+) (?:[a-z-]+ ){0,4}$/;
/** "⟦X⟧ said of the attack in Y", "spoke about the raid": an act the name speaks of is not its own (round 44). */
const SPOKEN_OF_ACT =
  /\b(?:said|says|say|spoke|speaks|wrote|writes|asked|asks|commented|comments) (?:of|about) (?:the |a |an |this |that |last |Monday's |Tuesday's |Wednesday's |Thursday's |Friday's |Saturday's |Sunday's )?(?:[a-z-]+ )?$/;
/**
 * "urged ⟦X⟧'s government to stop militants launching raids on Y": the act belongs to the band the
 * name is asked to stop, or the named band (read for "Kurdish rebels" by the coreference step), not
 * to the name ("urged X to stop its raids" stays X's; round 44).
 */
const STOPPED_BAND_IN_GAP =
  /\bto (?:stop|prevent|halt|curb|block|restrain|deter) (?:the )?(?:(?:[A-Za-z-]+ )?(?:militants|rebels|gunmen|insurgents|fighters|separatists|guerrillas|attackers|extremists|terrorists|groups)\b|⟦\d+[OPo]⟧)/;
/**
 * "help forces prevent ⟦X⟧ from re-emerging and threatening Y", "kept ⟦X⟧ from attacking Y": a verb
 * after "from" under a verb of prevention is what someone is kept from doing, no act (round 47).
 */
const PREVENTED_FROM =
  /\b(?:prevent|stop|keep|kept|deter|bar|block|restrain|dissuade)(?:s|ed|ing|ped|ping|red|ring)? (?:[^.;:]*? )?from (?:[a-z-]+ ){0,4}$/;

/**
 * "X urged ⟦A⟧'s ⟦B Force⟧ to end the blockade of Y": an act the subject asks a named other to end
 * is that other's, not the subject's (round 45, fresh news).
 */
const ASKED_TO_END_ACT =
  /\b(?:call(?:s|ed|ing)? on|urg(?:e|es|ed|ing)|ask(?:s|ed|ing)?|press(?:es|ed|ing)?|told|tells|demand(?:s|ed|ing)?)\b[^;]*⟦\d+[A-Za-z]⟧[^⟦⟧;]* to (?:halt|stop|end|cease|lift|abandon) (?:the |its |their |a |an )?(?:[a-z-]+ )?$/;
/** "sanctioned ⟦X⟧'s ⟦Y Service⟧": the named body is sanctioned, its owner only says whose it is (so too asked). */
const OWNED_BODY = /'s ⟦/y;
/** Nouns of a firm: "entities", "company", "businesses". */
const FIRM_NOUNS = 'entity|entities|company|companies|firm|firms|business|businesses|corporations?';
/**
 * "sanctions against two ⟦Zimbabwean⟧ entities", "on a ⟦Chilean⟧ private military company": a
 * country's firms are not its state, however qualified, nor are its ships and traders ("sanctions on
 * ⟦Russian⟧ tankers and traders", round 22). Its people
 * are read as the country, as the gold reads them ("19 ⟦Russian⟧ individuals", "six ⟦Egyptian⟧
 * officials").
 */
const PRIVATE_OF_COUNTRY = new RegExp(
  `c⟧(?: (?!and\\b|or\\b)[a-z-]+){0,3}? (?:${FIRM_NOUNS}|tankers|vessels|ships|traders|exporters|importers|shippers)\\b`,
  'y',
);
/**
 * "sanctioned the business entities in ⟦X⟧, ⟦Y⟧ and ⟦Z⟧", "firms based in ⟦X⟧": firms where a
 * country is are not its state, as its demonym's firms are not (round 22).
 */
const FIRMS_IN_NP = new RegExp(
  `\\b(?:${FIRM_NOUNS})(?: (?:based|located|registered))? (?:in|from) (?:the )?$`,
);
/**
 * "an assault on a ⟦U.S.⟧ tech giant", "attacks on ⟦American⟧ companies": a country's firms are
 * not its state, for an act of force as for a sanction (its bases, troops and people still are).
 */
const FIRM_OF_COUNTRY =
  /[Cc]⟧(?: (?!and\b|or\b)[a-z-]+){0,2}? (?:company|companies|firm|firms|business|businesses|corporation|corporations|giant|giants|conglomerate|conglomerates|retailer|retailers|maker|makers)\b/y;
/**
 * "an offensive against ⟦X⟧'s powerful cartels", "raids on ⟦X⟧'s drug gangs": the outlaws a country
 * has are the target, not the country's state (as "X's rebels attacked Y" is not X, above).
 */
const OUTLAWS_OF_COUNTRY = new RegExp(
  `[Cc]⟧['’]s(?: (?!and\\b|or\\b)[A-Za-z-]+){0,2}? (?:${OUTLAW_NOUNS.join('|')})\\b`,
  'y',
);
/**
 * "fined ⟦German⟧ energy giant ⟦Y⟧": a demonym on a descriptor qualifies the body or person named
 * after it; that name is the object, not the country. A title or a target head is read apart
 * ("met ⟦Chilean⟧ foreign minister ⟦Y⟧" meets Chile too; "a ⟦Chilean⟧ military base ⟦Y⟧" is Chile's).
 */
const DESCRIBED_NAME = /c⟧((?: [a-z-]+){1,4}) ⟦\d+[OP]⟧/y;
/** Words that end a descriptor: "⟦Chilean⟧ aggression and urged ⟦Y⟧" is two phrases. */
const NO_DESCRIPTOR = new Set(
  'and or but the a an of to in on at for with by from that who which whom as its his her their'.split(' '),
);
function describedName(input: string, objectEnd: number): boolean {
  DESCRIBED_NAME.lastIndex = objectEnd - 2;
  const words = DESCRIBED_NAME.exec(input)?.[1].trim().split(' ');
  return (
    !!words &&
    !words.some(
      (w) => TITLE_WORDS.has(w) || TARGET_HEADS.has(w) || PEOPLE_HEADS.has(w) || NO_DESCRIPTOR.has(w),
    )
  );
}
/**
 * "met a ⟦Chilean⟧ officer", "criticised the ⟦Chilean⟧ soldier": one unnamed person of a country,
 * whom a dealing or a stance (ONE_PERSON_ACTS) is with, not the state (frames/one-person.ts reads
 * the same).
 */
const SINGLE_BEFORE = /\b(?:[Aa]n?|[Tt]he|one|another) (?:(?!and |or )[a-z-]+ ){0,2}$/;
const ONE_PERSON_AFTER = new RegExp(
  ` (?:(?!and |or )[a-z-]+ ){0,2}?(?:${[...ONE_PERSON_HEADS].join('|')})\\b(?!-|,? ⟦| (?:corps|units?|force|forces|teams?|ranks|academy|school|training)\\b)`,
  'y',
);
/**
 * "sanctioned the President of ⟦X⟧, ⟦Y⟧", "met the President of ⟦X⟧, ⟦Y⟧": Y holds X's office, and
 * Y is the one sanctioned or met, whatever the predicate (round 48: before, sanctions only).
 */
const OFFICE_OF_APPOSED = /^⟦\d+C⟧, ⟦\d+P⟧/;
/**
 * "designates five ⟦X⟧ financial facilitators": the group's name qualifies its helpers, who are
 * the designees (round 17; frames/read-frames.ts `supporterOf` reads the same). A country's
 * people stay the country, as the gold reads them ("19 ⟦Russian⟧ individuals").
 */
// ("⟦X⟧'s inner circle": the people around X, round 43)
const SUPPORTERS_OF_OBJECT = new RegExp(`(?:['’]s)? (?:[a-z-]+ )?(?:${SUPPORTER_NOUNS.join('|')})\\b`, 'y');
/**
 * "sanctioned ⟦X⟧'s adult daughters", "killed ⟦X⟧'s son": the act's object is the kin the
 * possessive names, a person of their own, not the possessor.
 */
const KIN_OF_OBJECT = new RegExp(`'s (?:[a-z-]+ )?(?:${KIN_NOUNS.join('|')})\\b`, 'y');
/**
 * "a settlement with ⟦X⟧'s former finance chief", "charged ⟦X⟧'s ex-CFO": a past title the
 * possessive names is a person of their own, not the owner (frames/former-holders.ts; round 45).
 */
const TITLE_ALTERNATIVES = [...TITLE_WORDS].map(escapeRegex).join('|');
const FORMER_HOLDER_OF_OBJECT = new RegExp(
  `['’]s (?:(?:${FORMER_HOLDER_WORDS.join('|')}) (?:[a-z-]+ ){0,2}?|(?:ex|former)-)(?:${TITLE_ALTERNATIVES})\\b`,
  'iy',
);
/**
 * "urged ⟦Xian⟧ nationals in Y to leave", "met ⟦Xian⟧ students": a demonym on private people names
 * no dealing with the state, as the frames read it (frames/read-frames.ts `privatePeopleOf`; round 43)
 */
const PRIVATE_PEOPLE_OF_COUNTRY = new RegExp(`c⟧(?: [a-z-]+)? (?:${PRIVATE_PEOPLE_NOUNS.join('|')})\\b`, 'y');
/** The acts a state's private people do not stand for it in (frames/read-frames.ts DEALT_WITH_AS_STATE but sanctions). */
const DEALT_WITH_AS_STATE: ReadonlySet<string> = new Set([
  'CRITICIZED',
  'COOPERATED',
  'DEMANDED',
  'THREATENED',
]);
const OPPONENTS = OPPONENT_NOUNS.join('|');
/**
 * "fired tear gas at ⟦X⟧'s opponents", "arrested ⟦X⟧ critics": the people acted on stand against
 * the name, which is no party to the act (round 43; frames/read-frames.ts `opponentOf`).
 */
const OPPONENTS_OF_OBJECT = new RegExp(`(?:'s)? (?:[a-z-]+ )?(?:${OPPONENTS})\\b`, 'y');
/**
 * "backed its ⟦NATO⟧ ally ⟦Y⟧", "condemned ⟦NATO⟧ allies": an alliance's name before its ally noun
 * only says whose allies they are; the allies are acted on (round 44; the frames read the ally,
 * frames/lists.ts `ownedAllyHolder`).
 */
const ALLIANCE_OF_ALLIES = new RegExp(`O⟧ (?:${[...ALLY_OR_PARTNER_NOUNS].join('|')})\\b`, 'y');
/** "fired at opponents of President ⟦X⟧", "detained critics of the ⟦X⟧": the same, written with "of". */
const OPPONENTS_OF_NP = new RegExp(`\\b(?:${OPPONENTS}) of (?:the )?(?:[\\w.-]+ ){0,2}$`);
/**
 * "targeted ⟦Russian⟧ banks with a new package of sanctions", "hit ⟦X⟧ with a fine": a verb of
 * force that carries a penalty names no blow. Sanctions are SANCTIONED; other penalties no act.
 */
const PENALTY_AFTER = new RegExp(
  `[^.;]{0,60}? with (?:\\S+ ){0,7}?(?:(${PENALTY_NOUNS.sanction.join('|')})|(?:${PENALTY_NOUNS.other.join('|')}))\\b`,
  'y',
);
const PENALTY_VERB = new RegExp(`^(?:${PENALTY_VERBS.join('|')})$`);

/** "hits ⟦Xian⟧ farmers", "hit ⟦Xian⟧ exports": a market the name qualifies (MARKET_NOUNS). */
const MARKET_OF_OBJECT = new RegExp(` (?:[a-z-]+ )?(?:${MARKET_NOUNS.join('|')})\\b`, 'y');

/**
 * The penalty a verb of force carries after its object, if any (PENALTY_AFTER); a market hurt
 * (MARKET_OF_OBJECT) is no act either.
 */
function penaltyOf(
  m: RegExpExecArray,
  rule: RelationRule,
  objectEnd: number,
): 'sanction' | 'none' | undefined {
  const act = /^[A-Za-z]+/.exec(m.input.slice(m.indices?.groups?.gap?.[1] ?? objectEnd))?.[0] ?? '';
  if (!rule.reason.startsWith('verb:active') || !PENALTY_VERB.test(act.toLowerCase())) return undefined;
  MARKET_OF_OBJECT.lastIndex = objectEnd;
  if (MARKET_OF_OBJECT.test(m.input)) return 'none';
  PENALTY_AFTER.lastIndex = objectEnd;
  const found = PENALTY_AFTER.exec(m.input);
  if (!found) return undefined;
  return found[1] ? 'sanction' : 'none';
}

/** Acts whose threat is a threat to the object: "threatened to strike / to sanction Y". */
const COERCIVE: Predicate[] = ['ATTACKED', 'KILLED', 'SANCTIONED'];
/** Acts a pledge already states: support and cooperation. */
const PROMISED: Predicate[] = ['SUPPORTS', 'COOPERATED'];
/**
 * Words after which an act's gerund is the subject's own: "began attacking", "is backing", and
 * after a comma ("X struck Y, killing Z").
 */
const BEFORE_OWN_GERUND = new RegExp(
  `(?:^|[\\s,])(?:${[
    'is|are|was|were|been|be|being|has|have|had|and|or|by|while|of|for|after|before|in|on|from|without|also|still|now|already|again|then|even',
    'began|begun|begin|begins|started|start|starts|continued|continue|continues|kept|keep|keeps|resumed|resume|resumes',
    'forces|troops|fighters|militants|soldiers|rebels|militias?|units|gunmen|army|jets|warplanes|drones|[a-z]+ly',
  ].join('|')})\\s*$|,\\s*$|^\\s*$|^'s(?:\\s+[\\w-]+){0,2}\\s*$`,
);
/**
 * A verb act in -ing after a noun is that noun's: "funding streams financing X", "sanctions
 * targeting X" state nothing about the subject before them. Its fighters acting, and its own
 * thing ("X's announcement banning Y"), count as the subject's.
 */
function clauseOfNoun(gap: string, act: string, rule: RelationRule): boolean {
  return rule.reason.startsWith('verb:') && /^[a-z]+ing\b/.test(act) && !BEFORE_OWN_GERUND.test(gap);
}

/** An act verb right before a slot: the slot is its object ("struck ⟦X⟧ targets in ⟦Y⟧"). */
const AFTER_ACT_VERB = compileTest('\\b(?:{V:ATTACK}|{V:KILL}|{V:SANCTION}) (?:the |a |an )?$');

/**
 * "The US struck ⟦Houthi⟧ targets in ⟦Yemen⟧": the name an act verb has just taken as its object
 * is no subject of a verb right after it ("targets" here is the object's noun).
 */
function objectOfAct(m: RegExpExecArray, rule: RelationRule): boolean {
  const gap = m.indices?.groups?.gap;
  const subject = m.indices?.groups?.S;
  if (!gap || !subject || !rule.reason.startsWith('verb:active') || m.groups?.gap?.trim()) return false;
  return AFTER_ACT_VERB.test(m.input.slice(0, subject[0]));
}

/**
 * "X killed ⟦Y⟧ in an air strike in ⟦Z⟧", "X said it killed the leader of the unit, ⟦Y⟧, in an
 * air strike in ⟦Z⟧": the one a verb of force has just taken as its object (or that object's
 * apposition) is the act's victim, never the author of the act noun after it.
 */
const VICTIM_OF_VERB = compileTest(
  "\\b(?:{V:ATTACK}|{V:KILL}) (?:the |a |an )?(?:[^,;⟦⟧]{1,60}(?:⟦\\d+[A-Za-z]⟧'s? [^,;⟦⟧]{1,30})?, )?$",
);

function victimBeforeActNoun(m: RegExpExecArray, rule: RelationRule): boolean {
  const subject = m.indices?.groups?.S;
  return (
    rule.reason === 'noun:attack-in-place' && !!subject && VICTIM_OF_VERB.test(m.input.slice(0, subject[0]))
  );
}

/** A modal verb right after an act noun's object ("… into ⟦Y⟧ could displace"), unless it goes on. */
const MODAL_AFTER_OBJECT = new RegExp(
  String.raw`^\s*(?:${[...MODALS].join('|')})\s+(?!(?:${GOES_ON_AFTER_MODAL.map((w) => w.replace(' ', String.raw`\s+`)).join('|')})\b)\w`,
  'i',
);

/** "An ⟦X⟧ incursion into ⟦Y⟧ could displace thousands": an act noun that is a modal verb's subject names no act done. */
function nounSubjectOfModal(m: RegExpExecArray, rule: RelationRule): boolean {
  const object = m.indices?.groups?.O;
  return !!object && rule.reason.startsWith('noun:') && MODAL_AFTER_OBJECT.test(m.input.slice(object[1]));
}

/** Present forms of verbs that are also nouns: "sanctions", "strikes", "targets". */
const NOUNY_PRESENT = new RegExp(
  `^(?:${VERBS_ALSO_NOUNS.flatMap((v) => [v, v.replace(/(?:s|sh|ch|x)$/, '$&e') + 's']).join('|')})\\b`,
);

/**
 * "to evade ⟦U.S.⟧ sanctions directed at Russia": a form that is also a noun is read as a verb
 * only because a name stands right before it; when the rule took an earlier name as the actor,
 * passing over that one, the word is the name's noun ("⟦U.S.⟧ sanctions"), not an act.
 */
function nounAfterPassedName(m: RegExpExecArray, rule: RelationRule): boolean {
  const gap = m.groups?.gap;
  const end = m.indices?.groups?.gap?.[1];
  if (!gap || end === undefined || !rule.reason.startsWith('verb:active')) return false;
  return /⟦\d+[A-Za-z]⟧ $/.test(gap) && NOUNY_PRESENT.test(m.input.slice(end));
}

/** A preposition that opens a phrase of its own, never an act verb's object ("over", "on"). */
const PHRASE_PREPOSITION = /^(?:over|on|for|from|after|amid|under|during|of|into|about|since|in)\b/;

/**
 * "⟦EU⟧ sanctions over the war in ⟦Ukraine⟧ now target …": a form that is also a noun, followed
 * by a preposition rather than its object, is the name's noun ("sanctions over …"), not an act
 * whose object the phrase would be. A verb takes its object straight ("⟦EU⟧ sanctions ⟦X⟧").
 */
function nounBeforePreposition(m: RegExpExecArray, rule: RelationRule): boolean {
  const np = m.indices?.groups?.np;
  if (!np || !rule.reason.startsWith('verb:active') || !PHRASE_PREPOSITION.test(m.groups?.np ?? ''))
    return false;
  const before = /([A-Za-z]+) $/.exec(m.input.slice(0, np[0]));
  return !!before && before[1].endsWith('s') && NOUNY_PRESENT.test(before[1].toLowerCase());
}

function categoryOk(entity: Entity, allowed: RelationRule['objectCategories']): boolean {
  return !allowed || entity.type !== 'Organization' || !entity.category || allowed.includes(entity.category);
}

/**
 * A clause opened by a denial, just before its subject: "denied that", "rejected claims that",
 * "dismissed reports that". Its acts are no fact (test/gold/README.md: nothing denied).
 */
const DENIED_CLAUSE = new RegExp(
  `\\b(?:den(?:y|ies|ied|ying)|reject(?:s|ed|ing)?|dismiss(?:es|ed|ing)?|refut(?:e|es|ed|ing))(?: (?:the |any )?(?:${CLAIM_NOUNS.map((n) => `${n}s?`).join('|')}))? that $`,
  'i',
);

/** "It is urgent that", "it is vital that" just before the subject: a wish, no fact (round 40). */
const WISHED_CLAUSE = new RegExp(`\\b(?:${[...NEED_ADJECTIVES].join('|')}) that $`, 'i');

/**
 * "Rejecting the plan would make ⟦X⟧ widen its aggression against Y": a subject a modal verb
 * makes, forces or leads to act does so only if the modal's condition comes true (round 41).
 */
const MADE_TO_ACT = new RegExp(
  `\\b(?:would|could|might|may|will|can)\\s+(?:${CAUSATIVE_VERBS.join('|')})\\s+(?:the\\s+)?$`,
  'i',
);

/** The predicate a match states once its modality is read, or undefined when it is no fact. */
function predicateOf(rule: RelationRule, gap: string | undefined): Predicate | undefined {
  if (gap === undefined) return rule.predicate;
  switch (modality(gap)) {
    case 'fact':
      return rule.predicate;
    case 'threat':
      if (rule.predicate === 'THREATENED') return rule.predicate;
      return COERCIVE.includes(rule.predicate) ? 'THREATENED' : undefined;
    case 'promise':
      // "vowed to strike X" threatens X; "pledged support for X" is support given
      if (rule.predicate === 'THREATENED' || PROMISED.includes(rule.predicate)) return rule.predicate;
      return COERCIVE.includes(rule.predicate) ? 'THREATENED' : undefined;
    case 'negated':
    case 'hypothetical':
      return undefined;
  }
}

/** "any aggression by X against Y", "a possible attack by X on Y": the noun names no act done. */
const UNREAL_ACT_NOUN = new RegExp(`\\b(?:${[...UNREAL_DETERMINERS].join('|')})\\s+(?:[a-z-]+\\s+)?$`, 'i');

/**
 * "Y welcomed the talks following ⟦X⟧'s meeting with Z": a name owning the act noun right before
 * it is the act's only author; a subject reached past it did not do the act.
 */
const OWNER_IN_GAP = /⟦\d+[A-Za-z]⟧['’]s?(?: [a-z-]+){0,2} ?$/;
/**
 * "Y sent soldiers to put down the rebels' attack in Z": an owner written as a common noun with
 * "the" owns the act as a name does (round 38); "its", "their" may be the subject's own.
 */
const UNNAMED_OWNER_IN_GAP = /\bthe [a-z-]+(?:s['’]|['’]s)(?: [a-z-]+){0,2} ?$/;
/**
 * "Chile's rebels attacked Y", "Chile's Norway-backed insurgents seized Y": a country's armed
 * opponents, named through its possessive, are not the country (as "Chilean rebels" are not).
 */
const STATE_OPPONENTS_IN_GAP =
  /^['’]s (?:[a-z-]+ |⟦\d+[A-Za-z]⟧-[a-z]+ ){0,2}(?:guerrillas|rebels|insurgents|militants|separatists|dissidents|exiles|jihadists|opposition)\b/;
/** A noun of judgment and its preposition right before an act noun: the act is someone else's. */
const JUDGED_ACT_IN_GAP = new RegExp(
  `\\b(?:${[...JUDGMENT_NOUNS].join('|')})\\s+(?:of|over|about|at|into|to|for)\\s+(?:(?:the|this|that|these|those|an?|its|their)\\s+)?(?:[a-z-]+\\s+){0,2}$`,
  'i',
);
/**
 * "X's investigation into a gang that pledged allegiance to ⟦Y⟧ as it launched its assault on Z":
 * "its" or "their" before the act noun, or "as it" before the verb, past another name, owns the
 * act; whose it is the frame engine decides, not the subject reached past that name.
 */
const PRONOUN_OWNER_PAST_NAME =
  /⟦\d+[A-Za-z]⟧[^⟦⟧]*\b(?:(?:its|their) (?:[a-z-]+ ){0,2}|(?:as|while|when|after|before|because|since) (?:it|they) )$/;

/**
 * A demonym that opens a named person's title ("met X and ⟦Pakistani⟧ Chief of Army Staff ⟦Y⟧")
 * is the title's, not a party to an act: the act is with the person (round 9: a country stands
 * for its official only when none is named). The title's own facts (Y MEMBER_OF it) keep it.
 */
const TITLE_TO_PERSON = /^ (?:(?:[A-Z][\w.-]*|of|for|the|and) ){1,6}⟦\d+P⟧/;

/**
 * "called on ⟦X⟧'s chief ⟦Y⟧ to surrender", "urged ⟦X⟧'s President ⟦Y⟧": a possessive before a
 * named person only says whose the person is; the person is the one acted on (the frame engine
 * reads the person). Kept for force acts, where the owner is a side of its own.
 */
const OWNER_OF_NAMED_PERSON = /['’]s (?:[\w-]+ ){0,4}⟦\d+P⟧/y;
const OWNER_OF_NAMED_PREDICATES: ReadonlySet<Predicate> = new Set([
  'DEMANDED',
  'CRITICIZED',
  'SUPPORTS',
  'COOPERATED',
  'THREATENED',
  'SANCTIONED',
]);

/** A possessive written right after an object's slot: "⟦Y⟧'s", "⟦Y⟧'" (quotes are normalised). */
const POSSESSIVE_AFTER_SLOT = /^'s? /;
/** A name's slot inside a word. */
const SLOT_IN_WORD = /⟦\d+[A-Za-z]⟧/;
/** A word's trailing marks on the rules' text: "removal," "arrest." */
const TRAILING_MARKS = /[^\p{L}\p{N}⟧-]+$/u;

/** The written words after a possessive slot, as ../frames/owned-harm.ts reads them. */
function wordsAfterPossessive(input: string, slotEnd: number): PlainWord[] {
  const possessive = POSSESSIVE_AFTER_SLOT.exec(input.slice(slotEnd));
  if (!possessive) return [];
  return input
    .slice(slotEnd + possessive[0].length)
    .split(' ', OWNED_WINDOW)
    .map((token) => {
      const punct = TRAILING_MARKS.exec(token)?.[0] ?? '';
      return {
        lower: token.slice(0, token.length - punct.length).toLowerCase(),
        punct,
        entity: SLOT_IN_WORD.test(token) || undefined,
      };
    });
}

/**
 * "sanctions on seven ⟦Xian⟧ officials, including ⟦A⟧", "urged two ⟦Xian⟧ leaders, ⟦A⟧ and ⟦B⟧"
 * (round 26): a country's people named right after them are the ones acted on, not the country.
 */
const PEOPLE_NAMED_AFTER_DEMONYM =
  /(?<=[a-z]⟧) (?:[a-z-]+ ){0,2}(?:officials|leaders|ministers|diplomats|envoys|representatives|negotiators|delegates)(?:,| [–—-])? (?:including )?(?:[a-z-]+ ){0,2}⟦\d+P⟧/y;

/** The objects the rule's O group names, less a demonym that opens a named person's title. */
function objectsNamed(m: RegExpExecArray, view: SentenceView): Entity[] {
  const group = m.indices?.groups?.O;
  if (!group || !m.groups?.O) return [];
  const out: Entity[] = [];
  for (const token of m.groups.O.matchAll(SLOT_INDEX)) {
    const slot = view.slots[Number(token[1])];
    const end = group[0] + (token.index ?? 0) + token[0].length;
    const demonym = /[a-z]⟧$/.test(token[0]);
    if (!(demonym && TITLE_TO_PERSON.test(m.input.slice(end)))) out.push(slot.entity);
  }
  return out;
}

/**
 * No fact from this match, a guard said: with the guard trace on (./guard-trace.ts), the facts the
 * match would have stated, its subjects to its written objects under the rule's predicate.
 */
function dropped(guard: string, m: RegExpExecArray, c: CompiledRule, view: SentenceView): Candidate[] {
  if (!GUARD_TRACE) return [];
  const subjects = [...slotsIn(m.groups?.S, view), ...slotsIn(m.groups?.S2, view)].map((s) => s.entity);
  const objects = objectsNamed(m, view);
  const facts = subjects.flatMap((subject) =>
    objects
      .filter((o) => o.id !== subject.id)
      .map((object) => ({ subject, predicate: c.rule.predicate, object })),
  );
  traceDrops(`rules:${guard}[${c.rule.reason}]`, facts, view.sentence.text);
  return [];
}

/** The verb right after the gap is one a prevention governs ("prevent ⟦X⟧ from … threatening"). */
function preventedFrom(m: RegExpExecArray): boolean {
  const verbAt = m.indices?.groups?.gap?.[1];
  return verbAt !== undefined && PREVENTED_FROM.test(m.input.slice(Math.max(0, verbAt - 160), verbAt));
}

function fromMatch(m: RegExpExecArray, c: CompiledRule, view: SentenceView, dominant?: Entity): Candidate[] {
  const { rule } = c;
  const g = m.groups ?? {};
  if (rule.reason.startsWith('noun:') && UNREAL_ACT_NOUN.test(m.input.slice(0, m.index)))
    return dropped('unreal-act-noun', m, c, view);
  if (
    rule.reason.startsWith('noun:') &&
    g.gap &&
    (OWNER_IN_GAP.test(g.gap) || UNNAMED_OWNER_IN_GAP.test(g.gap))
  )
    return dropped('owner-in-gap', m, c, view);
  if (
    rule.reason.startsWith('noun:') &&
    FORCE_PREDICATES.has(rule.predicate) &&
    g.gap &&
    JUDGED_ACT_IN_GAP.test(g.gap)
  )
    return dropped('judged-act-in-gap', m, c, view);
  if (g.gap && /C⟧$/.test(g.S ?? '') && STATE_OPPONENTS_IN_GAP.test(g.gap))
    return dropped('state-opponents-in-gap', m, c, view);
  if (g.gap && PRONOUN_OWNER_PAST_NAME.test(g.gap)) return dropped('pronoun-owner-past-name', m, c, view);
  if (g.gap && ACCUSED_IN_GAP.test(g.gap)) return dropped('accused-in-gap', m, c, view);
  if (g.gap && BELIEVED_BEHIND_IN_GAP.test(g.gap)) return dropped('believed-behind-in-gap', m, c, view);
  if (g.gap && OWNED_PLACE_IN_GAP.test(g.gap)) return dropped('owned-place-in-gap', m, c, view);
  if (g.gap && rule.reason.startsWith('verb:active') && OWN_SUBJECT_ENDS_GAP.test(g.gap))
    return dropped('own-subject-ends-gap', m, c, view);
  if (g.gap && STOPPED_BAND_IN_GAP.test(g.gap)) return dropped('stopped-band-in-gap', m, c, view);
  if (rule.reason.startsWith('verb:') && g.gap !== undefined && preventedFrom(m))
    return dropped('prevented-from', m, c, view);
  if (g.gap && rule.reason.startsWith('noun:') && SPOKEN_OF_ACT.test(g.gap))
    return dropped('spoken-of-act', m, c, view);
  if (g.gap && rule.reason.startsWith('noun:') && ASKED_TO_END_ACT.test(g.gap))
    return dropped('asked-to-end-act', m, c, view);
  if (g.gap && rule.reason.startsWith('noun:') && AGENT_CARRIES_ACT.test(g.gap))
    return dropped('agent-carries-act', m, c, view);
  if (g.gap !== undefined && (c.gapBlock?.test(g.gap) || (c.gapShape && !c.gapShape.test(g.gap))))
    return dropped('gap-block', m, c, view);
  if (g.gap && clauseOfNoun(g.gap, m.input.slice(m.indices?.groups?.gap?.[1]), rule))
    return dropped('clause-of-noun', m, c, view);
  if (objectOfAct(m, rule)) return dropped('object-of-act', m, c, view);
  if (passivePatientLinked(m, rule.reason)) return dropped('patient-in-link-phrase', m, c, view);
  if (victimBeforeActNoun(m, rule)) return dropped('victim-before-act-noun', m, c, view);
  if (nounAfterPassedName(m, rule)) return dropped('noun-after-passed-name', m, c, view);
  if (nounBeforePreposition(m, rule)) return dropped('noun-before-preposition', m, c, view);
  if (nounSubjectOfModal(m, rule)) return dropped('noun-subject-of-modal', m, c, view);
  // The actor is the slot before the gap: the subject, or the object in "X repelled an attack by Y".
  const groups = m.indices?.groups;
  const objectLeads = !!groups?.gap && groups.O?.[1] === groups.gap[0];
  const at = objectLeads ? groups?.O : groups?.S;
  if (rule.predicate === 'ATTACKED' && !objectLeads && g.gap && WORDS_AS_ACTOR.test(g.gap))
    return dropped('words-as-actor', m, c, view);
  // "Officials denied that X backed Y", "rejected claims that X …": the clause is denied.
  if (!objectLeads && at && DENIED_CLAUSE.test(m.input.slice(Math.max(0, at[0] - 60), at[0])))
    return dropped('denied-clause', m, c, view);
  // the words just before the subject: a wish ("it is vital that") or a modal's making it act
  const opening = !objectLeads && at ? m.input.slice(Math.max(0, at[0] - 30), at[0]) : undefined;
  if (opening !== undefined && WISHED_CLAUSE.test(opening)) return dropped('wished-clause', m, c, view);
  if (opening !== undefined && MADE_TO_ACT.test(opening)) return dropped('made-to-act', m, c, view);
  // "The government believes that ⟦X⟧ is being supported by Y": a passive act whose patient
  // opens a believed clause is the believer's suspicion, as the active's subject would be (round 34)
  const patient = groups?.O;
  if (rule.reason.includes(':passive:') && patient && groups?.S && patient[0] < groups.S[0])
    if (BELIEVED.test(m.input.slice(Math.max(0, patient[0] - 60), patient[0])))
      return dropped('believed-passive', m, c, view);
  // "⟦X⟧, the ⟦Y⟧ based group, attacked Z": Y only describes X (./subject-position.ts)
  const described = g.gap !== undefined && g.S ? pastDescribingAside(g.S, g.gap) : undefined;
  let subjects = [...slotsIn(described ?? g.S, view), ...slotsIn(g.S2, view)].map((s) => s.entity);
  let written = STRUCTURAL_PREDICATES.has(rule.predicate)
    ? slotsIn(g.O, view).map((s) => s.entity)
    : objectsNamed(m, view);
  if (g.O && !written.length) return dropped('no-written-object', m, c, view);
  let gap = g.gap;
  const coordinated = gap !== undefined && at ? coordinatedClause(m.input.slice(0, at[0]), gap) : undefined;
  if (coordinated !== undefined) {
    // the clause's subject is no name ("The communique criticised X … and called on Y")
    if (!coordinated.actors.length) return dropped('coordinated-no-actor', m, c, view);
    const actor = coordinated.actors.map((k) => view.slots[k].entity);
    if (objectLeads) written = actor;
    else subjects = actor;
    // the second act shares the modality of the clause's first verb
    gap = coordinated.firstAct;
  } else if (gap !== undefined && at) {
    const nounAct = rule.reason.startsWith('noun:');
    const actorText = m.input.slice(at[0], at[1]);
    const notActor = notActorBecause(m.input.slice(0, at[0]), m.input.slice(at[1]), gap, nounAct, actorText);
    if (notActor) return dropped(`stands-as-actor:${notActor}`, m, c, view);
  }
  const answered = gap === undefined || objectLeads ? null : ANSWERED_ACT.exec(gap);
  const gapSlots = slotsIn(gap, view);
  if (answered && gapSlots.length) {
    subjects = [gapSlots[gapSlots.length - 1].entity];
    gap = answered[1];
  }
  let predicate = predicateOf(rule, gap);
  if (!predicate) return dropped(`modality:${modality(gap ?? '')}`, m, c, view);
  const objectEnd = groups?.O?.[1];
  if (objectEnd !== undefined && written.length === 1 && predicate !== 'LOCATED_IN') {
    FIGHTERS_OF_PLACE.lastIndex = objectEnd - 2;
    if (FIGHTERS_OF_PLACE.test(m.input)) return dropped('fighters-of-place', m, c, view);
  }
  if (predicate === 'ATTACKED' && objectEnd !== undefined) {
    QUALIFIED_TARGET.lastIndex = objectEnd - 2;
    if (QUALIFIED_TARGET.test(m.input)) return dropped('qualified-target', m, c, view);
    FIRM_OF_COUNTRY.lastIndex = objectEnd - 2;
    if (FIRM_OF_COUNTRY.test(m.input)) return dropped('firm-of-country', m, c, view);
    OUTLAWS_OF_COUNTRY.lastIndex = objectEnd - 2;
    if (OUTLAWS_OF_COUNTRY.test(m.input)) return dropped('outlaws-of-country', m, c, view);
    if (g.np && COUNTED_BEFORE.test(g.np) && /^down\b|^\S*intercept/.test(g.np + (g.V ?? ''))) {
      MUNITIONS_AFTER.lastIndex = objectEnd;
      if (MUNITIONS_AFTER.test(m.input)) return dropped('munitions-after', m, c, view);
    }
  }
  // "backed ⟦Y⟧'s swift removal": an act done to Y is no support for Y; the frame reader asks the
  // same guard (../frames/owned-harm.ts)
  if (predicate === 'SUPPORTS' && objectEnd !== undefined && written.length === 1)
    if (ownsHarm(wordsAfterPossessive(m.input, objectEnd))) return dropped('harm-done-to', m, c, view);
  if (objectEnd !== undefined && written.length === 1 && OWNER_OF_NAMED_PREDICATES.has(predicate)) {
    OWNER_OF_NAMED_PERSON.lastIndex = objectEnd;
    if (OWNER_OF_NAMED_PERSON.test(m.input)) return dropped('owner-of-named-person', m, c, view);
    PEOPLE_NAMED_AFTER_DEMONYM.lastIndex = objectEnd;
    if (PEOPLE_NAMED_AFTER_DEMONYM.test(m.input)) return dropped('people-named-after-demonym', m, c, view);
  }
  if (objectEnd !== undefined && written.length === 1) {
    KIN_OF_OBJECT.lastIndex = objectEnd;
    if (KIN_OF_OBJECT.test(m.input)) return dropped('kin-of-object', m, c, view);
    FORMER_HOLDER_OF_OBJECT.lastIndex = objectEnd;
    if (FORMER_HOLDER_OF_OBJECT.test(m.input)) return dropped('former-holder-of-object', m, c, view);
  }
  if (objectEnd !== undefined && written.length === 1) {
    OPPONENTS_OF_OBJECT.lastIndex = objectEnd;
    if (OPPONENTS_OF_OBJECT.test(m.input)) return dropped('opponents-of-object', m, c, view);
  }
  if (g.np && OPPONENTS_OF_NP.test(g.np)) return dropped('opponents-of-object', m, c, view);
  if (objectEnd !== undefined && written.length === 1) {
    ALLIANCE_OF_ALLIES.lastIndex = objectEnd - 2;
    if (ALLIANCE_OF_ALLIES.test(m.input)) return dropped('alliance-of-allies', m, c, view);
  }
  if (objectEnd !== undefined && written.length === 1 && DEALT_WITH_AS_STATE.has(predicate)) {
    PRIVATE_PEOPLE_OF_COUNTRY.lastIndex = objectEnd - 2;
    if (PRIVATE_PEOPLE_OF_COUNTRY.test(m.input)) return dropped('private-people-of-country', m, c, view);
  }
  if (objectEnd !== undefined && written.length === 1 && ONE_PERSON_ACTS.has(predicate)) {
    ONE_PERSON_AFTER.lastIndex = objectEnd;
    const before = m.input.slice(0, groups?.O?.[0] ?? 0);
    if (SINGLE_BEFORE.test(before) && /c⟧$/.test(g.O ?? '') && ONE_PERSON_AFTER.test(m.input))
      return dropped('one-person-of-country', m, c, view);
  }
  const penalty =
    (predicate === 'ATTACKED' || predicate === 'CRITICIZED') && objectEnd !== undefined
      ? penaltyOf(m, rule, objectEnd)
      : undefined;
  if (penalty === 'none') return dropped('penalty-none', m, c, view);
  if (penalty === 'sanction') predicate = 'SANCTIONED';
  if (objectEnd !== undefined && written.length === 1 && describedName(m.input, objectEnd))
    return dropped('described-name', m, c, view);
  // "urged ⟦A⟧'s ⟦B Force⟧ to stop …": the named body is asked, not its owner (round 45)
  if ((predicate === 'SANCTIONED' || predicate === 'DEMANDED') && objectEnd !== undefined) {
    OWNED_BODY.lastIndex = objectEnd;
    if (OWNED_BODY.test(m.input)) return dropped('owned-body', m, c, view);
  }
  if (predicate === 'SANCTIONED' && objectEnd !== undefined) {
    SUPPORTERS_OF_OBJECT.lastIndex = objectEnd;
    if (written.length === 1 && written[0].type !== 'Country' && SUPPORTERS_OF_OBJECT.test(m.input))
      return dropped('supporters-of-object', m, c, view);
    PRIVATE_OF_COUNTRY.lastIndex = objectEnd - 2;
    if (PRIVATE_OF_COUNTRY.test(m.input)) return dropped('private-of-country', m, c, view);
    if (g.np && FIRMS_IN_NP.test(g.np)) return dropped('firms-in-place', m, c, view);
  }
  const objectStart = groups?.O?.[0] ?? 0;
  if (/ of (?:the )?$/.test(m.input.slice(0, objectStart)) && OFFICE_OF_APPOSED.test(g.O ?? ''))
    written = written.slice(1);
  let objects = rule.objectFrom ? (dominant ? [dominant] : []) : written;
  const notVia = rule.objectNotVia;
  if (notVia && slotsIn(g.O, view).some((s) => notVia.includes(s.mention.reason)))
    return dropped('object-not-via', m, c, view);
  const writtenAs = rule.objectVia;
  if (writtenAs && !slotsIn(g.O, view).every((s) => writtenAs.includes(s.mention.reason)))
    return dropped('object-via', m, c, view);
  if (g.np && (CLAUSE_IN_NP.test(g.np) || PARTICIPLE_BEFORE_PLACE.test(g.np)))
    return dropped('clause-in-np', m, c, view);
  if (predicate === 'SANCTIONED' && g.np && PERSON_OF_NP.test(g.np))
    return dropped('person-of-np', m, c, view);
  if (g.np && LOCATIVE_NP.test(g.np))
    objects = objects.filter((o) => o.type === 'Country' && !OTHER_SIDE_IN_NP.test(g.np ?? ''));
  subjects = subjects.filter(
    (s) =>
      categoryOk(s, rule.subjectCategories) &&
      !rule.subjectNameBlock?.test(s.name) &&
      (!rule.subjectName || rule.subjectName.test(s.name)),
  );
  objects = objects.filter(
    (o) =>
      categoryOk(o, rule.objectCategories) &&
      !rule.objectNameBlock?.test(o.name) &&
      (!rule.objectName || rule.objectName.test(o.name)),
  );
  // A fact read through "the country" or "he" says so, as the frame engine's do.
  const via = [...slotsIn(g.S, view), ...slotsIn(g.S2, view), ...slotsIn(g.O, view)]
    .map((s) => s.mention.reason)
    .filter((r) => r.startsWith('coref:') && r !== 'coref:surname');
  const read = penalty === 'sanction' ? `${rule.reason}:penalty` : rule.reason;
  const reason = via.length ? `${read} via ${[...new Set(via)].join(', ')}` : read;
  return subjects.flatMap((subject) =>
    objects
      .filter((object) => object.id !== subject.id)
      .filter((object) => rule.reason !== 'place:comma' || !capitalOfAnother(subject, object))
      .map((object) => ({
        subject,
        predicate,
        object,
        confidence: rule.confidence,
        reason,
        inferredObject: !!rule.objectFrom,
      })),
  );
}

/**
 * "Target ⟦Kyiv⟧, ⟦Mykolaiv⟧": a capital lies in its own country, so a comma before another place
 * lists two places, not a place and its region.
 */
function capitalOfAnother(place: Entity, region: Entity): boolean {
  const states = STATES_OF_CAPITAL.get(place.name);
  return !!states && !states.includes(region.name);
}

/** Per sentence view: where needed strings last occur. */
interface Seen {
  /** By index into NEEDED: where the string last occurs, -1 when absent; current only where `looked` is `text`. */
  strings: Int32Array;
  /** By index into NEEDED: the number of the text the string was last looked for in. */
  looked: Uint32Array;
  /** By index into NEEDED_SETS: where the set's latest string occurs, current where `setLooked` is `text`. */
  sets: Int32Array;
  setLooked: Uint32Array;
  /** The number of the text being read: each view's texts get new ones, so nothing is cleared. */
  text: number;
  /** The text's character pairs (pairsOf). */
  pairs: Uint32Array;
}

/**
 * One record per view text, reused from sentence to sentence (rules run one view at a time):
 * clearing thousands of positions per view cost more than the searches it saved.
 */
const newSeen = (): Seen => ({
  strings: new Int32Array(NEEDED.length),
  looked: new Uint32Array(NEEDED.length),
  sets: new Int32Array(NEEDED_SETS.length),
  setLooked: new Uint32Array(NEEDED_SETS.length),
  text: 0,
  pairs: new Uint32Array(PAIR_BITS / 32),
});
const SEEN = { surface: newSeen(), core: newSeen() };
let texts = 0;

function seenIn(seen: Seen, text: string): Seen {
  if (texts === 0xffffffff) {
    texts = 0;
    for (const s of Object.values(SEEN)) {
      s.looked.fill(0);
      s.setLooked.fill(0);
    }
  }
  seen.text = ++texts;
  pairsOf(text, seen.pairs);
  return seen;
}

/**
 * The last position a match may start at: each set of needed strings has one string at or after
 * the start, so past the last such place no match begins; -1 when a set is absent altogether.
 * Rules share strings (" of ", "P⟧"), so each is looked for once per text (`seen`).
 */
function lastStart(needIds: number[], text: string, seen: Seen): number {
  let last = text.length;
  for (const setId of needIds) {
    let latest: number;
    if (seen.setLooked[setId] === seen.text) latest = seen.sets[setId];
    else {
      seen.setLooked[setId] = seen.text;
      seen.sets[setId] = latest = latestOf(NEEDED_SETS[setId], text, seen);
    }
    if (latest < 0) return -1;
    if (latest < last) last = latest;
  }
  return last;
}

/** Where the latest of a set's strings occurs in the text, -1 when none does. */
function latestOf(set: number[], text: string, seen: Seen): number {
  const found = seen.strings;
  let latest = -1;
  for (const id of set) {
    let at: number;
    if (seen.looked[id] === seen.text) at = found[id];
    else {
      seen.looked[id] = seen.text;
      found[id] = at = lacksPair(seen.pairs, id) ? -1 : text.lastIndexOf(NEEDED[id]);
    }
    if (at > latest) latest = at;
  }
  return latest;
}

/**
 * Whether the regex of a pattern opening on a slot can match at `at`: the slot there is of a type
 * it takes, and stands outside a phrase when it opens on {!PREP} (the same test for every rule).
 */
function opensAt(
  opening: NonNullable<CompiledRule['opening']>,
  text: string,
  at: number,
  notEmbedded: Map<number, boolean>,
): boolean {
  let i = at + 1;
  while (text.charCodeAt(i) >= 48 && text.charCodeAt(i) <= 57) i++;
  if (!opening.types.includes((text[i] ?? '').toUpperCase())) return false;
  if (!opening.notEmbedded) return true;
  let ok = notEmbedded.get(at);
  if (ok === undefined) {
    NOT_EMBEDDED.lastIndex = at;
    notEmbedded.set(at, (ok = NOT_EMBEDDED.test(text)));
  }
  return ok;
}

/**
 * V8 runs a regex first in its bytecode interpreter and compiles machine code for it on the next
 * run; for the rules' long regexes (up to 7,500 characters of source) making and optimising the
 * bytecode costs more than the machine code (about 1.5 s per process for all rules against 0.2 s).
 * A run on a subject of 1,000 characters or more makes V8 compile machine code at once, so each
 * rule's regex is run once on such a text before its first sentence. The text is two-byte, as
 * every view with a slot is (⟦), so it is that code which is compiled. Matches are unchanged.
 */
const LONG_SUBJECT = `⟦${' '.repeat(1000)}`;
function compileAtOnce(c: CompiledRule): void {
  c.compiled = true;
  c.regex.lastIndex = 0;
  c.regex.exec(LONG_SUBJECT);
}

/**
 * Every match starting at or before `last`, overlapping ones included; a sticky regex is tried
 * at each slot only.
 */
function* matches(
  c: CompiledRule,
  text: string,
  last: number,
  notEmbedded: Map<number, boolean>,
): Generator<RegExpExecArray> {
  const re = c.regex;
  if (re.sticky) {
    for (let at = text.indexOf('⟦'); at >= 0 && at <= last; at = text.indexOf('⟦', at + 1)) {
      if (c.opening && !opensAt(c.opening, text, at, notEmbedded)) continue;
      re.lastIndex = at;
      const m = re.exec(text);
      if (m) yield m;
    }
    return;
  }
  re.lastIndex = 0;
  for (let m = re.exec(text); m; m = re.lastIndex <= last ? re.exec(text) : null) {
    yield m;
    re.lastIndex = m.index + 1;
  }
}

/**
 * Runs the rules over one sentence view: every rule (`all`), the rules of roles, modifiers and
 * places only (`structural`: the frame engine reads acts itself), or every rule that runs beside
 * the frame engine (`combined`).
 */
export function applyRules(
  view: SentenceView,
  dominant?: Entity,
  rules: keyof typeof RULE_SETS = 'all',
): Candidate[] {
  return applyRulesToViews([view], dominant, rules)[0];
}

/**
 * Runs the rules over an article's sentence views, each view's candidates in the order
 * `applyRules` gives them. Rule by rule rather than sentence by sentence: a rule's regex and
 * checks run over all the sentences that hold its words one after another, not once per sentence
 * between the other readers' work (less CPU: docs/extraction.md, "One-core speed, round 14").
 */
export function applyRulesToViews(
  views: SentenceView[],
  dominant?: Entity,
  rules: keyof typeof RULE_SETS = 'all',
): Candidate[][] {
  const set = RULE_SETS[rules];
  // per rule: the views whose text holds its needed strings, each with the last start (pairs)
  const gated: number[][] = set.map(() => []);
  views.forEach((view, v) => {
    if (!view.slots.length) return;
    const seen = { surface: seenIn(SEEN.surface, view.surface), core: seenIn(SEEN.core, view.core) };
    set.forEach((c, r) => {
      if (view.slots.length < c.slots) return;
      const last = lastStart(c.needIds, view[c.rule.view], seen[c.rule.view]);
      if (last >= 0) gated[r].push(v, last);
    });
  });
  const out = views.map((): Candidate[] => []);
  // which slots stand outside a phrase, per view and rendering
  const notEmbedded = views.map(() => ({
    surface: new Map<number, boolean>(),
    core: new Map<number, boolean>(),
  }));
  // per view, rendering and REQUIRED test: 0 not yet run, 1 found, 2 not found
  const found = {
    surface: new Uint8Array(views.length * REQUIRED.length),
    core: new Uint8Array(views.length * REQUIRED.length),
  };
  const holds = (id: number, v: number, rendering: 'surface' | 'core', text: string): boolean => {
    const at = v * REQUIRED.length + id;
    let known = found[rendering][at];
    if (known === 0) found[rendering][at] = known = REQUIRED[id].test(text) ? 1 : 2;
    return known === 1;
  };
  set.forEach((c, r) => {
    const runs = gated[r];
    for (let k = 0; k < runs.length; k += 2) {
      const view = views[runs[k]];
      const text = view[c.rule.view];
      if (!c.requiredIds.every((id) => holds(id, runs[k], c.rule.view, text))) continue;
      if (!c.compiled) compileAtOnce(c);
      for (const m of matches(c, text, runs[k + 1], notEmbedded[runs[k]][c.rule.view]))
        out[runs[k]].push(...fromMatch(m, c, view, dominant));
    }
  });
  return out;
}
