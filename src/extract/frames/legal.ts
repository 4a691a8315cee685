// Legal actions as criticism (CAMEO 11x: accuse, sue): the one who files a lawsuit, a complaint
// or charges criticises those it is brought against. The event-noun records of
// ../lexicon/frames.json read "X filed a lawsuit against Y"; this reads the shapes they cannot:
// - the filer after the noun: "a lawsuit filed by X (along with …) against Y";
// - the target a deal: "a complaint against the merger between Y and Z", "a complaint to
//   challenge Y's acquisition of Z" — a deal is challenged in both its parties.
import type { Candidate } from '../relations/apply-rules';
import { leftActors } from './actors';
import { COMPLAINT, type EventMemory } from './events';
import { facts } from './facts';
import { groupAt, isVerb, noFactClause } from './groups';
import { NOUN_FRAMES, VERB_FRAMES, type FrameRecord } from './lexicon';
import { listRight } from './lists';
import type { Unit } from './units';
import { DETERMINERS, RELATIVES } from './words';

/** "filed by X", "brought by X": the participle that names a filer. */
const FILED = new Set(['filed', 'brought', 'lodged', 'initiated']);
/** Verbs whose subject files the action: "X filed / issued / authorized a complaint". */
const FILERS = new Set([
  'filed',
  'files',
  'file',
  'initiated',
  'brought',
  'brings',
  'issued',
  'issues',
  'authorized',
  'lodged',
]);
/** Words for a deal between companies or states. */
export const DEALS = new Set([
  'merger',
  'acquisition',
  'takeover',
  'deal',
  'purchase',
  'buyout',
  'combination',
]);
const ACTORS = new Set(['Person', 'Organization', 'Country']);
/** How far past the noun "against Y" may stand: a filer's list may come between. */
const MAX_REACH = 40;

/** The legal noun's record, when its word is one: a CRITICIZED record read with "against". */
const legalRecord = (u: Unit): FrameRecord | undefined =>
  u.entity
    ? undefined
    : (NOUN_FRAMES.get(u.lower) ?? []).find(
        (f) => f.predicate === 'CRITICIZED' && f.preps?.includes('against'),
      );

/** "Y and Z" after "between", where a company's "Corp." may carry a full stop. */
export function parties(units: Unit[], k: number): Unit[] {
  const out = listRight(units, k);
  const last = out[out.length - 1];
  const next = last ? units.indexOf(last) + 1 : -1;
  if (out.length === 1 && units[next]?.lower === 'and' && units[next + 1]?.entity) out.push(units[next + 1]);
  return out;
}

/** Who a legal action opening its target at `k` is against: names, or the parties of a deal. */
function targets(units: Unit[], k: number): Unit[] {
  let d = k;
  while (units[d] && !units[d].entity && (DETERMINERS.has(units[d].lower) || units[d].tags.has('Adjective')))
    d++;
  const first = units[d];
  if (first?.entity && first.possessive) {
    // "Y's acquisition of Z"
    const deal = units[d + 1];
    if (deal && DEALS.has(deal.lower) && units[d + 2]?.lower === 'of' && units[d + 3]?.entity)
      return [first, units[d + 3]];
    return [first];
  }
  if (first?.entity) return listRight(units, k);
  // "the proposed merger between Y and Z"
  if (first && DEALS.has(first.lower) && units[d + 1]?.lower === 'between') return parties(units, d + 2);
  return [];
}

/**
 * "X has taken legal action (against Y)", "X filed an enforcement action charging Y": the action a
 * regulator or prosecutor takes is legal.
 */
const TAKE = new Set(['take', 'takes', 'took', 'taken', 'taking']);
const isLegalAction = (units: Unit[], i: number): boolean =>
  units[i].lower === 'action' &&
  !units[i].entity &&
  ['legal', 'enforcement'].includes(units[i - 1]?.lower ?? '') &&
  !units[i - 1].punct;
/** "took legal action", "filed an enforcement action". */
const TAKE_OR_FILE = new Set([...TAKE, ...FILERS]);
const LAWSUIT_FRAME = (NOUN_FRAMES.get('lawsuit') ?? []).find((f) => f.predicate === 'CRITICIZED');

/**
 * The filer: "filed by X" right after the noun, else the subject of "X filed / issued a …" ("X
 * took legal action"), else the owner of "X's complaint against Y". "The complaint against Y"
 * names no filer: the one author of the legal actions the article told before (./events.ts).
 */
