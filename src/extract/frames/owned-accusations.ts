// An accusation told as its owner's noun (round 44): "Colombia's accusations (last week) that
// Venezuela is harboring rebels", "X's charge that Y violated the accord" give the owner
// CRITICIZED the clause's subject, as "X alleged that Y …" does (the `clause:allege-that` record:
// whatever the subject did, never what it underwent). Only a named owner right on the noun
// accuses: "the accusations that Y …" and "rejected the charges" name no one who makes them.
import type { Candidate } from '../relations/apply-rules';
import { isTime } from './groups';
import { FRAMES, MIN_CONFIDENCE } from './lexicon';
import { readClause } from './stance-clauses';
import type { Unit } from './units';

/** Nouns of an accusation whose "that" clause is what the owner accuses someone of. */
const ACCUSATION_NOUNS: ReadonlySet<string> = new Set(
  'accusation accusations allegation allegations charge charges'.split(' '),
);
/** Qualifiers between the owner and the noun: "Y's repeated accusations". */
const ACCUSATION_QUALIFIERS: ReadonlySet<string> = new Set([
  'repeated',
  'renewed',
  'latest',
  'new',
  'earlier',
]);

const ALLEGATION = FRAMES.find((f) => f.id === 'clause:allege-that' && f.confidence >= MIN_CONFIDENCE);

/** The named owner of the accusation noun at `i`, past one qualifier: "Y's renewed charges". */
function accuserOf(units: Unit[], i: number): Unit | undefined {
  let o = i - 1;
  const q = units[o];
  if (q && !q.entity && !q.punct && ACCUSATION_QUALIFIERS.has(q.lower)) o--;
  const owner = units[o];
  return owner?.entity && owner.possessive ? owner : undefined;
}

/** Where the "that" clause after the noun at `i` opens, past a time ("last week"); -1 when none. */
function thatAfter(units: Unit[], i: number): number {
  if (units[i].punct) return -1;
  let k = i + 1;
  while (isTime(units[k]) || (units[k]?.lower === 'week' && !units[k].entity)) k++;
  return units[k]?.lower === 'that' && !units[k].entity && !units[k - 1].punct ? k + 1 : -1;
}

export function readOwnedAccusations(units: Unit[]): Candidate[] {
  if (!ALLEGATION) return [];
  const out: Candidate[] = [];
  for (let i = 1; i < units.length; i++) {
    const u = units[i];
    if (u.entity || !ACCUSATION_NOUNS.has(u.lower)) continue;
    const accuser = accuserOf(units, i);
    const from = accuser ? thatAfter(units, i) : -1;
    if (from < 0) continue;
    out.push(...readClause(units, [accuser!], from, ALLEGATION, units.length, ':owned-accusation'));
  }
  return out;
}
