// A criticism whose object a relative pronoun took up before the subject: "the X Front, which Y
// accuses of looting", "Z, who Y suspects of …", "the X Front, a group that Y considers a
// terrorist organization". The verb has no object of its own after it; the name the relative
// stands for is the one criticised (round 33).
import { isTime } from './groups';
import { hasComplement } from './stance';
import type { FrameRecord } from './lexicon';
import type { Unit } from './units';
import { DETERMINERS } from './words';
import { PLACE_KIND_NOUNS } from '../lexicon/place-words';

/** The pronouns that open a relative clause whose object they are. */
const OBJECT_RELATIVES = new Set(['which', 'who', 'whom', 'that']);

/** What may follow a verb whose object went before it: "accuses of", "blamed for", "criticized as". */
const AFTER_FRONTED_OBJECT = new Set(['of', 'for', 'over', 'as']);

/** Prepositions of where: a name after one, right before a relative, only says where its noun is. */
const PLACE_PREPOSITIONS: ReadonlySet<string> = new Set(['in', 'at', 'near', 'inside', 'within', 'across']);

/** How many words a descriptor between the name and the relative may hold: "a militant group". */
const DESCRIPTOR_SPAN = 5;

/**
 * The named antecedent of a relative clause whose subject opens at `subjectAt`, when the verb
 * before `k` (the first word after the verb) leaves its own object out; none otherwise.
 */
export function relativeObject(units: Unit[], subjectAt: number, k: number, frame: FrameRecord): Unit[] {
  let r = subjectAt - 1;
  while (r >= 0 && !units[r].entity && DETERMINERS.has(units[r].lower)) r--;
  const relative = units[r];
  if (!relative || relative.entity || !OBJECT_RELATIVES.has(relative.lower)) return [];
  if (!frontedObjectAt(units, k, frame)) return [];
  const antecedent = antecedentBefore(units, r);
  if (!antecedent) return [];
  // "who" and "whom" are said of people, "which" never ("officials from X whom Y accuses": the
  // officials, not X)
  const person = antecedent.entity?.type === 'Person';
  if (relative.lower === 'which' ? person : relative.lower !== 'that' && !person) return [];
  return [antecedent];
}

/**
 * Whether the words from `k` show the verb's object went before it: a preposition of the charge
 * ("accuses of looting"), an evaluative record's complement ("considers a terrorist group"), or
 * the clause's end ("which Y condemned last week,").
 */
function frontedObjectAt(units: Unit[], k: number, frame: FrameRecord): boolean {
  if (frame.complement) return hasComplement(units, k, frame.complement);
  if (frame.particle) return false;
  let n = k;
  while (isTime(units[n])) n++;
  const next = units[n];
  if (!next) return true;
  if (next.entity) return false;
  if (AFTER_FRONTED_OBJECT.has(next.lower)) return true;
  return !!units[n - 1]?.punct && n > k;
}

/**
 * The name a relative at `r` stands for: the name right before it (past a comma), or the name a
 * descriptor between commas describes ("the X Front, a militant group that …").
 */
function antecedentBefore(units: Unit[], r: number): Unit | undefined {
  const p = r - 1;
  const named = (u: Unit | undefined) => !!u?.entity && !u.possessive;
  // "a group based in X that Y accuses of …": a place after "in" qualifies the noun before it, which
  // the relative stands for (round 49, fresh news)
  if (named(units[p]) && !units[p].punct && afterPlacePreposition(units, p)) return undefined;
  if (named(units[p]) && (units[p].punct === ',' || !units[p].punct)) return units[p];
  // "the X Front, a group that …": back over the descriptor to the comma after the name
  for (let q = p; q >= 0 && p - q < DESCRIPTOR_SPAN; q--) {
    const u = units[q];
    // "a Yian group", "a Y-based group": a name inside the descriptor qualifies its noun
    if (u.entity && q < p && !u.punct && !u.possessive) continue;
    if (u.entity) return u.punct === ',' && !u.possessive ? u : undefined;
    if (u.punct) return undefined;
    if (!(DETERMINERS.has(u.lower) || u.tags.has('Adjective') || u.tags.has('Noun'))) return undefined;
  }
  return undefined;
}

/** A place preposition governs the name at `p`, past a determiner: "in the United States". */
function afterPlacePreposition(units: Unit[], p: number): boolean {
  let q = p - 1;
  while (q >= 0 && !units[q].entity && DETERMINERS.has(units[q].lower)) q--;
  return !!units[q] && !units[q].entity && PLACE_PREPOSITIONS.has(units[q].lower);
}

/** The pronouns that open a relative clause said of a place: "Y, which X captured", "Y district that X took". */
const PLACE_RELATIVES = new Set(['which', 'that']);

/**
 * Ground a relative took up before the subject of a verb taking ground (a record with
 * `objectTypes`): "Y, which X captured in 1967", "the town of Y, which X recaptured from Z last
 * week", "the Y district that X captured". The verb leaves its own object out: a preposition (not
 * "of"), a time, a comma or the sentence's end follows it. The antecedent is a place (or a state)
 * of the record's types, right before the relative or before a place-kind noun ("Y district");
 * none otherwise (round 43).
 */
export function relativeGround(units: Unit[], subjectAt: number, k: number, frame: FrameRecord): Unit[] {
  let r = subjectAt - 1;
  while (r >= 0 && !units[r].entity && DETERMINERS.has(units[r].lower)) r--;
  const relative = units[r];
  if (!relative || relative.entity || !PLACE_RELATIVES.has(relative.lower)) return [];
  if (!objectLeftOut(units, k)) return [];
  let a = r - 1;
  if (units[a] && !units[a].entity && PLACE_KIND_NOUNS.includes(units[a].lower)) a--;
  const antecedent = units[a];
  const types = frame.objectTypes ?? [];
  if (!antecedent?.entity || antecedent.possessive || !types.includes(antecedent.entity.type)) return [];
  // a name closed by anything but a comma ("Y; which …") is no antecedent
  if (!['', ','].includes(antecedent.punct)) return [];
  return [antecedent];
}

/** Whether the words from `k` (the first after the verb) show the verb has no object of its own. */
function objectLeftOut(units: Unit[], k: number): boolean {
  if (units[k - 1]?.punct) return true;
  let n = k;
  while (isTime(units[n])) n++;
  const next = units[n];
  if (!next) return true;
  if (next.entity) return false;
  if (n > k && units[n - 1]?.punct) return true;
  return next.tags.has('Preposition') && next.lower !== 'of';
}
