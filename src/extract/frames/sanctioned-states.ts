// A country's officials and firms as the target of a sanction (round 23): "designated ten current
// or former Xian government officials", "is sanctioning a former and a current senior Xian
// official", "imposed restrictions on seven Xian drone producers", "named five Xian entities" give
// SANCTIONED the country besides any names listed (test/gold/README.md, round 10: "Sudanese,
// Iranian and Cuban entities subject to U.S. sanctions" → the countries). Private people
// ("Xian nationals", "Xian businessmen") are not the state (read-frames.ts `privatePeopleOf`).
import { isDemonym } from '../relations/sentence-view';
import { isPlainWord, type Unit } from './units';

/** Heads of the state's people and bodies a sanction targets through them. */
const TARGET_GROUPS = new Set(
  `official officials entity entities company companies firm firms bank banks individuals producers
   manufacturers suppliers agencies ministries generals leaders persons targets enterprises`.split(/\s+/),
);
/** One firm, not a counted group of the state's targets. */
const SINGLE_FIRMS = new Set(['entity', 'company', 'firm', 'bank']);
/** Words of a compound that make the body a private one. */
const PRIVATE = new Set(['private', 'privately', 'privately-owned', 'private-sector']);
/** Words that count or qualify the targets before the demonym. */
const COUNTING = new Set(
  `a an the two three four five six seven eight nine ten eleven twelve dozen dozens several more
   other additional further new former current senior top high-ranking and or of`.split(/\s+/),
);

const counting = (u: Unit | undefined) =>
  isPlainWord(u) && (COUNTING.has(u!.lower) || u!.tags.has('Value') || u!.tags.has('Adjective'));

const demonymAt = (u: Unit | undefined) =>
  !!u?.entity &&
  u.entity.type === 'Country' &&
  !!u.mention &&
  isDemonym(u.mention, u.entity) &&
  !u.possessive;

/**
 * The countries whose officials or bodies the object phrase opening at unit `k` counts: up to
 * eight counting or qualifying words, one demonym (or a list "Xian and Yian"), up to three words of
 * the compound ("government", "drone", "construction"), then a head of TARGET_GROUPS. Empty when
 * the phrase is of another shape ("the Xian people", "Xian nationals", "a Xian company, A").
 * Failing that, a counted group tied to a government ("six targets associated with the Xian
 * government", `tiedGovernmentAt`).
 */
export function sanctionedStatesAt(units: Unit[], k: number): Unit[] {
  const named = demonymStatesAt(units, k);
  return named.length ? named : tiedGovernmentAt(units, k);
}

/** Words that tie a sanction's targets to a government: "associated with", "on behalf of". */
const TIES = [
  ['associated', 'with'],
  ['affiliated', 'with'],
  ['linked', 'to'],
  ['tied', 'to'],
  ['connected', 'to'],
  ['ties', 'to'],
  ['behalf', 'of'],
];
/** Heads that name a state's rule, not its people: "the Xian government", "the regime of X". */
const RULERS = new Set(['government', 'regime', 'junta']);
/** Words that open another clause: the targets' phrase ends before them. */
const CLAUSE_WORDS = new Set(['who', 'which', 'that', 'whose', 'while', 'after', 'because', 'but']);

/**
 * "is designating six targets associated with the Xian government", "sanctioning 35 individuals
 * and entities with ties to a network … on behalf of the Xian regime" (round 25): a counted group of
 * targets tied, in the same phrase (no punctuation, no new clause, a dozen words), to a country's
 * government or regime gives the country. Not a people ("associated with the Xian people"), not a
 * group the targets oppose or attack, and not past a relative clause ("who criticised the Xian
 * government").
 */
