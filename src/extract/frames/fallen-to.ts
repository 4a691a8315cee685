// Ground told from the side of the place that was lost (round 37): "Y fell to X", "Y, which fell
// to X last week", "Y has twice fallen to X", "Y fell into the hands of X". The place is the
// verb's subject and its taker follows the record's particle, so X attacked Y, as "X captured Y"
// does. A record with `yieldedTo` (a verb lemma and its particle) is read here, and only here.
import type { Candidate } from '../relations/apply-rules';
import type { Predicate } from '../../model';
import { agentsRight } from './actors';
import { facts } from './facts';
import { isTime, nextWord, type Group } from './groups';
import type { FrameRecord } from './lexicon';
import { listLeft } from './lists';
import type { Unit } from './units';
import { DETERMINERS } from './words';
import { PLACE_KIND_NOUNS } from '../lexicon/place-words';

/** Words that open a relative clause whose subject is the name before them: "Y, which fell to X". */
const RELATIVES = new Set(['which', 'that']);

const isGround = (u: Unit | undefined, frame: FrameRecord) =>
  !!u?.entity && !u.possessive && (frame.objectTypes ?? ['Location', 'Country']).includes(u.entity.type);

/**
 * The places named as the subject of the verb group `g`: a name (or list of names) right before
 * it, or before ", which" / "that". Nothing when the subject is no place ("the post fell to Y",
 * "exports fell to record lows").
 */
function groundLeft(units: Unit[], g: Group, frame: FrameRecord): Unit[] {
  let j = g.start - 1;
  while (j >= 0 && (isTime(units[j]) || units[j].tags.has('Adverb')) && !units[j].entity) j--;
  const u = units[j];
  const relative = !!u && !u.entity && RELATIVES.has(u.lower);
  if (relative) j--;
  // "the Y district that fell to X": a place-kind noun after the name (round 43)
  if (
    relative &&
    units[j] &&
    !units[j].entity &&
    PLACE_KIND_NOUNS.includes(units[j].lower) &&
    !units[j].punct
  )
    j--;
  const place = units[j];
  // a name closed by anything but a comma ("Y; then …", "Y.") is no subject of this verb
  if (!isGround(place, frame) || !['', ','].includes(place.punct)) return [];
  // the name before ", which" or a closing apposition; a bare comma after it with no relative
  // word is a list ("Y, Z fell") or an apposition's close ("the capital, Y, fell"): both fine
  const list = listLeft(units, j);
  // "exports from Y fell to …", "shares in Y fell to …": a name after a preposition is no subject
  const before = units[list.at - 1];
  // ("the town of Y fell to X" is the town's own name)
  const kind = before?.lower === 'of' && PLACE_KIND_NOUNS.includes(units[list.at - 2]?.lower ?? '');
  // ("retake control of Y, which fell to X": a relative after a comma is said of Y whatever
  // governs Y, round 43)
  const aside = relative && place.punct === ',';
  if (before && !before.entity && before.tags.has('Preposition') && !kind && !aside) return [];
  return list.actors.filter((a) => isGround(a, frame));
}

/** The facts of a `yieldedTo` record at the verb `i`: its taker attacked the place lost. */
export function yieldedFacts(
  units: Unit[],
  i: number,
  g: Group,
  frame: FrameRecord,
  predicate: Predicate,
): Candidate[] {
  if (g.passive) return [];
  // "fell last week to Y": words of when between the verb and its particle
  let k = nextWord(units, i + 1);
  while (isTime(units[k])) k++;
  for (const word of frame.particle?.split(' ') ?? []) {
    // "came under (the) control of Y": a determiner the particle leaves out may stand in it
    while (units[k] && !units[k].entity && DETERMINERS.has(units[k].lower) && units[k].lower !== word) k++;
    if (units[k]?.lower !== word || units[k].entity || units[k].punct) return [];
    k++;
  }
  const places = groundLeft(units, g, frame);
  if (!places.length) return [];
  const takers = agentsRight(units, k);
  return facts(takers, places, predicate, frame, ':yielded-to');
}
