// An act credited to the one thanked or praised for it: "X thanked Y for supporting Z", "X praised
// Y for helping Z" state Y's act (Y SUPPORTS Z), as "Y supported Z" would. The thanks themselves
// are no support (round 12: praise is not SUPPORTS); only the act the gerund after "for" names is.
import { formsOf } from '../nlp';
import { groupAt } from './groups';
import { listLeft } from './lists';
import type { Unit } from './units';

/** Verbs that credit their object with an act told after "for". */
const CREDIT_VERBS = formsOf('thank praise commend applaud congratulate credit laud salute hail');

/**
 * The ones credited with the gerund at `start` ("thanked Y and Z for supporting …"), when a verb
 * of thanks or praise that states a fact stands before them; undefined otherwise.
 */
export function creditedActors(
  units: Unit[],
  start: number,
): { actors: Unit[]; at: number; via?: string } | undefined {
  const gerund = units[start];
  const f = units[start - 1];
  if (!gerund?.lower.endsWith('ing') || gerund.entity || f?.lower !== 'for' || f.entity) return undefined;
  const last = units[start - 2];
  if (!last?.entity || last.possessive || last.punct) return undefined;
  const list = listLeft(units, start - 2);
  const verb = units[list.at - 1];
  if (!verb || verb.entity || verb.punct || !CREDIT_VERBS.has(verb.lower)) return undefined;
  return groupAt(units, list.at - 1).mood === 'fact' ? list : undefined;
}
