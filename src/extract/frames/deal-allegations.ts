// A regulator's allegation about a deal (round-8 convention: who alleges, criticises): "The FTC
// alleged that the merger of A and B would reduce competition", "According to the FTC's complaint,
// A's acquisition of B would result in higher prices", "an order settling charges that the merger
// of A and B would likely be anticompetitive". What a deal would do is the charge itself, so its
// "would" is no hypothesis; a negation still states nothing. The makers of a merger are both its
// parties; of an acquisition, the one acquiring. Records: the `deal` kind of ../lexicon/frames.json
// (the harm words in `complement`).
import type { Candidate } from '../relations/apply-rules';
import { leftActors } from './actors';
import { facts } from './facts';
import { groupAt, isAdverb, isAux, isVerb, noFactClause } from './groups';
import { DEALS, parties } from './legal';
import { FRAMES, MIN_CONFIDENCE, type FrameRecord } from './lexicon';
import { listRight } from './lists';
import type { Unit } from './units';
import { DETERMINERS, NEGATIONS, RELATIVES } from './words';

const DEAL_FRAME = FRAMES.find((f) => f.kind === 'deal' && f.confidence >= MIN_CONFIDENCE);
const HARMS = new Set(DEAL_FRAME?.complement ?? []);
/** Deals made by both their parties; the others (acquisition, purchase …) by the one acquiring. */
const JOINT_DEALS = new Set(['merger', 'combination', 'deal', 'transaction']);
const DEAL_NOUNS = new Set([...DEALS, 'transaction']);
/** How far past the deal's verb a harm word may stand: "would reduce the “Big 4” to … competition". */
const HARM_REACH = 20;
/** The nouns that carry an allegation's content: "charges that …", "allegations that …". */
const CHARGE_NOUNS = new Set(['charges', 'allegations', 'claims']);
/** Filings that speak for their owner: "According to the FTC's complaint". */
const FILINGS = new Set(['complaint', 'complaints', 'lawsuit', 'suit']);

/** Past determiners, qualifiers and amounts: "the proposed $28 billion merger". */
function pastQualifiers(units: Unit[], k: number): number {
  const qualifier = (u: Unit) =>
    !u.entity &&
    !u.punct &&
    (DETERMINERS.has(u.lower) || u.tags.has('Adjective') || u.tags.has('Value') || u.tags.has('Money'));
  while (units[k] && qualifier(units[k]) && !DEAL_NOUNS.has(units[k].lower)) k++;
  return k;
}

/** "Acme Corp.": the full stop is the name's own, not the sentence's. */
const ownStop = (u: Unit): boolean => u.punct === '.' && !!u.entity?.name.endsWith('.');

/** The makers of the deal named at `k`, and where its phrase ends. */
function dealMakers(units: Unit[], k: number): { makers: Unit[]; end: number } | undefined {
  let d = pastQualifiers(units, k);
  const owner = units[d];
  // "A's (proposed) acquisition of B", "A's merger with B"
  if (owner?.entity && owner.possessive) d = pastQualifiers(units, d + 1);
  const deal = units[d];
  if (!deal || deal.entity || !DEAL_NOUNS.has(deal.lower)) return undefined;
  const joint = JOINT_DEALS.has(deal.lower);
  const prep = deal.punct ? '' : (units[d + 1]?.lower ?? '');
  const listed = ['of', 'between', 'with'].includes(prep) ? parties(units, d + 2) : [];
  const end = listed.length ? units.indexOf(listed[listed.length - 1]) + 1 : d + 1;
  if (owner?.entity && owner.possessive)
    return { makers: joint && prep === 'with' ? [owner, ...listed] : [owner], end };
  // "the merger of A and B" (two parties: one name there was misread); "the acquisition of B by A"
  if (joint) return listed.length > 1 ? { makers: listed, end } : undefined;
  if (units[end]?.lower !== 'by' || (units[end - 1].punct && !ownStop(units[end - 1]))) return undefined;
  const by = listRight(units, end + 1);
  return by.length ? { makers: by, end: units.indexOf(by[by.length - 1]) + 1 } : undefined;
}

/**
 * The makers of a deal the clause at `k` says harms: the deal, an aside about it between commas,
 * then its verb (not negated) and a harm word before the clause ends.
 */
