// Stances and dealings between actors: SUPPORTS, CRITICIZED, THREATENED, DEMANDED, COOPERATED,
// SANCTIONED, and LEADS stated as an act. Read from verbs and nouns on the `core` view, like
// ./violence-rules.ts ("vowed to attack X" is THREATENED through modality there).
import { onCore, type RelationRule } from './rule';
import { ACTIVE, ACTOR, HEAD_NOUNS, PASSIVE_AUX, REPORTED } from './fragments';

/** "now led by", "currently headed by": an adverb of the present (not "formerly", "once"). */
const NOW = '(?:(?:now|still|currently|long|jointly|reportedly|effectively|nominally) )?';
/** "was formerly headed by": leadership that has ended. */
const NOT_FORMER = '(?<!\\b(?:formerly|previously|once|originally|briefly) )';
/** Titles and ranks before a leader's name: "veteran commander Gen.", "its founder". */
const TITLE_WORDS = '(?:(?:(?!and |or |of |with |from |to )[a-z]+|[A-Z][\\w.]*) ){0,4}?';

/** Support taken away: "suspended aid to X" states no support. */
const WITHDRAWN =
  '\\b(?:suspend\\w*|cut|cuts|cutting|halt\\w*|withdr\\w*|froze|freez\\w*|stop\\w*|reduc\\w*|slash\\w*|block\\w*|paus\\w*|ended|ends|ending|end)\\b';
/** "met his Omani counterpart": the country of the counterpart. */
const COUNTERPART = '(?:(?:his|her|their|its) (?=⟦\\d+[a-zC]⟧ counterparts?\\b))?';
/** What a sanction freezes. */
const ASSETS = '(?:assets|funds|accounts|holdings|property|properties|reserves)';

