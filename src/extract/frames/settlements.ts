// Settling a legal action is dealing with the one who brought it: "X has agreed to settle the
// fraud charge brought by Y", "X agreed to pay $5 million to settle Y's charges", "Y charged X
// with fraud, a charge that X has agreed to settle" give X COOPERATED Y. Agreeing to settle is
// the settlement a release announces; refusing, or settling under a modal, states nothing. What is
// settled was alleged by the one who brought it, who criticised the settler (round 9's convention:
// a regulator's settlement gives both facts).
// Records: the `settlement` kind of ../lexicon/frames.json (the verb as `lemma`, the legal actions
// it settles in `complement`).
import type { Candidate } from '../relations/apply-rules';
import { leftActors } from './actors';
import { coordinatedActors } from './coordinated';
import { facts } from './facts';
import { groupAt, isVerb, noFactClause, type Group } from './groups';
import { FRAMES, MIN_CONFIDENCE, verbForms, type FrameRecord } from './lexicon';
import { listRight } from './lists';
import type { Unit } from './units';
import { AGREE_GOVERNORS, CHARGE_VERBS, DETERMINERS, PAY_VERBS } from './words';

const byForm = new Map<string, FrameRecord>();
for (const f of FRAMES) {
  if (f.kind !== 'settlement' || !f.lemma || f.confidence < MIN_CONFIDENCE) continue;
  for (const form of verbForms(f.lemma)) byForm.set(form, f);
}
/** "brought by Y", "filed by Y": the participle that names who brought the action. */
const BROUGHT = new Set(['brought', 'filed', 'lodged', 'initiated']);
/** How far "pay … to settle" may stretch: "pay a combined total penalty of at least $3.5 billion to resolve". */
const PAYMENT_REACH = 12;
const PARTY_TYPES = new Set(['Person', 'Organization', 'Country']);

/**
 * The verb group that states the settling at `i`: "settled", "has agreed to settle", "agreed to
 * pay $5 million to settle". Undefined when it is not stated as done or agreed ("refused to
 * settle", "may settle", "was settled").
 */
function settlingGroup(units: Unit[], i: number): Group | undefined {
  let v = i;
  for (let hops = 0; hops < 3; hops++) {
    if (units[v - 1]?.lower !== 'to') {
      const g = groupAt(units, v);
      return g.mood === 'fact' && !g.passive ? g : undefined;
    }
    const governor = units[v - 2];
    if (isVerb(governor) && AGREE_GOVERNORS.has(governor.lower)) {
      v -= 2;
      continue;
    }
    // "pay more than $250 million to settle": the payment's purpose
    let k = v - 2;
    while (
      k >= 0 &&
      v - k <= PAYMENT_REACH &&
      !units[k].entity &&
      !units[k].punct &&
      !PAY_VERBS.has(units[k].lower)
    )
      k--;
    if (!PAY_VERBS.has(units[k]?.lower ?? '') || units[k].entity) return undefined;
    v = k;
  }
  return undefined;
}

/** The legal action opening at `k` ("the securities fraud charge", "Y's charges"): its noun and owner. */
function actionAt(
  units: Unit[],
  k: number,
  frame: FrameRecord,
): { noun: number; owners: Unit[] } | undefined {
  const owners: Unit[] = [];
  for (let n = k; n < units.length && n - k <= 5; n++) {
    const u = units[n];
    if (u.entity) {
      if (!u.possessive) return undefined;
      owners.push(u);
      continue;
    }
    if (frame.complement?.includes(u.lower)) return { noun: n, owners };
    if (u.punct || isVerb(u)) return undefined;
    if (!DETERMINERS.has(u.lower) && !u.tags.has('Adjective') && !u.tags.has('Noun')) return undefined;
  }
  return undefined;
}

/** "charges with authorities in A, B and C": the words between "with" and the states whose action it is. */
const AUTHORITIES = [
  ['authorities', 'in'],
  ['the', 'authorities', 'in'],
  ['the', 'authorities', 'of'],
  ['regulators', 'in'],
];
/** "and parallel actions by A": a second legal action, by others, settled with the first. */
const PARALLEL = new Set(['action', 'actions', 'proceedings', 'cases', 'investigations']);

/**
 * Who brought the action whose noun is at `noun`: "the charge brought by Y (and Z)", "charges with
 * (authorities in) A, B and C", and those of a parallel action after it, "settle Y's charges and
 * parallel actions by A, B and C".
 */
