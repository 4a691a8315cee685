// A demand for a state's own political order, made of the state named after "in": "called for
// calm in X", "is calling for a new election in X", "called for a rapid return to constitutional
// order in X" ask X (the gold's DEMANDED X, rounds 24 and 32). The order words are data
// (SOUGHT_ORDER_NOUNS); an end to fighting "in X" asks the fighters and is read elsewhere.
import { SOUGHT_ORDER_NOUNS } from '../lexicon/predicate-words';
import type { Unit } from './units';

const ORDER = new Set(SOUGHT_ORDER_NOUNS);
/** How many words the sought order may run to before its "in": "a transfer of power that respects …" stays out. */
const ORDER_REACH = 7;
/**
 * Words that may lead to or join the order's nouns: "a return to constitutional order", "the
 * restoration of civilian rule", "calm and ethnic harmony" (compromise may tag "return" a verb).
 */
const ORDER_LINKS = new Set(['a', 'an', 'the', 'to', 'of', 'and', 'return', 'restoration', 'transition']);

/**
 * The country asked, when the demand's object from `k` is a phrase of plain words (nouns,
 * adjectives and the links above) holding an order word, then "in" and a country's name that is
 * no owner ("in X's north" places the order, it does not name X as asked).
 */
export function orderSoughtIn(units: Unit[], k: number): Unit | undefined {
  let sought = false;
  for (let j = k; j < units.length && j - k <= ORDER_REACH; j++) {
    const u = units[j];
    if (u.entity) return undefined;
    if (u.lower === 'in' && sought && j > k) return countryAfterIn(units, j);
    if (u.punct) return undefined;
    if (ORDER.has(u.lower)) sought = true;
    else if (!ORDER_LINKS.has(u.lower) && !u.tags.has('Adjective') && !u.tags.has('Noun')) return undefined;
  }
  return undefined;
}

function countryAfterIn(units: Unit[], j: number): Unit | undefined {
  const place = units[j + 1];
  return place?.entity?.type === 'Country' && !place.possessive && !units[j].punct ? place : undefined;
}
