// Compound modifiers that state support or leadership inside a noun phrase: "Iran-backed X",
// "pro-Iranian X", "Saudi-led X". The entity mentions cover only the country or group part of
// the modifier, so on the `surface` view they read "⟦0C⟧-backed ⟦1O⟧".
import { NAME_ENDS } from './fragments';
import { SANCTION_MODIFIERS } from '../../lexicon/common-words';
import { onSurface, type RelationRule } from './rule';

/**
 * The nouns that a modifier's name may follow: the kind of body or people backed ("Iran-backed
 * militant group X", "X-led coalition forces Y"). Any other word before the name ends the phrase:
 * "Iran-backed militants attacked ⟦Y⟧" and "X-backed forces amid ⟦Y⟧'s war" name no one backed.
 */
const BACKED_HEADS =
  'militia|militias|militant|militants|group|groups|rebels|rebel|forces|force|fighters|insurgents|separatists|government|regime|proxy|proxies|faction|factions|movement|party|organi[sz]ation|network|coalition|alliance|army|troops|authorities|administration|company|firm|outfit|wing|affiliate|affiliates|branch|cell|cells|unit|units|brigade|brigades|extremists|terrorists|paramilitaries|paramilitary|leader|leaders|governor|governors|official|officials|president|ruler|rulers|commander|commanders|chief|chiefs|administrator|administrators';
/** At most one lowercase word, then such a noun, between the modifier and the name. */
const HEAD_WORDS = `(?:the )?(?:(?:(?!(?:in|of|on|at|from|and|or|to|for|with|by|that|which|who)\\b)[a-z]+ )?(?:${BACKED_HEADS}) )?`;
const SUPPORT_SUFFIX =
  '(?:backed|sponsored|funded|supported|armed|financed|aligned|affiliated|allied|trained|equipped|linked|supplied)';

/** "X-sanctioned Y": the modifiers that make X the one sanctioning (round 42). */
const SANCTION_SUFFIX = `(?:${SANCTION_MODIFIERS.join('|')})`;

/**
 * After a demonym as the one backed, only the state's own bodies make the state backed: "Russia-
 * backed Syrian forces" back Syria, but "a Norway-linked Chilean businessman", "a Russia-linked
 * Cypriot firm" or "Iran-backed Iraqi militias" back no state.
 */
const DEMONYM_STATE_BODY =
  '(?!(?<=⟦\\d+[a-z]⟧) (?!(?:state|government|regime|authorities|administration|forces|force|troops|army|military|navy|police|soldiers|security|armed|air|president|prime|leader|leaders|officials|ministry|junta)\\b)[a-z]+\\b)';

/**
 * "Tencent-backed ⟦China⟧ Literature": a state's name with a capitalised word after it opens the
 * name of a body the entity step did not join; the state is not the one backed (round 39).
 */
const STATE_NAME_ENDS = `(?:(?<!⟦\\d+[Cc]⟧)|${NAME_ENDS})`;

