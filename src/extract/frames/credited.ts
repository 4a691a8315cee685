// An act credited to the one thanked or praised for it: "X thanked Y for supporting Z", "X praised
// Y for helping Z" state Y's act (Y SUPPORTS Z), as "Y supported Z" would. The thanks themselves
// are no support (round 12: praise is not SUPPORTS); only the act the gerund after "for" names is.
// Thanks told as a noun credit the same way: "X expressed appreciation to Y for helping Z".
import type { Candidate } from '../relations/apply-rules';
import { formsOf } from '../nlp';
import { facts } from './facts';
import { groupAt, isAdverb, isVerb } from './groups';
import { FRAMES, MIN_CONFIDENCE } from './lexicon';
import { listLeft, listRight } from './lists';
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

/** The support nouns a credited one's own pronoun may own: "thanked Y for his support". */
const SUPPORT_RECORD = FRAMES.find((f) => f.id === 'noun:support-for' && f.confidence >= MIN_CONFIDENCE);
const SUPPORT_NOUNS = new Set([...(SUPPORT_RECORD?.nouns ?? []), 'help']);
/** The owner pronouns that stand for the one thanked, by whether that one is a person. */
const PERSON_OWNERS = new Set(['his', 'her']);
const BODY_OWNERS = new Set(['its']);
/** How many qualifiers may stand before the support noun: "their strong and steady support". */
const SUPPORT_QUALIFIERS = 3;

/**
 * "X praised Y and Z for their strong support for W": the support the one thanked gives is Y's
 * act (round 37), of the one the support is "for" or "to". With no such phrase ("thanked Y for its
 * support") nothing: a minister who thanks speaks for a state the support is meant for. A
 * support "for the resolution" names no one; "thanked Y for Z's support" is read by the support
 * noun's own owner.
 */
export function readCreditedSupport(units: Unit[]): Candidate[] {
  const out: Candidate[] = [];
  if (!SUPPORT_RECORD) return out;
  for (let i = 0; i < units.length; i++) {
    const verb = units[i];
    if (verb.entity || verb.punct || !CREDIT_VERBS.has(verb.lower) || !isVerb(verb)) continue;
    const g = groupAt(units, i);
    if (g.mood !== 'fact' || g.passive) continue;
    const from = titleStartAfter(units, i + 1);
    const credited = listRight(units, from);
    if (!credited.length) continue;
    let j = units.indexOf(credited[credited.length - 1]) + 1;
    if (units[j - 1].punct || units[j]?.lower !== 'for' || units[j].entity) continue;
    const owner = units[++j];
    if (!owner || owner.entity || !ownsFor(owner.lower, credited)) continue;
    j++;
    for (let q = 0; q < SUPPORT_QUALIFIERS && units[j] && !units[j].entity && !units[j].punct; q++) {
      if (!units[j].tags.has('Adjective') && !isAdverb(units[j]) && units[j].lower !== 'and') break;
      j++;
    }
    const noun = units[j];
    if (!noun || noun.entity || !SUPPORT_NOUNS.has(noun.lower)) continue;
    const prep = noun.punct ? undefined : units[j + 1];
    const aimed = prep && (SUPPORT_RECORD.preps ?? []).includes(prep.lower) && !prep.entity;
    if (!aimed) continue;
    out.push(...facts(credited, listRight(units, j + 2), 'SUPPORTS', SUPPORT_RECORD, ':credited'));
  }
  return out;
}

/** Whether the owner pronoun `word` may stand for the ones credited: "his" for one person, "its" for a body. */
function ownsFor(word: string, credited: Unit[]): boolean {
  if (word === 'their') return true;
  if (credited.length !== 1) return false;
  const person = credited[0].entity?.type === 'Person';
  return person ? PERSON_OWNERS.has(word) : BODY_OWNERS.has(word);
}

/** Past a title that names the person after it: "thanked Foreign Minister Y" opens the list at Y. */
function titleStartAfter(units: Unit[], k: number): number {
  for (let t = k; t < units.length && t - k < TITLE_SPAN; t++) {
    if (units[t].entity) return t;
    if (units[t].punct || isVerb(units[t])) return k;
  }
  return k;
}
