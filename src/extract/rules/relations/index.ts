// Every relation rule, in the order the engine runs them (earlier wins a tie in confidence).
export type { RelationRule } from './rule';
import { ACT_RULES } from './act-rules';
import { LEADERSHIP_RULES } from './leadership-rules';
import { MODIFIER_RULES } from './modifier-rules';
import { PLACE_RULES } from './place-rules';
import { ROLE_RULES } from './role-rules';
import { SANCTION_RULES } from './sanction-rules';
import { VIOLENCE_RULES } from './violence-rules';

export const RELATION_RULES = [
  ...MODIFIER_RULES,
  ...ROLE_RULES,
  ...VIOLENCE_RULES,
  ...ACT_RULES,
  ...SANCTION_RULES,
  ...LEADERSHIP_RULES,
  ...PLACE_RULES,
];

/** Roles, titles, modifiers and places: what the frame engine does not read from verbs. */
export const STRUCTURAL_RULES = [...MODIFIER_RULES, ...ROLE_RULES, ...LEADERSHIP_RULES, ...PLACE_RULES];
