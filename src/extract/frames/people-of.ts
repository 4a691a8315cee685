// A country's people as the one backed (round 23): "stands with the Chilean people", "expressed
// solidarity with the people of Chile", "support for the brave Chilean people" give SUPPORTS the
// country (test/gold/README.md, round 12: a literal "support for" is support; the gold reads the
// people of a country backed as the country). Only for support: a call, a charge, a sanction or a
// meeting aimed at a country's people is not aimed at the state (read-frames.ts `privatePeopleOf`).
import { isDemonym } from '../relations/sentence-view';
import { isPlainWord, type Unit } from './units';

/** Nouns for a country's people as a whole. */
const PEOPLE = new Set(['people', 'peoples', 'nation', 'population']);
const DETERMINERS = new Set(['the', 'all', 'its', 'their', 'our']);

const isQualifier = (u: Unit | undefined) =>
  isPlainWord(u) && u!.tags.has('Adjective') && !PEOPLE.has(u!.lower);

/**
 * The country whose people the phrase opening at unit `k` names: "the (brave) Xian people", "the
 * people of X" (X written as the country's name). Undefined for anything else: "the Xian people's
 * courage" names a quality, "Xian people in Y" are some people, not the nation ("the" is required),
 * and "the Xian people's party" is a body.
 */
export function peopleOfCountryAt(units: Unit[], k: number): Unit | undefined {
  if (!isPlainWord(units[k]) || !DETERMINERS.has(units[k].lower)) return undefined;
  let j = k + 1;
  // "the people of X"
  if (
    isPlainWord(units[j]) &&
    PEOPLE.has(units[j].lower) &&
    !units[j].possessive &&
    units[j + 1]?.lower === 'of'
  ) {
    const x = units[j + 2];
    if (units[j + 1].punct || !x?.entity || x.entity.type !== 'Country' || x.possessive) return undefined;
    return x.mention && isDemonym(x.mention, x.entity) ? undefined : x;
  }
  while (j - k <= 2 && isQualifier(units[j])) j++;
  const x = units[j];
  const head = units[j + 1];
  if (!x?.entity || x.entity.type !== 'Country' || !x.mention || !isDemonym(x.mention, x.entity))
    return undefined;
  if (x.punct || !head || head.entity || !PEOPLE.has(head.lower) || head.possessive) return undefined;
  // "the Xian people's party", "the Xian people power movement": a name or a compound goes on
  const after = units[j + 2];
  const closes =
    !!head.punct ||
    !after ||
    !!after.entity ||
    after.tags.has('Preposition') ||
    after.tags.has('Conjunction') ||
    ['and', 'or', 'who', 'that', 'as'].includes(after.lower);
  if (!closes) return undefined;
  return x;
}

/** "the Xian people and the Yian people": each country whose people a list names. */
export function peoplesOfCountriesAt(units: Unit[], k: number): Unit[] {
  const out: Unit[] = [];
  for (let at = k; out.length < 6;) {
    const x = peopleOfCountryAt(units, at);
    if (!x) break;
    out.push(x);
    const x0 = units.indexOf(x);
    const of = units[x0 - 1]?.lower === 'of';
    // "the people of X, Y and Z": a list of countries after the first's name, closed by "and"
    // or "or" (a comma alone may open an apposition: "the people of X, Y's neighbour"; round 27)
    if (of && x.punct === ',') {
      out.push(...countriesListedAfter(units, x0 + 1));
      break;
    }
    // "the people of X and Y": a second country after the first's name
    const second = units[x0 + 2];
    if (
      of &&
      !x.punct &&
      units[x0 + 1]?.lower === 'and' &&
      second?.entity?.type === 'Country' &&
      !second.possessive
    ) {
      out.push(second);
      break;
    }
    const end = of ? x0 + 1 : x0 + 2;
    const join = units[end];
    if (!join || join.entity || join.punct || !['and', 'or'].includes(join.lower) || units[end - 1].punct)
      break;
    at = end + 1;
  }
  return out;
}

/** A country's name, whole: no possessive after it. */
const isCountry = (u: Unit | undefined): u is Unit =>
  u?.entity?.type === 'Country' && !u.possessive && !!u.mention && !isDemonym(u.mention, u.entity);

/**
 * From `k`, after "the people of X,": "Y, Z and W", "Y, and Z": the countries, when the list
 * closes on "and" or "or" before its last name; none otherwise.
 */
function countriesListedAfter(units: Unit[], k: number): Unit[] {
  const listed: Unit[] = [];
  for (let n = k; listed.length < 6;) {
    const join = ['and', 'or'].includes(units[n]?.lower ?? '') && !units[n].entity && !units[n].punct;
    const item = join ? units[n + 1] : units[n];
    if (!isCountry(item)) return [];
    listed.push(item);
    if (join) return listed;
    const at = units.indexOf(item);
    if (item.punct === ',') n = at + 1;
    else if (!item.punct && ['and', 'or'].includes(units[at + 1]?.lower ?? '')) n = at + 1;
    else return [];
  }
  return [];
}
