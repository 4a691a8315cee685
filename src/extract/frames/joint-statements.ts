// A joint statement told with its signers around it rather than as its light verb's subject: "a
// joint statement by A and B", "In a joint statement, A and B called for …", "A and B said in a
// joint statement that …" give A COOPERATED B, as "A and B issued a joint statement" does (round
// 14: once per pair, and only for two or three signers: the record's `maxParties`). The nouns are
// the record `noun:joint-statement-between` (../lexicon/frames.json).
import type { Candidate } from '../relations/apply-rules';
import { agentsRight, frontedNounActors, leftActors } from './actors';
import { pairs, withinParties } from './facts';
import { groupAt, isAdverb, isVerb, noFactClause } from './groups';
import { FRAMES, MIN_CONFIDENCE } from './lexicon';
import type { Unit } from './units';

const JOINT = FRAMES.find((f) => f.id === 'noun:joint-statement-between' && f.confidence >= MIN_CONFIDENCE);
const NOUNS = new Set(JOINT?.nouns ?? []);

/** The signers of the joint statement whose noun is at `i` ("joint" right before it), if told around it. */
function signers(units: Unit[], i: number): { actors: Unit[]; how: string } | undefined {
  // "a joint statement by A and B"
  if (units[i + 1]?.lower === 'by' && !units[i].punct)
    return { actors: agentsRight(units, i + 2), how: ':by' };
  // "In a joint statement, A and B called for …"
  const fronted = frontedNounActors(units, i);
  if (fronted) return { actors: fronted.actors, how: ':fronted' };
  // "A and B said (on Monday) in a joint statement (that) …": the subject of the verb before "in"
  let p = i - 2;
  if (['a', 'an', 'the', 'their'].includes(units[p]?.lower ?? '')) p--;
  if (units[p]?.lower !== 'in' || units[p].entity) return undefined;
  let v = p - 1;
  while (v >= 0 && p - v <= 4 && !isVerb(units[v]) && !units[v].entity && !units[v].punct) v--;
  while (isAdverb(units[v])) v--;
  if (!isVerb(units[v]) || units[v].punct) return undefined;
  const g = groupAt(units, v);
  if (g.mood !== 'fact' || g.passive) return undefined;
  const found = leftActors(units, g.start);
  return found && !noFactClause(units, found.at) ? { actors: found.actors, how: ':in' } : undefined;
}

export function readJointStatements(units: Unit[]): Candidate[] {
  if (!JOINT) return [];
  const out: Candidate[] = [];
  for (let i = 1; i < units.length; i++) {
    const u = units[i];
    const joint = units[i - 1];
    if (u.entity || !NOUNS.has(u.lower) || joint.entity || joint.punct || joint.lower !== 'joint') continue;
    const found = signers(units, i);
    if (!found || found.actors.length < 2) continue;
    out.push(...withinParties(JOINT, pairs(found.actors, JOINT, `:joint${found.how}`)));
  }
  return out;
}
