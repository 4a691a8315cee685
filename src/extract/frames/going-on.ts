// Backing and dealings said to go on (round 23): "X will continue to stand with Y", "X would
// continue to work closely with Y". A modal alone states nothing ("X will stand with Y" is a
// promise), but continuing says the act is happening now, as the gold reads it (b14, b15, b21).
import type { Predicate } from '../../model';
import { isAdverb, type Group } from './groups';
import { NEGATIONS } from './words';
import { isPlainWord, type Unit } from './units';

/** The acts whose going on is a stance or a dealing held now (an attack still to come is not read). */
const ONGOING = new Set<Predicate>(['SUPPORTS', 'COOPERATED']);
/** The modals of going on: "will / would continue"; "could / may / should continue" stay possible. */
const GOING_ON_MODALS = new Set(['will', 'would', "'ll"]);
const CONTINUE = new Set(['continue']);

/**
 * The group of the verb at `i` read as a fact when it is "(will|would) (adverbs) continue (adverbs)
 * to (adverbs) <verb>" with nothing negated; `g` unchanged otherwise.
 */
export function goingOn(units: Unit[], i: number, predicate: Predicate, g: Group): Group {
  if (g.mood !== 'none' || g.passive || !ONGOING.has(predicate)) return g;
  let t = i - 1;
  while (t > g.start && isAdverb(units[t])) t--;
  if (!isPlainWord(units[t]) || units[t].lower !== 'to') return g;
  let c = t - 1;
  while (c > g.start && isAdverb(units[c])) c--;
  if (!isPlainWord(units[c]) || !CONTINUE.has(units[c].lower)) return g;
  const before = units.slice(g.start, c);
  if (!before.length || !GOING_ON_MODALS.has(before[0].lower)) return g;
  const rest = before.slice(1);
  if (rest.some((u) => NEGATIONS.has(u.lower) || !isAdverb(u))) return g;
  return { ...g, mood: 'fact' };
}
