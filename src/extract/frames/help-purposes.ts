// Help given as the purpose of an act: "X sent a team of doctors to help Y", "X announced a $3
// million contribution to assist Yian flood victims", "X forces were in the area in order to advise
// and assist Yian partner forces", "a joint A and B effort to assist the Yian government" give X (or
// A and B) SUPPORTS Y. The help verbs and what carries the help (a team, troops, a contribution, an
// effort: the record's `complement`) are frame records of kind `purpose` (../lexicon/frames.json).
// The helper is the owner named in the carrier's phrase ("a Norwegian team"), else the subject of
// the verb that sends or undertakes the carrier, in that verb's mood ("plans to send a team to help
// Y", "urged Z to send a team" state nothing). An infinitive right after a verb ("agreed to help Y",
// "sought to support Y") is that verb's complement, not a purpose: the verb frames read those.
import type { Candidate } from '../relations/apply-rules';
import { isDemonym } from '../relations/sentence-view';
import { leftActors } from './actors';
import { facts } from './facts';
import { groupAt, isAdverb, isTime, isVerb, noFactClause } from './groups';
import { FRAMES, MIN_CONFIDENCE, type FrameRecord } from './lexicon';
import { listRight } from './lists';
import { formsOf } from '../nlp';
import { DETERMINERS } from './words';
import type { Unit } from './units';

const PURPOSE_FRAMES = new Map<string, FrameRecord>();
for (const f of FRAMES)
  if (f.kind === 'purpose' && f.lemma && f.confidence >= MIN_CONFIDENCE) PURPOSE_FRAMES.set(f.lemma, f);

/** Heads after a demonym that make its country the one helped: "the Yian government", "Yian flood victims". */
const HELPED_HEADS = new Set(
  'government authorities people forces military army troops partners victims survivors population efforts'.split(
    ' ',
  ),
);
/** Verbs that ask or allow someone else to act: "urged Z to send a team to help Y" is no help given. */
const REQUEST_VERBS = new Set(
  'ask asked asks asking urge urged urges urging request requested requests requesting call called calls calling invite invited invites inviting want wanted wants need needed needs'.split(
    ' ',
  ),
);
/** Verbs whose subject does not give what follows: "received a team", "welcomed a team". */
const RECEIVING_VERBS = new Set(
  'receive received receives receiving welcome welcomed welcomes welcoming accept accepted accepts accepting'.split(
    ' ',
  ),
);

/** Verbs whose subject stands against the carrier, not behind it: "opposed the deployment of troops to help Y". */
const OPPOSING_VERBS = formsOf(
  'oppose reject condemn criticize criticise block veto cancel halt suspend denounce',
);

const word = (u: Unit | undefined, w: string) => !!u && !u.entity && u.lower === w;

/** "sent troops yesterday to help Y", "on Monday": when, between the carrier and its purpose. */
function pastWhen(units: Unit[], to: number): number {
  let n = to - 1;
  while (n > 0 && to - n <= 3 && isTime(units[n])) n--;
  return n;
}

/**
 * The "to" of the purpose infinitive whose verb is at `i`: "to help Y", or the first of two
 * coordinated infinitives, "to advise and assist Y". Undefined when the verb is no infinitive.
 */
function purposeTo(units: Unit[], i: number): number | undefined {
  if (word(units[i - 1], 'to') && !units[i - 1].punct) return i - 1;
  if (word(units[i - 1], 'and') && isVerb(units[i - 2]) && word(units[i - 3], 'to') && !units[i - 3].punct)
    return i - 3;
  return undefined;
}

/** Modifiers inside a carrier's phrase: "a joint Norwegian and Peruvian relief", "Norway's $3 million". */
function inPhrase(u: Unit): boolean {
  if (u.punct && u.punct !== ')') return false;
  if (u.entity) return u.entity.type !== 'Location';
  return (
    DETERMINERS.has(u.lower) ||
    u.lower === 'and' ||
    u.lower === 'joint' ||
    /^[$€£]?[\d.,]+$/.test(u.lower) ||
    ((u.tags.has('Noun') || u.tags.has('Adjective') || u.tags.has('Value')) && !u.tags.has('Verb'))
  );
}

/**
 * Who helps through the carrier ending at `to - 1`: the names in the carrier's phrase ("a joint A
 * and B effort"), else the subject of the verb that sends or undertakes it, when that verb states a
 * fact in the active. "in order to": the subject of the clause before.
 */
