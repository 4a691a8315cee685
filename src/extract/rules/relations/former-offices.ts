// Offices once held, which the annotations count as the role (round-9 conventions: "former
// offices count"): "former ⟦C⟧ President X", "former ⟦C⟧ leader X" LEADS C, "former ⟦C⟧ Attorney General X" MEMBER_OF C,
// "former president X", "Former foreign minister X" the article's country (settled as any national
// title: ../../relations/national-titles.ts). The other role rules leave "former" titles out, as
// "former rebel leader X" or "X's former party" say nothing of what is held now.
import { onSurface, type RelationRule } from './rule';
import { NOT_POSSESSIVE, PLACE_NOUN, RANKS, ROLE_ADJ } from './fragments';

const FORMER = '\\b[Ff]ormer ';
/** What opens the names after a group of office holders: a comma, a colon or a dash. */
const NAMES_OPEN = '(?:, |: | ?[—–] ?| -- )';
/** A place's head title, also abbreviated ("Gov."): a governor or mayor heads the place. */
const PLACE_HEAD = '{T:PLACE_HEAD}\\.?';
/** The place after a head's "of", also past its country's capital: "of the ⟦C⟧ capital city, ⟦Y⟧". */
const OF_PLACE = ` of (?:the )?(?:(?:⟦\\d+[Cc]⟧ )?capital(?: city)?, )?{O:L}(?: ${PLACE_NOUN})?`;
/** An office held once, said with a verb: "had previously served as", "who once served as". */
const SERVED_AS = '(?:,? who)? (?:had |has )?(?:previously |once |earlier |also )?served as (?:the )?';

export const FORMER_OFFICE_RULES: RelationRule[] = [
  onSurface({
    reason: 'title:former-country-head',
    predicate: 'LEADS',
    confidence: 0.6,
    pattern: `${FORMER}{O:C} (?:{T:HEAD_OF_STATE}|{T:NATIONAL_BARE_HEAD}),? ${RANKS}{S:P}`,
  }),
  // "former Prime Minister of the Republic of C X" (round-14 convention 3)
  onSurface({
    reason: 'title:former-head-of-country-name',
    predicate: 'LEADS',
    confidence: 0.6,
    pattern: `${FORMER}{T:HEAD_OF_STATE} of (?:the )?{O:C},? ${RANKS}{S:P}`,
  }),
  // "X, the former president of ⟦C⟧": the same office written after the name
  onSurface({
    reason: 'apposition:former-head-of-state-of',
    predicate: 'LEADS',
    confidence: 0.6,
    pattern: `{S:P},? (?:the |a )?${FORMER}{T:HEAD_OF_STATE} of (?:the )?{O:C}${NOT_POSSESSIVE}`,
  }),
  // "the two former ⟦U.S.⟧ presidents, A and B", "three former ⟦Chilean⟧ prime ministers: A, B
  // and C": each headed the state (round 19; the members' list is role-rules' list:members-of-body)
  onSurface({
    reason: 'list:former-heads-of-state',
    predicate: 'LEADS',
    confidence: 0.6,
    pattern: `${FORMER}{O:Cc} (?:presidents|prime ministers|premiers|heads of state|chancellors)${NAMES_OPEN}{S+:P}`,
  }),
  onSurface({
    reason: 'title:former-country-member',
    predicate: 'MEMBER_OF',
    confidence: 0.6,
    pattern: `${FORMER}{O:C} ${ROLE_ADJ}{T:MEMBER},? ${RANKS}{S:P}`,
  }),
  onSurface({
    reason: 'title:former-national-head',
    predicate: 'LEADS',
    confidence: 0.55,
    objectFrom: 'dominant-country',
    pattern: `${FORMER}{T:NATIONAL_HEAD} {S:P}`,
  }),
  onSurface({
    reason: 'title:former-national-office',
    predicate: 'MEMBER_OF',
    confidence: 0.55,
    objectFrom: 'dominant-country',
    pattern: `${FORMER}{T:NATIONAL_MEMBER},? ${RANKS}{S:P}`,
  }),
  // A place's former governor or mayor (round 38: b24, b30, b32 and b36 give the place LEADS,
  // as a former president's country): "A former ⟦Y⟧ governor, X", "the former mayor of ⟦Y⟧
  // municipality, X", "X, a former mayor of ⟦Y⟧", "X once served as mayor of ⟦Y⟧"
  onSurface({
    reason: 'title:former-place-head',
    predicate: 'LEADS',
    confidence: 0.6,
    pattern: `${FORMER}{O:L}(?:'s)? ${PLACE_HEAD},? ${RANKS}{S:P}`,
  }),
  onSurface({
    reason: 'title:former-head-of-place-name',
    predicate: 'LEADS',
    confidence: 0.6,
    pattern: `${FORMER}${PLACE_HEAD}${OF_PLACE},? ${RANKS}{S:P}`,
  }),
  onSurface({
    reason: 'apposition:former-head-of-place',
    predicate: 'LEADS',
    confidence: 0.6,
    pattern: `{S:P}, (?:the |a )?${FORMER}${PLACE_HEAD}${OF_PLACE}`,
  }),
  onSurface({
    reason: 'apposition:former-place-head',
    predicate: 'LEADS',
    confidence: 0.6,
    pattern: `{S:P}, (?:the |a )?${FORMER}{O:L}(?:'s)? ${PLACE_HEAD}\\b`,
  }),
  onSurface({
    reason: 'copula:served-as-place-head',
    predicate: 'LEADS',
    confidence: 0.6,
    pattern: `{S:P}${SERVED_AS}${PLACE_HEAD}${OF_PLACE}`,
  }),
];
