// Coordination, in one place, for subjects and objects alike: "X and Y", "X, Y and Z",
// "X as well as Y", and "groups, including X and Y" (a list that names what a noun covers).
import { COMPASS_POINTS, PLACE_NOUNS_AFTER_NAME } from '../lexicon/place-words';
import { MULTI_STATE_REGIONS } from '../lexicon/places';
import { HONORIFICS } from '../lexicon/titles';
import {
  apposedName,
  apposedNames,
  asideClose,
  bracketRepeatAfter,
  isGroupHead,
  opensApposition,
  stoplessAfter,
} from './apposed-lists';
import { countedStateItem } from './counted-items';
import { withSemicolonItems } from './semicolon-lists';
import { bodyOfTargetAt } from './target-of-body';
import { isTime, isVerb } from './groups';
import { appositionAt, sideNameAt } from './sides';
import { isTitle, titledHolderAfter } from './title-word';
import { NAME_QUALIFIER, isDemonymWord, isPlainWord, type Unit } from './units';
import { isDemonym } from '../relations/sentence-view';
import {
  ALLY_NOUNS,
  ALLY_OR_PARTNER_NOUNS,
  COUNTERPARTS,
  DETERMINERS,
  OWNER_PRONOUNS as SIDE_PRONOUNS,
  DIRECTIONS,
  EFFORT_HEADS,
  HYPHEN_MODIFIERS,
  LIST_OPENERS,
  AGENT_HEADS,
  NON_STATE_HEADS,
  PEOPLE_HEADS,
  TARGET_HEADS,
  PLACE_HEADS,
  PLACE_PREPOSITIONS,
  MEMBER_HEADS,
  SERVING_HEADS,
} from './words';

const JOINS = new Set(['and', 'or']);

export { isTitle };

/** A head noun through which its modifier is meant: "Houthi targets", "X officials", "EU initiatives". */
const isHead = (word: string) => TARGET_HEADS.has(word) || PEOPLE_HEADS.has(word) || EFFORT_HEADS.has(word);

/**
 * The possessive name at `k` owns a head of people, targets or efforts ("X's forces", "X's
 * positions"), past up to two adjectives, or another name ("X's Y militia").
 */
function ownsAHead(units: Unit[], k: number): boolean {
  for (let h = k + 1; h <= k + 3 && units[h]; h++) {
    const w = units[h];
    if (w.entity || isHead(w.lower)) return true;
    if (w.punct || !w.tags.has('Adjective')) return false;
  }
  return false;
}

/** "the last remaining X fighters", "suspected X militants": which of X's people, still X's. */
const WHICH_ONES = new Set(['last', 'remaining', 'suspected', 'alleged']);
const whichOnes = (units: Unit[], k: number) => {
  let n = k;
  while (n - k < 2 && units[n] && !units[n].entity && !units[n].punct && WHICH_ONES.has(units[n].lower)) n++;
  return n > k && !!units[n]?.entity;
};

/** "north of X", "southeast of X": where a thing lies, read apart from a descriptor. */
const COMPASS = new Set(COMPASS_POINTS);

/** People an act killed or hurt, counted by kind and named by no one: "16 civilians". */
const VICTIMS = new Set([
  'people',
  'civilians',
  'citizens',
  'residents',
  'children',
  'bystanders',
  'passers-by',
]);

/** "villages in X": the places of a region or city. */
const SETTLEMENTS = new Set(['villages', 'towns', 'cities', 'neighborhoods', 'neighbourhoods', 'districts']);

/** "facilities used by X", "bases operated by X". */
const USED = new Set(['used', 'operated', 'controlled', 'held', 'run', 'occupied', 'owned']);

/** "the leaders of X": a plural head of people before the "of" that names whose they are. */
const isPeopleOf = (units: Unit[], d: number) =>
  PEOPLE_HEADS.has(units[d - 2]?.lower ?? '') &&
  !!units[d - 2]?.tags.has('Plural') &&
  units[d]?.entity?.type !== 'Person';

/**
 * Where a descriptor opening at `k` ends: up to five words of kind, title or place ("company",
 * "Foreign Minister", "city of", "northern"), none punctuated; `k` itself when there is none.
 */
/**
 * Words for how a title is held that the tagger may read as a verb: "Acting Administrator X",
 * "said X, Acting Director of Y" (round 43). Only before a title's word, a modifier or a name.
 */
const TITLE_TENURES: ReadonlySet<string> = new Set(['acting', 'interim']);

/** Words of ownership that open a noun phrase: "its arch-foe", "their ally". */
const OWNER_WORDS: ReadonlySet<string> = new Set(['his', 'her', 'its', 'their', 'our', 'my', 'your']);

/** A tenure word at `k` opening a title ("Acting Under Secretary"), not a participle ("acting for X"). */
export function tenureBeforeTitle(units: Unit[], k: number): boolean {
  const [u, next] = [units[k], units[k + 1]];
  if (!isPlainWord(u) || !TITLE_TENURES.has(u.lower) || !next || next.punct) return false;
  return !!next.entity || isTitle(next) || isModifier(next) || next.tags.has('ProperNoun');
}

function pastDescriptor(units: Unit[], k: number): number {
  let d = k;
  while (d - k < 8 && units[d] && !units[d].entity && (d === k || !units[d - 1].punct)) {
    const u = units[d];
    // "the infrastructure supporting X" is no descriptor: a participle opens a clause ("the
    // long-ruling X" is one: a compound's "-ing" qualifies, as does one read as the name's
    // adjective: "neighbouring X", see units.ts)
    const tenure = tenureBeforeTitle(units, d);
    if (u.lower.endsWith('ing') && !u.tags.has('Hyphenated') && !u.tags.has(NAME_QUALIFIER) && !tenure) break;
    // "a market near X": "near" opens where the thing is, though the tagger may call it an adjective
    if (PLACE_PREPOSITIONS.has(u.lower)) break;
    const named = u.tags.has('ProperNoun');
    const kind = isModifier(u) || named || isTitle(u) || DIRECTIONS.has(u.lower) || tenure;
    // "activists north of X": a compass point and "of" say where they are, not whose
    if (u.lower === 'of' && COMPASS.has(units[d - 1]?.lower ?? '')) break;
    // "Minister of ⟦P⟧ and ⟦Q⟧ X": "and" inside a title's portfolio; not "and its
    // arch-foe X", where an owner word opens a second phrase of its own
    const portfolioAnd =
      u.lower === 'and' &&
      d > k &&
      !!units[d + 1] &&
      !units[d + 1].entity &&
      !OWNER_WORDS.has(units[d + 1].lower) &&
      (isModifier(units[d + 1]) || units[d + 1].tags.has('ProperNoun'));
    // "Director General for Political Affairs X": "for" before a portfolio's capitalised words
    const portfolioFor =
      u.lower === 'for' &&
      d > k &&
      !!units[d + 1] &&
      !units[d + 1].entity &&
      units[d + 1].tags.has('ProperNoun');
    if (!kind && !(u.lower === 'of' && d > k) && !portfolioAnd && !portfolioFor) break;
    d++;
  }
  return d > k && !units[d - 1].punct ? d : k;
}

/**
 * "seized the Chilean town of X": taking a country's town takes the country's ground, so the
 * country is an object too (a strike on "the Chilean city of X" hits X only).
 */
export function withCountriesOfTowns(units: Unit[], objects: Unit[]): Unit[] {
  const out = [...objects];
  for (const place of objects) {
    const p = units.indexOf(place);
    if (place.entity?.type === 'Location' && countryOfTownAt(units, p - 3) && !out.includes(units[p - 3]))
      out.push(units[p - 3]);
  }
  return out;
}

/** Units `k`… read "Chilean town(s) of" and a place after them. */
function countryOfTownAt(units: Unit[], k: number): boolean {
  const [country, head, of, place] = [units[k], units[k + 1], units[k + 2], units[k + 3]];
  if (country?.entity?.type !== 'Country' || country.possessive || country.punct) return false;
  const singular = head?.lower.replace(/ies$/, 'y').replace(/s$/, '') ?? '';
  if (!head || head.entity || head.punct || !PLACE_HEADS.has(singular)) return false;
  return of?.lower === 'of' && !of.punct && place?.entity?.type === 'Location';
}

/** Units `k`… read "port / town / city of" and a place: the place's index. */
function placeOfAt(units: Unit[], k: number): number | undefined {
  const [head, of, place] = [units[k], units[k + 1], units[k + 2]];
  const kind = !!head && !head.entity && !head.punct && PLACE_HEADS.has(head.lower);
  return kind && of?.lower === 'of' && !of.punct && place?.entity?.type === 'Location' ? k + 2 : undefined;
}