export const ACT_RULES: RelationRule[] = [
  // SUPPORTS
  onCore({
    reason: 'verb:active:support',
    predicate: 'SUPPORTS',
    confidence: 0.75,
    pattern: `${ACTOR}${ACTIVE}{V:SUPPORT} {DET}{O+:POC}`,
  }),
  onCore({
    reason: 'verb:passive:support',
    predicate: 'SUPPORTS',
    confidence: 0.75,
    pattern: `{O+:POC}${HEAD_NOUNS},? (?:which |who |that )?(?:${PASSIVE_AUX})?{VED:SUPPORT} by {DET}{S+:POC}`,
  }),
  onCore({
    reason: 'noun:support-for',
    predicate: 'SUPPORTS',
    confidence: 0.7,
    pattern: `${ACTOR}{N:SUPPORT} (?:for|to) {DET}{O+:POC}`,
    gapBlock: `${REPORTED}|${WITHDRAWN}`,
  }),
  onCore({
    reason: 'verb:supply-to',
    predicate: 'SUPPORTS',
    confidence: 0.65,
    pattern: `${ACTOR}${ACTIVE}\\b(?:provided|provides|providing|supplied|supplies|supplying|delivered|delivers|sent|sends|gave|gives|shipped|ships|pledged|pledges|donated|donates|transferred|transfers|approved|approves)(?: [a-z$\\d.,-]+){0,5}? (?:weapons|arms|aid|assistance|funding|money|support|ammunition|drones|missiles|equipment) to {DET}{O+:POC}`,
  }),
  onCore({
    reason: 'noun:in-support-of',
    predicate: 'SUPPORTS',
    confidence: 0.65,
    pattern: `${ACTOR}\\bin support of {DET}{O+:POC}`,
  }),
  onCore({
    reason: 'verb:ally-with',
    predicate: 'SUPPORTS',
    confidence: 0.7,
    pattern: `${ACTOR}\\b(?:allied|allies|sided|sides|aligned) with {DET}{O+:POC}`,
  }),
  onCore({
    reason: 'verb:fight-alongside',
    predicate: 'SUPPORTS',
    confidence: 0.7,
    pattern: `${ACTOR}{V:FIGHT} alongside {DET}{O+:POC}`,
  }),

  // CRITICIZED
  onCore({
    reason: 'verb:active:criticize',
    predicate: 'CRITICIZED',
    confidence: 0.7,
    // "firms accused of helping X", "accusing him of supporting X": X is not the one criticised
    pattern: `${ACTOR}${ACTIVE}{V:CRITICIZE} (?!of\\b)(?!(?:[a-z]+ ){0,3}?of [a-z]+ing\\b){NPL}{O+:POC}`,
  }),
  onCore({
    reason: 'verb:call-out',
    predicate: 'CRITICIZED',
    confidence: 0.65,
    pattern: `${ACTOR}\\b(?:(?:called|calls|calling) out|(?:lashed|lashes|hit|hits) (?:out|back) at|(?:took|takes|taking) aim at) {NP}{O+:POC}`,
  }),
  onCore({
    reason: 'verb:passive:criticize',
    predicate: 'CRITICIZED',
    confidence: 0.7,
    pattern: `{O+:POC} ${PASSIVE_AUX}{VED:CRITICIZE} by {DET}{S+:POC}`,
  }),
  onCore({
    reason: 'verb:passive:criticize-act',
    predicate: 'CRITICIZED',
    confidence: 0.65,
    // "X's attack on a Y border post was condemned by Z": Z criticised X
    pattern: `{O:POC}'s [^⟦⟧;,]{1,50}?(?:⟦\\d+[a-zL]⟧[^⟦⟧;,]{0,40}?)? ${PASSIVE_AUX}{VED:CRITICIZE} by {DET}{S+:POC}`,
  }),
  onCore({
    reason: 'noun:condemnation-of',
    predicate: 'CRITICIZED',
    confidence: 0.65,
    pattern: `${ACTOR}\\b(?:condemnation|criticism|denunciation) of {NP}{O+:POC}`,
  }),

  // THREATENED ("vowed to attack X" comes from the ATTACKED rules through modality)
  onCore({
    reason: 'verb:active:threaten',
    predicate: 'THREATENED',
    confidence: 0.7,
    pattern: `${ACTOR}${ACTIVE}{V:THREATEN} {DET}{O+:POC}`,
  }),
  onCore({
    reason: 'noun:revenge-against',
    predicate: 'THREATENED',
    confidence: 0.65,
    pattern: `${ACTOR}\\b(?:vowed|vows|vowing|promised|promises|threatened|threatens|threatening|pledged|pledges|warned of|warns of) (?:to take |to exact )?(?:swift |severe |harsh |a )?(?:revenge|retaliation|retribution|reprisals?|response) (?:against|on|for) {DET}{O+:POC}`,
  }),
  onCore({
    reason: 'noun:threat-to',
    predicate: 'THREATENED',
    confidence: 0.55,
    pattern: `${ACTOR}\\b(?:poses?|posed|posing) an? (?:[a-z]+ )?threat to {DET}{O+:POC}`,
  }),

  // DEMANDED
  onCore({
    reason: 'verb:call-on',
    predicate: 'DEMANDED',
    confidence: 0.7,
    pattern: `${ACTOR}{N:DEMAND} (?:on|upon|for) {DET}{O+:POC}`,
  }),
  onCore({
    reason: 'verb:active:demand',
    predicate: 'DEMANDED',
    confidence: 0.7,
    pattern: `${ACTOR}${ACTIVE}{V:DEMAND} (?:that )?{DET}{O+:POC}`,
  }),
  onCore({
    reason: 'verb:ask-to',
    predicate: 'DEMANDED',
    confidence: 0.6,
    pattern: `${ACTOR}\\b(?:asked|asks|pressed|presses|pressured|pressures|told|tells|instructed|ordered|orders) {DET}{O+:POC} to\\b`,
  }),

  // COOPERATED
  onCore({
    reason: 'verb:meet',
    predicate: 'COOPERATED',
    confidence: 0.7,
    pattern: `${ACTOR}${ACTIVE}{V:MEET}(?: with)? ${COUNTERPART}{TSKIP}{O+:POC}`,
  }),
  onCore({
    reason: 'verb:pair-agreed',
    predicate: 'COOPERATED',
    confidence: 0.6,
    pattern: `{!PREP}{S:POC} and {DET}{O:POC} (?:have |had |on [A-Z][a-z]+ )?(?:signed|agreed|reached|held talks|met|pledged to cooperate|cooperated|(?:established|restored|resumed|normali[sz]ed) (?:diplomatic |full )?(?:relations|ties))\\b(?!(?: [a-z]+){0,3} with\\b)`,
  }),
  onCore({
    reason: 'noun:talks-between',
    predicate: 'COOPERATED',
    confidence: 0.6,
    // not talks asked for or offered: "offered to mediate talks between X and Y"
    pattern: `(?<!\\b(?:to|for) (?:[a-z]+ ){0,2})\\b{N:COOPERATE} between {DET}{S:POC} and {DET}{O:POC}`,
  }),
  onCore({
    reason: 'noun:visit-to',
    predicate: 'COOPERATED',
    confidence: 0.65,
    pattern: `${ACTOR}{N:VISIT} to {DET}{O+:POC}`,
  }),
  onCore({
    reason: 'noun:visit-to-by',
    predicate: 'COOPERATED',
    confidence: 0.65,
    pattern: `{N:VISIT} to {DET}{O+:POC} by {TSKIP}{S:POC}`,
  }),
  onCore({
    reason: 'noun:ties-with',
    predicate: 'COOPERATED',
    confidence: 0.65,
    pattern: `${ACTOR}{N:COOPERATE} with ${COUNTERPART}{TSKIP}{O+:POC}`,
  }),
  onCore({
    reason: 'verb:agree-with',
    predicate: 'COOPERATED',
    confidence: 0.65,
    pattern: `${ACTOR}\\b(?:signed|signs|reached|reaches|agreed|agrees|negotiated|negotiates|negotiating|negotiate|cooperated|cooperates|cooperating|cooperate|partnered|partners|partnering|teamed up|teams up|worked|works|working|talked|talks|spoke|speaks|restored|resumed|normali[sz]ed)(?: [a-z-]+){0,3}? with ${COUNTERPART}{TSKIP}{O+:POC}`,
  }),
  onCore({
    reason: 'verb:recognize-government',
    predicate: 'COOPERATED',
    confidence: 0.5,
    pattern: `${ACTOR}\\b(?:recognizes|recognized|recognises|recognised) {DET}{O:C} government\\b`,
  }),

  // SANCTIONED
  onCore({
    reason: 'verb:active:sanction',
    predicate: 'SANCTIONED',
    confidence: 0.8,
    // "sanctioned Rwandan minister X": the person, not the country of the demonym
    pattern: `${ACTOR}${ACTIVE}{V:SANCTION} {DET}{TSKIP}{O+:POC}`,
  }),
  onCore({
    reason: 'noun:sanctions-on',
    predicate: 'SANCTIONED',
    confidence: 0.7,
    pattern: `${ACTOR}{N:SANCTION}(?: [a-z]+)? (?:on|against|targeting) {NP}{O+:POC}`,
    gapBlock: '\\b(?:lift\\w*|eas\\w*|relief|remov\\w*|evad\\w*|evasion|violat\\w*)\\b',
  }),
  onCore({
    reason: 'verb:designate-terrorist',
    predicate: 'SANCTIONED',
    confidence: 0.8,
    pattern: `${ACTOR}{V:DESIGNATE} {DET}{O+:PO} (?:as )?(?:an? )?(?:[A-Za-z-]+ ){0,3}?[Tt]error`,
  }),
  // "X, which the US designates as a terrorist group": the relative clause reads "X ⟦US⟧ designates"
  onCore({
    reason: 'verb:designate-relative',
    predicate: 'SANCTIONED',
    confidence: 0.75,
    pattern: `{O:PO} {S+:POC} (?:(?:has|have|had) )?(?:long |formally )?{V:DESIGNATE} as (?:an? )?(?:[A-Za-z-]+ ){0,3}?[Tt]error`,
  }),
  onCore({
    reason: 'verb:designate-under-sanctions',
    predicate: 'SANCTIONED',
    confidence: 0.7,
    pattern: `${ACTOR}${ACTIVE}\\b(?:designated|designates|designating) {DET}{O+:PO},? (?:pursuant to|under) `,
  }),
  onCore({
    reason: 'verb:freeze-assets',
    predicate: 'SANCTIONED',
    confidence: 0.75,
    pattern: `${ACTOR}${ACTIVE}{V:FREEZE} (?:the )?{O+:POC}'s? (?:[a-z]+ )?${ASSETS}`,
  }),
  onCore({
    reason: 'verb:freeze-assets-of',
    predicate: 'SANCTIONED',
    confidence: 0.75,
    pattern: `${ACTOR}${ACTIVE}{V:FREEZE} (?:the )?(?:[a-z]+ )?${ASSETS} (?:of|belonging to|linked to|held by) {DET}{O+:POC}`,
  }),
  onCore({
    reason: 'verb:add-to-list',
    predicate: 'SANCTIONED',
    confidence: 0.7,
    pattern: `${ACTOR}${ACTIVE}\\b(?:added|adds|adding|placed|places|placing|put|puts|putting) {DET}{O+:POC} (?:to|on) (?:its |the |their |a )?(?:[A-Za-z-]+ ){0,3}?(?:list|blacklist)\\b`,
  }),
  onCore({
    reason: 'verb:passive:sanction',
    predicate: 'SANCTIONED',
    confidence: 0.75,
    pattern: `{O+:POC} ${PASSIVE_AUX}{VED:SANCTION} by {DET}{S+:POC}`,
  }),

  // LEADS as an act
  onCore({
    reason: 'verb:active:lead',
    predicate: 'LEADS',
    confidence: 0.65,
    pattern: `{!PREP}{S:P}{GAP}${ACTIVE}{V:LEAD} {DET}{O:O}(?! to\\b)`,
  }),
  onCore({
    reason: 'apposition:body-led-by',
    predicate: 'LEADS',
    confidence: 0.75,
    pattern: `{O:OC}, (?:(?:a|an|the) (?:[a-z-]+ ){0,3}?|${NOW})(?:led|headed|commanded|chaired|founded) by ${TITLE_WORDS}{S:P}`,
  }),
  onCore({
    reason: 'apposition:led-by-body',
    predicate: 'LEADS',
    confidence: 0.75,
    pattern: `\\b(?:[Ll]ed|[Hh]eaded|[Cc]ommanded|[Cc]haired) by ${TITLE_WORDS}{S:P}, {DET}{O:OC}`,
  }),
  onCore({
    reason: 'noun:under-leadership-of',
    predicate: 'LEADS',
    confidence: 0.7,
    pattern: `{O:O},? (?:(?:is|was|has been|remains) )?(?:now )?under the (?:[a-z]+ )?(?:leadership|command|chairmanship) of ${TITLE_WORDS}{S:P}`,
  }),
  onCore({
    reason: 'verb:passive:lead',
    predicate: 'LEADS',
    confidence: 0.7,
    pattern: `{O:O} ${PASSIVE_AUX}${NOT_FORMER}{VED:LEAD} by (?:(?:[a-z]+|[A-Z][\\w.]*) ){0,5}?{S:P}`,
  }),
  onCore({
    reason: 'verb:passive:lead-deputy',
    predicate: 'MEMBER_OF',
    confidence: 0.7,
    pattern: `{O:O} ${PASSIVE_AUX}{VED:LEAD} by [^⟦⟧;]*?⟦\\d+P⟧,? and (?:the |his |her )?{T:SUBORDINATE_PREFIXES} (?:[a-z]+ )?{T:LEAD} (?:(?:[A-Z][\\w.]*|in|chief) ){0,4}?{S:P}`,
  }),
];