function filers(units: Unit[], i: number, events: EventMemory): Unit[] {
  if (FILED.has(units[i + 1]?.lower ?? '') && units[i + 2]?.lower === 'by' && !units[i].punct) {
    let k = i + 3;
    while (units[k] && !units[k].entity && DETERMINERS.has(units[k].lower)) k++;
    // "by X's Y division": the division files, and its owner with it
    if (units[k]?.entity && units[k].possessive && units[k + 1]?.entity) return [units[k], units[k + 1]];
    return listRight(units, k);
  }
  const owner = units[i - 1];
  if (owner?.entity && owner.possessive && !owner.punct) return [owner];
  if (owner?.lower === 'the' && !owner.entity && i > 0 && subjectAt(units, i - 1))
    return events.authorsOf(COMPLAINT);
  let j = i - 1;
  while (j >= 0 && i - j <= 4 && !units[j].entity && !units[j].punct && !isVerb(units[j])) j--;
  const verbs = isLegalAction(units, i) ? TAKE_OR_FILE : FILERS;
  if (!isVerb(units[j]) || units[j].punct || !verbs.has(units[j].lower)) return [];
  const g = groupAt(units, j);
  if (g.mood !== 'fact' || g.passive) return [];
  const left = leftActors(units, g.start);
  return left && !noFactClause(units, left.at) ? left.actors : [];
}

/**
 * Where the action's target opens: after "against", "to challenge" or a "charging" right after the
 * noun, before any relative clause.
 */
function targetAt(units: Unit[], i: number): number | undefined {
  for (let j = i + 1; j < units.length && j - i <= MAX_REACH; j++) {
    const u = units[j];
    if (u.entity) continue;
    if (RELATIVES.has(u.lower) || u.punct === ';') return undefined;
    if (u.lower === 'against') return j + 1;
    // "an enforcement action charging Y with …"
    if (u.lower === 'charging' && j === i + 1 && !units[i].punct) return j + 1;
    if (u.lower === 'to' && units[j + 1]?.lower === 'challenge' && j === i + 1) return j + 2;
    if (j > i + 1 && isVerb(u) && !FILED.has(u.lower) && !u.lower.endsWith('ing')) return undefined;
  }
  return undefined;
}

/**
 * "The complaint against Y is …", "The complaint against Y asks …": the definite filing opens its
 * sentence (past a time or "But") as the subject, not the object of someone else's verb ("Z
 * dismissed the complaint against Y").
 */
function subjectAt(units: Unit[], the: number): boolean {
  return units
    .slice(0, the)
    .every((u) => !u.entity && !isVerb(u) && (u.punct === ',' || OPENERS.has(u.lower)));
}
const OPENERS = new Set(['but', 'and', 'today', 'meanwhile', 'however']);

/** "charged", "charges": compromise may tag "X today charged Y" as an adjective. */
const CHARGES = new Set(['charged', 'charges']);
const CHARGE_FRAME = (VERB_FRAMES.get('charge') ?? []).find((f) => f.predicate === 'CRITICIZED');

/**
 * "X charged (the company) Y with violating …": the charge, whatever compromise tagged it; the
 * first name after the verb, then "with" right after it.
 */
function chargeFacts(units: Unit[], i: number): Candidate[] {
  if (!CHARGE_FRAME || units[i].punct) return [];
  let k = i + 1;
  while (k < units.length && k - i <= 5 && !units[k].entity && !units[k].punct && units[k].lower !== 'with')
    k++;
  const charged = units[k];
  // "Acme Corp. with": the full stop is the name's own
  const stop = !!charged?.punct && !(charged.punct === '.' && charged.entity?.name.endsWith('.'));
  if (!charged?.entity || charged.possessive || stop || units[k + 1]?.lower !== 'with') return [];
  const g = groupAt(units, i);
  if (g.mood !== 'fact' || g.passive) return [];
  const left = leftActors(units, g.start);
  if (!left || noFactClause(units, left.at)) return [];
  return facts(left.actors, [charged], CHARGE_FRAME.predicate, CHARGE_FRAME, ':charge-with');
}

/**
 * Every legal action the sentence states with a named filer and a named target. A filer is
 * remembered even when its target goes unnamed ("filed charges against a local firm"), for "the
 * complaint alleges" later (./events.ts).
 */
export function readLegalActions(units: Unit[], events: EventMemory): Candidate[] {
  const out: Candidate[] = [];
  for (let i = 0; i < units.length; i++)
    if (CHARGES.has(units[i].lower) && !units[i].entity) out.push(...chargeFacts(units, i));
  for (let i = 0; i < units.length; i++) {
    const legalAction = isLegalAction(units, i);
    const frame = legalAction ? LAWSUIT_FRAME : legalRecord(units[i]);
    if (!frame) continue;
    const at = targetAt(units, i);
    // "X has taken legal action to shut down …": X files what "the complaint" recalls later
    if (at === undefined && legalAction)
      events.filed(filers(units, i, events).filter((u) => ACTORS.has(u.entity!.type)));
    if (at === undefined) continue;
    const by = filers(units, i, events).filter((u) => ACTORS.has(u.entity!.type));
    if (by.length) events.filed(by);
    if (by.length) out.push(...facts(by, targets(units, at), frame.predicate, frame, ':legal'));
  }
  return out;
}
