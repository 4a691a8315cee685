// Stance: whom a criticism or a demand is aimed at when its object is an act, not a name.
// Criticising an act criticises its author (and demanding one, "called for US withdrawal",
// demands it of its author): "condemned Y's attack", "condemned the attack by Y", "denounced the
// killing of civilians carried out by Y", "condemned the drills as an attempt by Y to…",
// "called out US support for Z" all criticise Y (or the US), never the act's victim ("condemned
// the attack on Z" criticises nobody named). An evaluative verb ("call", "describe", "brand")
// criticises only with an evaluative complement, listed in its lexicon record: "called Y's
// launch a grave threat", "described Y's decision as a setback".
import { peoplesOfCountriesAt } from './people-of';
import type { Predicate } from '../../model';
import { ATTEMPT_NOUNS, FREED_NOUNS, PREDICATE_NOUNS } from '../lexicon/predicate-words';
import { HARM, OWNED_WINDOW, ownedNounIn, ownsHarm } from './owned-harm';
import { isAdjectiveWord } from '../nlp';
import { namingAt } from './called-faults';
import type { EventMemory } from './events';
import { VERB_FRAMES, type FrameRecord } from './lexicon';
import { byNamesRight, listRight, ownersFrom } from './lists';
import { laidOnNamed } from './blamed-on';
import { heldElection, stateActAuthor } from './state-acts';
import { orderSoughtIn } from './sought-order';
import { supportedActAuthors, undertakingLeaders } from './supported-acts';
import { endsOnOwnStop, type Unit } from './units';
import {
  AGENT_HEADS,
  DETERMINERS,
  PEOPLE_HEADS,
  SPEAKER_PRONOUNS,
  STATE_ACT_HEADS,
  TARGET_HEADS,
} from './words';