/** "his", "its" read as the person or body they stand for: in a phrase, only a determiner. */
const isOwnerPronoun = (u: Unit) =>
  !!u.entity && ['his', 'her', 'its', 'their'].includes(u.lower) && !!u.mention?.reason?.startsWith('coref:');

/** "his", "her", "their" before a person's title, resolved to someone or not. */
const OWNER_PRONOUNS = new Set(['his', 'her', 'their']);

/** "Deputy Prime Minister and Minister of Defence X": the person after a (compound) title. */
function titledPerson(units: Unit[], k: number): Unit | undefined {
  let d = k;
  const titleWord = (u: Unit) => isTitle(u) || u.tags.has('ProperNoun') || ['and', 'of'].includes(u.lower);
  while (d - k < 8 && units[d] && !units[d].entity && !units[d].punct && titleWord(units[d])) d++;
  return d > k && units[d]?.entity?.type === 'Person' ? units[d] : undefined;
}

/** Capitalised words right after a word that no entity covers: a name the entity step did not read. */
const unreadNameAfter = (units: Unit[], h: number): boolean =>
  !units[h].punct && !!units[h + 1]?.tags.has('ProperNoun') && !units[h + 1].entity && !isTime(units[h + 1]);

/**
 * "his Australian counterpart, Defence Minister X", "his counterpart at the talks, X", "his Russian
 * counterpart X": the person the apposition after "counterpart" (and a short phrase of where or in
 * what) names, or the name right after it.
 */
function counterpartNamed(units: Unit[], h: number): Unit | undefined {
  // "his Russian counterpart X": the name right after the noun
  if (!units[h].punct && units[h + 1]?.entity?.type === 'Person') return units[h + 1];
  let c = h;
  if (!units[c].punct && units[c + 1]?.tags.has('Preposition')) {
    c++;
    while (c - h < 8 && units[c] && !units[c].entity && !units[c].punct) c++;
    if (units[c]?.entity) return undefined;
  }
  if (units[c]?.punct !== ',') return undefined;
  const next = units[c + 1];
  const person = next?.entity?.type === 'Person' ? next : titledPerson(units, c + 1);
  // an apposition closes on the name: "…, X." / "…, X, said"; not "…, and X left"
  const closed = !!person && (!!person.punct || units.indexOf(person) === units.length - 1);
  return closed ? person : undefined;
}

/**
 * "the main Darfur rebel group, the Y.": a short descriptor (a region's name may qualify it)
 * closed by a comma, then a body's name that closes the phrase, or the apposition with a comma
 * ("a major rebel group, the Y (YA), on Monday", round 33); the name's index.
 */
function describedBody(units: Unit[], k: number): number | undefined {
  for (let j = k; j < units.length && j - k < 6; j++) {
    const u = units[j];
    const qualifier = u.entity ? u.entity.type === 'Location' && !u.possessive : !u.tags.has('Verb');
    if (!qualifier || (u.punct && u.punct !== ',')) return undefined;
    if (u.punct !== ',') continue;
    if (u.entity) return undefined;
    const the = units[j + 1]?.lower === 'the' ? 1 : 0;
    const name = units[j + 1 + the];
    if (name?.entity?.type !== 'Organization') return undefined;
    // "the Y (YA)": the name's acronym repeated in brackets closes the name
    const end = units[pastBracketedAcronym(units, j + 1 + the)];
    const punct = end.punct.replace(/^\)/, '');
    const closes = punct ? true : !units[units.indexOf(end) + 1];
    return closes ? j + 1 + the : undefined;
  }
  return undefined;
}

const QUANTITIES = new Set(
  'at least more than about nearly almost over some dozens hundreds thousands scores several many'.split(' '),
);
/** A number or quantity word at k; past the sentence's end (cut short: "A and.") there is none. */
const isQuantity = (units: Unit[], k: number): boolean =>
  !!units[k] &&
  (units[k].tags.has('Value') ||
    QUANTITIES.has(units[k].lower) ||
    (units[k].lower === 'of' && QUANTITIES.has(units[k - 1]?.lower ?? '')));

const isModifier = (u: Unit | undefined): boolean =>
  !!u &&
  !u.entity &&
  !u.tags.has('Date') &&
  (u.tags.has('Adjective') || u.tags.has('Noun')) &&
  !u.tags.has('Verb') &&
  !u.tags.has('ProperNoun');

/** "and the former opposition Y", "and the main rebel Y": up to three words that describe the body named next. */
function describedOrganization(units: Unit[], k: number): number | undefined {
  let j = k;
  while (j - k < 3 && isModifier(units[j]) && !units[j].punct) j++;
  return j > k && units[j]?.entity?.type === 'Organization' ? j : undefined;
}

/** Bodies and people a descriptor can name; a place after one is where, not who. */
const DESCRIBED_TYPES = new Set(['Organization', 'Person']);

/**
 * "German energy giant X", "Chilean oil company X": a country written by its demonym (or acronym)
 * on a descriptor of common words, right before a named body or person; that name's index. A
 * title or a target head is read apart: "Chilean Foreign Minister X" says whose minister X is,
 * and "a Chilean military base X" is Chile's.
 */
function demonymDescribes(units: Unit[], k: number): number | undefined {
  const first = units[k];
  const country = first?.entity;
  if (country?.type !== 'Country' || first.punct || first.possessive) return undefined;
  if (first.lower === country.name.toLowerCase()) return undefined;
  // "talks with Egyptian ⟦Y⟧": a demonym right on a named person says only whose the person is
  // (round 41; a country stands for its official only when none is named)
  if (units[k + 1]?.entity?.type === 'Person') return k + 1;
  return describedNameAfter(units, k);
}

/**
 * "X's second-largest lender Y", "X's telecom giant Y": an owner's possessive on a descriptor of
 * common words, right before a named body or person; the owner only says whose Y is. Titles are
 * read apart ("X's Foreign Minister Y", in `listRight`).
 */
function possessiveDescribes(units: Unit[], k: number): number | undefined {
  return units[k]?.possessive ? describedNameAfter(units, k) : undefined;
}

/** A descriptor of up to four common words after `k`, then a named body or person: its index. */
function describedNameAfter(units: Unit[], k: number): number | undefined {
  let d = k + 1;
  const word = (u: Unit | undefined) =>
    !!u &&
    !u.entity &&
    !u.punct &&
    !u.tags.has('Date') &&
    !u.tags.has('Verb') &&
    !u.tags.has('Preposition') &&
    !DETERMINERS.has(u.lower) &&
    !JOINS.has(u.lower) &&
    !isTitle(u) &&
    !isHead(u.lower) &&
    // "second-largest": the ordinal half of a hyphenated superlative; "so-called", "much-feared":
    // an adverb hyphened to the next word
    (u.tags.has('Noun') ||
      u.tags.has('Adjective') ||
      (u.tags.has('Ordinal') && u.tags.has('Hyphenated')) ||
      (u.tags.has('Adverb') && u.dash));
  while (d - k <= 4 && word(units[d])) d++;
  const named = units[d]?.entity;
  return d > k + 1 && named && DESCRIBED_TYPES.has(named.type) ? d : undefined;
}

/**
 * The owners of a list of possessives opening at the owner `j` ("A's and B's attacks"): the list's
 * items in text order, read back from its last item by `listedOwners` (round 43).
 */
export function ownersFrom(units: Unit[], j: number): Unit[] {
  let last = j;
  for (;;) {
    const [u, next, after] = [units[last], units[last + 1], units[last + 2]];
    if (!u?.entity || !u.possessive) break;
    const joined = !!next && !next.entity && !next.punct && JOINS.has(next.lower);
    const item = joined ? after : u.punct === ',' ? next : undefined;
    if (!item?.entity || !item.possessive) break;
    last = units.indexOf(item);
  }
  const owners = listedOwners(units, last);
  return owners[0] === units[j] ? owners : [units[j]];
}

/**
 * The owners of a list of possessives ending at the owner `j` ("A's and B's", "the A's, B's and
 * the C's"), in text order: every item carries the owner's mark, so each owns the noun after the
 * last (round 41). Only `j` itself when it is no such list's last item.
 */
export function listedOwners(units: Unit[], j: number): Unit[] {
  const owners = [units[j]];
  if (!units[j]?.entity || !units[j].possessive) return owners;
  let at = j;
  for (;;) {
    const the = units[at - 1] && !units[at - 1].entity && units[at - 1].lower === 'the' ? 1 : 0;
    const join = units[at - 1 - the];
    const joined = join && !join.entity && !join.punct && JOINS.has(join.lower);
    const k = joined ? at - 2 - the : at - 1 - the;
    const item = units[k];
    // "A's, B's and C's": an item before the join may close on a comma; one before a comma item must
    if (!item?.entity || !item.possessive || !(joined ? ['', ','] : [',']).includes(item.punct)) break;
    owners.unshift(item);
    at = k;
  }
  return owners;
}

