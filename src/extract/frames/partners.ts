// Acting together: "X, together with Y, pushed the militants out", "In coordination with Y, X
// conducted a strike", "X led operations alongside Y forces" — X COOPERATED with Y, whatever the
// act, when the act is stated as a fact (not "X will work alongside Y").
import type { Candidate } from '../relations/apply-rules';
import { leftActors } from './actors';
import { facts } from './facts';
import { groupAt, isAux, isVerb, noFactClause } from './groups';
import type { FrameRecord } from './lexicon';
import { listRight } from './lists';
import type { Unit } from './units';
import { PARTNER_OPENERS } from './words';

const PARTNERS: FrameRecord = {
  id: 'partners',
  kind: 'verb',
  predicate: 'COOPERATED',
  confidence: 0.7,
  positive: 'Norway, together with Chile, drove the rebels out of the valley.',
  negative: 'Norway may work alongside Chile next year.',
};

/** The length of a partner opener ("together with") at `i`, or 0. */
function openerAt(units: Unit[], i: number): number {
  for (const opener of PARTNER_OPENERS) {
    const words = opener.split(' ');
    if (words.every((w, n) => !units[i + n]?.entity && units[i + n]?.lower === w && !units[i + n].punct))
      return words.length;
  }
  return 0;
}

/** The first main verb at or after `k`, within a few words: "…, have pushed". */
function verbAfter(units: Unit[], k: number): number | undefined {
  for (let v = k; v < units.length && v - k < 4; v++) {
    if (isVerb(units[v]) && !isAux(units[v + 1]) && !isVerb(units[v + 1])) return v;
    if (units[v].punct) return undefined;
  }
  return undefined;
}

/** The main verb just before `k` in the same clause: "led operations | alongside". */
function verbBefore(units: Unit[], k: number): number | undefined {
  for (let v = k - 1; v >= 0 && k - v <= 4; v--) {
    if (units[v].punct || units[v].entity) return undefined;
    if (isVerb(units[v])) return v;
  }
  return undefined;
}

/** `subject`: where the actors end, when not right before the verb group ("X, together with Y, did"). */
function together(units: Unit[], verb: number | undefined, partners: Unit[], subject?: number): Candidate[] {
  if (verb === undefined || !partners.length) return [];
  const g = groupAt(units, verb);
  if (g.mood !== 'fact' || g.passive) return [];
  const found = leftActors(units, subject ?? g.start);
  if (!found || noFactClause(units, found.at)) return [];
  return facts(found.actors, partners, 'COOPERATED', PARTNERS, '');
}

/** Every "together with" the sentence states. */
export function readPartners(units: Unit[]): Candidate[] {
  const out: Candidate[] = [];
  for (let i = 0; i < units.length; i++) {
    const n = openerAt(units, i);
    if (!n) continue;
    const named = listRight(units, i + n);
    if (!named.length) continue;
    const aside = i === 0 || units[i - 1].punct === ',';
    if (!aside) {
      out.push(...together(units, verbBefore(units, i), named));
      continue;
    }
    // "X, together with Y forces, VERB": the aside closes on the first comma after the opener
    // ("In coordination with Y, X conducted": X is no partner, though a comma list reads it so).
    let close = i + n;
    while (close < units.length && close - i < 12 && !units[close].punct) close++;
    if (units[close]?.punct !== ',') continue;
    const partners = named.filter((u) => units.indexOf(u) <= close);
    out.push(...together(units, verbAfter(units, close + 1), partners, i > 0 ? i : undefined));
  }
  return out;
}
