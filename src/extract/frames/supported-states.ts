// The state backed, when a support noun's object names it only through a description (round 45).
// Readouts voice a state's support for another state in set phrases whose object is no bare name:
// "commitment to a strong, sovereign, and prosperous X" (qualities before the name), "support
// for Xian independence, sovereignty, and stability" (the demonym on the good that is backed),
// "support for efforts by X and Y to …" (the ones who make the efforts). The gold reads each as
// SUPPORTS X. Called by ./read-frames.ts only for SUPPORTS nouns whose list reader found no object,
// so the names a plain list already reads are never read twice.
import { isDemonym } from '../relations/sentence-view';
import { byNamesRight } from './lists';
import { isPlainWord, type Unit } from './units';
import { supportedActAuthors, undertakingLeaders } from './supported-acts';
import { EFFORT_HEADS, SUPPORTED_ASPECTS } from './words';

/** Articles before a described state: "a strong X", "the Xian people". */
const ARTICLES = new Set(['a', 'an', 'the']);
/** How many qualities may stand before the name: "a strong, sovereign, united, and prosperous X". */
const MAX_QUALITIES = 4;
/**
 * The goods of a state that are backed for the state: "Xian independence", "Xian territorial
 * integrity". People, government and forces are not here: "the Xian people" has its own reader
 * (./people-of.ts) and "Xian forces" are already the country's unit.
 */
const STATE_GOODS = new Set(
  [...SUPPORTED_ASPECTS].filter(
    (w) => !['people', 'government', 'forces', 'efforts', 'effort', 'aspirations'].includes(w),
  ),
);

const isCountryName = (u: Unit | undefined): u is Unit =>
  u?.entity?.type === 'Country' && !u.possessive && !!u.mention && !isDemonym(u.mention, u.entity);

/** A quality before a name: an adjective ("strong"), or a word the tagger reads as a noun inside a comma list ("sovereign,"). */
const isQuality = (u: Unit | undefined): u is Unit =>
  !!u &&
  !u.entity &&
  !u.tags.has('ProperNoun') &&
  ((u.tags.has('Adjective') && [',', ''].includes(u.punct)) || (u.tags.has('Noun') && u.punct === ','));

/** A name that closes its phrase: punctuation, the end, or a word that opens no longer name. */
function closesAt(units: Unit[], k: number): boolean {
  const u = units[k];
  const after = units[k + 1];
  return (
    !!u.punct ||
    !after ||
    after.tags.has('Preposition') ||
    after.tags.has('Conjunction') ||
    ['and', 'or', 'as', 'that', 'which', 'who'].includes(after.lower)
  );
}

/**
 * "a strong, sovereign, and prosperous X" at `k`: the country after an article and up to four
 * qualities joined by commas or "and". One quality alone is read by the list reader already.
 */
function qualifiedCountryAt(units: Unit[], k: number): Unit | undefined {
  if (!isPlainWord(units[k]) || !ARTICLES.has(units[k].lower)) return undefined;
  let j = k + 1;
  let qualities = 0;
  while (qualities < MAX_QUALITIES && isQuality(units[j])) {
    qualities++;
    j++;
    if (isPlainWord(units[j]) && units[j].lower === 'and' && units[j - 1].punct !== '.') j++;
  }
  const x = units[j];
  if (qualities < 1 || !isCountryName(x) || !closesAt(units, j)) return undefined;
  return x;
}

/**
 * "Xian independence, sovereignty, and stability", "the Xian territorial integrity" at `k`: the
 * country whose demonym stands on a good of the state (one quality may stand between them).
 */
function countryOfGoodAt(units: Unit[], k: number): Unit | undefined {
  const at = isPlainWord(units[k]) && units[k].lower === 'the' ? k + 1 : k;
  const x = units[at];
  if (!x?.entity || x.entity.type !== 'Country' || !x.mention || !isDemonym(x.mention, x.entity))
    return undefined;
  if (x.punct || x.possessive) return undefined;
  const head = isQuality(units[at + 1]) && !units[at + 1].punct ? at + 2 : at + 1;
  const good = units[head];
  if (!good || good.entity || !STATE_GOODS.has(good.lower) || !closesAt(units, head)) return undefined;
  return x;
}

/** "efforts by X and Y to …" at `k`: the ones making the efforts backed. */
function effortMakersAt(units: Unit[], k: number): Unit[] {
  let j = isPlainWord(units[k]) && ARTICLES.has(units[k].lower) ? k + 1 : k;
  if (isQuality(units[j]) && !units[j].punct) j++;
  if (!isPlainWord(units[j]) || !EFFORT_HEADS.has(units[j].lower)) return [];
  if (!isPlainWord(units[j + 1]) || units[j + 1].lower !== 'by') return [];
  return byNamesRight(units, j + 2);
}

/** The states or bodies backed, as the phrase opening at `k` describes them; none for anything else. */
export function supportedThroughDescription(units: Unit[], k: number): Unit[] {
  const qualified = qualifiedCountryAt(units, k) ?? countryOfGoodAt(units, k);
  if (qualified) return [qualified];
  const makers = effortMakersAt(units, k);
  if (makers.length) return makers;
  // "support for the efforts of X", "support for the X-led process" (./supported-acts.ts, round 46)
  const authors = supportedActAuthors(units, k);
  return authors.length ? authors : undertakingLeaders(units, k);
}