/** "A of X": the person at the name of whose country or body `k` is, after "of". */
function personOf(units: Unit[], k: number): number | undefined {
  // "President A of the United States": past the country's article (round 32)
  const the = units[k - 1]?.lower === 'the' && !units[k - 1].entity ? 1 : 0;
  const [of, person] = [units[k - 1 - the], units[k - 2 - the]];
  if (units[k].entity?.type === 'Person' || of?.lower !== 'of' || of.punct) return undefined;
  return person?.entity?.type === 'Person' && !person.punct && !person.possessive ? k - 2 - the : undefined;
}

/** "Bureau of X (BX)": the unit at `k` repeats in brackets the name right before it. */
const sameBracketed = (units: Unit[], k: number): boolean =>
  !!units[k]?.entity &&
  units[k].punct.startsWith(')') &&
  !!units[k - 1]?.entity &&
  units[k - 1].entity!.id === units[k].entity!.id &&
  !units[k - 1].punct &&
  !units[k - 1].possessive;

/** The named actors of a list ending at unit `j` (a name), read leftwards; `at` is its first unit. */
export function listLeft(units: Unit[], j: number): { actors: Unit[]; at: number } {
  const actors = [units[j]];
  let at = j;
  let joined = false;
  for (;;) {
    // "A (ACR)": an acronym in brackets repeating the name before it is the same item (round 21)
    while (sameBracketed(units, at)) at--;
    let det = units[at - 1] && DETERMINERS.has(units[at - 1].lower) ? 1 : 0;
    // "Minister A and Secretary B", "A and Chilean Foreign Minister B", "A and her Chilean
    // counterpart B": a person's title, with its country and owner, before the name is passed
    if (!det && units[at].entity?.type === 'Person') {
      let t = at - 1;
      // "A and his Turkish counterpart, B, held talks": the counterpart's apposition
      const apposed = (u: Unit) => u === units[at - 1] && COUNTERPARTS.has(u.lower) && u.punct === ',';
      const qualifies = (u: Unit) =>
        (!u.punct || apposed(u)) &&
        (isOwnerPronoun(u) ||
          OWNER_PRONOUNS.has(u.lower) ||
          (u.entity ? u.entity.type === 'Country' : isTitle(u) || COUNTERPARTS.has(u.lower)));
      while (at - t <= 5 && units[t] && qualifies(units[t])) t--;
      if (t < at - 1 && units[t] && JOINS.has(units[t].lower)) det = at - 1 - t;
    }
    // "A and Lebanon's B traded fire": the owner's possessive before a body only says whose it is
    const owner = units[at - 1];
    if (
      !det &&
      owner?.entity &&
      owner.possessive &&
      !owner.punct &&
      units[at].entity?.type === 'Organization'
    )
      // "and the X's Y agency": a determiner may open the owner
      det = DETERMINERS.has(units[at - 2]?.lower ?? '') && !units[at - 2].entity ? 2 : 1;
    const prev = units[at - 1 - det];
    const before = units[at - 2 - det];
    // "A's and B's troops": a list of owners, each marked, owns the head together (round 41)
    const owners = !!before?.possessive && units[at].possessive && units[at].entity !== undefined;
    if (prev && JOINS.has(prev.lower) && !prev.entity && before?.entity && (!before.possessive || owners)) {
      // "President A of X and President B of Y met": the item is the person, not A's country
      const person = personOf(units, at - 2 - det);
      actors.unshift(person === undefined ? before : units[person]);
      at = person ?? at - 2 - det;
      joined = true;
    } else if (prev && JOINS.has(prev.lower) && !prev.entity && sidesHeadAt(units, at - 2 - det)) {
      // "X forces and Y troops attacked Z": the list goes on before the first name's acting head
      actors.unshift(units[at - 3 - det]);
      at = at - 3 - det;
      joined = true;
    } else if (
      prev &&
      JOINS.has(prev.lower) &&
      !prev.entity &&
      kindOfForce(units[at - 3 - det]) &&
      sidesHeadAt(units, at - 2 - det, 1)
    ) {
      // "X government forces and Y", "X security forces and Y": one word of kind before the head
      actors.unshift(units[at - 4 - det]);
      at = at - 4 - det;
      joined = true;
    } else if (
      joined &&
      prev?.entity &&
      [',', '),'].includes(prev.punct) &&
      (!prev.possessive || (units[at].possessive && !!units[at].entity))
    ) {
      actors.unshift(prev);
      at -= 1;
    } else break;
  }
  return { actors, at };
}

/**
 * "X forces and …", "X's army and …": an acting head at `h` (one word, no punctuation) right
 * after the name it stands for; a country's rebels or militants are not the country.
 */
function sidesHeadAt(units: Unit[], h: number, kind = 0): boolean {
  const head = units[h];
  const name = units[h - 1 - kind];
  if (!head || head.entity || head.punct || !AGENT_HEADS.has(head.lower)) return false;
  if (!name?.entity || name.punct) return false;
  return !(NON_STATE_HEADS.has(head.lower) && name.entity.type === 'Country');
}

/** The words of kind a country's armed force may carry before its head: "X security forces". */
const FORCE_KINDS = new Set([
  'government',
  'security',
  'military',
  'armed',
  'national',
  'special',
  'border',
  'regular',
]);
const kindOfForce = (u: Unit | undefined) => !!u && !u.entity && !u.punct && FORCE_KINDS.has(u.lower);

/**
 * "leaders of those organizations, A, B and C", "the top officials of the group, A and B": a
 * people noun (one adjective may precede it) with its "of" phrase, closed by a comma before a
 * person's name; that name's index. The "of" phrase names no person and holds no verb.
 */
function peopleNamedAt(units: Unit[], k: number): number | undefined {
  const head = PEOPLE_HEADS.has(units[k]?.lower ?? '') ? k : k + 1;
  if (!PEOPLE_HEADS.has(units[head]?.lower ?? '') || units[head].punct || units[head].entity)
    return undefined;
  if (head > k && (units[k].punct || !units[k].tags.has('Adjective'))) return undefined;
  if (units[head + 1]?.lower !== 'of' || units[head + 1].punct) return undefined;
  for (let m = head + 2; m < units.length && m - head <= 5; m++) {
    const u = units[m];
    if (u.tags.has('Verb') || u.entity?.type === 'Person') return undefined;
    if (u.punct === ',') return units[m + 1]?.entity?.type === 'Person' ? m + 1 : undefined;
    if (u.punct) return undefined;
  }
  return undefined;
}

/** Where people of a body are: "members of", "officials at", "staff from", "fighters with" it. */
const PEOPLE_OF_BODY = new Set(['of', 'at', 'from', 'with']);
const BODY_MEMBERS = new Set(['members', 'staff']);

/**
 * "members of the X council", "officials at the Y ministry", "fighters with the Z group": a plural
 * people noun, then "of/at/from/with" (and determiners) before a body's name; the name's index.
 * People "at", "from" or "with" a place are no body's, so only "of" reaches a country.
 */
function bodyOfPeopleAt(units: Unit[], k: number): number | undefined {
  const [head, prep] = [units[k], units[k + 1]];
  if (!head || head.entity) return undefined;
  // armed people too: "fighters with the Y group", "soldiers from the Y army"
  const people =
    PEOPLE_HEADS.has(head.lower) ||
    BODY_MEMBERS.has(head.lower) ||
    MEMBER_HEADS.has(head.lower) ||
    SERVING_HEADS.has(head.lower);
  if (!people || !head.tags.has('Plural') || head.punct || !prep || prep.punct) return undefined;
  if (!PEOPLE_OF_BODY.has(prep.lower)) return undefined;
  let d = k + 2;
  while (units[d] && !units[d].entity && !units[d].punct && DETERMINERS.has(units[d].lower)) d++;
  const type = units[d]?.entity?.type;
  const ok = type === 'Organization' || (type === 'Country' && prep.lower === 'of');
  return ok && !units[d].possessive ? d : undefined;
}

/** A state's own bodies, named through "of" its country: "the government of X", "the army of X". */
const STATE_BODIES = new Set(['government', 'army', 'military', 'forces', 'troops', 'regime', 'authorities']);

/**
 * "and the government of X", "and the army of X": a state's body "of" a country is the country;
 * the country's index.
 */
