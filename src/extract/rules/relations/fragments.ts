// Pattern pieces the rule files share (see ../../relations/compile-pattern.ts for the macros).
import { VOICE_TITLES } from './titles';
import { FACILITY_HEADS } from '../../lexicon/place-words';
import { sayingForms } from '../../lexicon/saying-verbs';
import { PLACE_EDGES, UNREAL_HOLDERS } from '../../frames/words';

/** The actor of an act: one slot or a list, not the object of a preposition ("in Iraq"). */
export const ACTOR = '{!PREP}{S+:POC}{GAP}';

/** Not right after a form of "be": "X was struck by Y" is not "X struck Y". */
export const ACTIVE = '(?<!\\b(?:was|were|been|being|is|are|be|get|got|gets) (?:[a-z]+ly )?)';

/** An auxiliary that makes the next participle passive: "was struck", "have been hit". */
export const PASSIVE_AUX =
  '(?:was|were|has been|have been|had been|is|are|being|been|is being|are being|got) (?:[a-z]+ly )?';

/** Words that may sit between a body and a title: "military spokesperson", "Foreign Ministry". */
export const ROLE_ADJ =
  '(?:(?:[A-Z][\\w.-]*|military|political|senior|top|chief|foreign|armed|press|media|regional|field|spiritual|supreme|defense|defence|economy|economic|finance|interior|security|intelligence|health|trade|justice|official|longtime|de facto|deputy|vice|assistant|acting|special|peace|ministry|government|embassy|cabinet|presidential|new|current|interim|outgoing|sitting|newly|elected|embattled|veteran|(?:far-)?(?:right|left)-wing|far-right|far-left|leftist|rightist|conservative|liberal|nationalist|populist|socialist|centrist|reformist|hardline|hard-line|moderate|pro-[A-Za-z]+|military-backed|civilian|guerrilla|rebel|insurgent|militant|jihadist) ){0,3}?';

/** A title of someone who belongs without heading: a member title, or a deputy head. */
export const MEMBER_ROLE =
  '(?:{T:MEMBER}|(?:{T:SUBORDINATE_PREFIXES}|\\bUnder)(?: (?:[a-z]+ ){0,2}?|-){T:LEAD})';

/**
 * A head title that is not a deputy's and is not a former one (former heads are read apart:
 * former-offices.ts). "Under" is a deputy's only as the title "Under Secretary(-General)"; "the
 * government under President X" names the head. A deputy's prefix may be joined by a hyphen
 * ("Vice-President X", round 23), and so may a past one ("ex-Prime Minister X"; "then-President X"
 * held the office when the act told happened). An acting, outgoing or late head heads it, as the
 * annotations have it in every batch that writes one (round 38: b30, b31, b32, b33, b35, b36).
 */
export const HEAD_ROLE =
  '(?<![Vv]ice-|[Dd]eputy-|\\b[Ee]x-)(?<!\\b(?:[Dd]eputy|[Vv]ice|[Aa]ssistant|[Ll]ieutenant|[Ff]ormer|[Ee]x-|[Tt]hen-) (?:[a-z]+ )?)(?!(?<=\\b[Uu]nder (?:[a-z]+ )?)[Ss]ecretary)';

/**
 * Not a possessive owner of what follows: "of the ⟦Y⟧'s council", "of the ⟦Houthis⟧' council"
 * (a plural's bare apostrophe) name Y's part, not Y.
 */
export const NOT_POSSESSIVE = "(?!'s|'(?= ))";

/**
 * Verbs of saying after a name or a role: "X, Moscow said" is a clause, not a place's country; "X, a
 * Y spokesman said" names the speaker, not X's role.
 */
export const SPEECH =
  '(?:said|says|say|told|added|claimed|claims|announced|announces|reported|reports|warned|warns|insisted|insists|alleges|denies|confirms)';

/**
 * A slot that is the whole name, not the first words of a longer one the entity step did not join
 * ("the ⟦A⟧ Storm campaign", "of ⟦Y⟧ Holdings", "President of ⟦Russian⟧ Railways X"); a word that
 * opens the next clause ("On", "But") is no part of a name.
 */
export const NAME_ENDS = '(?! (?!(?:On|In|At|For|But|And)\\b)[A-Z][a-z]+\\b)';

