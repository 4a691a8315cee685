// Ground a country owns, taken (round 47): "took Y's second city of X", "captured Y's capital of X",
// "seized much of Y's X state". The object reader stops on the possessive owner, so a ground
// verb (a record with `objectTypes`) named only the country; the place written after the owner is
// what was taken, and the gold gives it (the country stays an object, as for "the Yian town of X").
import { COMPASS_ADJECTIVES } from '../lexicon/place-words';
import { isVerb } from './groups';
import { isPlainWord, type Unit } from './units';
import { DETERMINERS, PLACE_HEADS } from './words';

/** How many describing words may stand between the owner and the place: "second", "key southern". */
const DESCRIBING_SPAN = 3;

/**
 * Plain words that describe a place by its rank or role, which the tagger often reads as nouns
 * ("key", "second"): "Y's key port city of X", "Y's second city of X".
 */
const PLACE_DESCRIBERS = new Set(
  'key main strategic second third largest biggest major important capital border coastal'.split(' '),
);

/** A word that may describe a place before its kind or name: "second", "regional", "northern". */
function describes(u: Unit | undefined, next: Unit | undefined): u is Unit {
  if (!isPlainWord(u) || DETERMINERS.has(u.lower)) return false;
  // "port city of X": a kind of place before another kind qualifies it
  if (PLACE_HEADS.has(u.lower)) return isPlainWord(next) && PLACE_HEADS.has(next.lower);
  return (
    PLACE_DESCRIBERS.has(u.lower) ||
    COMPASS_ADJECTIVES.has(u.lower) ||
    u.tags.has('Ordinal') ||
    (u.tags.has('Adjective') && !isVerb(u))
  );
}

/** The place named after a country's possessive at `k`: "second city of X", "X state", "northern X region". */
function placeAfterOwner(units: Unit[], k: number): Unit | undefined {
  let j = k;
  while (j - k < DESCRIBING_SPAN && describes(units[j], units[j + 1])) j++;
  const u = units[j];
  if (u?.entity?.type === 'Location' && !u.possessive) return u;
  const [of, place] = [units[j + 1], units[j + 2]];
  const kindOf = isPlainWord(u) && PLACE_HEADS.has(u.lower) && isPlainWord(of) && of.lower === 'of';
  return kindOf && place?.entity?.type === 'Location' && !place.possessive ? place : undefined;
}

/** The objects of a ground verb, with the place each possessive country owner names after it. */
export function withOwnedGround(units: Unit[], objects: Unit[]): Unit[] {
  const out = [...objects];
  for (const owner of objects) {
    if (owner.entity?.type !== 'Country' || !owner.possessive) continue;
    const place = placeAfterOwner(units, units.indexOf(owner) + 1);
    if (place && !out.includes(place)) out.push(place);
  }
  return out;
}
