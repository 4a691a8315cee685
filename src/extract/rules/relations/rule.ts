// The shape of a relation rule: a pattern over a sentence in which every entity mention has
// become a slot, and what a match means. Rules are data (STYLE.md §3); the engine that runs
// them is ../../relations/apply-rules.ts, the pattern language is ../../relations/compile-pattern.ts.
import type { OrgCategory, Predicate } from '../../../model';

export interface RelationRule {
  /** Why the fact was read, carried by every relation the rule makes, e.g. "verb:active:attack". */
  reason: string;
  predicate: Predicate;
  /** The pattern, with {S} subject and {O} object slots and macros such as {V:ATTACK}. */
  pattern: string;
  /**
   * Which rendering of the sentence it reads: `surface` keeps modifiers ("Iran-backed") and
   * parentheses; `core` drops them, so an act reads straight from actor to target.
   */
  view: 'surface' | 'core';
  /** 0..1: how often the rule is right (measured on the gold for act rules: ./rule-confidence.json). */
  confidence: number;
  /** false: the combined engine leaves the act to the frame engine (measured: mostly wrong beyond it). */
  combined?: boolean;
  /** The object is implied: the article's dominant country, when the sentence also names it. */
  objectFrom?: 'dominant-country';
  /** Only when the object is an Organization of one of these categories (or has none). */
  objectCategories?: OrgCategory[];
  /** A pattern that, found in the words between subject and act, cancels the match. */
  gapBlock?: string;
  /**
   * What the words between subject and act must be, whole (empty counts): for a noun whose act
   * is the subject's only when the subject states or performs it ("expressed support for").
   */
  gapShape?: string;
  /** Not when the subject's name matches: "the X district of ⟦Y State⟧" names X inside Y. */
  subjectNameBlock?: RegExp;
  /** Not when the object's name matches: "the Red Sea port city of X" is on the sea, not in it. */
  objectNameBlock?: RegExp;
  /** Only when the object's name matches: "Assistant Director for the ⟦Y Division⟧ X" heads a unit. */
  objectName?: RegExp;

  /** Not when the object is written this way (a mention's reason): "seized control of the government". */
  objectNotVia?: string[];
  /** Only when the object is written this way (a mention's reason): "⟦Peru’s army⟧ chief X". */
  objectVia?: string[];
  /** Only when the subject's name matches: "Hezbollah's Radwan Force" but not "…'s Hamas allies". */
  subjectName?: RegExp;
  /** Only when the subject is an Organization of one of these categories (or has none). */
  subjectCategories?: OrgCategory[];
}

/** A rule that reads the `core` view (acts). */
export const onCore = (rule: Omit<RelationRule, 'view'>): RelationRule => ({ view: 'core', ...rule });
/** A rule that reads the `surface` view (roles, modifiers, places). */
export const onSurface = (rule: Omit<RelationRule, 'view'>): RelationRule => ({ view: 'surface', ...rule });