function tiedGovernmentAt(units: Unit[], k: number): Unit[] {
  let j = k;
  while (
    j - k < 8 &&
    (counting(units[j]) || (isPlainWord(units[j]) && ['over', 'than', 'nearly'].includes(units[j].lower)))
  )
    j++;
  if (!isPlainWord(units[j]) || !TARGET_GROUPS.has(units[j].lower) || SINGLE_FIRMS.has(units[j].lower))
    return [];
  for (let t = j + 1; t < units.length && t - j <= 14; t++) {
    const u = units[t];
    if (!u.entity && CLAUSE_WORDS.has(u.lower)) return [];
    const tie = TIES.some(([a, b]) => units[t - 1]?.lower === a && u.lower === b && !units[t - 1].punct);
    if (tie && !u.punct) {
      const state = governmentAt(units, t + 1);
      if (state) return [state];
    }
    if (u.punct) return [];
  }
  return [];
}

/** "the Xian government / regime", "the government / regime of X": the country. */
function governmentAt(units: Unit[], k: number): Unit | undefined {
  // "the Xian regime" read as one mention of the country (coreference)
  const ruled = (u: Unit | undefined) =>
    u?.entity?.type === 'Country' && !u.possessive && RULERS.has(u.lower.split(' ').pop() ?? '');
  if (ruled(units[k])) return units[k];
  if (units[k]?.lower !== 'the' || units[k].entity) return undefined;
  const [a, b, c] = [units[k + 1], units[k + 2], units[k + 3]];
  if (ruled(a)) return a;
  if (demonymAt(a) && !a.punct && !!b && !b.entity && RULERS.has(b.lower)) return a;
  const ofCountry = c?.entity?.type === 'Country' && !c.possessive && !demonymAt(c);
  if (isPlainWord(a) && RULERS.has(a.lower) && isPlainWord(b) && b.lower === 'of' && ofCountry) return c;
  return undefined;
}

/** The demonym path of `sanctionedStatesAt`: "ten Xian government officials". */
function demonymStatesAt(units: Unit[], k: number): Unit[] {
  let j = k;
  while (j - k < 8 && counting(units[j])) j++;
  const states: Unit[] = [];
  while (demonymAt(units[j])) {
    states.push(units[j]);
    if (units[j].punct && units[j].punct !== ',') return [];
    const join = units[j + 1];
    if (isPlainWord(join) && ['and', 'or'].includes(join!.lower) && demonymAt(units[j + 2])) j += 2;
    else if (units[j].punct === ',' && demonymAt(units[j + 1])) j += 1;
    else break;
  }
  if (!states.length || units[j].punct) return [];
  let h = j + 1;
  for (let n = 0; n < 3 && isPlainWord(units[h]) && !TARGET_GROUPS.has(units[h].lower); n++) {
    if (!units[h].tags.has('Noun') && !units[h].tags.has('Adjective')) return [];
    h++;
  }
  const head = units[h];
  if (!head || head.entity || !TARGET_GROUPS.has(head.lower)) return [];
  // "a Xian private military company": one private body is not the state; firms count as the
  // state's only as a counted group of its targets ("seven Xian drone producers")
  if (SINGLE_FIRMS.has(head.lower)) return [];
  if (units.slice(j + 1, h).some((u) => PRIVATE.has(u.lower))) return [];
  if (namedAfter(units, h)) return [];
  return states;
}

/**
 * "designated four Xian officials, A, B and C", "sanctions on seven Xian officials, including A"
 * (round 26): the targets are named right after their head, so the sanction is on the people
 * named, not on the state they serve (the gold names the people and leaves the country out; a
 * count of officials with no names after it keeps the country).
 */
function namedAfter(units: Unit[], h: number): boolean {
  const head = units[h];
  const next = units[h + 1];
  if (!next) return false;
  const person = (u: Unit | undefined) => u?.entity?.type === 'Person';
  if (['', ',', ':'].includes(head.punct) && person(next)) return true;
  if (next.lower !== 'including') return false;
  for (let t = h + 2; t < units.length && t - h <= 5; t++) {
    if (person(units[t])) return true;
    if (units[t].punct && units[t].punct !== "'s") return false;
  }
  return false;
}
