// Acts done at someone's request (round 22): "At the request of Y, X conducted three airstrikes",
// "X, at the request of Y, met with the parties", "X is providing support at Y's request", "In
// response to a formal request from Y, X sent …" — Y asked X to act, so Y DEMANDED X. The act must
// be stated as done (a modal, a negation or a question states nothing). A state's or a body's
// request is made of a state or a body: when Y is no person and the one acting is a person, the
// request went to the person's state or office, which the sentence does not name, and nothing is
// read. Records: the `request` kind of ../lexicon/frames.json (the request's nouns in `nouns`).
import type { Candidate } from '../relations/apply-rules';
import { leftActors } from './actors';
import { facts } from './facts';
import { groupAt, isAdverb, isAux, isVerb } from './groups';
import { FRAMES, MIN_CONFIDENCE, type FrameRecord } from './lexicon';
import { listRight } from './lists';
import type { Unit } from './units';
import { DETERMINERS } from './words';

const RECORDS = FRAMES.filter((f) => f.kind === 'request' && f.confidence >= MIN_CONFIDENCE);
const ACTOR_TYPES = new Set(['Person', 'Organization', 'Country']);
/** Words between a response's "a" and the request noun: "a formal (written) request". */
const QUALIFIER_SPAN = 2;
/** How far the acting clause's verb may stand from its subject: "X, the command's chief, said …". */
const SUBJECT_SPAN = 4;

/** Where the requester is named after the noun at `i`, or -1: "request of Y", "request from Y". */
function requesterAt(units: Unit[], i: number): number {
  const next = units[i + 1];
  if (units[i].punct || !next || next.entity) return -1;
  return next.lower === 'of' || next.lower === 'from' ? i + 2 : -1;
}

/**
 * The opening of the request's phrase at the noun `i`: "at the request of", "at Y's request",
 * "upon/on the request of", "in response to a (formal) request from"; -1 when it is none.
 */
function phraseStart(units: Unit[], i: number): number {
  let j = i - 1;
  if (units[j]?.entity?.type && units[j].possessive) j--;
  else {
    let n = 0;
    while (n < QUALIFIER_SPAN && units[j] && !units[j].entity && units[j].tags.has('Adjective')) {
      j--;
      n++;
    }
    if (!units[j] || units[j].entity || !DETERMINERS.has(units[j].lower)) return -1;
    j--;
  }
  const opener = units[j];
  if (!opener || opener.entity || opener.punct) return -1;
  if (['at', 'upon', 'on'].includes(opener.lower)) return j;
  // "in response to a request from"
  if (opener.lower === 'to' && units[j - 1]?.lower === 'response' && units[j - 2]?.lower === 'in')
    return j - 2;
  return -1;
}

/** The requester: "of the government of Y" (a list after the preposition), or "Y's request". */
function requesters(units: Unit[], i: number, start: number): Unit[] {
  if (units[i - 1]?.entity && units[i - 1].possessive) return [units[i - 1]];
  const at = requesterAt(units, i);
  return at < 0 || start < 0 ? [] : listRight(units, at);
}

/** The names and the verb of the clause after `from`: "X conducted …", "X and Y have sent …". */
function clauseSubject(units: Unit[], from: number): Unit[] {
  const named = listRight(units, from);
  if (!named.length || units.indexOf(named[0]) > from + SUBJECT_SPAN) return [];
  let v = units.indexOf(named[named.length - 1]) + 1;
  while (units[v] && !isVerb(units[v]) && v - from <= SUBJECT_SPAN + named.length * 2) {
    if (units[v].entity || units[v].punct) return [];
    v++;
  }
  return statedAt(units, v) ? named : [];
}

/** Whether the verb group opening at `v` states a fact: "conducted", "has sent" (not "will send"). */
function statedAt(units: Unit[], v: number): boolean {
  if (!isVerb(units[v])) return false;
  // past the auxiliaries and adverbs to the main verb: "will (soon) send", "did not send"
  let m = v;
  while (units[m + 1] && !units[m].punct && (isAux(units[m]) || isAdverb(units[m])) && !units[m + 1].entity)
    m++;
  return isVerb(units[m]) && groupAt(units, m).mood === 'fact';
}

/** The one acting at the request: the clause the request's phrase opens, interrupts or closes. */
function actorsOf(units: Unit[], start: number, end: number): Unit[] {
  const closing = units[end];
  // "At the request of Y, X conducted …" (after a dateline's dash too: "CITY, Z – At the request …")
  const opener = units[start - 1];
  if (!opener || opener.dash || (opener.punct && !opener.entity)) {
    if (closing?.punct !== ',') return [];
    return clauseSubject(units, end + 1);
  }
  // "X, at the request of Y, met with …"
  const before = units[start - 1];
  if (before?.punct === ',' && before.entity && closing?.punct === ',') {
    return statedAt(units, end + 1) ? [before] : [];
  }
  // "X is providing support at the request of Y": the verb before the phrase, in its clause
  for (let v = start - 1; v >= 0; v--) {
    if (units[v].punct) return [];
    if (!isVerb(units[v])) continue;
    const g = groupAt(units, v);
    if (g.mood !== 'fact' || g.passive) return [];
    return leftActors(units, g.start)?.actors ?? [];
  }
  return [];
}

/** "At the request of Y, X conducted strikes": Y DEMANDED X, for every request record. */
export function readRequests(units: Unit[]): Candidate[] {
  if (!RECORDS.length) return [];
  const out: Candidate[] = [];
  for (let i = 0; i < units.length; i++) {
    const u = units[i];
    if (u.entity) continue;
    for (const record of RECORDS) {
      if (!record.nouns?.includes(u.lower)) continue;
      const start = phraseStart(units, i);
      const asked = requesters(units, i, start).filter((r) => ACTOR_TYPES.has(r.entity!.type));
      if (start < 0 || !asked.length) continue;
      const end = units.indexOf(asked[asked.length - 1]);
      const last = Math.max(end, i);
      const personal = asked.every((r) => r.entity!.type === 'Person');
      const acting = actorsOf(units, start, last).filter(
        (a) => ACTOR_TYPES.has(a.entity!.type) && (personal || a.entity!.type !== 'Person'),
      );
      out.push(...facts(asked, acting, record.predicate, record as FrameRecord, ''));
    }
  }
  return out;
}
