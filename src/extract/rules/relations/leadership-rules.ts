// Leadership stated as an act or a participle (LEADS): "Y leads X", "X, led by Y", "Led by Y, X…",
// "X under the leadership of Y"; a deputy named beside the head is MEMBER_OF.
import { onCore, type RelationRule } from './rule';
import { ACTIVE, NOT_POSSESSIVE, PASSIVE_AUX } from './fragments';

/** "now led by", "currently headed by": an adverb of the present (not "formerly", "once"). */
const NOW = '(?:(?:now|still|currently|long|jointly|reportedly|effectively|nominally) )?';
/** "was formerly headed by": leadership that has ended. */
const NOT_FORMER = '(?<!\\b(?:formerly|previously|once|originally|briefly) )';
/** Titles and ranks before a leader's name: "veteran commander Gen.", "its founder". */
const TITLE_WORDS = '(?:(?:(?!and |or |of |with |from |to )[a-z]+|[A-Z][\\w.]*) ){0,4}?';

/** "the international force known as ⟦Y⟧", "a group called ⟦Y⟧": a description, then the body's name. */
const KNOWN_AS = '(?:(?:[a-z-]+ ){1,3}?(?:known as|called|named) (?:the )?)?';

/**
 * "commanded X operations in the south", "leads the X delegation", "chaired the X ministers'
 * meeting": the body's name qualifies a part, an activity or a gathering of it, which is what is
 * led (the leader is one of the body, or only chairs its meeting, not its head).
 */
const NOT_A_PART =
  "(?! (?:operations|forces|fighters|troops|units?|militants|operatives|attacks|delegation|mission|team|wing|branch|cell|brigades?|battalions?|contingent|offensive|campaign|meetings?|summits?|sessions?|talks|conferences?|ministers|leaders|members)\\b)(?! [a-z]+s['’])";

/**
 * "a splinter group of the ⟦X⟧, led by Y": what Y leads is the part, not the body it is a part of
 * (nor "an affiliate of", "a faction of", "a wing of").
 */
const NOT_A_PART_OF =
  '(?<!\\b(?:group|faction|wing|offshoot|affiliate|branch|cell|unit|breakaway|splinter|arm) of (?:the )?)';

/** "has won a sixth term in office as (the)", "was re-elected as", "was sworn in as": taking a head's office. */
const TAKES_OFFICE_AS =
  '(?:(?:has|had|have) )?(?:(?:was|were|been|is) )?(?:won (?:a |an |his |her |the )?(?:[a-z-]+ ){0,2}term (?:in office )?as|(?:re-?)?elected(?: as)?|sworn in as|inaugurated as) (?:the )?(?:(?:interim|new) )?';

/**
 * A lower-case word that may describe a body, not a preposition, determiner or joining word, nor
 * one that opens a clause ("heads the ruling council while ⟦Y⟧ leader Z is his deputy", round 39).
 */
const DESCRIBING_WORD =
  '(?!(?:in|of|on|at|from|to|for|with|by|against|over|under|into|onto|about|between|that|which|who|whose|the|an?|its|their|and|or|but|not|while|whereas|when|where|as|after|before|since|because|although|though|if|until|unless)\\b)[a-z][a-z-]*';
/** The kinds of body a description may end on before the name in apposition. */
const BODY_KINDS =
  '(?:party|group|movement|coalition|alliance|faction|organi[sz]ation|militia|front|bloc|union|council|federation)';
/**
 * "leads the small but influential ⟦Y⟧", "heads the largest opposition party, the ⟦Y⟧": up to three
 * describing words (two may be joined by "but" or "and") before the body, or a description that
 * ends on the body's kind and names it in apposition.
 */
const DESCRIBED = `(?:(?:${DESCRIBING_WORD} ){0,3}${BODY_KINDS}, (?:the )?|${DESCRIBING_WORD}(?:,? (?:but|and) ${DESCRIBING_WORD})? (?:${DESCRIBING_WORD} ){0,2})?`;