export function harmfulDealAt(units: Unit[], k: number): Unit[] {
  const deal = dealMakers(units, units[k]?.lower === 'that' && !units[k].entity ? k + 1 : k);
  if (!deal) return [];
  let v = deal.end;
  // "the merger of A and B, which together own …, would …"
  if (units[v - 1].punct.includes(',') && RELATIVES.has(units[v]?.lower ?? '')) {
    while (units[v] && !units[v].punct.includes(',')) v++;
    v++;
  } else if (units[v - 1].punct && !ownStop(units[v - 1])) return [];
  const start = v;
  while (units[v] && (isAux(units[v]) || isAdverb(units[v]))) v++;
  if (!isVerb(units[v]) && !isAux(units[v - 1])) return [];
  if (units.slice(start, v + 1).some((u) => NEGATIONS.has(u.lower))) return [];
  for (let h = v; h < units.length && h - v <= HARM_REACH; h++) {
    if (HARMS.has(units[h].lower.replace(/[^a-z-]/g, ''))) return deal.makers;
    if (units[h].punct === '.' || units[h].punct === ';') return [];
  }
  return [];
}

/** "According to X, …", "According to X's complaint, …": X, and where the clause after the comma opens. */
function accordingTo(units: Unit[]): { speaker: Unit[]; at: number } | undefined {
  const a = units.findIndex((u) => u.lower === 'according' && !u.entity);
  if (a < 0 || a > 1 || units[a + 1]?.lower !== 'to') return undefined;
  const named = listRight(units, a + 2);
  const last = named[named.length - 1];
  if (!last) return undefined;
  let c = units.indexOf(last);
  if (last.possessive && FILINGS.has(units[c + 1]?.lower ?? '')) c++;
  return units[c].punct === ',' ? { speaker: named, at: c + 1 } : undefined;
}

/**
 * "settling charges that …": whose charges — their owner ("the FTC's charges"), else the subject
 * of the sentence's first verb ("the FTC has approved an order settling charges that …").
 */
function chargers(units: Unit[], noun: number): Unit[] {
  const owner = units[noun - 1];
  if (owner?.entity && !owner.punct) return [owner];
  for (let v = 0; v < noun; v++) {
    if (!isVerb(units[v]) || isAux(units[v])) continue;
    const g = groupAt(units, v);
    const left = g.passive ? undefined : leftActors(units, g.start);
    if (left) return noFactClause(units, left.at) ? [] : left.actors;
  }
  return [];
}

/** "X sued to block the merger of A and B": a suit against a deal is against its makers. */
const SUE = new Set(['sue', 'sues', 'sued', 'suing']);
const BLOCK = new Set(['block', 'stop', 'halt', 'prevent', 'challenge', 'undo', 'unwind']);

function suitsAgainstDeals(units: Unit[], frame: FrameRecord): Candidate[] {
  const out: Candidate[] = [];
  for (let i = 0; i < units.length; i++) {
    if (!SUE.has(units[i].lower) || units[i].entity || units[i].punct || units[i + 1]?.lower !== 'to')
      continue;
    if (!BLOCK.has(units[i + 2]?.lower ?? '')) continue;
    const deal = dealMakers(units, i + 3);
    const g = groupAt(units, i);
    const left = deal && g.mood === 'fact' && !g.passive ? leftActors(units, g.start) : undefined;
    if (deal && left && !noFactClause(units, left.at))
      out.push(...alleged(left.actors, deal.makers, frame, ':suit'));
  }
  return out;
}

/**
 * Allegations about a deal made outside a clause record: "According to X's complaint, …", "charges
 * that …", "X sued to block A's acquisition of B".
 */
export function readDealAllegations(units: Unit[]): Candidate[] {
  if (!DEAL_FRAME) return [];
  const frame: FrameRecord = DEAL_FRAME;
  const out: Candidate[] = suitsAgainstDeals(units, frame);
  const according = accordingTo(units);
  if (according)
    out.push(...alleged(according.speaker, harmfulDealAt(units, according.at), frame, ':according'));
  for (let i = 0; i < units.length; i++) {
    if (units[i].entity || units[i].punct || !CHARGE_NOUNS.has(units[i].lower)) continue;
    if (units[i + 1]?.lower !== 'that') continue;
    const makers = harmfulDealAt(units, i + 2);
    if (makers.length) out.push(...alleged(chargers(units, i), makers, frame, ':charges'));
  }
  return out;
}

/** The facts of an allegation, unless the one alleging is one of the deal's makers. */
export function alleged(by: Unit[], makers: Unit[], frame: FrameRecord, how: string): Candidate[] {
  const ids = new Set(makers.map((m) => m.entity!.id));
  return by.some((b) => ids.has(b.entity!.id)) ? [] : facts(by, makers, frame.predicate, frame, how);
}