/** Prepositions inside an act's phrase: "the attack on Z in W", "the killing of civilians". */
const PHRASE_PREPS = new Set([
  'of',
  'on',
  'against',
  'in',
  'at',
  'near',
  'into',
  'across',
  'over',
  'inside',
  'during',
  'as',
]);
/** "launched by Y", "carried out by Y": the participle before an act's "by". */
const PARTICLE_OUT = new Set(['out', 'up']);
const AUTHOR_TYPES = new Set(['Person', 'Organization', 'Country']);
/** Participles whose "by" names who holds or uses a thing, not who did the act: "a base used by Y". */
const HOLDER_PARTICIPLES = new Set(
  'used operated run held controlled owned manned occupied guarded housed frequented belonging'.split(' '),
);
/** Predicates aimed at an act's author: criticising "Y's attack", demanding "US withdrawal". */
const STANCES = new Set<Predicate>(['CRITICIZED', 'DEMANDED']);
const QUOTES = /^[“”"'‘’]*$/;
/** How far an act's phrase may run before its "by Y". */
const MAX_PHRASE = 14;

export const isVerbWord = (u: Unit) => !u.entity && u.tags.has('Verb');
export const isParticiple = (u: Unit) =>
  isVerbWord(u) && (u.tags.has('PastTense') || u.tags.has('Participle')) && !u.lower.endsWith('ing');
/** "US support", "Russian aggression": a country named by its demonym or acronym, not a place name. */
const nameOnHead = (u: Unit) =>
  !!u.entity &&
  AUTHOR_TYPES.has(u.entity.type) &&
  (u.entity.type !== 'Country' || u.lower !== u.entity.name.toLowerCase());

/**
 * The noun phrase opening at `k` read as an act: its authors ("Y's", "Y" on the head noun,
 * "by Y" after it). A name that is the whole phrase ("the militant group Y", "neighboring Y")
 * is the object itself.
 */
export function actAuthors(units: Unit[], k: number): Unit[] {
  let j = k;
  let head = false; // a common noun seen: the act's head
  let prep = false; // a preposition seen: names after it are the act's complements
  let authors: Unit[] = [];
  let joined = false; // "Y's and": another owner of the same head follows
  while (j < units.length && j - k < MAX_PHRASE) {
    const u = units[j];
    if (u.lower === 'by' && head && !u.entity) {
      // "an attack on a base used by Y forces": Y holds the thing hit, it is no author
      if (HOLDER_PARTICIPLES.has(units[j - 1]?.lower ?? '')) return authors;
      // "an attack by Y's X militia": the group on the head, not its owner
      const by = byNamesRight(units, j + 1).filter((a) => AUTHOR_TYPES.has(a.entity!.type));
      return by.length ? by : authors;
    }
    if (u.entity) {
      // "Y's attack", "US support": a name on the act is its author.
      // "a Y-led coalition airstrike": the coalition named after the leader's hyphen is the author
      // (round 25), as "Y-backed militia" names the militia
      if (
        !head &&
        u.dash &&
        !u.punct &&
        /^(?:led|backed) /.test(units[j + 1]?.lower ?? '') &&
        units[j + 1].entity
      ) {
        j++;
        continue;
      }
      if (!head && (u.possessive || (!u.punct && nameOnHead(u) && units[j + 1]?.tags.has('Noun')))) {
        if (!u.possessive && units[j + 1]?.entity) break;
        authors = joined && u.possessive ? [...authors, u] : [u];
        joined = false;
      } else if (!head || (!prep && !units[j - 1].punct && kindNounBefore(units[j - 1]))) {
        // "neighboring Y", "the rebel group Y", "oil company Y": the phrase names Y itself.
        return listRight(units, j);
      }
    } else if (ownersJoined(units, j, head, authors)) {
      // "Y's and Z's attacks": owners joined before one head share the act (round 43)
      joined = true;
    } else if (DETERMINERS.has(u.lower)) {
      // "called the launch a threat": a determiner after the head opens the next phrase.
      if (head && units[j - 1]?.lower !== 'of' && !PHRASE_PREPS.has(units[j - 1]?.lower ?? '')) break;
    } else if (PHRASE_PREPS.has(u.lower) || PARTICLE_OUT.has(u.lower)) {
      if (!head) break;
      prep = true;
    } else if (isParticiple(u)) {
      // "the attack carried out by Y", "the exercises launched by Y"
      if (!head) break;
      prep = true;
    } else if (u.tags.has('Noun') || u.tags.has('Adjective') || u.tags.has('Value') || u.tags.has('Date')) {
      if (u.tags.has('Noun') && !u.tags.has('Date') && !u.tags.has('Value')) head = true;
    } else break;
    if (u.punct && !QUOTES.test(u.punct)) break;
    j++;
  }
  return head ? authors : [];
}

/** "and" / "or" at `j` between two possessive owners before the act's head: "Y's and Z's attacks". */
function ownersJoined(units: Unit[], j: number, head: boolean, authors: Unit[]): boolean {
  const [u, next] = [units[j], units[j + 1]];
  const last = authors[authors.length - 1];
  if (head || !last?.possessive || last.punct || u.entity || u.punct) return false;
  return (u.lower === 'and' || u.lower === 'or') && !!next?.entity && next.possessive;
}

/**
 * The noun before a name that the name stands beside ("the rebel group Y"). Not an act's verb that
 * compromise tags a noun after another noun: in "the hacker attack hit Yian sites" Y is hit, not
 * the attack's author (round 31).
 */
const kindNounBefore = (u: Unit): boolean => u.tags.has('Noun') && !VERB_FRAMES.has(u.lower);

/** Openers of a complement: "a grave threat", "as a setback", "an act of aggression". */
const COMPLEMENT_OPENERS = new Set(['a', 'an', 'as']);

/**
 * One of the record's words in the clause from `k`, as a complement: after "a", "an" or "as"
 * and adjectives ("called the launch a grave threat"), after "one of the" ("called Y one of the
 * biggest threats"), or an adjective straight after the object's head noun ("called Y's election
 * unfair"); never as some other phrase's noun ("called X's envoy to discuss the threat").
 */
export function hasComplement(units: Unit[], k: number, words: string[]): boolean {
  for (let j = k; j < units.length && j - k < 18; j++) {
    // "called Y a high-value target involved in terrorist acts" (round 27)
    if (involvedIn(units, j, k, words)) return true;
    if (words.includes(units[j].lower)) {
      let p = j - 1;
      while (p > k && !units[p].entity && (units[p].tags.has('Adjective') || units[p].tags.has('Adverb')))
        p--;
      if (COMPLEMENT_OPENERS.has(units[p]?.lower ?? '') || oneOfThe(units, p)) return true;
      if (p === j - 1 && bareAdjective(units, j, k)) return true;
    }
    if (!QUOTES.test(units[j].punct)) return false;
  }
  return false;
}

/** How many words the complement's noun phrase may hold before "involved in": "a high-value target". */
const INVOLVED_NOUN_SPAN = 4;
/** How many words after "involved in" the complement's word may stand: "in planning terrorist attacks". */
const INVOLVED_REACH = 4;

/**
 * "a (high-value) target involved in terrorist acts": a complement's noun phrase, opened by "a / an /
 * as" after the object, qualified by "involved in" and one of the record's words within its phrase
 * (round 27). The word comes before any punctuation or preposition: "involved in talks on
 * terrorism" names no fault of the one called so.
 */
function involvedIn(units: Unit[], j: number, k: number, words: string[]): boolean {
  if (units[j].lower !== 'involved' || units[j].punct || units[j + 1]?.lower !== 'in' || units[j + 1].punct)
    return false;
  let p = j - 1;
  while (p > k && j - p <= INVOLVED_NOUN_SPAN && !units[p].entity && !COMPLEMENT_OPENERS.has(units[p].lower))
    p--;
  if (p <= k - 1 || !COMPLEMENT_OPENERS.has(units[p]?.lower ?? '') || units[p].entity) return false;
  for (let q = j + 2; q < units.length && q - j - 2 < INVOLVED_REACH; q++) {
    if (units[q].entity) return false;
    if (words.includes(units[q].lower)) return true;
    if (units[q].punct || units[q].tags.has('Preposition')) return false;
  }
  return false;
}

/** "one of the (biggest) threats": the complement is one of a kind, its opener two words back. */
const oneOfThe = (units: Unit[], p: number) =>
  units[p]?.lower === 'the' && units[p - 1]?.lower === 'of' && units[p - 2]?.lower === 'one';

/**
 * "called Y's election unfair": a word that is an adjective (compromise may tag it a noun after
 * a noun) right after the object's head noun, that noun not the phrase's first word, and the
 * clause ending there or going on with a preposition or "and".
 */
function bareAdjective(units: Unit[], j: number, k: number): boolean {
  const u = units[j];
  const head = units[j - 1];
  // "flawed", "rigged", "stolen": a listed participle judges as an adjective does
  const adjective = isAdjectiveWord(u.lower) || /(?:ed|en)$/.test(u.lower);
  if (!adjective || j - 1 <= k || !head || head.entity || head.punct) return false;
  if (!head.tags.has('Noun') || DETERMINERS.has(head.lower)) return false;
  return !!u.punct || !units[j + 1] || units[j + 1].tags.has('Preposition') || units[j + 1].lower === 'and';
}

/**
 * The objects of a verb frame from unit `k` (after its particle): the named phrase there, or,
 * for a criticism or a demand, the authors of the act it names ("called for US withdrawal");
 * an evaluative record needs its complement.
 */
export function stanceObjects(units: Unit[], k: number, frame: FrameRecord, events?: EventMemory): Unit[] {
  if (frame.predicate === 'DEMANDED' && events) {
    const both = bothParties(units, k, frame, events);
    if (both.length) return both;
  }
  if (frame.followedBy) {
    const named = listRight(units, k);
    return named.length && isFollowed(units, named, frame.followedBy, frame.objectHeads) ? named : [];
  }
  if (frame.predicate === 'SUPPORTS') return supportedNames(units, k);
  if (!STANCES.has(frame.predicate)) return listRight(units, k);
  k = pastNaming(units, pastManner(units, k));
  // "called for an end to Y's offensive": the act's author, never a bare name ("an end to Y")
  const ended = frame.predicate === 'DEMANDED' ? pastEndTo(units, k) : k;
  if (ended > k) {
    const owner = listRight(units, ended);
    if (owner.length) return owner[0].possessive ? owner : [];
    return actAuthors(units, ended);
  }
  // "called for calm / a new election / a return to constitutional order in Y": Y asked (round 46)
  const state = frame.predicate === 'DEMANDED' ? orderSoughtIn(units, k) : undefined;
  if (state) return [state];
  const named = listRight(units, k);
  if (frame.complement && !hasComplement(units, k, frame.complement)) return [];
  // "Y's attack" names its author; "the attack on Y" and "the release of Y" name none.
  // "condemned Y's arrest": Y suffered the act, and its author is not named here
  // "condemned A's arrest": the state that holds A, when the arrest is one (./state-acts.ts)
  if (named.length && harmDoneTo(units, named[0])) return stateActAuthor(units, k);
  // "demanded X's release": the one to be freed is not the one asked
  if (frame.predicate === 'DEMANDED' && named.length && ownedNounAt(units, named[0], FREED) !== undefined)
    return [];
  // "called for his release", "condemned their arrest": a pronoun that owns an act done to
  // someone is no author of it, though the act's phrase would read it so (`actAuthors`)
  const owner = named.length ? undefined : units[k];
  if (owner?.entity && OWNING_PRONOUNS.has(owner.lower)) {
    if (harmDoneTo(units, owner)) return stateActAuthor(units, k);
    if (frame.predicate === 'DEMANDED' && ownedNounAt(units, owner, FREED) !== undefined) return [];
  }
  // "condemned Y's and Z's attacks": owners joined before one head share it (round 43)
  const owned =
    named.length === 1 && named[0].possessive ? ownersFrom(units, units.indexOf(named[0])) : named;
  if (named.length && !actOf(units, named[0]) && (named[0].possessive || !frame.complement)) return owned;
  let authors = actAuthors(units, k);
  // "condemned the arrest of Xian dissident A": the state that holds its own opponent
  if (!authors.length) authors = stateActAuthor(units, k);
  // "criticized the election process", "called Saturday's election flawed": the state that held it
  if (!authors.length && frame.predicate === 'CRITICIZED') authors = heldElection(units, k);
  // "called the war a reckless gamble launched by Y": the author the complement names (round 37)
  if (!authors.length && frame.complement) authors = complementAgents(units, k);
  // "condemned the launch": an act told in an earlier sentence (./events.ts); not one laid on a
  // name after "on" here ("blamed the attack on Y": ./blamed-on.ts)
  if (
    authors.length ||
    frame.predicate !== 'CRITICIZED' ||
    !events ||
    laidOnNamed(units, k, frame.lemma ?? '')
  )
    return authors;
  return events.recall(units, k);
}

/** How far the complement's "by" may stand after the object: "the war a reckless and costly gamble launched by". */
const COMPLEMENT_AGENT_REACH = 14;
/** Participles of doing whose "by" names the doer: "launched by Y", "waged by Y", "hired by Y". */
const DONE_BY = new Set(
  'launched waged started begun committed perpetrated orchestrated unleashed led carried hired funded armed sent staged mounted'.split(
    ' ',
  ),
);

/**
 * "called the war a reckless gamble launched by Y", "called the rebels mercenaries hired by Y": an
 * evaluative verb's object names no author, but its complement does, through a participle of doing
 * and "by" ("carried out by" too). Read only up to the complement's clause end.
 */
function complementAgents(units: Unit[], k: number): Unit[] {
  for (let j = k + 1; j < units.length && j - k <= COMPLEMENT_AGENT_REACH; j++) {
    const u = units[j];
    if (u.entity) continue;
    if (u.lower === 'by' && !u.punct) {
      const done = units[j - 1]?.lower === 'out' ? units[j - 2] : units[j - 1];
      return done && !done.entity && !done.punct && DONE_BY.has(done.lower) ? byNamesRight(units, j + 1) : [];
    }
    if (u.punct && !QUOTES.test(u.punct)) return [];
  }
  return [];
}

/** "both countries", "the two sides": nouns for the article's two parties, and whether bodies may be one. */
const BOTH_HEADS = new Map([
  ['countries', false],
  ['nations', false],
  ['sides', true],
  ['parties', true],
]);

/**
 * "urged both countries to …", "encourages the two sides to …" (round 10: "urged both sides"): the
 * article's two parties (./events.ts `parties`), when "to" follows, as a demand's content, also
 * past "of the conflict" (round 43: "urged both sides of the conflict to …").
 */
function bothParties(units: Unit[], k: number, frame: FrameRecord, events: EventMemory): Unit[] {
  const h = bothPartiesHead(units, k);
  if (h === undefined) return [];
  if (
    units[pastPartiesOf(units, h + 1)]?.lower !== 'to' ||
    (frame.followedBy && !frame.followedBy.includes('to'))
  )
    return [];
  const anyActor = BOTH_HEADS.get(units[h].lower)!;
  // the sides of a fight or a dealing just told, before the article's most-named pair: a mediator
  // may be named more often than either side (round 43)
  const pair = events.recentPair(anyActor);
  if (pair.length) return pair;
  // "the sides", "the parties", "the countries" without a count name a pair only when one was just
  // told: the article's most-named pair may be a caller's own country ("Both leaders urged the parties
  // to …" after a call between two of them)
  return counted(units, h) ? events.parties(units, anyActor) : [];
}

/** Whether the parties' head at `h` is counted: "both countries", "the two countries". */
const counted = (units: Unit[], h: number) => ['both', 'two'].includes(units[h - 1]?.lower ?? '');

/** What the two sides are sides of: "both sides of the conflict", "the parties to the war". */
const CONTESTS = new Set(['conflict', 'war', 'fighting', 'dispute', 'crisis']);

/**
 * From `j`, right after the parties' head: past "of the conflict" (a contest noun, no name: "of
 * the Xian crisis" names a side), where the demand's "to" stands next; `j` when none follows.
 */
function pastPartiesOf(units: Unit[], j: number): number {
  const [prep, det, noun] = [units[j], units[j + 1], units[j + 2]];
  if (!prep || prep.entity || prep.punct) return j;
  if (
    prep.lower === 'of' &&
    det?.lower === 'the' &&
    !det.punct &&
    noun &&
    !noun.entity &&
    CONTESTS.has(noun.lower)
  )
    return noun.punct ? j : j + 3;
  return j;
}

/** Determiners of a plural that says the parties without counting them: "the sides", "warring parties". */
const PARTY_OPENERS = new Set(['the', 'warring']);

/**
 * Where "both sides", "the two countries", "the sides", "the countries", "the (warring) parties"
 * or "warring parties" opening at unit `k` has its head noun, if it opens there (round 43: the
 * plurals without a count).
 */
export function bothPartiesHead(units: Unit[], k: number): number | undefined {
  const [first, second] = [units[k], units[k + 1]];
  if (!first || first.entity || first.punct) return undefined;
  const counted =
    first.lower === 'both' ? k + 1 : first.lower === 'the' && second?.lower === 'two' ? k + 2 : -1;
  const head = units[counted];
  if (head && !head.entity && !head.punct && BOTH_HEADS.has(head.lower)) return counted;
  return unCountedPartiesHead(units, k);
}

/** "the sides", "the countries", "the warring parties", "warring sides": the head's index, if so. */
function unCountedPartiesHead(units: Unit[], k: number): number | undefined {
  if (!PARTY_OPENERS.has(units[k].lower)) return undefined;
  let h = k + 1;
  if (units[k].lower === 'the' && units[h]?.lower === 'warring' && !units[h].entity && !units[h].punct) h++;
  const head = units[h];
  if (!head || head.entity || head.possessive || !BOTH_HEADS.has(head.lower)) return undefined;
  // "(the) warring countries" may be any number of them
  if (units[h - 1].lower === 'warring' && !BOTH_HEADS.get(head.lower)) return undefined;
  return units.slice(k, h).some((u) => u.punct) ? undefined : h;
}

/**
 * "aiding the fight against Y", "backed the war on Y", "supported attacks against Y": support given
 * to a fight is none for its enemy, the name after the fight's "against" or "on".
 */
function supportedNames(units: Unit[], k: number): Unit[] {
  const named = listRight(units, k);
  // "stands with the Xian people": the country (./people-of.ts)
  const people = named.length ? [] : peoplesOfCountriesAt(units, k);
  if (people.length) return people;
  // "supported this action by Y": the act's author; "the X-led process": its leader (./supported-acts.ts)
  if (!named.length) {
    const authors = supportedActAuthors(units, k);
    return authors.length ? authors : undertakingLeaders(units, k);
  }
  const at = named.length ? units.indexOf(named[0]) : -1;
  const prep = units[at - 1];
  const head = units[at - 2];
  const enemy =
    at - 2 >= k &&
    (prep?.lower === 'against' || prep?.lower === 'on') &&
    !!head &&
    !head.entity &&
    head.tags.has('Noun');
  // "supported the removal of Y", "backed Y's arrest": an act done to Y, no support for Y (round 47)
  const harmed = harmOf(units, pastDescriptor(units, at), k) || harmDoneTo(units, named[0]);
  return enemy || harmed ? [] : named;
}

/** "the removal of (President) Y": the "of" at `of` follows a noun of harm, past the verb at `k`. */
function harmOf(units: Unit[], of: number, k: number): boolean {
  const head = units[of - 1];
  return units[of]?.lower === 'of' && of - 1 > k && !!head && !head.entity && HARM.has(head.lower);
}

const isQualifier = (u: Unit) =>
  (u.tags.has('Adjective') || u.tags.has('Value')) && !u.tags.has('Preposition');

/**
 * The `followedBy` entry for a gerund whose subject is the object: "the importance of Y
 * (swiftly) withdrawing" asks Y to withdraw (round 46).
 */
const GERUND_ENTRY = '-ing';

/** "the importance of Y swiftly withdrawing": past up to two adverbs, a gerund right after the object. */
function gerundFollows(units: Unit[], last: Unit, at: number): boolean {
  // "the importance of Y's fishing industry": an owner's noun, not Y doing anything
  if (last.possessive || last.punct) return false;
  let j = at;
  while (j - at < 2 && units[j] && !units[j].entity && !units[j].punct && units[j].tags.has('Adverb')) j++;
  const u = units[j];
  return !!u && !u.entity && /[a-z]{3}ing$/.test(u.lower) && (u.tags.has('Verb') || u.tags.has('Gerund'));
}

/** How far a `followedBy` entry's later words may stand from its first: "with a 72-hour ultimatum". */
const FOLLOW_SPAN = 5;

/**
 * "asked Y for help", "served Y with a 72-hour ultimatum": the object is followed by one of the
 * record's entries — its first word right after the object (past a determiner: "gave Y an
 * ultimatum"), its later words in order within the next few words of the same clause.
 */
export function isFollowed(units: Unit[], objects: Unit[], entries: string[], heads: string[] = []): boolean {
  const last = objects[objects.length - 1];
  // "required Azure Holdings Inc. to divest": the name's own full stop ends nothing (round 46)
  if (last.punct && !endsOnOwnStop(last)) return false;
  let at = units.indexOf(last) + 1;
  // "Y (the Y acronym)" and the like: a repeat of the same name
  while (units[at]?.entity?.id === last.entity?.id && !units[at - 1].punct) at++;
  // "asked Xese officials to …": the name asked through the people who speak for it; "ordered Y's
  // ambassador to leave": through a record's own object head (round 46)
  const head = (w: string) => PEOPLE_HEADS.has(w) || heads.includes(w);
  if (units[at] && !units[at - 1].punct && !units[at].entity && head(units[at].lower)) at++;
  return entries.some((entry) => {
    if (entry === GERUND_ENTRY) return gerundFollows(units, last, at);
    const [first, ...rest] = entry.split(' ');
    let j = at;
    // "gave Y a final ultimatum": a determiner and qualifiers before a noun entry
    if (units[j] && DETERMINERS.has(units[j].lower) && !DETERMINERS.has(first)) j++;
    while (j - at < 3 && units[j] && !units[j].entity && !units[j].punct && isQualifier(units[j])) j++;
    if (units[j]?.lower !== first || units[j].entity) return false;
    for (const word of rest) {
      const from = j;
      do j++;
      while (
        units[j] &&
        j - from <= FOLLOW_SPAN &&
        !units[j].entity &&
        units[j].lower !== word &&
        !units[j - 1].punct
      );
      if (units[j]?.lower !== word || units[j - 1].punct) return false;
    }
    return true;
  });
}

/**
 * "an end to", "a halt to", "a cessation of": a demand that an act stop is made of the act's
 * author; each ending noun with the preposition that joins it to the act.
 */
const ENDINGS: ReadonlyMap<string, string> = new Map([
  ['end', 'to'],
  ['halt', 'to'],
  ['stop', 'to'],
  ['cessation', 'of'],
]);

/** "called for an (immediate) end to Y's offensive": past the ending, to the act it ends. */
function pastEndTo(units: Unit[], k: number): number {
  let j = k;
  if (!['a', 'an'].includes(units[j]?.lower ?? '')) return k;
  j++;
  if (units[j]?.tags.has('Adjective') && !units[j].entity && !units[j].punct) j++;
  const ending = units[j];
  const prep = ending && !ending.entity && !ending.punct ? ENDINGS.get(ending.lower) : undefined;
  if (!prep) return k;
  return units[j + 1]?.lower === prep && !units[j + 1].entity ? j + 2 : k;
}

/**
 * "condemned what it called the excessive force of Y", "lashed out at what he described as Y's
 * meddling": the speaker's own naming of the object, "what" and a speaker pronoun before a verb of
 * naming (round 40); the object is the phrase named. A name in the naming's place ("what Y
 * called …") is another's words, and is left.
 */
function pastNaming(units: Unit[], k: number): number {
  const named = namingAt(units, k);
  return named && !named.who.entity && SPEAKER_PRONOUNS.has(named.who.lower) ? named.from : k;
}

/** "condemned in the strongest possible terms the attack": the manner before the object. */
function pastManner(units: Unit[], k: number): number {
  if (units[k]?.lower !== 'in') return k;
  for (let j = k + 1; j < units.length && j - k <= 6; j++) {
    if (units[j].entity) return k;
    if (units[j].lower === 'terms') return j + 1;
  }
  return k;
}

/**
 * "condemned Y's arrest", "Y's continued detention": a possessive before an act done to someone,
 * with no "of" after it, names the one who suffered the act ("Y's killing of civilians" keeps Y
 * as the author). The rule engine asks the same question of its words (./owned-harm.ts).
 */
export function harmDoneTo(units: Unit[], name: Unit): boolean {
  return ownerWord(name) && ownsHarm(wordsAfter(units, name));
}

/** Pronouns that own the noun after them ("his release", "their arrest"), as a name's "'s" does. */
const OWNING_PRONOUNS: ReadonlySet<string> = new Set(['his', 'her', 'their', 'its']);

/**
 * A possessive name, or a pronoun of ownership that coreference took for a name: "called for his
 * release" frees the one "his" stands for, as "called for Y's release" does.
 */
function ownerWord(name: Unit): boolean {
  return name.possessive || (!!name.mention && OWNING_PRONOUNS.has(name.lower));
}

/** The words right after a name, as far as ./owned-harm.ts reads them. */
function wordsAfter(units: Unit[], name: Unit): Unit[] {
  const at = units.indexOf(name);
  return units.slice(at + 1, at + 1 + OWNED_WINDOW);
}

/**
 * Where a possessive name's noun among `nouns` stands, within four words and no name or mark
 * between: "Y's arrest", "X's immediate and unconditional release".
 */
function ownedNounAt(units: Unit[], name: Unit, nouns: ReadonlySet<string>): number | undefined {
  if (!ownerWord(name)) return undefined;
  const j = ownedNounIn(wordsAfter(units, name), nouns);
  return j === undefined ? undefined : units.indexOf(name) + 1 + j;
}
/** "release", "return": what a demand asks done for someone held (./act-rules.ts reads the same). */
const FREED = new Set(FREED_NOUNS);

/**
 * The index of the "of" before a name and its descriptor ("of Xian opposition leader A": the
 * demonym, nouns and adjectives between), or of the word right before the name when there is none.
 */
function pastDescriptor(units: Unit[], at: number): number {
  let j = at - 1;
  while (j > 0 && at - j <= 5) {
    const u = units[j];
    if (u.lower === 'of' && !u.entity) return j;
    // a state or place qualifies the one named: "of Kremlin critic A", "of Gaza journalist A",
    // "of ⟦Sudan⟧'s veteran president A" (round 36)
    const stateOrPlace = u.entity?.type === 'Country' || u.entity?.type === 'Location';
    if (u.punct || (u.possessive && !stateOrPlace) || (u.entity && !stateOrPlace)) break;
    if (!u.entity && !u.tags.has('Noun') && !u.tags.has('Adjective')) break;
    j--;
  }
  return at - 1;
}

export const ATTACK_NOUNS = new Set(PREDICATE_NOUNS.ATTACK);
const ATTEMPTS = new Set(ATTEMPT_NOUNS);
const TARGET_PREPOSITIONS = new Set(['on', 'against', 'targeting', 'at']);

/**
 * "the release of Y", "the killing of Y": a name after an act noun and "of" is the act's object,
 * not the one criticised or asked ("the government of Y", "the President of Y" name Y's people).
 */
function actOf(units: Unit[], name: Unit): boolean {
  const at = units.indexOf(name);
  const head = units[at - 2];
  // "condemned the attacks against Y", "the strike on Y": Y suffered the act; the stance is
  // toward the act's author, not Y
  if (
    head &&
    !head.entity &&
    TARGET_PREPOSITIONS.has(units[at - 1]?.lower ?? '') &&
    (ATTACK_NOUNS.has(head.lower) || HARM.has(head.lower) || ATTEMPTS.has(head.lower))
  )
    return true;
  // "condemned the sentence against Y", "the case against Y": Y is the one tried, and the stance
  // is toward those who tried Y
  if (head && !head.entity && units[at - 1]?.lower === 'against' && STATE_ACT_HEADS.has(head.lower))
    return true;
  // "the arrest of Xian opposition leader A": the act's object told with its descriptor
  const of = pastDescriptor(units, at);
  if (of !== at - 1)
    return (
      of > 0 &&
      !units[of - 1].entity &&
      (STATE_ACT_HEADS.has(units[of - 1].lower) ||
        HARM.has(units[of - 1].lower) ||
        FREED.has(units[of - 1].lower))
    );
  if (units[at - 1]?.lower !== 'of' || !head || head.entity) return false;
  const people = PEOPLE_HEADS.has(head.lower) || AGENT_HEADS.has(head.lower) || TARGET_HEADS.has(head.lower);
  return !people && !head.tags.has('Actor') && !head.tags.has('Place');
}