/** Compass words before a place: "in western Iraq". */
export const DIRECTION =
  '(?:(?:(?:far )?(?:north|south|east|west|central|northern|southern|eastern|western|north-?eastern|north-?western|south-?eastern|south-?western|northeast|northwest|southeast|southwest)(?:-?most)?|upper|lower|downtown) )?';

/** Words in the gap that make an act a report of someone else's: "X condemned the strikes on Y". */
export const REPORTED =
  '{V:CRITICIZE}|{V:DEMAND}|\\b(?:reported|reports|denied|denies|blame|blames|blamed|blaming)\\b';

/**
 * Words in the gap before an act's noun that put the noun in someone's reported words or in a
 * clause of its own ("X, adding that the war followed the killing of Y", "X expressed concern that
 * the attacks on Y", "X's view that attacks on Y"): the noun's act is not X's (round 33).
 */
export const NOUN_IN_CLAUSE =
  '\\b(?:said|says|saying|added|adding|noted|noting|stated|stating|warned|warning|told [a-z]+) that\\b|\\bthat (?:the )?$|' +
  // … or with "that" left out, when the noun is indefinite: "X reaffirms an armed attack on Y
  // would invoke …", "X says an attack on Y would be …" tells of an act of no one named (round 43)
  '\\b(?:said|says|saying|added|adding|noted|noting|stated|stating|warned|warning|reaffirm(?:s|ed)?|reiterat(?:es|ed)|affirm(?:s|ed)?|believes?|insists?|insisted) (?:an?|any) (?:[a-z-]+ ){0,2}$';

/** The nouns of a named place: "the Bryansk region", "the port city of X". */
export const PLACE_NOUN =
  '(?:city|town|village|province|region|oblast|port|district|governorate|state|area|camp|base|airbase|capital|neighbo(?:u)?rhood|island|county|prefecture|municipality|enclave|territory|suburb|township|commune|locality|sector)';

/**
 * The words after a name that report someone's words rather than head the name ("⟦X⟧ said", "which
 * ⟦X⟧ charges is backed by"): the saying-verbs record's forms, and the verbs of belief and blame it
 * does not hold.
 */
const REPORTING_AFTER_NAME = [
  ...sayingForms('say', ['base', 'third', 'past']),
  ...sayingForms('tell report', ['past']),
  ...sayingForms('claim allege', ['third', 'past']),
  ...sayingForms('charge insist argue assert', ['third']),
  'maintains',
  'contends',
  'believes',
  'accuses',
];
/**
 * Up to two nouns after a name: "⟦Kursk⟧ region was hit", "⟦M23⟧ rebels, backed by". Never a form
 * of "be" or a negation: "⟦Y⟧ was not backed by ⟦X⟧" is no bare participle after a head (round 28).
 */
export const HEAD_NOUNS = `(?: (?!(?:${REPORTING_AFTER_NAME.join('|')}|and|or|but|that|which|who|it|has|have|had|was|were|is|are|be|been|being|not|never|no)\\b)[a-z]+){0,2}`;

/**
 * What a place name may qualify in a target: "an attack on ⟦X⟧ police headquarters" hit the
 * headquarters in X, not X (a place is no target for being where an act happened); "a strike on
 * ⟦X⟧ Clinic" hit the clinic (a facility's head word, also in a headline's capitals).
 */
export const FACILITY_AFTER_PLACE = `(?:[a-z]+ ){0,2}?(?:headquarters|hq|hqs|station|stations|checkpoint|checkpoints|post|posts|outpost|office|offices|compound|barracks|convoy|positions?|embassy|consulate|bridge|plant|jail|residents|civilians|homes|houses|${FACILITY_HEADS.map(
  (w) => `${w}|${plural(w)}`,
).join('|')})\\b`;

/** "clinic" → "clinics", "church" → "churches", "university" → "universities". */
function plural(noun: string): string {
  if (noun.endsWith('y') && !/[aeiou]y$/.test(noun)) return `${noun.slice(0, -1)}ies`;
  return /(?:ch|sh|s|x)$/.test(noun) ? `${noun}es` : `${noun}s`;
}

/**
 * A force's post after a name the entity step took for a body ("an attack on ⟦X⟧ police
 * headquarters"): the name is the post's place, not the target ("⟦Hamas⟧ headquarters" stays).
 */
export const FORCE_FACILITY =
  '(?:police|provincial|district|border|security) (?:[a-z]+ )?(?:headquarters|hq|station|stations|checkpoint|checkpoints|post|posts|compound|office|offices)\\b';

