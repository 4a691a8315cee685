// "X struck targets of the Yians in Z and supported by W": a passive participle with no auxiliary
// right after "and" cannot share the subject of a finite verb that took an object — English
// would need "and was supported" — so it qualifies the noun before "and", not the clause's
// subject. Participles joined to another participle still share it: "X, founded in 2010 and
// backed by W, …" (round 32).
import { groupAt, isVerb } from './groups';
import type { Unit } from './units';

/** How far back from "and" the earlier verb may stand. */
const REACH = 19;
const BREAKS = new Set(['.', ';', ':', '?', '!', ',']);

/** The verb group at `g` is a bare passive participle after "and" whose earlier verb took an object. */
export function reducedPassiveAfterAnd(
  units: Unit[],
  g: { start: number; passive: boolean },
  i: number,
): boolean {
  if (!g.passive || g.start !== i || units[i - 1]?.lower !== 'and') return false;
  for (let v = i - 2; v >= 0 && i - v <= REACH; v--) {
    const u = units[v];
    if (BREAKS.has(u.punct)) return false;
    if (!isVerb(u) || u.lower.endsWith('ing') || u.tags.has('Particle')) continue;
    if (groupAt(units, v).passive) return false;
    const next = units[v + 1];
    return !!next && !next.punct && !next.tags.has('Preposition') && !next.tags.has('Adverb');
  }
  return false;
}