function stateBodyOfAt(units: Unit[], k: number): number | undefined {
  const [head, prep, name] = [units[k], units[k + 1], units[k + 2]];
  if (!head || head.entity || head.punct || !STATE_BODIES.has(head.lower)) return undefined;
  if (prep?.lower !== 'of' || prep.punct || prep.entity) return undefined;
  return name?.entity?.type === 'Country' && !name.possessive ? k + 2 : undefined;
}

/**
 * "X's Y Agency": the named body after an owner's possessive is the thing, its owner only says
 * whose it is ("X's Y ambassador" stays X's: there the body only qualifies the noun after it).
 */
function namesOwned(units: Unit[], k: number): boolean {
  const owned = units[k + 1];
  const ownedQualifies = !owned?.punct && !!units[k + 2]?.tags.has('Noun') && !units[k + 2]?.entity;
  return (
    !!units[k]?.possessive &&
    !!owned?.entity &&
    owned.entity.type !== 'Location' &&
    !owned.possessive &&
    !ownedQualifies
  );
}

/** Heads that name an official by office alone: "the head of X", "X's chief". */
const OFFICIAL_HEADS = new Set(['head', 'chief', 'leader', 'leadership']);

/**
 * "met with the head of X", "spoke with the President of X": a dealing with an official the text
 * does not name is a dealing with the country or body the title is of (not "the President of X,
 * Y": that names the person, whom `listRight` reads).
 */
export function officialOf(units: Unit[], k: number): Unit[] {
  while (units[k] && !units[k].entity && DETERMINERS.has(units[k].lower)) k++;
  let d = k;
  while (
    d - k < 4 &&
    isPlainWord(units[d]) &&
    (isTitle(units[d]) || OFFICIAL_HEADS.has(units[d].lower) || isModifier(units[d]))
  )
    d++;
  const titled = units.slice(k, d).some((u) => isTitle(u) || OFFICIAL_HEADS.has(u.lower));
  if (!titled || !isPlainWord(units[d]) || units[d].lower !== 'of') return [];
  const plural = PLURAL_TITLE.test(units[d - 1].lower);
  d++;
  while (isPlainWord(units[d]) && DETERMINERS.has(units[d].lower)) d++;
  const body = units[d];
  if (!body?.entity || body.possessive || !['Country', 'Organization'].includes(body.entity.type)) return [];
  // "met with the presidents of X and Y": a plural title is of each body listed (round 49)
  if (plural && !body.punct && units[d + 1]?.lower === 'and') return officialsOfEach(units, d);
  // "the head of the X-based company": X only qualifies what the title is of
  const next = units[d + 1];
  const qualifies =
    !body.punct &&
    !!next &&
    !next.entity &&
    (HYPHEN_MODIFIERS.has(next.lower) || (next.tags.has('Noun') && !PEOPLE_HEADS.has(next.lower)));
  // "the President of X, Y": the person named
  return qualifies || (body.punct === ',' && next?.entity?.type === 'Person') ? [] : [body];
}

/** A title in the plural: "presidents", "foreign ministers", "heads", "leaders". */
const PLURAL_TITLE = /[^s]s$/;

/** "the presidents of X and Y": each state or body the list from `d` names, when it names only such. */
function officialsOfEach(units: Unit[], d: number): Unit[] {
  const bodies = listRight(units, d);
  const each = bodies.every(
    (u) => !u.possessive && ['Country', 'Organization'].includes(u.entity?.type ?? ''),
  );
  return bodies.length > 1 && each ? bodies : [];
}

/**
 * "forces loyal to X and forces loyal to Y": a second side joined to the names of the first
 * (round 15; "loyal to X and to Y" is the list's repeated preposition, read by `listRight`).
 */
function nextSide(units: Unit[], named: Unit[]): Unit[] {
  const last = named[named.length - 1];
  const and = last ? units.indexOf(last) + 1 : -1;
  if (!last || last.punct || units[and]?.lower !== 'and' || units[and].punct) return [];
  return sideNameAt(units, and + 1) !== undefined ? listRight(units, and + 1) : [];
}

/**
 * "President of X Y", "former Prime Minister of the Republic of X Y", "President of the X and
 * Commander-in-Chief Y": a title of a country or body, with no comma, before a person's name names
 * the person (the body only says what the title is of); the person's index.
 */
function titleHolderAt(units: Unit[], k: number): number | undefined {
  let d = k;
  // "Acting Under Secretary of …": a tenure word may open the title (round 43)
  const opensTitle = (j: number) => isTitle(units[j]) || isModifier(units[j]) || tenureBeforeTitle(units, j);
  while (d - k < 5 && isPlainWord(units[d]) && opensTitle(d)) d++;
  if (!units.slice(k, d).some(isTitle) || !isPlainWord(units[d]) || units[d].lower !== 'of') return undefined;
  d++;
  while (isPlainWord(units[d]) && DETERMINERS.has(units[d].lower)) d++;
  const body = units[d]?.entity;
  if (!body || body.type === 'Person' || units[d].possessive) return undefined;
  // "the X Agency (XA) Y": the body's acronym repeated in brackets
  if (pastBracketedAcronym(units, d) > d) d++;
  else if (units[d].punct) return undefined;
  const next = units[d + 1];
  if (next?.entity?.type === 'Person') return d + 1;
  // "Under Secretary of the Treasury for Terrorism and Financial Intelligence Y": the title's
  // portfolio after its body, then the holder's name (round 43)
  const portfolioHolder = longPortfolioHolder(units, d + 1);
  if (portfolioHolder !== undefined) return portfolioHolder;
  if (next?.lower !== 'and' || next.punct) return undefined;
  // "and Commander-in-Chief Y": a second title of the same person, dashed words and all
  let t = d + 2;
  const titleWord = (u: Unit) => isTitle(u) || u.tags.has('ProperNoun') || u.dash || units[t - 1].dash;
  while (t - d < 8 && isPlainWord(units[t]) && titleWord(units[t])) t++;
  const titled = units.slice(d + 2, t).some(isTitle);
  return titled && units[t]?.entity?.type === 'Person' && !units[t].possessive ? t : undefined;
}

/**
 * "the X Agency (XA)", "Republic of X (ROX)": a name whose acronym follows it in brackets; the
 * index of the acronym's unit (the bracket closes on it), or `k` when none follows.
 */
function pastBracketedAcronym(units: Unit[], k: number): number {
  const [name, acronym] = [units[k], units[k + 1]];
  const repeated = !!name?.entity && !name.punct && acronym?.entity?.id === name.entity.id;
  return repeated && acronym.punct === ')' ? k + 1 : k;
}

/** "X as well as Y": three words that join a list as "and" does; the index after them. */
function pastAsWellAs(units: Unit[], k: number): number | undefined {
  const [as, well, as2] = [units[k], units[k + 1], units[k + 2]];
  const bare = (u: Unit | undefined, w: string) => u?.lower === w && !u.punct && !u.entity;
  return bare(as, 'as') && bare(well, 'well') && bare(as2, 'as') ? k + 3 : undefined;
}

/** How many words a title after a demonym may hold: "American chief negotiator". */
const DEMONYM_TITLE_SPAN = 4;

/**
 * "American chief negotiator, X,": a country's demonym on a title that closes on a comma, and the
 * person the apposition names; where that person stands, or undefined.
 */
function demonymTitleApposition(units: Unit[], k: number): number | undefined {
  const first = units[k];
  if (first.entity?.type !== 'Country' || first.punct || first.lower === first.entity.name.toLowerCase())
    return undefined;
  let c = k + 1;
  while (c - k <= DEMONYM_TITLE_SPAN && units[c] && !units[c].entity && !units[c].punct && !isVerb(units[c]))
    c++;
  const closing = units[c];
  if (!closing || closing.entity || closing.punct !== ',' || isVerb(closing)) return undefined;
  if (!units.slice(k + 1, c + 1).some((u) => isTitle(u))) return undefined;
  return units[c + 1]?.entity?.type === 'Person' ? c + 1 : undefined;
}

/** "Mr", "Mrs.": an honorific, with or without its full stop. */
const isHonorific = (u: Unit | undefined): boolean =>
  !!u && !u.entity && (HONORIFICS.has(u.lower) || HONORIFICS.has(`${u.lower}.`));

/**
 * "the Trade Minister of the Kingdom of X, Prince Y", "the Premier of the Republic of X, Y": a
 * title's "of" followed by an article and the owner's name, set off by a comma before the person
 * who holds the title (round 39; without the article, listRight's descriptor reading below).
 */
