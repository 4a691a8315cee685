// Every relation rule, in the order the engine runs them (earlier wins a tie in confidence).
import type { RelationRule } from './rule';
import MEASURED from './rule-confidence.json';
export type { RelationRule };
import { ACT_RULES } from './act-rules';
import { CITY_DIVISION_RULES } from './city-divisions';
import { FORCE_RULES } from './force-rules';
import { DESCRIBED_BODY_HEAD_RULES } from './heads-of-described-bodies';
import { HEADS_BY_COUNTERPART_AND_LEADERSHIP_RULES } from './heads-by-counterpart-and-leadership';
import { COPULA_OFFICE_RULES } from './copula-offices';
import { FIELD_ROLE_RULES } from './field-roles';
import { FILE_NOTE_OFFICE_RULES } from './file-note-offices';
import { FORMER_OFFICE_RULES } from './former-offices';
import { LEADERSHIP_RULES } from './leadership-rules';
import { MEMBERSHIP_TOLD_RULES } from './membership-told';
import { MODIFIER_RULES } from './modifier-rules';
import { OFFICE_RULES } from './office-rules';
import { OFFICERS_STAFF_RULES } from './officers-staff';
import { OFFICE_TAKEN_RULES } from './office-taken';
import { OWNERSHIP_RULES } from './ownership-rules';
import { PLACE_RULES } from './place-rules';
import { PLACE_APPOSITION_RULES } from './place-appositions';
import { PLACES_IN_REGIONS_RULES } from './places-in-regions';
import { PLACES_INCLUDED_RULES } from './places-included';
import { QUALIFIED_PLACE_RULES } from './qualified-places';
import { FACTION_LEADER_RULES } from './faction-leaders';
import { ROLE_RULES } from './role-rules';
import { SANCTION_RULES } from './sanction-rules';
import { STAFF_ROLE_RULES } from './staff-roles';
import { STATE_BODY_RULES } from './state-body-rules';
import { VIOLENCE_RULES } from './violence-rules';

/**
 * An act rule as measured on the gold (scripts/measure-rules.mjs --write): its confidence is its
 * precision, and a rule whose facts beyond the frame engine's were mostly wrong stays out of
 * the combined engine.
 */
const measured = (rule: RelationRule): RelationRule => {
  const m = (MEASURED.rules as Record<string, { confidence: number; combined?: boolean }>)[rule.reason];
  return m
    ? { ...rule, confidence: m.confidence, ...(m.combined === false ? { combined: false } : {}) }
    : rule;
};

/** The structural rules read before the act rules, and those read after them (the order counts). */
const STRUCTURAL_BEFORE_ACTS = [
  ...MODIFIER_RULES,
  ...ROLE_RULES,
  ...FORMER_OFFICE_RULES,
  ...OFFICE_TAKEN_RULES,
  ...MEMBERSHIP_TOLD_RULES,
  ...FILE_NOTE_OFFICE_RULES,
  ...CITY_DIVISION_RULES,
  ...OFFICERS_STAFF_RULES,
  ...DESCRIBED_BODY_HEAD_RULES,
  ...HEADS_BY_COUNTERPART_AND_LEADERSHIP_RULES,
  ...COPULA_OFFICE_RULES,
  ...FORCE_RULES,
  ...FIELD_ROLE_RULES,
  ...STAFF_ROLE_RULES,
  ...OWNERSHIP_RULES,
  ...OFFICE_RULES,
  ...STATE_BODY_RULES,
];
const STRUCTURAL_AFTER_ACTS = [
  ...LEADERSHIP_RULES,
  ...FACTION_LEADER_RULES,
  ...PLACE_RULES,
  ...QUALIFIED_PLACE_RULES,
  ...PLACE_APPOSITION_RULES,
  ...PLACES_IN_REGIONS_RULES,
  ...PLACES_INCLUDED_RULES,
];

export const RELATION_RULES = [
  ...STRUCTURAL_BEFORE_ACTS,
  ...[...VIOLENCE_RULES, ...ACT_RULES, ...SANCTION_RULES].map(measured),
  ...STRUCTURAL_AFTER_ACTS,
];

/** Roles, titles, modifiers and places: what the frame engine does not read from verbs. */
export const STRUCTURAL_RULES = [...STRUCTURAL_BEFORE_ACTS, ...STRUCTURAL_AFTER_ACTS];