function helpers(units: Unit[], to: number, frame: FrameRecord): Unit[] {
  const carriers = new Set(frame.complement ?? []);
  let n = pastWhen(units, to);
  const inOrder = word(units[n], 'order') && word(units[n - 1], 'in');
  let start = n;
  if (inOrder) start = n - 1;
  else if (units[n]?.entity) return namedCarrier(units, n);
  else {
    const carrier = units[n];
    if (!carrier || carrier.entity || carrier.punct || !carriers.has(carrier.lower)) return [];
    // "a team of doctors to help Y": the team's own "of" phrase
    if (word(units[n - 1], 'of') && carriers.has(units[n - 2]?.lower ?? '')) n -= 2;
    start = n;
    while (start > 0 && n - start < 8 && inPhrase(units[start - 1])) start--;
  }
  const owners = inOrder
    ? []
    : units
        .slice(start, n)
        .filter((u) => u.entity && (u.entity.type === 'Country' || u.entity.type === 'Organization'));
  // the verb that sends, provides or undertakes the carrier: "sent", "stood up", "were in the area"
  let v = start - 1;
  if (word(units[v], 'up') || word(units[v], 'out')) v--;
  if (inOrder) {
    while (v >= 0 && start - v < 10 && !isVerb(units[v]) && !['.', ';', ':'].includes(units[v].punct)) v--;
  }
  while (isAdverb(units[v])) v--;
  const verb = units[v];
  // "the mission was part of a joint A and B effort to assist Y": no verb acts on the carrier
  if (!isVerb(verb) || (verb.punct && !inOrder)) return owners;
  if (REQUEST_VERBS.has(verb.lower) || RECEIVING_VERBS.has(verb.lower) || OPPOSING_VERBS.has(verb.lower))
    return [];
  const g = groupAt(units, v);
  if (g.mood !== 'fact' || g.passive) return [];
  if (owners.length) return owners;
  const found = leftActors(units, g.start);
  if (!found || noFactClause(units, found.at)) return [];
  return found.actors;
}

/** Words before a name that make it a destination or a complement, not what is sent: "sent troops to Y to help Z". */
const NOT_SENT_AFTER = new Set(['to', 'into', 'in', 'at', 'for', 'on', 'with', 'by']);

/**
 * A body named right before "to" is what carries the help ("a Joint Task Force from X Command to
 * support Y", "the arrival of the X Brigade (XB) to help Y"): the body helps, unless a verb asks it
 * to ("urged the X Agency to help Y") or it is where something is sent ("sent troops to X to help").
 */
function namedCarrier(units: Unit[], n: number): Unit[] {
  // "the X Brigade (XB)": the bracketed acronym repeats the name
  while (n > 0 && units[n - 1].entity?.id === units[n].entity?.id) n--;
  const body = units[n];
  if (body.entity?.type !== 'Organization' || body.possessive) return [];
  let k = n - 1;
  while (k >= 0 && n - k <= 6 && !isVerb(units[k]) && !units[k].punct) {
    if (NOT_SENT_AFTER.has(units[k].lower) && !units[k].entity) return [];
    k--;
  }
  if (isVerb(units[k]) && (REQUEST_VERBS.has(units[k].lower) || groupAt(units, k).mood !== 'fact')) return [];
  return [body];
}

/**
 * The one helped, right after the help verb at `i`: a name ("help Y", "help Y's government",
 * "assist A and B"), or a demonym on the government, forces or people of its country ("assist the
 * Yian government", "assist Yian flood victims"). Places are where help goes, not whom it supports.
 */
function helped(units: Unit[], i: number): Unit[] {
  let k = i + 1;
  while (isAdverb(units[k])) k++;
  if (word(units[k], 'the')) k++;
  // "help the government of Y", "assist the people of Y": the state named after the head
  if (
    HELPED_HEADS.has(units[k]?.lower ?? '') &&
    !units[k].entity &&
    !units[k].punct &&
    word(units[k + 1], 'of')
  )
    return units[k + 2]?.entity?.type === 'Country' ? [units[k + 2]] : [];
  const u = units[k];
  if (!u?.entity || u.entity.type === 'Location') return [];
  if (u.mention && isDemonym(u.mention, u.entity)) {
    // "Yian flood victims", "Yian partner forces": up to two words before the head
    for (let h = k + 1; h <= k + 3 && units[h] && !units[h].entity; h++) {
      if (HELPED_HEADS.has(units[h].lower)) return [u];
      if (units[h].punct) break;
    }
    return [];
  }
  return listRight(units, k).filter((r) => r.entity && r.entity.type !== 'Location');
}

export function readHelpPurposes(units: Unit[]): Candidate[] {
  const out: Candidate[] = [];
  for (let i = 0; i < units.length; i++) {
    const frame = PURPOSE_FRAMES.get(units[i].lower);
    if (!frame || units[i].entity) continue;
    const to = purposeTo(units, i);
    if (to === undefined) continue;
    const by = helpers(units, to, frame);
    if (!by.length) continue;
    out.push(...facts(by, helped(units, i), frame.predicate, frame, ':purpose'));
  }
  return out;
}