export const LEADERSHIP_RULES: RelationRule[] = [
  onCore({
    reason: 'verb:active:lead',
    predicate: 'LEADS',
    confidence: 0.65,
    // "X, who heads the international force known as ⟦Y⟧": the body named after its description
    pattern: `{!PREP}{S:P}{GAP}${ACTIVE}{V:LEAD} {DET}(?:(?:opposition|ruling|main|governing|armed|militant|rebel) )?${KNOWN_AS}${DESCRIBED}{O:O}(?! to\\b)${NOT_A_PART}`,
  }),
  // "X, the son of a former president, leads the opposition Y": an apposition between them (the
  // present tense only: "led" after an apposition may be a participle of something else)
  onCore({
    reason: 'verb:active:lead-after-apposition',
    predicate: 'LEADS',
    confidence: 0.65,
    pattern: `{S:P}, (?:the|a|an) [^,;⟦⟧]{1,40}(?:⟦\\d+[A-Za-z]⟧(?:'s)?[^,;⟦⟧]{0,40})?, (?:now |still )?(?:leads|heads|chairs|commands) {DET}(?:(?:opposition|ruling|main|governing|armed|militant|rebel) )?${DESCRIBED}{O:O}(?! to\\b)${NOT_A_PART}`,
  }),
  // "X, who has ruled Chile since 1994", "X governs Chile": ruling a state is heading it
  onCore({
    reason: 'verb:active:rule-state',
    predicate: 'LEADS',
    confidence: 0.75,
    pattern: `{!PREP}{S:P}(?:, who)? (?:(?:has|had|have) )?(?:(?:long|now|effectively) )?(?:ruled|rules|governed|governs) (?:over )?{O:C}${NOT_POSSESSIVE}`,
  }),
  // "X has won a sixth term as president of Chile", "X was sworn in as president of Chile",
  // "X was re-elected as Chile's president"
  onCore({
    reason: 'verb:elected-head',
    predicate: 'LEADS',
    confidence: 0.75,
    pattern: `{!PREP}{S:P} ${TAKES_OFFICE_AS}{T:HEAD_OF_STATE} of (?:the )?{O:C}${NOT_POSSESSIVE}`,
  }),
  onCore({
    reason: 'verb:elected-head-possessive',
    predicate: 'LEADS',
    confidence: 0.75,
    pattern: `{!PREP}{S:P} ${TAKES_OFFICE_AS}{O:C}'s (?:(?:interim|new) )?{T:HEAD_OF_STATE}`,
  }),
  onCore({
    reason: 'apposition:body-led-by',
    predicate: 'LEADS',
    confidence: 0.75,
    pattern: `${NOT_A_PART_OF}{O:OC}, (?:(?:a|an|the) (?:[a-z-]+ ){0,3}?|${NOW})(?:led|headed|commanded|chaired|founded) by ${TITLE_WORDS}{S:P}`,
  }),
  // "the ruling ⟦High Council⟧ headed by General X": "headed" and "chaired" name the body's head
  // with no comma too ("led" may be an act's: "the attack on ⟦Y⟧ led by X")
  onCore({
    reason: 'participle:body-headed-by',
    predicate: 'LEADS',
    confidence: 0.7,
    pattern: `{O:O} ${NOW}(?:headed|chaired) by ${TITLE_WORDS}{S:P}`,
  }),
  onCore({
    reason: 'apposition:led-by-body',
    predicate: 'LEADS',
    confidence: 0.75,
    // (not "led by X, ⟦Y⟧'s most wanted suspect": a possessive describes X, round 43)
    pattern: `\\b(?:[Ll]ed|[Hh]eaded|[Cc]ommanded|[Cc]haired) by ${TITLE_WORDS}{S:P}, {DET}{O:OC}(?!['’]s\\b)`,
  }),
  onCore({
    reason: 'noun:under-leadership-of',
    predicate: 'LEADS',
    confidence: 0.7,
    pattern: `{O:O},? (?:(?:is|was|has been|remains) )?(?:now )?under the (?:[a-z]+ )?(?:leadership|command|chairmanship) of ${TITLE_WORDS}{S:P}`,
  }),
  // "Under the leadership of X, the ⟦Y⟧ has killed…": the head named before the clause's subject
  onCore({
    reason: 'noun:under-leadership-of-fronted',
    predicate: 'LEADS',
    confidence: 0.7,
    pattern: `\\b[Uu]nder the (?:[a-z]+ )?(?:leadership|command|chairmanship) of ${TITLE_WORDS}{S:P}, {DET}{O:OC}${NOT_POSSESSIVE}`,
  }),
  onCore({
    reason: 'verb:passive:lead',
    predicate: 'LEADS',
    confidence: 0.7,
    pattern: `{O:O} ${PASSIVE_AUX}${NOT_FORMER}{VED:LEAD} by (?:(?:[a-z]+|[A-Z][\\w.]*) ){0,5}?{S:P}`,
  }),
  // "⟦Niger⟧ is now being led by a ⟦Supreme Council⟧", "⟦C⟧ is ruled by ⟦X⟧": a state and who
  // heads it, a person or a ruling body (round 19); not "⟦C⟧'s team was led by" (a possessive).
  // The verbs written out: a {VED:} macro is a word the sentence must hold, and "ruled" is none
  onCore({
    reason: 'verb:passive:lead-state',
    predicate: 'LEADS',
    confidence: 0.65,
    pattern: `{O:C} (?:is|are|was|has been|had been|will be) ${NOW}(?:being )?${NOT_FORMER}(?:led|headed|commanded|chaired|ruled|governed) by (?:a |an |the )?(?:(?:military|ruling|transitional|interim|new|self-proclaimed) )?{S:PO}`,
  }),
  onCore({
    reason: 'verb:passive:lead-deputy',
    predicate: 'MEMBER_OF',
    confidence: 0.7,
    pattern: `{O:O} ${PASSIVE_AUX}{VED:LEAD} by [^⟦⟧;]*?⟦\\d+P⟧,? and (?:the |his |her )?(?:{T:SUBORDINATE_PREFIXES}|Under) (?:[a-z]+ )?{T:LEAD} (?:(?:[A-Z][\\w.]*|in|chief) ){0,4}?{S:P}`,
  }),
];
