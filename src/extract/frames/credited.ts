// An act credited to the one thanked or praised for it: "X thanked Y for supporting Z", "X praised
// Y for helping Z" state Y's act (Y SUPPORTS Z), as "Y supported Z" would. The thanks themselves
// are no support (round 12: praise is not SUPPORTS); only the act the gerund after "for" names is.
// Thanks told as a noun credit the same way: "X expressed appreciation to Y for helping Z".
import { formsOf } from '../nlp';
import { groupAt, isVerb } from './groups';
import { listLeft } from './lists';
import { titledHolderAfter } from './title-word';
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
  // "thanked President Y for": the title before the name (round 37)
  const from = titleStart(units, list.at);
  // "thanked the Dominican Republic for": the article before the name
  const before = units[from - 1]?.lower === 'the' && !units[from - 1].punct ? from - 2 : from - 1;
  // "expressed appreciation to Y for speaking out": thanks told as a noun (round 32)
  const at = units[before]?.lower === 'to' ? thanksVerbAt(units, before - 1) : before;
  const verb = at === undefined ? undefined : units[at];
  if (at === undefined || !verb || verb.entity || verb.punct) return undefined;
  if (at === before && !CREDIT_VERBS.has(verb.lower)) return undefined;
  return groupAt(units, at).mood === 'fact' ? list : undefined;
}

/** How many words a title before the one credited may run: "Foreign Minister", "Prime Minister". */
const TITLE_SPAN = 4;

/** Where a title that names the person at `at` opens ("President Y", "Foreign Minister Y"); `at` if none. */
function titleStart(units: Unit[], at: number): number {
  let start = at;
  for (let t = at - 1; t >= 0 && at - t <= TITLE_SPAN; t--) {
    const u = units[t];
    if (u.entity || u.punct || isVerb(u)) break;
    const held = titledHolderAfter(units, t);
    if (held && 'person' in held && held.person === at) start = t;
  }
  return start;
}

/** Nouns of thanks given to someone: "expressed gratitude to Y for …". */
const THANKS_NOUNS = new Set(['appreciation', 'gratitude', 'thanks', 'tribute']);

/**
 * The verb that gives the thanks noun ending at `k` ("expressed his deep appreciation", "paid
 * tribute"): the noun at most three words after a verb, with only owners and adjectives between.
 */
function thanksVerbAt(units: Unit[], k: number): number | undefined {
  const noun = units[k];
  if (!noun || noun.entity || noun.punct || !THANKS_NOUNS.has(noun.lower)) return undefined;
  for (let v = k - 1; v >= 0 && k - v <= 3; v--) {
    const u = units[v];
    if (u.entity || u.punct) return undefined;
    if (isVerb(u)) return v;
    if (!u.tags.has('Adjective') && !u.tags.has('Possessive') && !u.tags.has('Determiner')) return undefined;
  }
  return undefined;
}