export const MODIFIER_RULES: RelationRule[] = [
  onSurface({
    reason: 'modifier:x-backed',
    predicate: 'SUPPORTS',
    confidence: 0.9,
    // ("⟦Iranian⟧-backed ⟦Lebanon⟧-based group ⟦Y⟧": a name joined by a hyphen to the next word
    // is a modifier of the head as well, not the one backed, round 43)
    pattern: `{S:POC}-${SUPPORT_SUFFIX} ${HEAD_WORDS}{O:POC}(?!-)${DEMONYM_STATE_BODY}${STATE_NAME_ENDS}`,
  }),
  // "Iran-backed militant groups including X and Y", "X-funded militias such as Y": the groups listed
  onSurface({
    reason: 'modifier:x-backed-including',
    predicate: 'SUPPORTS',
    confidence: 0.85,
    pattern: `{S:POC}-${SUPPORT_SUFFIX} (?:(?!(?:in|of|on|at|from|and|or|to|for|with|by|that|which|who)\\b)[a-z]+ ){1,3}(?:including|such as) {DET}{O+:POC}`,
  }),
  // "Y, an Iran-backed militia,", "Y is an X-linked extremist group": the modifier qualifies a
  // descriptor given to a body Y by apposition or "to be" (not "Y is the X-backed group's leader";
  // a person "X-trained" is no body X supports, as round 6 reads it)
  onSurface({
    reason: 'modifier:x-backed-descriptor',
    predicate: 'SUPPORTS',
    confidence: 0.85,
    pattern: `{O:O}(?:,| (?:is|was|remains|has been)) (?:an?|the) (?:(?:[a-z]+|[A-Z][a-z]+) )?{S:POC}-${SUPPORT_SUFFIX} (?:[a-z]+ ){0,2}[a-z]+(?![\\w'’-])`,
  }),
  // "Y, an X-backed Zian rebel group,": a demonym may stand among the descriptor's words (round 25)
  onSurface({
    reason: 'modifier:x-backed-descriptor-demonym',
    predicate: 'SUPPORTS',
    confidence: 0.85,
    pattern: `{O:O}(?:,| (?:is|was|remains|has been)) (?:an?|the) {S:POC}-${SUPPORT_SUFFIX} (?:[a-z]+ )?[A-Z][a-z]+ (?:[a-z]+ ){0,2}(?:${BACKED_HEADS})(?![\\w'’-])`,
  }),
  // "two X-backed militias in Z, A and B,": the bodies named in apposition after the descriptor
  // (and its place), closing the phrase; "X-backed militias, the ministry said" names no one (round 25)
  onSurface({
    reason: 'modifier:x-backed-apposed',
    predicate: 'SUPPORTS',
    confidence: 0.8,
    pattern: `{S:POC}-${SUPPORT_SUFFIX} (?:[a-z]+ ){0,2}(?:militias|militia|groups|group|factions|faction|movements|movement|organi[sz]ations|organi[sz]ation)(?: (?:in|from) ⟦\\d+[CL]⟧)?, (?:the )?{O+:O}(?=[,.;]| while)`,
  }),
  // "an X-linked extremist group called Y", "X-backed rebels known as Y", "X-linked militants known
  // by the acronym Y": the descriptor names its body after a word of naming (round 42)
  onSurface({
    reason: 'modifier:x-backed-called',
    predicate: 'SUPPORTS',
    confidence: 0.85,
    pattern: `{S:POC}-${SUPPORT_SUFFIX} (?:(?:[a-z]+|[A-Z][a-z'’]+) ){0,2}(?:${BACKED_HEADS}),? (?:called|named|known as|known by the (?:acronym|name|initials)) {DET}{O:O}`,
  }),
  // "Y's X-backed interim government": a country's government backed by another (round 25)
  onSurface({
    reason: 'modifier:owned-x-backed-government',
    predicate: 'SUPPORTS',
    confidence: 0.85,
    pattern: `{O:C}['’]s? {S:POC}-${SUPPORT_SUFFIX} (?:[a-z]+ ){0,2}(?:government|regime|administration|authorities)(?![\\w'’-])`,
  }),
  // "Y, which has been linked to the X network,", "Y, closely linked to X,": a group's ties to
  // another body are that body's support (round-11 convention, "linked to al-Qaida")
  onSurface({
    reason: 'modifier:linked-to',
    predicate: 'SUPPORTS',
    confidence: 0.8,
    pattern: `{O:O},? (?:(?:which|that|who) (?:(?:has|have|had) been|is|are|was|were) )?(?:(?:long|closely|reportedly|allegedly) )?linked (?:to|with) (?:the )?{S:OC}`,
  }),
  // "the X-sanctioned militia Y", "X- and Z-designated group Y": a body that sanctions or
  // designates, named in a compound modifier, sanctions the one it qualifies (round 42)
  onSurface({
    reason: 'modifier:x-sanctioned',
    predicate: 'SANCTIONED',
    confidence: 0.85,
    pattern: `{S:OC}-${SANCTION_SUFFIX} ${HEAD_WORDS}{O:PO}${STATE_NAME_ENDS}`,
  }),
  // "X- and Z-sanctioned Y": the first of two such bodies
  onSurface({
    reason: 'modifier:x-and-z-sanctioned',
    predicate: 'SANCTIONED',
    confidence: 0.85,
    pattern: `{S:OC}-? and ⟦\\d+[OoCc]⟧-${SANCTION_SUFFIX} ${HEAD_WORDS}{O:PO}${STATE_NAME_ENDS}`,
  }),
  // "other X-designated groups, including Y and Z": the bodies listed
  onSurface({
    reason: 'modifier:x-sanctioned-including',
    predicate: 'SANCTIONED',
    confidence: 0.8,
    pattern: `{S:OC}-${SANCTION_SUFFIX} (?:(?!(?:in|of|on|at|from|and|or|to|for|with|by|that|which|who)\\b)[a-z]+ ){0,1}[a-z]+,? (?:including|such as) {DET}{O+:PO}`,
  }),
  // "Y, an X-sanctioned arms dealer,": the descriptor given to Y by apposition
  onSurface({
    reason: 'modifier:x-sanctioned-descriptor',
    predicate: 'SANCTIONED',
    confidence: 0.8,
    pattern: `{O:PO}, (?:an?|the) {S:OC}-${SANCTION_SUFFIX} (?:[a-z]+ ){0,2}[a-z]+(?=[,.;])`,
  }),
  onSurface({
    reason: 'modifier:pro-x',
    predicate: 'SUPPORTS',
    confidence: 0.85,
    // (not "the pro-⟦X⟧ ⟦Yian⟧ Serb leader": a demonym before more words describes them, round 43)
    pattern: `\\b[Pp]ro-{S:POC} ${HEAD_WORDS}{O:POC}(?!(?<=c⟧) [A-Za-z])`,
  }),
  onSurface({
    reason: 'modifier:x-led',
    predicate: 'LEADS',
    confidence: 0.85,
    pattern: `{S:POC}-led ${HEAD_WORDS}{O:O}`,
  }),
];