/**
 * What a target's name may own that no weapon hits: "an assault on X's democratic institutions";
 * "attacked X's policy", "X's remarks": a stand or words are attacked only in words (round 22).
 */
export const ABSTRACT_AFTER_TARGET =
  "'s (?:[a-z]+ )?(?:democracy|democratic|institutions|sovereignty|rights|freedoms?|economy|reputation|credibility|independence|elections?|values|legitimacy|constitution|interests|policy|policies|stance|position|remarks|comments|statement|decision|claims|record|handling|approach|rhetoric)\\b";

/**
 * Ranks and titles between a role and the name: "commander of Y Gen. X"; not a role of the
 * body's voice ("Chief Spokesperson X" is no chief).
 */
const VOICE = VOICE_TITLES.map((w) => `[${w[0].toUpperCase()}${w[0]}]${w.slice(1)}`).join('|');
// written out, not as a {T:} macro: a word macro is a word the sentence must hold (compile-pattern.ts)
// and a second title joined by "and": "⟦Xian⟧ Foreign Minister and State Councilor Y" (round 22)
// "…, interim president of ⟦X⟧, and General ⟦Y⟧": an "and" right after the comma opens the list's
// next holder, not a rank of this title's (round 41)
export const RANKS = `(?:(?!(?:${VOICE})\\b)(?!(?<=, )and\\b)(?:[A-Z][\\w.-]*|in|chief|and(?= [A-Z][a-z])) ){0,4}?`;

/**
 * After a country's demonym as the object of support: its state's opponents are not the state.
 * "gave support to the ⟦Chilean⟧ guerrilla movement" backs a movement, not Chile.
 */
export const NOT_STATE_OPPONENTS =
  '(?!(?<=⟦\\d+[a-z]⟧) (?:[a-z]+ )?(?:guerrilla|guerrillas|rebel|rebels|insurgent|insurgents|insurgency|militant|militants|opposition|separatist|separatists|dissident|dissidents|exiles|jihadists)\\b)';

/**
 * Not a participle that modifies the common noun before it ("elements aligned with Y", "militias
 * allied with Y"): the word before it is a name's slot, an auxiliary, a relative or an adverb.
 */
export const NOT_REDUCED_RELATIVE =
  '(?<!\\b(?!(?:is|are|was|were|be|been|being|has|have|had|become|became|becomes|remain|remains|remained|which|who|that|now|also|then|later|long|[a-z]+ly)\\b)[a-z]+ )';

/** A body's name that says it is an office of another: "Office of …", "… Section", "… Center". */
export const OFFICE_WORDS =
  '(?:Office|Bureau|Section|Division|Branch|Directorate|Administration|Agency|Service|Center|Centre|Unit|Organi[sz]ation|Inspectorate)';
/** (A "Head Office" is where a body sits, a building, not an office of it: round 49, fresh news.) */
export const OFFICE_NAME = new RegExp(`^(?!.*\\bHead Office$).*\\b${OFFICE_WORDS}\\b`);
/** An office's name that is no field's centre ("Centre for Democracy …" is a study or advocacy group). */
export const STATE_OFFICE_NAME = new RegExp(`^(?!Cent(?:er|re)s? for\\b).*\\b${OFFICE_WORDS}\\b`);

/** A body named as a department's unit: "Criminal Division", "Fraud Section". */
export const UNIT_NAME = /\b(?:Division|Section)$/;
/** A title's capitalised words, none of them a deputy's: "Assistant Attorney General", "Assistant Director". */
export const UNIT_OFFICER = '(?!(?:[A-Z][a-z]+ ){0,3}?(?:Deputy|Former)\\b)(?:[A-Z][a-z]+ ){1,3}';

/** "on the outskirts of Y": a place told by its edge (the frame engine's PLACE_EDGES), written before "the". */
export const NOT_PLACE_EDGE = `(?!the (?:${[...PLACE_EDGES].join('|')}) of\\b)`;

/**
 * "the threat of X's attacks on Y", "the risk of X sanctions on Y": an act held by a noun of danger
 * or chance is feared, not done (round 20; the frame engine's ./frames/unstated-nouns.ts). A
 * lookbehind, written right before an act noun rule's actor.
 */
export const NOT_HELD_BY_DANGER = `(?<!\\b(?:${[...UNREAL_HOLDERS].join('|')}) of (?:the |a |an )?)`;
