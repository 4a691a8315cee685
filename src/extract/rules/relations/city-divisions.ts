// People of a body's field division named for its city (round 48): "Special Agent in Charge X of the
// ⟦Bureau⟧'s ⟦Denver⟧ Division", "X of the ⟦Bureau⟧ ⟦Boston⟧ Division", "X, Special Agent in
// Charge, ⟦Phoenix⟧ Division of the ⟦Bureau⟧". The division is no entity (the entity step reads
// the city and the body: ../../entities/city-division.ts), and the annotations give its agents,
// its head too, to the body as MEMBER_OF: the head of a city's division runs one office of the
// body, not the body (train: b19, b36, b41, b44, b46). The lead titles' rules leave the body alone
// when an office's name follows it (role-rules.ts, NOT_AN_OFFICE_OF_IT).
import { onSurface, type RelationRule } from './rule';

/**
 * The titles of whoever runs one field office of a body: "Special Agent in Charge", "Assistant
 * Director in Charge". Written before the body's name ("⟦DEA⟧ Special Agent in Charge X") the
 * holder is one of the body's, not its head (the gold: MEMBER_OF, b36).
 */
export const IN_CHARGE = '(?:[Ss]pecial [Aa]gent|[Aa]ssistant [Dd]irector)[ -][Ii]n[ -][Cc]harge\\b';

/** A city's division of the body: the city's slot, then "Division" ("Field Division" too). */
const CITY_DIVISION = '⟦\\d+L⟧ (?:Field )?Division\\b';
/** Up to six words of a title, closing on a comma or "of the": "Special Agent in Charge, ". */
const TITLE_BEFORE = "(?:the )?(?:[A-Za-z][\\w'’-]* ){0,5}[A-Za-z][\\w'’-]*(?:, | of the )";

export const CITY_DIVISION_RULES: RelationRule[] = [
  // "⟦DEA⟧ Special Agent in Charge X", "the ⟦Bureau⟧'s Special Agent in Charge, X"
  onSurface({
    reason: 'title:field-office-head-of-body',
    predicate: 'MEMBER_OF',
    confidence: 0.7,
    pattern: `{O:O}(?:'s)? (?:[Aa]cting )?${IN_CHARGE},? {S:P}`,
  }),
  // "X of the ⟦Bureau⟧ ⟦Boston⟧ Division"; "X of the ⟦Bureau⟧'s ⟦Denver⟧ Division"
  onSurface({
    reason: 'affiliation:person-of-city-division',
    predicate: 'MEMBER_OF',
    confidence: 0.7,
    pattern: `{S:P},? of {DET}{O:O}(?:'s)? ${CITY_DIVISION}`,
  }),
  // "X of the ⟦Denver⟧ Division of the ⟦Bureau⟧"; "X, Special Agent in Charge, ⟦Phoenix⟧ Division
  // of the ⟦Bureau⟧"; "X, the Acting Special Agent-in-Charge of the ⟦Denver⟧ Division of the ⟦Bureau⟧"
  onSurface({
    reason: 'affiliation:person-of-city-division',
    predicate: 'MEMBER_OF',
    confidence: 0.7,
    pattern: `{S:P}(?:,? of {DET}|, ${TITLE_BEFORE})${CITY_DIVISION} of {DET}{O:O}`,
  }),
];
