// Sanctions, designations, bans and frozen assets (SANCTIONED), read from verbs and nouns on the
// `core` view like ./act-rules.ts.
import { onCore, onSurface, type RelationRule } from './rule';
import { PRIVATE_PEOPLE_NOT_SANCTION_TARGETS } from '../../lexicon/common-words';
import { ACTIVE, ACTOR, NOT_HELD_BY_DANGER, PASSIVE_AUX, REPORTED } from './fragments';

/**
 * "three Ruritanian airlines – ": a count of the targets and their kind (which entity recognition
 * may take for a name) before their dashed list.
 */
const EXPORT_TARGETS_COUNTED = '(?:[a-z0-9]+ )(?:⟦\\d+[A-Za-z]⟧ |(?:⟦\\d+[Cc]⟧ )?(?:[A-Za-z]+ ){1,2})[–—-] ';

/** "⟦X⟧'s second-largest lender ⟦Y⟧": a possessive whose named holding follows is not the target. */
const NOT_OWNER_OF_NAMED = "(?!['’]s (?:[\\w-]+,? ){0,4}⟦\\d+[OPop]⟧)";

/** "X National, Y": a noun of nationality and a comma between a demonym and the person it describes. */
const NATIONAL_COMMA = '(?:[Nn]ational|[Cc]itizen|[Bb]usiness(?:wo)?man|[Rr]esident) ?, ';

/** "sanctioned 180 current or former ⟦Xian⟧ officials": a count and a pair of times before the targets. */
const CURRENT_OR_FORMER = '(?:(?:[a-z0-9]+ )?(?:current|former) or (?:current|former) )?';

/** "sanctions on seven ⟦Xian⟧ nationals": a demonym on private people names no sanctioned state (round 35). */
const NOT_PRIVATE_PEOPLE = `(?!(?<=⟦\\d+[a-z]⟧) (?:${PRIVATE_PEOPLE_NOT_SANCTION_TARGETS.join('|')})\\b)`;

/** "the sanctions come on the same day ⟦Y⟧ struck": "on" a day tells when, not whom (round 35). */
const NOT_A_DAY = '(?!(?:the )?(?:same |very )?(?:day|date|eve|morning|night|week|weekend|anniversary)\\b)';

/** What a sanction freezes. */
const ASSETS = '(?:assets|funds|accounts|holdings|property|properties|reserves)';

/** A verb of sanctions still being made, right before the noun and its adjectives. */
const SANCTIONS_IN_THE_MAKING =
  '\\b(?:(?:work|works|worked|working) on|prepar\\w*|drafting|consider\\w*|weigh\\w*|mull\\w*)(?: (?:new|more|additional|further|tougher|possible|fresh|targeted|economic))* ?$';

export const SANCTION_RULES: RelationRule[] = [
  onCore({
    reason: 'verb:active:sanction',
    predicate: 'SANCTIONED',
    confidence: 0.8,
    // "sanctioned Rwandan minister X": the person, not the country of the demonym; "blacklisted
    // ⟦X⟧'s largest lender ⟦Y⟧", "one of ⟦X⟧'s most violent gangs, ⟦Y⟧" (round 30): the owner's
    // possessive only says whose Y is
    pattern: `${ACTOR}${ACTIVE}{V:SANCTION} ${CURRENT_OR_FORMER}{NP}{TSKIP}{O+:POC}${NOT_OWNER_OF_NAMED}`,
  }),
  onCore({
    reason: 'noun:sanctions-on',
    predicate: 'SANCTIONED',
    confidence: 0.7,
    // "sanctions against Bosnian Serb leader X": a demonym before a person's title and name says
    // where the person is from; the person is the target (so in "X National, Y")
    pattern: `${NOT_HELD_BY_DANGER}${ACTOR}{N:SANCTION}(?: [a-z]+)? (?:on|against|targeting) ${NOT_A_DAY}{NP}{O+:POC}(?!(?<=⟦\\d+[a-z]⟧) (?:(?:[\\w-]+ ){1,3}|${NATIONAL_COMMA})⟦\\d+P⟧)${NOT_OWNER_OF_NAMED}${NOT_PRIVATE_PEOPLE}`,
    // lifted, eased or evaded sanctions are none of the subject's; criticised, opposed or reported
    // ones are someone else's ("X criticized the sanctions imposed on Y by Z", "X opposes
    // unilateral actions, sanctions against Y"); judged ones too ("X called the sanctions on Y
    // unfair", round 32); so are ones spoken against ("X spoke out against a call to uphold the
    // embargo imposed on Y", round 35)
    // … and sanctions still in the making ("his administration is working on new sanctions against
    // Y", "is considering tougher sanctions on Y"): planned ones are none yet (test/gold/README.md,
    // round 10; round 47)
    gapBlock: `\\b(?:lift\\w*|eas\\w*|relief|remov\\w*|evad\\w*|evasion|violat\\w*|oppos\\w*|reject\\w*|object\\w* to|(?:spoke|speak\\w*|argu\\w*|campaign\\w*|lobb\\w*) (?:out )?against)\\b|\\b(?:call(?:ed|s|ing)?|describ(?:ed|es|ing)|brand(?:ed|s|ing)|term(?:ed|s|ing)) (?:the|these|those|such)\\b|${REPORTED}|${SANCTIONS_IN_THE_MAKING}`,
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
    pattern: `{O:PO} (?:the )?{S+:POC} (?:(?:has|have|had) )?(?:long |formally )?{V:DESIGNATE} as (?:an? )?(?:[A-Za-z-]+ ){0,3}?[Tt]error`,
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
  // "X issued (temporary denial) orders denying the export privileges of three Ruritanian airlines
  // – A, B, and C", "X denied the export privileges of A": an export denial order is a sanction of
  // its targets (BIS denial orders); a count and a demonym before a dashed list are passed, so the
  // rule reads the surface view (the core drops a list set off by dashes as an aside)
  onSurface({
    reason: 'verb:deny-export-privileges',
    predicate: 'SANCTIONED',
    confidence: 0.75,
    pattern: `${ACTOR}${ACTIVE}(?:(?:issued|issues|issuing) (?:an? |the )?(?:[a-z]+ ){0,2}?orders? (?:temporarily )?denying|denied|denies|denying|suspended|suspends|revoked|revokes) (?:the )?export privileges of (?:${EXPORT_TARGETS_COUNTED})?{DET}{O+:PO}`,
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
];
