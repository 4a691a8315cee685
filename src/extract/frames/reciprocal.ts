// Acts both ways: "A and B have accused each other of …", "A and B each blame the other for
// …", "Both sides accuse the other of starting the firing": each of them criticises each other
// one; "A and B have threatened / backed / sanctioned each other" likewise (round 49). The verb's
// record says what is stated (accuse, blame, criticise: CRITICIZED; threaten: THREATENED); this
// file only reads the reciprocal object and the two sides it needs.
import type { Candidate } from '../relations/apply-rules';
import { facts } from './facts';
import type { FrameRecord } from './lexicon';
import type { Unit } from './units';

/**
 * Predicates a reciprocal object states both ways. Dealings are read as pairs already ("X and Y
 * met"), and fights as two-sided acts (./read-frames.ts `MUTUAL_ACTS`).
 */
const RECIPROCAL_PREDICATES: ReadonlySet<string> = new Set([
  'CRITICIZED',
  'THREATENED',
  'ATTACKED',
  'KILLED',
  'SUPPORTS',
  'SANCTIONED',
  'DEMANDED',
]);

/**
 * Whether a frame reads the "each other" at `k` as its object: a predicate of acts on another, and
 * no record that needs a kind of object ("attacked Y's decision", CRITICIZED, says nothing of
 * "attacked each other"). Support of "each other's rebels" is support against each other: only
 * hostile acts take the possessive ("targeted each other's posts").
 */
export function reciprocalReading(frame: FrameRecord, units: Unit[], k: number): boolean {
  if (!RECIPROCAL_PREDICATES.has(frame.predicate) || frame.objectHeads) return false;
  const end = reciprocalEnd(units, k, true);
  return end !== undefined && !(frame.predicate === 'SUPPORTS' && units[end - 1].possessive);
}

/** "the other side", "the other party": the head after "the other", when there is one. */
const OTHER_HEADS = new Set(['side', 'party', 'country']);

/**
 * Where the reciprocal object opening at `k` ends ("each other", "one another", "the other
 * (side)"), or undefined when there is none. "The other" is reciprocal only after "each" or
 * "both" on the subject (`paired`): "X accused the other group" names no one.
 */
export function reciprocalEnd(units: Unit[], k: number, paired: boolean): number | undefined {
  const [a, b] = [units[k], units[k + 1]];
  if (!a || !b || a.entity || b.entity || a.punct) return undefined;
  const pair = `${a.lower} ${b.lower.replace(/[^a-z]/g, '')}`;
  if (pair === 'each other' || pair === 'one another') return k + 2;
  if (pair !== 'the other' || !paired) return undefined;
  const head = units[k + 2];
  return head && !b.punct && OTHER_HEADS.has(head.lower) ? k + 3 : k + 2;
}

/** "A and B each blame the other": "each" between the subject and its verb. */
export const eachBefore = (units: Unit[], start: number) =>
  units[start - 1]?.lower === 'each' && !units[start - 1].entity && !units[start - 1].punct;

/** Each side criticises each other one: A→B and B→A for every two of the sides. */
export const reciprocalFacts = (sides: Unit[], frame: FrameRecord, how: string): Candidate[] =>
  sides.length < 2 ? [] : facts(sides, sides, frame.predicate, frame, `${how}:each-other`);