function holderPastArticledOwner(units: Unit[], k: number): Unit[] | undefined {
  const d = pastDescriptor(units, k);
  if (d <= k || units[d - 1].lower !== 'of' || units[d]?.lower !== 'the' || units[d].entity) return undefined;
  if (!units.slice(k, d).some((u) => isTitle(u))) return undefined;
  const e = units[d + 1]?.entity ? d + 1 : pastDescriptor(units, d + 1);
  const owner = units[e];
  if (e <= d || !owner?.entity || owner.possessive || stoplessAfter(owner) !== ',') return undefined;
  // "the leaders of the X Region, President Y, and Prime Minister Z": a plural title's holders
  if (units.slice(k, d).some((u) => isTitle(u) && u.tags.has('Plural'))) {
    const holders = listRight(units, e + 1);
    return holders.length > 1 && holders.every((u) => u.entity?.type === 'Person') ? holders : undefined;
  }
  if (units[e + 1]?.entity?.type === 'Person') return [units[e + 1]];
  const ranked = rankedHolderAfter(units, e + 1);
  return ranked ? [ranked] : undefined;
}

/**
 * The person named at `k` past one or two words of rank or honorific ("Prince Y", "General Y",
 * "Crown Prince Y"), closed as an apposition closes (punctuation or the sentence's end), or none.
 */
function rankedHolderAfter(units: Unit[], k: number): Unit | undefined {
  let j = k;
  while (
    j - k < 2 &&
    units[j] &&
    !units[j].entity &&
    !units[j].punct &&
    (isTitle(units[j]) || isHonorific(units[j]))
  )
    j++;
  const person = units[j];
  if (j === k || person?.entity?.type !== 'Person' || person.possessive) return undefined;
  return stoplessAfter(person) || !units[j + 1] ? person : undefined;
}

/** Prepositions a list may repeat before each item: "met with A, with B and with C". */
const REPEATED_OPENERS = new Set(['with', 'to', 'on', 'against']);

/** "the visiting Pakistani Prime Minister X": words of a holder's occasion before the title or name. */
const HOLDER_QUALIFIERS = new Set(['visiting', 'outgoing', 'incoming']);
/** The tenure of counted people before their demonym: "two current or former Xian officials". */
const TENURES = new Set(['current', 'former', 'serving', 'retired', 'or', 'and']);

/** Words before an owner's title that leave it a title: "X's new envoy", "X's former minister". */
const OWNED_TITLE_QUALIFIERS = new Set([...HOLDER_QUALIFIERS, 'new', 'former', 'acting', 'top', 'then']);

/** How many words a title's portfolio may hold: "for Regional Development and Infrastructure". */
const PORTFOLIO_SPAN = 6;

/**
 * "X's Commissioner for Human Rights Y", "X's Minister of Regional Development and Public Works,
 * Y": a portfolio of capitalised words after "of" / "for" at `n`, closing on the person named
 * (round 27); the person's index, else undefined.
 */
function longPortfolioHolder(units: Unit[], n: number): number | undefined {
  const word = (u: Unit | undefined): u is Unit => !!u && !u.entity;
  if (!word(units[n]) || units[n].punct || !['of', 'for'].includes(units[n].lower)) return undefined;
  let p = n + 1;
  const inPortfolio = (u: Unit) => u.tags.has('ProperNoun') || ['and', 'of', 'for'].includes(u.lower);
  while (p - n <= PORTFOLIO_SPAN && word(units[p]) && !units[p].punct && inPortfolio(units[p])) p++;
  // the portfolio's last word may close on a comma before the name
  if (word(units[p]) && units[p].punct === ',' && units[p].tags.has('ProperNoun')) p++;
  if (p <= n + 1 || !units[p - 1].tags.has('ProperNoun')) return undefined;
  return units[p]?.entity?.type === 'Person' && !units[p].possessive ? p : undefined;
}

/**
 * After the owner's possessive at `k`: the person an owned title names, with the title's own "of"
 * portfolio and a comma before the name ("X's President Y", "X's new Secretary of State, Y"); the
 * person's index.
 */
function ownersTitleHolder(units: Unit[], k: number): number | undefined {
  const word = (u: Unit | undefined): u is Unit => !!u && !u.entity;
  let n = k + 1;
  while (word(units[n]) && !units[n].punct && OWNED_TITLE_QUALIFIERS.has(units[n].lower)) n++;
  const titleAt = n;
  while (word(units[n]) && isTitle(units[n]) && !units[n].punct) n++;
  const portfolio = units[n + 1];
  const holder = longPortfolioHolder(units, n);
  if (n > titleAt && holder !== undefined) return holder;
  if (
    n > titleAt &&
    word(units[n]) &&
    units[n].lower === 'of' &&
    word(portfolio) &&
    portfolio.tags.has('ProperNoun')
  )
    // "Secretary of State": the title's own portfolio after "of", up to the name or its comma
    n = portfolio.punct && portfolio.punct !== ',' ? n : n + 2;
  // "X's envoy, Y": the title's last word closes on the comma before the name
  else if (word(units[n]) && isTitle(units[n]) && units[n].punct === ',') n++;
  if (n === titleAt) return undefined;
  return units[n]?.entity?.type === 'Person' ? n : undefined;
}

/** Words between an owner and its ally noun: "closest", "key", "treaty", "longtime". */
const ALLY_QUALIFIERS = new Set(
  'close closest key staunch longtime long-time strong strongest important main major strategic treaty regional trusted steadfast loyal best oldest'.split(
    ' ',
  ),
);

/**
 * After the owner's possessive at `k` ("X's", or "our" read as the speaker): up to three qualifiers
 * and an alliance's name ("NATO"), then "ally" or "allies" and the name of the ally, after no
 * punctuation or a comma; the ally's index.
 */
function ownedAllyHolder(units: Unit[], k: number): number | undefined {
  let n = k + 1;
  while (
    n - k <= 3 &&
    units[n] &&
    !units[n].punct &&
    ((!units[n].entity && ALLY_QUALIFIERS.has(units[n].lower)) ||
      (units[n].entity?.type === 'Organization' && !units[n].possessive))
  )
    n++;
  const noun = units[n];
  if (!noun || noun.entity || !ALLY_NOUNS.has(noun.lower) || (noun.punct && noun.punct !== ','))
    return undefined;
  return namedAlly(units[n + 1]) ? n + 1 : undefined;
}

/** A name that may stand as an ally after its role noun: no owner's possessive, no place. */
const namedAlly = (u: Unit | undefined): boolean =>
  !!u?.entity && !u.possessive && u.entity.type !== 'Location';

/** The body at `k` only qualifies the partner noun right after it ("NATO ally", "EU partners"). */
const alliesOf = (units: Unit[], k: number): boolean =>
  units[k].entity?.type === 'Organization' &&
  !units[k].possessive &&
  !units[k].punct &&
  ALLY_OR_PARTNER_NOUNS.has(units[k + 1]?.lower ?? '') &&
  !units[k + 1].entity;

/** "two former Y employees, B and C" from `k`: the names a counted group's apposition lists, or none. */
function countedGroupNames(units: Unit[], k: number): Unit[] {
  const named = listRight(units, k);
  const last = named.length ? units.indexOf(named[named.length - 1]) : -1;
  const apposed = units.slice(k, last).some((u, n) => opensApposition(u) && isGroupHead(units, k + n));
  return apposed ? named : [];
}

/** Nouns of a person's nationality: "an X national", "X citizen". */
const NATIONALS = new Set(['national', 'citizen', 'businessman', 'businesswoman', 'resident']);

/**
 * "X national, Y": a country's name, a noun of nationality and a comma, then a person's name. The
 * demonym may have been left out of the relations (relations/peoples-demonyms.ts), so a
 * capitalised word that names nothing stands for it too.
 */
function nationalityBefore(units: Unit[], k: number): boolean {
  const country = units[k];
  const noun = units[k + 1];
  const demonym =
    !!country && (country.entity?.type === 'Country' || (!country.entity && country.tags.has('ProperNoun')));
  return (
    demonym &&
    !country.punct &&
    !country.possessive &&
    !!noun &&
    !noun.entity &&
    NATIONALS.has(noun.lower) &&
    noun.punct === ',' &&
    units[k + 2]?.entity?.type === 'Person'
  );
}

/**
 * "two Xian government officials, A (A) and B (B), for …": counted people of a demonym, closed by a
 * comma, whose apposition opens on a person's name followed by "and" (the rest of the list unread):
 * that person. The count may carry a tenure ("five current or former Xian officials").
 */
