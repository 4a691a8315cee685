// A state's body named with the state's possessive or demonym and a word or two describing it
// (round 34): "⟦Syria⟧'s elite ⟦Republican Guard⟧", "⟦Sudan⟧'s paramilitary ⟦Rapid Support
// Forces⟧", "the ⟦Libyan⟧ ⟦Government of National Accord⟧", "⟦Peru⟧'s civil defense agency
// (⟦INDECI⟧)". The body is MEMBER_OF the state (test/gold/README.md, rounds 8 and 13: a state's
// named bodies). A seat the state holds in a body ("⟦A⟧'s Security Council seat") is no body of
// its own.
import { onSurface, type RelationRule } from './rule';

/** A state holds a seat or office in the body, not the body: "⟦A⟧'s Arctic Council chairmanship". */
const SEAT_IN_BODY =
  '(?:[Cc]hairmanship|[Cc]hair|[Pp]residency|[Mm]embership|[Ss]eat|[Aa]ccession|[Bb]id)\\b';

/**
 * Lower-case words that describe a state's own body between the state's possessive and the body's
 * name: its standing ("elite", "official", "paramilitary") or its field ("security", "spy").
 * Not a word of another party's ("rebel", "opposition", "Iranian-backed"): those are closed out
 * by the list.
 */
const STATE_BODY_WORDS =
  '(?:elite|paramilitary|official|state|national|federal|main|top|highest|powerful|feared|military|security|intelligence|spy|counter-?terrorism|counter-?terrorist|anti-?terrorism|interim|transitional|caretaker|ruling|constitutional|electoral|civil|defen[cs]e|police|border|special)';

/** What a state's described body is called before its name in brackets or after a comma. */
const BODY_NOUNS =
  '(?:agency|ministry|service|police|army|navy|court|parliament|legislature|commission|authority|regulator|force|forces|guard|unit|council|office|department|directorate)';
/**
 * An outlet is the state's only when called the state's ("state radio", "official news agency"):
 * "the French news agency, AFP" is no body of France.
 */
const STATE_OUTLET =
  '(?:state|state-run|state-owned|official|government|government-run) (?:news agency|news service|radio|television|broadcaster|media)';

/** Which bodies: a state's, and an armed force whose name is a state's kind of force. */
const STATE_FORCE_NAME =
  /\b(?:Guard|Guards|Forces|Force|Army|Corps|Police|Gendarmerie|Command|Brigade|Battalion|Regiment|Division|Unit|Service)$/;

export const STATE_BODY_RULES: RelationRule[] = [
  // "⟦Syria⟧'s elite ⟦Republican Guard⟧", "⟦C⟧'s official ⟦KCNA⟧ news agency"
  onSurface({
    reason: 'structure:country-possessive-described-body',
    predicate: 'MEMBER_OF',
    confidence: 0.7,
    subjectCategories: ['government', 'military'],
    pattern: `{O:C}'s? (?:${STATE_BODY_WORDS} ){1,2}{S:O}(?! ${SEAT_IN_BODY})(?!'s)`,
  }),
  onSurface({
    reason: 'structure:country-possessive-described-force',
    predicate: 'MEMBER_OF',
    confidence: 0.7,
    subjectCategories: ['armed_group'],
    subjectName: STATE_FORCE_NAME,
    pattern: `{O:C}'s? (?:elite|paramilitary|presidential|national|state|special) (?:${STATE_BODY_WORDS} )?{S:O}(?! ${SEAT_IN_BODY})(?!'s)`,
  }),
  // "⟦C⟧'s official ⟦KCNA⟧ news agency", "⟦C⟧ state media ⟦X⟧"
  onSurface({
    reason: 'structure:country-official-news-agency',
    predicate: 'MEMBER_OF',
    confidence: 0.7,
    subjectCategories: ['media', 'government', 'other'],
    pattern: `{O:C}'s? (?:official|state|state-run|government) {S:O} (?:news agency|news service|broadcaster|radio|television)\\b`,
  }),
  // "⟦Peru⟧'s civil defense agency (⟦INDECI⟧)", "⟦C⟧ state radio, ⟦X⟧"
  onSurface({
    reason: 'structure:country-described-body-named',
    predicate: 'MEMBER_OF',
    confidence: 0.7,
    subjectCategories: ['government', 'military', 'media'],
    pattern: `{O:C}(?:'s?)? (?:(?:${STATE_BODY_WORDS} ){0,2}${BODY_NOUNS}|${STATE_OUTLET})(?: \\(|, (?:the )?){S:O}(?=[,.;:)]|$| \\()`,
  }),
  // "the ⟦Libyan⟧ ⟦Government of National Accord⟧": a named government written after its
  // state's demonym (a bare "the ⟦C⟧ government" is the state itself, no body)
  onSurface({
    reason: 'structure:demonym-named-government',
    predicate: 'MEMBER_OF',
    confidence: 0.7,
    subjectName: /^(?:[A-Z][\w-]* ){0,2}Government of (?:the )?[A-Z]/,
    pattern: `(?:^|\\b[Tt]he |\\b[Aa]n? ){O:C} {S:O}`,
  }),
];
