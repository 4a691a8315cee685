// Offices once held, which the annotations count as the role (round-9 conventions: "former
// offices count"): "former ⟦C⟧ President X", "former ⟦C⟧ leader X" LEADS C, "former ⟦C⟧ Attorney General X" MEMBER_OF C,
// "former president X", "Former foreign minister X" the article's country (settled as any national
// title: ../../relations/national-titles.ts). The other role rules leave "former" titles out, as
// "former rebel leader X" or "X's former party" say nothing of what is held now.
import { onSurface, type RelationRule } from './rule';
import { NOT_POSSESSIVE, RANKS, ROLE_ADJ } from './fragments';

const FORMER = '\\b[Ff]ormer ';
/** What opens the names after a group of office holders: a comma, a colon or a dash. */
const NAMES_OPEN = '(?:, |: | ?[—–] ?| -- )';

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
];