function loneApposedPerson(units: Unit[], k: number, h: number): Unit | undefined {
  if (
    !PEOPLE_HEADS.has(units[h].lower) ||
    (stoplessAfter(units[h]) !== ',' && !(units[h].dash && !units[h].punct))
  )
    return undefined;
  let c = k - 1;
  while (c >= 0 && !units[c].entity && !units[c].punct && TENURES.has(units[c].lower)) c--;
  if (c < 0 || !isQuantity(units, c) || units[c].lower === 'one') return undefined;
  const person = units[h + 1];
  if (person?.entity?.type !== 'Person') return undefined;
  // "A (A)": the name repeated in brackets
  const repeated = person.punct ? undefined : bracketRepeatAfter(units, h + 1);
  const e = repeated === undefined ? h + 1 : h + 2;
  const punct = repeated ?? stoplessAfter(units[e]).replace(/^\)/, '');
  const and = punct === '' ? units[e + 1] : punct === ',' ? units[e + 1] : undefined;
  return and?.lower === 'and' && !and.entity ? person : undefined;
}

/**
 * The names after "by" that act: "by Y's X militia" gives the named group on the head, not the
 * country that owns it (round 34: written once for passives' agents and act nouns' "by").
 */
export function byNamesRight(units: Unit[], k: number): Unit[] {
  const listed = listRight(units, k);
  const owned = listed.length === 1 && listed[0].possessive ? units[units.indexOf(listed[0]) + 1] : undefined;
  if (owned?.entity && !owned.punct && owned.entity.type === 'Organization')
    return listRight(units, units.indexOf(owned));
  return listed;
}

/** A name at `k`, or after one article there: what "both" may open ("both X", "both the X"). */
function namedNext(units: Unit[], k: number): boolean {
  const u = units[k];
  if (u?.entity) return true;
  return !!u && !u.punct && ['the', 'a', 'an'].includes(u.lower) && !!units[k + 1]?.entity;
}

/**
 * The named things of a phrase opening at unit `k`, read rightwards: names joined by commas,
 * "and", "or"; "X's forces" or "Houthi positions" (a name on a target head noun) give the name;
 * a common noun followed by "including X and Y" gives the list. A place is never read through
 * "in/at/near": that is where an act happened, and the caller never starts there.
 */
export function listRight(units: Unit[], k: number, openerAt = k - 1): Unit[] {
  // "A, the president of X; B, a commander; and C": items closed by semicolons (round 49)
  return withSemicolonItems(units, namedRight(units, k, openerAt), listRight);
}