function broughtBy(units: Unit[], noun: number): Unit[] {
  if (units[noun].punct) return [];
  const next = units[noun + 1];
  if (next && BROUGHT.has(next.lower) && units[noun + 2]?.lower === 'by') return listRight(units, noun + 3);
  if (next?.lower === 'with' && !next.punct) {
    const words = AUTHORITIES.find((w) => w.every((word, n) => units[noun + 2 + n]?.lower === word));
    return listRight(units, noun + 2 + (words?.length ?? 0));
  }
  // "and parallel actions by A": past "and" and at most one qualifier
  let k = noun + 1;
  if (next?.lower !== 'and') return [];
  k++;
  if (units[k] && !units[k].entity && !PARALLEL.has(units[k].lower) && units[k].tags.has('Adjective')) k++;
  if (!PARALLEL.has(units[k]?.lower ?? '') || units[k].punct || units[k + 1]?.lower !== 'by') return [];
  return listRight(units, k + 2);
}

/**
 * "Y charged X with fraud, a charge that X has agreed to settle": the relative's noun before
 * `at` (the settler's first unit) repeats a charge made earlier in the sentence, against the
 * settler; its author is the one who charged.
 */
function chargedEarlier(units: Unit[], at: number, settlers: Unit[], frame: FrameRecord): Unit[] {
  if (!['that', 'which'].includes(units[at - 1]?.lower ?? '')) return [];
  const noun = at - 2;
  if (!frame.complement?.includes(units[noun]?.lower ?? '')) return [];
  for (let c = noun - 1; c >= 0; c--) {
    const u = units[c];
    if (u.punct === '.' || u.punct === ';') return [];
    // compromise may tag "charged" an adjective after "today": the form is the verb here
    if (u.entity || !CHARGE_VERBS.has(u.lower)) continue;
    const g = groupAt(units, c);
    if (g.mood !== 'fact' || g.passive) return [];
    // the one charged is the one who settles
    const charged = units.slice(c + 1, noun).filter((n) => n.entity);
    if (!settlers.some((s) => charged.some((n) => n.entity === s.entity))) return [];
    return leftActors(units, g.start)?.actors ?? [];
  }
  return [];
}

/** How long an apposition between a subject and its verb may be: "X, CEO and Chairman of Y, Inc.,". */
const APPOSITION_REACH = 14;

/**
 * The subject before the verb group at `start`: as any frame reads it, else the name before an
 * apposition that closes on another name ("X, chief executive of Y, has agreed": X, not Y).
 */
function settlers(units: Unit[], start: number): { actors: Unit[]; at: number } | undefined {
  // "X pleaded guilty and agreed to pay …": the subject of the verb before "and"
  const found = leftActors(units, start) ?? coordinatedActors(units, start);
  const last = units[start - 1];
  // "Y, Inc.,": a company's full stop stays on its name
  if (!last?.entity || !last.punct.endsWith(',') || (found && found.at < start - 1)) return found;
  for (let k = start - 2; k >= 0 && start - k <= APPOSITION_REACH; k--) {
    const u = units[k];
    if (u.punct === '.' || u.punct === ';' || isVerb(u)) return found;
    if (u.punct !== ',') continue;
    const next = units[k + 1];
    // "X, CEO of Y,": the aside opens on a title or descriptor, not on a name or "and"
    const descriptor = next.tags.has('Noun') || next.tags.has('Adjective') || DETERMINERS.has(next.lower);
    if (!u.entity || u.possessive || next.entity || isVerb(next) || !descriptor) return found;
    return { actors: [u], at: k };
  }
  return found;
}

/** Every settlement stated with its settler and the one whose action it settles, both named. */
export function readSettlements(units: Unit[]): Candidate[] {
  const out: Candidate[] = [];
  for (let i = 0; i < units.length; i++) {
    const u = units[i];
    const frame = u.entity ? undefined : byForm.get(u.lower);
    if (!frame || !isVerb(u)) continue;
    const g = settlingGroup(units, i);
    const found = g && settlers(units, g.start);
    if (!found || noFactClause(units, found.at)) continue;
    const action = actionAt(units, i + 1, frame);
    const bringers = action
      ? [...action.owners, ...broughtBy(units, action.noun)]
      : chargedEarlier(units, found.at, found.actors, frame);
    const parties = bringers.filter((b) => PARTY_TYPES.has(b.entity?.type ?? ''));
    out.push(...facts(found.actors, parties, 'COOPERATED', frame, ''));
    // what is settled was alleged: the one who brought it criticised the settler (round 9)
    out.push(...facts(parties, found.actors, 'CRITICIZED', frame, ':alleged'));
  }
  return out;
}