/** The named things of the phrase at `k`, up to the first semicolon (see `listRight`). */
function namedRight(units: Unit[], k: number, openerAt = k - 1): Unit[] {
  const opener = units[openerAt];
  const repeats =
    !!opener && !opener.entity && !opener.punct && REPEATED_OPENERS.has(opener.lower) ? opener.lower : '';
  // "the", "at least 50", "dozens of": determiners and quantities before the phrase; "both" before
  // a list of names ("appealed to both X and Y", "called for both the X and the Y to …").
  while (
    units[k] &&
    (isOwnerPronoun(units[k]) ||
      (units[k].lower === 'both' && !units[k].entity && !units[k].punct && namedNext(units, k + 1)) ||
      (!units[k].entity && (DETERMINERS.has(units[k].lower) || isQuantity(units, k))) ||
      (!units[k].entity && !units[k].punct && HOLDER_QUALIFIERS.has(units[k].lower)) ||
      whichOnes(units, k))
  )
    k++;
  // "five current or former Xian officials": the tenure of counted people before their name (round 30)
  if (k > 0 && isQuantity(units, k - 1)) {
    let t = k;
    while (units[t] && !units[t].entity && !units[t].punct && TENURES.has(units[t].lower)) t++;
    if (t > k && units[t]?.entity && units[t - 1].lower !== 'or' && units[t - 1].lower !== 'and') k = t;
  }
  // "urged Mr. X to …": an honorific the recogniser leaves outside the name
  if (isHonorific(units[k]) && units[k + 1]?.entity) k++;
  // "the Chilean town of X": a descriptor too; the place is what is named (see withCountriesOfTowns).
  if (countryOfTownAt(units, k)) return listRight(units, k + 3);
  const holder = titleHolderAt(units, k);
  if (holder !== undefined) return listRight(units, holder, openerAt);
  // "the Trade Minister of the Kingdom of X, Prince Y": the holder after an owner with its article
  const articled = holderPastArticledOwner(units, k);
  if (articled) return articled;
  // "the telecommunications company X", "the city of X", "Foreign Minister X": a descriptor.
  const d = pastDescriptor(units, k);
  if (d > k && units[d]?.entity) {
    // "the President of X, Y": a role of X names the person Y, not X; so does "his counterpart
    // of (from) X, Y", the other side's holder of the same office.
    const counterpart = units.slice(k, d).some((u) => COUNTERPARTS.has(u.lower));
    const ofOwner = units[d - 1].lower === 'of' || (counterpart && units[d - 1].lower === 'from');
    if (ofOwner && (counterpart || units.slice(k, d).some((u) => isTitle(u)))) {
      const person = units[d + 1];
      if (units[d].punct === ',' && person?.entity?.type === 'Person') return [person];
      // "the Trade Minister of the Kingdom of X, Prince Y", "the head of X's army, General Y":
      // the holder's own rank or honorific between the comma and the name (round 39)
      const ranked = units[d].punct === ',' ? rankedHolderAfter(units, d + 1) : undefined;
      if (ranked) return [ranked];
      // "the Minister of Foreign Affairs of X Y": the holder's name may follow with no comma
      if (
        !units[d].punct &&
        !units[d].possessive &&
        person?.entity?.type === 'Person' &&
        units[d].entity?.type !== 'Person'
      )
        return [person];
      // "urged the leaders of X and Y to …": people of X, none named, are asked for X
      return isPeopleOf(units, d) ? listRight(units, d) : [];
    }
    k = d;
  }
  // "with the Xian Government of National Unity": a demonym on a body's name qualifies the body
  if (demonymOnBody(units, k)) k++;
  const first = units[k];
  if (!first) return [];
  // "X national, Y", "an X citizen, Y": the person the nationality describes
  if (nationalityBefore(units, k)) return listRight(units, k + 2, openerAt);
  if (!first.entity) {
    // "troops loyal to X", "soldiers who back his former deputy, X": the side's name.
    const side = sideNameAt(units, k);
    if (side !== undefined) {
      const named = listRight(units, side);
      const person = named.length ? undefined : appositionAt(units, side);
      return person ? [person] : [...named, ...nextSide(units, named)];
    }
    // "the (respective) leaders of those groups, A, B and C": the people an apposition names.
    const people = peopleNamedAt(units, k);
    if (people !== undefined) return listRight(units, people);
    // "representatives of the X government and Y": people of whom the phrase after "of" names
    if (
      isPeopleOf(units, k + 2) &&
      !first.punct &&
      units[k + 1].lower === 'of' &&
      DETERMINERS.has(units[k + 2]?.lower ?? '')
    )
      return listRight(units, k + 2);
    // "members of the X council", "officials at the Y ministry": people of a body, none named
    // "positions of the rebel group X": what a body holds, named through "of" (./target-of-body.ts)
    const body = bodyOfPeopleAt(units, k) ?? bodyOfTargetAt(units, k);
    if (body !== undefined) return listRight(units, body, openerAt);
    let j = k;
    while (
      units[j] &&
      !units[j].entity &&
      (!units[j].tags.has('Verb') || isGroupHead(units, j)) &&
      j - k < 4
    ) {
      // "armed groups, including X and Y", "officials including X", "four towns including X"
      const listing =
        units[j].punct === ',' ||
        (!units[j].punct && (PEOPLE_HEADS.has(units[j].lower) || SETTLEMENTS.has(units[j].lower)));
      if (LIST_OPENERS.has(units[j + 1]?.lower ?? '') && listing) return listRight(units, j + 2);
      // "several villages in X": a region or city whose places were hit (not a country: "sites in
      // Syria" names where, not whom)
      const place = units[j + 2];
      if (!units[j].punct && SETTLEMENTS.has(units[j].lower) && units[j + 1]?.lower === 'in')
        return place?.entity?.type === 'Location' && !place.possessive ? [place] : [];
      // "facilities used by X": the target is X's
      if (!units[j].punct && USED.has(units[j + 1]?.lower ?? '') && units[j + 2]?.lower === 'by')
        return listRight(units, j + 3);
      // "16 civilians, and two X soldiers": victims counted by kind, then the list goes on
      const join = units[j].punct === ',' || !units[j].punct ? units[j + 1] : undefined;
      if (VICTIMS.has(units[j].lower) && join?.lower === 'and' && !join.punct) return listRight(units, j + 2);
      // "two agencies – the X and the Y –", "the leaders of three groups: A, B and C": the names
      // the group's apposition lists (its words hold no preposition but "of")
      const within = units.slice(k, j).every((u) => u.lower === 'of' || !u.tags.has('Preposition'));
      const apposed = within && opensApposition(units[j]) ? apposedNames(units, j, listRight) : [];
      if (apposed.length) return apposed;
      // "with their Gulf neighbour, X": the one name a singular noun's apposition gives (round 39)
      const one = within ? apposedName(units, j, listRight) : [];
      if (one.length) return one;
      if (units[j].punct) break;
      j++;
    }
    return [];
  }
  // "X's Y Agency": the named body is the thing, its owner only says whose it is ("X's Y
  // ambassador" stays X's: there the body only qualifies the noun after it).
  if (namesOwned(units, k)) return listRight(units, k + 1);
  // "X's NATO ally Y", "our closest ally, Y" ("our" read as someone by the coreference step): the
  // ally the owner's role noun names (round 30)
  if (first.possessive || SIDE_PRONOUNS.has(first.lower)) {
    const ally = ownedAllyHolder(units, k);
    if (ally !== undefined) return listRight(units, ally);
    // "its NATO ally, the capital", "its EU partners": allies the frames take no name for
    if (alliesOf(units, k + 1)) return [];
  }
  // "X backs its NATO ally Y": an owner word the coreference step left unread stands before the
  // alliance, which only says whose ally Y is; the ally is what is acted on (round 44, fresh news)
  const owner = units[k - 1];
  if (owner && !owner.entity && !owner.punct && SIDE_PRONOUNS.has(owner.lower) && alliesOf(units, k)) {
    return namedAlly(units[k + 2]) ? listRight(units, k + 2) : [];
  }
  if (first.possessive) {
    // "X's President Y", "X's new Secretary of State, Y": a title the owner gives names the person.
    const named = ownersTitleHolder(units, k);
    if (named !== undefined) return listRight(units, named);
    // "X's Minister of Foreign Affairs and Emigrants Y": a compound title with its portfolio names
    // Y; when the entity step did not read Y, the person still stands there, not X (round 27)
    const holder = titledHolderAfter(units, k + 1);
    if (holder && 'person' in holder) return listRight(units, holder.person);
    if (holder) return [];
    const described = possessiveDescribes(units, k);
    if (described !== undefined) return listRight(units, described);
    // "X's forces and government troops": the list goes on after the owned head.
    const head = units[k + 1];
    const joined =
      !!head && !head.entity && !head.punct && isHead(head.lower) && JOINS.has(units[k + 2]?.lower ?? '');
    return joined ? [first, ...listRight(units, k + 3)] : [first];
  }
  // "the Iran-backed X militia": the phrase is about X.
  if (HYPHEN_MODIFIERS.has(units[k + 1]?.lower ?? '') && !first.punct) return listRight(units, k + 2);
  // "German energy giant X", "a Chilean businessman, X": a country's demonym on a descriptor
  // qualifies the body or person the descriptor names.
  const qualified = demonymDescribes(units, k);
  if (qualified !== undefined) return listRight(units, qualified);
  // "the Japanese Minister of Defense X": the name is X; the first only qualifies the title (its
  // acronym in brackets too: "Republic of X (ROX) Foreign Minister Y", round 16).
  // Not a place after "near" the tagger calls an adjective: "10 X fighters near Y" names X's
  // fighters, with Y where they were ("fighters" is a title word to the tagger).
  const named = pastBracketedAcronym(units, k);
  const titled = pastDescriptor(units, named + 1);
  if (
    (named > k || !first.punct) &&
    titled > named + 1 &&
    units[titled]?.entity &&
    units.slice(named + 1, titled).some((u) => isTitle(u)) &&
    !units.slice(named + 1, titled).some((u) => PLACE_PREPOSITIONS.has(u.lower))
  )
    return listRight(units, titled);
  // "the Xian Minister of Foreign Affairs and Emigrants Y", Y unread by the entity step: the
  // title names a person, not the demonym's country (round 27)
  if (
    first.entity?.type === 'Country' &&
    isDemonymWord(first.lower) &&
    !first.punct &&
    titledHolderAfter(units, k + 1)
  )
    return [];
  // "the American chief negotiator, X, and …": a demonym's title whose apposition names the person
  const appositive = demonymTitleApposition(units, k);
  if (appositive !== undefined) return listRight(units, appositive);
  // "a joint X-Yian patrol": two countries dashed on one head are both its owners (round 46)
  if (dashedStatesOnHead(units, k)) return [first, ...listRight(units, k + 1)];
  // "Gamboru village", "Nawa district": a place named with its kind after it is the place (round 46)
  const kindAfter = placeKindAfter(units, k);
  if (kindAfter !== undefined) {
    const join = units[kindAfter + 1];
    const more = !units[kindAfter].punct && !!join && !join.punct && JOINS.has(join.lower);
    return more ? [first, ...listRight(units, kindAfter + 2)] : [first];
  }
  // "Houthi targets", "Houthi militant targets": a name on a compound whose head is a target.
  let h = k + 1;
  // A country written by its demonym qualifies the noun phrase after it, adjectives and all:
  // "a Chilean private military company" is a company, not Chile (a head still stands for it:
  // "Chilean armed forces").
  const demonym =
    first.entity?.type === 'Country' &&
    !first.mention?.reason.startsWith('coref:') &&
    first.lower !== first.entity.name.toLowerCase();
  const headLike = (u: Unit | undefined) =>
    !!u &&
    !u.entity &&
    (isHead(u.lower) || ((u.tags.has('Noun') || (demonym && u.tags.has('Adjective'))) && isModifier(u)));
  // "Acme Corp. employees": the full stop of a name's abbreviation closes nothing
  const open = (u: Unit) =>
    !u.punct || (u === first && u.punct === '.' && !!first.entity?.name.endsWith('.'));
  while (h - k <= 3 && headLike(units[h]) && open(units[h - 1])) {
    // "a Chilean military company": after a demonym, a head word inside the compound is no head
    const after = units[h + 1];
    const inner =
      demonym &&
      !units[h].punct &&
      !!after?.tags.has('Noun') &&
      !after.tags.has('Pronoun') &&
      isModifier(after);
    if (isHead(units[h].lower) && !inner) {
      // "three Chilean officials, A, B and C": the names the group's apposition lists, besides
      const apposed = apposedNames(units, h, listRight);
      // "Syrian rebels", "Pakistani militants": a country's armed opponents are not the country.
      if (NON_STATE_HEADS.has(units[h].lower) && first.entity?.type === 'Country') return apposed;
      // "his Australian counterpart, Defence Minister X": the person the apposition names.
      const person = COUNTERPARTS.has(units[h].lower) ? counterpartNamed(units, h) : undefined;
      if (person) return [person];
      // "his Chinese counterpart Qin Gang", the name unread by the entity step: a person, not the state
      if (COUNTERPARTS.has(units[h].lower) && unreadNameAfter(units, h)) return [];
      // "X officials, including leader Y": the list names some of them too.
      const listed = ['', ','].includes(units[h].punct) && LIST_OPENERS.has(units[h + 1]?.lower ?? '');
      // "Kenyan troops and Somali forces": the list goes on after the head.
      const joined = !units[h].punct && JOINS.has(units[h + 1]?.lower ?? '');
      // "three Xian soldiers and a / two Yian police officers": past the next item's article or count
      let next = h + 2;
      while (
        joined &&
        next - h < 4 &&
        units[next] &&
        !units[next].entity &&
        !units[next].punct &&
        (DETERMINERS.has(units[next].lower) || units[next].tags.has('Value'))
      )
        next++;
      // "four Chilean officials, A, B and C", "seven Chilean officials, including A" (round 26): a
      // country's people named right after them are the side, not the country they serve
      const named = listed ? listRight(units, next) : apposed;
      if (
        !joined &&
        PEOPLE_HEADS.has(units[h].lower) &&
        named.length &&
        named.every((u) => u.entity?.type === 'Person')
      )
        return named;
      // "two Xian officials, A (A) and B, for …", B unread by the entity step: the counted people
      // are the names their apposition opens on, never the demonym's country (round 30)
      const lone = !listed && !joined && !named.length ? loneApposedPerson(units, k, h) : undefined;
      if (lone) return [lone];
      return listed || joined ? [first, ...listRight(units, next)] : [first, ...apposed];
    }
    h++;
  }
  // "two Chilean engineers, A and B": a demonym's compound is not the country, its names are read
  if (h > k + 1) return apposedNames(units, h - 1, listRight);
  // "two Chilean engineers, A and B", the head read as a verb: the country, and the names
  const apposed = demonym ? apposedNames(units, k + 1, listRight) : [];
  if (apposed.length) return [first, ...apposed];
  const out = [first];
  // Where the items joined by a comma alone begin, after the last "and"/"or": "sanctions on X, Y
  // news agency reported" ends at X; a list of names closes with a conjunction ("X, Y and Z").
  let commaOnlyFrom = -1;
  /** An "and" with no comma before it has joined two items ("X and Y"). */
  let closedByAnd = false;
  let at = k;
  for (;;) {
    // "Prime Minister X of Y and President Z of W": a person's "of Y" belongs to the person.
    const of = units[at].entity?.type === 'Person' && !units[at].punct && units[at + 1]?.lower === 'of';
    let tail = of && units[at + 2]?.entity && !units[at + 1].punct ? at + 2 : at;
    // "X (XA) and Y": the name repeated in brackets closes the item
    const repeat = units[tail + 1];
    const bracketed =
      !stoplessAfter(units[tail]) && !!repeat?.entity && repeat.entity.id === units[tail].entity?.id;
    if (bracketed && /^\)/.test(repeat.punct)) tail++;
    const u = units[tail];
    // "Acme Ltd. and Borg Inc.": the full stop of a name's abbreviation is the name's own
    const punct = stoplessAfter(u, bracketed ? u.punct.replace(/^\)/, '') : u.punct);
    let next = tail + 1;
    // "X, including Y and Z": the list goes on with what X includes.
    if (punct === ',' && LIST_OPENERS.has(units[next]?.lower ?? '')) {
      // "condemned the strikes on Gaza, including A, B and C": a state or a place that spans no
      // states includes no state; the list names the sentence's other plural (round 35)
      if (includesNoState(u, units[next + 1])) break;
      return [...out, ...listRight(units, next + 1)];
    }
    // "A, the sister of the president, and B": past the item's apposition to the "and"
    const close = asideClose(units, tail, punct);
    const aside = close !== undefined && JOINS.has(units[close + 1]?.lower ?? '');
    if (aside) next = close + 1;
    const wellAs = pastAsWellAs(units, next);
    const joined = (!!units[next] && JOINS.has(units[next].lower)) || wellAs !== undefined;
    if (joined) next = wellAs ?? next + 1;
    if (!punct && !joined) break;
    if (punct && punct !== ',') break;
    // "with A, with B and with C": the list's own preposition before each item
    if (repeats && units[next]?.lower === repeats && !units[next].punct && !units[next].entity) next++;
    while (units[next] && !units[next].entity && DETERMINERS.has(units[next].lower)) next++;
    // "A and the leaders of the X Region, President B, and Prime Minister C": the holders (round 39)
    const holders = joined && !units[next]?.entity ? holderPastArticledOwner(units, next) : undefined;
    if (holders) return [...out, ...holders];
    // "and President of X Y", "with officials at the Y ministry"
    next = titleHolderAt(units, next) ?? bodyOfPeopleAt(units, next) ?? stateBodyOfAt(units, next) ?? next;
    // "X and President Z", "X and Palestinian President Z": a title (and the name it qualifies)
    // before the next person.
    const qualifier =
      units[next]?.entity && units[next].entity?.type !== 'Person' && !units[next].punct ? 1 : 0;
    const titled = pastDescriptor(units, next + qualifier);
    // "and Palestinian President <a name we did not read>": the list goes on with someone unknown.
    let name = next + qualifier;
    while (units[name] && !units[name].entity && isTitle(units[name]) && !units[name].punct) name++;
    const unread = name > next + qualifier && !units[name]?.entity && units[name]?.tags.has('ProperNoun');
    if (qualifier && unread) break;
    if (
      units[titled]?.entity?.type === 'Person' &&
      units.slice(next + qualifier, titled).some((t) => isTitle(t))
    )
      next = titled;
    // "X and the main rebel group, the Y": a descriptor whose apposition names the body
    const described = joined && !units[next]?.entity ? describedBody(units, next) : undefined;
    if (described !== undefined) next = described;
    // "the capital X and the port of Y": a place named after its kind
    else if (joined && !units[next]?.entity)
      next = placeOfAt(units, next) ?? describedOrganization(units, next) ?? next;
    // "A's X and B's Y", "A's X, B's Y, and C's Z": each owner's possessive before the body or
    // person named (a comma alone may join them: the list still closes on "and", round 21)
    if (namesOwned(units, next)) next++;
    // "A and British rival B", "A and German energy giant B": the demonym describes the body named
    if (joined) next = demonymDescribes(units, next) ?? next;
    const item = units[next];
    // "A and two former Y employees, B and C": a counted group's names close the list
    // "A and nine Xian government officials": a counted group of a state's people is the state,
    // as a first item is (./counted-items.ts, round 49)
    if (joined && !item?.entity && isQuantity(units, next)) {
      const group = countedGroupNames(units, next);
      return [...out, ...(group.length ? group : countedStateItem(units, next, listRight))];
    }
    // "sanctioned A, B, and members of C", "met A, B and other envoys": a list that closes with
    // a conjunction before a phrase naming no one still lists the names joined by commas alone
    if (!item?.entity && joined && commaOnlyFrom > 0 && item && !item.punct && !isVerb(item)) return out;
    if (!item?.entity || (item.possessive && !joined)) break;
    // "aggression against X and the Y's rule in Z": after "and", an owner whose noun is no head of
    // people, targets or efforts opens a phrase of its own (round 34)
    if (item.possessive && joined && !ownsAHead(units, next)) break;
    // "support for X, and President Y visited Z": after one name, a comma and "and" before a name
    // its verb follows open a clause of its own, not a list.
    // So too after a list already closed by "and": "the partnership between X and Y, and the
    // Secretary thanked …" (the Secretary read as a person by coreference) lists two, not three.
    if (
      punct === ',' &&
      joined &&
      (out.length === 1 || aside || closedByAnd) &&
      isVerb(units[next + 1]) &&
      !item.punct
    )
      break;
    // "between X and the Y-based militant group Z": a name before a hyphen modifier
    // qualifies the phrase after it, and the item is what that phrase names (round 32)
    if (joined && !item.punct && item.dash && HYPHEN_MODIFIERS.has(units[next + 1]?.lower ?? ''))
      return [...out, ...listRight(units, next + 2)];
    if (joined && punct !== ',') closedByAnd = true;
    if (joined) commaOnlyFrom = -1;
    else if (commaOnlyFrom < 0) commaOnlyFrom = out.length;
    out.push(item);
    at = next;
  }
  return commaOnlyFrom > 0 ? out.slice(0, commaOnlyFrom) : out;
}

/**
 * A country's demonym written on an organisation's name ("the Xian Government of Unity"); not one
 * joined by a hyphen ("a Xian-led coalition" is the country's own act).
 */
function demonymOnBody(units: Unit[], k: number): boolean {
  const u = units[k];
  return (
    !!u?.entity &&
    !!u.mention &&
    isDemonym(u.mention, u.entity) &&
    !u.punct &&
    !u.dash &&
    !u.possessive &&
    units[k + 1]?.entity?.type === 'Organization'
  );
}

/**
 * Whether `item` (a state, or a place no wider than a state) is followed by an "including" list
 * opening on a state: "Gaza, including Chile" cannot list what Gaza includes; "Europe, including
 * Chile" (MULTI_STATE_REGIONS) and "Chile, including its capital" can.
 */
function includesNoState(item: Unit, first: Unit | undefined): boolean {
  const container = item.entity;
  if (!container || first?.entity?.type !== 'Country') return false;
  if (container.type === 'Country') return true;
  return container.type === 'Location' && !MULTI_STATE_REGIONS.has(container.name);
}

/** The index of the kind noun after a place's name at `k` ("Gamboru village"), if one stands there. */
function placeKindAfter(units: Unit[], k: number): number | undefined {
  const [place, kind] = [units[k], units[k + 1]];
  if (place?.entity?.type !== 'Location' || place.punct || place.possessive) return undefined;
  if (!kind || kind.entity || !PLACE_NOUNS_AFTER_NAME.has(kind.lower)) return undefined;
  // "the Y state capital", "the Y province governor": the kind noun qualifies another thing
  const next = units[k + 2];
  return !kind.punct && next && !next.entity && next.tags.has('Noun') && !next.tags.has('Date')
    ? undefined
    : k + 1;
}

/** "X-Yian patrol", "joint X-Yian forces": a country at `k` dashed to another that a target head follows. */
function dashedStatesOnHead(units: Unit[], k: number): boolean {
  const [a, b, head] = [units[k], units[k + 1], units[k + 2]];
  if (a?.entity?.type !== 'Country' || !a.dash || a.punct || b?.entity?.type !== 'Country' || b.punct)
    return false;
  return !!head && !head.entity && TARGET_HEADS.has(head.lower);
}
