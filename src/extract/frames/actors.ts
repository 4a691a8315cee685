// Who acts: the named actors just left of a verb group, through lists, asides, relative pronouns,
// reported speakers and the head nouns through which a name acts ("US forces").
import { namedBeforeOthers, withNamesListedBefore } from './listed-before';
import { theirSpeakerTarget } from './their-targets';
import { causePrefixed, nextNonDeterminer } from './cause-prefixed';
import { TITLE_LINKS, TITLE_MODIFIERS } from '../lexicon/titles';
import { byNamesRight, isTitle, listLeft, listRight } from './lists';
import { sideBefore } from './sides';
import { namedBesideUnreadTitle } from './unnamed-partner';
import { isPlainWord, type Unit } from './units';
import { groupAt, isAdverb, isAux, isTime, isVerb, nounish } from './groups';
import {
  AGENT_HEADS,
  ALLIES,
  VOLLEY_NOUNS,
  FIRING_PARTICIPLES,
  WEAPON_HEADS,
  BE,
  DETERMINERS,
  COMPASS_WORDS,
  DIRECTIONS,
  HYPHEN_MODIFIERS,
  ISSUE_VERBS,
  NON_STATE_HEADS,
  PEOPLE_HEADS,
  PLACE_HEADS,
  PLACE_PREPOSITIONS,
  RELATIVES,
  SAY_VERBS,
  SPEAKER_PRONOUNS,
  BARE_STATE_FORCES,
  SPOKEN_HEADS,
  SPOKEN_VERBS,
  TELL_VERBS,
  STATEMENTS,
  TARGET_HEADS,
  VOICE_HEADS,
  VOICE_MODIFIERS,
  REPORTING_PAST,
  ALSO_LIKE,
  PATRON_PARTICIPLES,
  PAPER_HEADS,
} from './words';

/**
 * Back from `p` over a title right before a name, "of", "and" and "for" inside it
 * ("Minister of Foreign Affairs and Trade"): the index before it, or `p` when there is none.
 */
function pastTitle(units: Unit[], p: number): number {
  const titled = (u: Unit | undefined) =>
    !!u && !u.entity && !u.punct && (isTitle(u) || TITLE_MODIFIERS.has(u.lower));
  let k = p;
  let core = false;
  while (units[k] && (titled(units[k]) || (TITLE_LINKS.has(units[k].lower) && titled(units[k + 1])))) {
    core ||= isTitle(units[k]);
    k--;
  }
  // a link is never the title's first word
  while (k < p && TITLE_LINKS.has(units[k + 1].lower)) k++;
  return core ? k : p;
}

/** Participles a describing aside may hold: "a company based in Y", "a firm headquartered in Y". */
const ASIDE_PARTICIPLES = new Set(['based', 'headquartered', 'located', 'registered', 'incorporated']);
/** How many units one describing aside may hold: "a global construction conglomerate based in Y". */
const ASIDE_SPAN = 14;
const openAside = (u: Unit | undefined) => !!u && u.punct.endsWith(',') && !u.possessive;
const hasComma = (u: Unit | undefined) => !!u && u.punct.endsWith(',');

/**
 * The index where one aside closing on `end` opens (the unit before its first word, which ends on
 * a comma), when the aside gives a defendant's or a company's particulars: an age ("35"), a home
 * ("of Oslo, Norway"), or a description opening on an article that holds no verb but "based in"
 * ("a Yian trading company", "a global firm based in Y"). Undefined otherwise.
 */
function particularsOpen(units: Unit[], end: number): number | undefined {
  const last = units[end];
  // an age
  if (!last.entity && /^\d{1,3}$/.test(last.lower) && hasComma(units[end - 1])) return end - 1;
  // a home: "of Y", "of Y, Z"
  let k = end;
  while (k >= 0 && end - k < 6 && units[k].entity && ['Location', 'Country'].includes(units[k].entity!.type))
    k--;
  if (k < end && units[k]?.lower === 'of' && !units[k].entity && hasComma(units[k - 1])) return k - 1;
  // a description
  for (k = end; k >= 0 && end - k < ASIDE_SPAN; k--) {
    const u = units[k];
    if (k < end && hasComma(u)) {
      const first = units[k + 1];
      return ['a', 'an', 'the'].includes(first.lower) && !first.entity ? k : undefined;
    }
    if (u.punct && k < end) return undefined;
    if (isVerb(u) && !u.entity && !ASIDE_PARTICIPLES.has(u.lower) && !nounish(u)) return undefined;
  }
  return undefined;
}

/**
 * "X, 35, of Oslo, Norway, pleaded", "X (X), a Yian company based in Z, and W, a firm, agreed":
 * the names before one or more asides of particulars that close on the comma at `j` (a list of
 * such names joined by "and"). Persons and bodies only; undefined when `j` closes no such aside.
 */
function particularsSubject(units: Unit[], j: number): { actors: Unit[]; at: number } | undefined {
  const named = (u: Unit | undefined) =>
    !!u?.entity && ['Person', 'Organization'].includes(u.entity.type) && openAside(u);
  let end = j;
  let open: number | undefined;
  for (let n = 0; n < 3; n++) {
    const k = particularsOpen(units, end);
    if (k === undefined) break;
    open = k;
    if (named(units[k])) break;
    end = k;
  }
  if (open === undefined || !named(units[open])) return undefined;
  let at = open;
  // "X (X)": the bracketed repeat of the same name
  while (units[at - 1]?.entity && units[at - 1].entity!.id === units[at].entity!.id && !units[at - 1].punct)
    at--;
  const actors = [units[at]];
  // "A, 40, and B, 31,": a name before "and" with its own particulars
  const and = units[at - 1];
  if (and?.lower === 'and' && !and.entity && !and.punct && hasComma(units[at - 2])) {
    const before = particularsSubject(units, at - 2);
    if (before) return { actors: [...before.actors, ...actors], at: before.at };
  }
  // "X forces and Y, a rebel group, are battling": the aside closes the list's last name
  const list = listLeft(units, at);
  return list.actors.length > 1 ? list : { actors, at };
}

/** How many words a prepositional phrase may hold before the name that closes it. */
const PHRASE_NOUNS = 6;

/**
 * "from the regional trade bloc of": going back from `p` over a few words, none a verb or a
 * comma, a preposition opens the phrase; not a statement's "from", whose name speaks.
 */
function endsPhrase(units: Unit[], p: number): boolean {
  for (let k = p; k >= 0 && p - k < PHRASE_NOUNS; k--) {
    const w = units[k];
    if (w.punct || (isVerb(w) && !nounish(w))) return false;
    if (w.tags.has('Preposition') && !RELATIVES.has(w.lower) && w.lower !== 'as')
      return !(w.lower === 'from' && STATEMENTS.has(units[k - 1]?.lower ?? '')) && k < p;
  }
  return false;
}

/** How many words an apposition giving a person's title may hold: "the prime minister of Y". */
const TITLED_SPAN = 8;

/**
 * "X, the prime minister of Y,": the person named before an apposition that opens on an article,
 * holds a title and no verb, and closes on the name at `j`; undefined otherwise.
 */
function titledAntecedent(units: Unit[], j: number): number | undefined {
  for (let k = j - 1; k >= 0 && j - k <= TITLED_SPAN; k--) {
    const w = units[k];
    if (w.punct) {
      const aside = units.slice(k + 1, j);
      const person = w.entity?.type === 'Person' && w.punct === ',' && !w.possessive;
      return person && ['the', 'a', 'an'].includes(aside[0]?.lower ?? '') && aside.some(isTitle)
        ? k
        : undefined;
    }
    if (isVerb(w) && !isTitle(w)) return undefined;
  }
  return undefined;
}

/**
 * The actors just left of unit `end` (exclusive): a named subject or list, the actor behind
 * "X forces", the antecedent of "which/who", or the name before an apposition. Undefined when the
 * phrase there is not a name (a participle's noun, "the sanctions").
 */
export function leftActors(
  units: Unit[],
  end: number,
): { actors: Unit[]; at: number; via?: string } | undefined {
  let j = end - 1;
  while (isAdverb(units[j]) || isTime(units[j])) j--;
  // "the strike that killed X also killed Y": past "also", a name right after a verb in the past
  // is that verb's object, not the next verb's subject (round 33)
  if (j < end - 1 && ALSO_LIKE.has(units[end - 1]?.lower ?? '') && objectOfPastVerb(units, j))
    return undefined;
  j = beforePlace(units, j);
  j = beforeFiredFrom(units, j);
  let u = units[j];
  if (!u) return undefined;
  // "The Secretary and the Foreign Minister discussed …": the named partner of a title no one was
  // found for acts (./unnamed-partner.ts, round 45)
  const partner = u.entity ? undefined : namedBesideUnreadTitle(units, j);
  if (partner) return partner;
  // "X said Thursday (that) it carried out strikes": the pronoun is the speaker.
  // (only a speaker the pronoun can stand for: "He said they clashed with …" is no person's act)
  if (!u.entity && SPEAKER_PRONOUNS.has(u.lower)) return agreeing(u.lower, speakerOf(units, j));
  // "The Xian military says soldiers have killed …": a state's own forces, as it tells it
  const ownForces = !u.entity && BARE_STATE_FORCES.has(u.lower) ? statesOwnForces(units, j) : undefined;
  if (ownForces) return ownForces;
  // "X issued a statement condemning / to condemn Y": a statement speaks for the one who issued it;
  // "an Xian foreign ministry statement says …": before a verb of saying, for the name on it.
  if (!u.entity && !u.punct && STATEMENTS.has(u.lower))
    return issuerOf(units, j) ?? (speaksAt(units, end) ? voiceOf(units, j) : undefined);
  // "Xian military sources say …": sources speak for the name on them, and only speak
  if (!u.entity && !u.punct && SPOKEN_HEADS.has(u.lower))
    return speaksAt(units, end) ? voiceOf(units, j) : undefined;
  // "X's foreign ministry spokesman said …": the voice of the name before its office's words
  if (!u.entity && !u.punct && VOICE_HEADS.has(u.lower)) {
    const voice = voiceOf(units, j);
    if (voice) return voice;
  }
  let relative = false;
  if (RELATIVES.has(u.lower) && !u.entity) {
    // "X told Y that armed men attacked": after the one told, "that" opens what was told; Y is
    // the hearer, not the antecedent of a relative clause.
    if (u.lower === 'that' && units[j - 1]?.entity && TELL_VERBS.has(units[j - 2]?.lower ?? ''))
      return undefined;
    j--;
    u = units[j];
    if (!u) return undefined;
    relative = true;
    // "the faction led by X, which had backed Y": "which" is said of the faction, not of its leader
    if (u.entity && units[j + 1]?.lower === 'which' && ledBy(units, j)) return undefined;
    // "an attack near Y, Chile, which killed …": a country closing a town's address says where;
    // the clause is said of the act, never of the country (round 46)
    if (closesAddress(units, j)) return undefined;
    // "Y, an armed group that was designated by X": the clause is the apposition's, so Y's.
    const apposed = appositionAntecedent(units, j);
    if (apposed !== undefined) return listLeft(units, apposed);
  }
  // "X, 35, of Oslo, Norway, pleaded guilty", "X, a Yian company, agreed to pay": particulars
  if (u.punct.endsWith(',') && !u.possessive) {
    const defendant = particularsSubject(units, j);
    if (defendant) return defendant;
  }
  if (u.entity && u.punct === ',') {
    // "X, which arms Y, warned Z": the clause closing on Y is X's; X acts.
    const found = relativeAntecedent(units, j);
    // "X, an ally of Y, which is also backed by Z, says …": the clause is said of Y, the last name
    // of a description of X; X acts
    const described =
      found !== undefined && units[found].entity ? describedAntecedent(units, found) : undefined;
    const antecedent = described ?? found;
    // "X rebels, who control Y, tried …": the antecedent may be a name's acting head.
    if (antecedent !== undefined)
      return units[antecedent].entity ? listLeft(units, antecedent) : agentHead(units, antecedent);
  }
  // "X, along with Y, condemned Z", "X, as well as Y and W, …": a side added between commas
  // acts with X, as a coordinated subject does.
  if (u.entity && u.punct === ',' && !u.possessive) {
    const accompanied = accompaniedSubject(units, j);
    if (accompanied) return accompanied;
  }
  // "X, the prime minister of Y, denounced Z": an apposition giving X's title closes on Y; X acts.
  if (u.entity && u.punct === ',') {
    const titled = titledAntecedent(units, j);
    if (titled !== undefined) return listLeft(units, titled);
  }
  // "X, a close ally of Y, denounced Z", "X — the main backer of Y — denounced Z": an apposition
  // describing X closes on Y; X acts (Y is named only in the description).
  if (u.entity) {
    const described = describedAntecedent(units, j);
    if (described !== undefined) return listLeft(units, described);
  }
  // "X, at the request of Y (ACR), filed": an aside of circumstance between commas; X acts.
  if (u.entity && u.punct?.endsWith(',')) {
    const circumstance = circumstanceAntecedent(units, j);
    if (circumstance !== undefined) return listLeft(units, circumstance);
  }
  if (u.entity && !u.possessive) {
    // "militants in X targeting Y": a name after a preposition is a place or a complement, never
    // the actor of the verb that follows it.
    const list = listLeft(units, j);
    // "The rebels, inspired by leader X, have been fighting Y": a name closing an aside that
    // describes the subject by its patron is not the subject (round 33)
    if (u.punct === ',' && inPatronAside(units, list.at)) return undefined;
    // "The resolution read by the envoy of X, Ambassador Y, was supported by Z": the one who read
    // a paper is the agent inside its subject phrase, not the subject (round 34)
    if (agentOfPaper(units, list.at)) return undefined;
    if (sideBefore(units, list.at)) return list;
    // "the coalition backing X launched …": X is the object of a participle that modifies the
    // subject; the subject acts (a side named for whom it fights is read just above)
    // "… backing the government of X launched": the same through the head's "of"
    const ofHead = units[list.at - 1]?.lower === 'of' && !units[list.at - 2]?.punct ? list.at - 2 : -1;
    const modified =
      participleSubject(units, list.at) ?? (ofHead > 0 ? participleSubject(units, ofHead) : undefined);
    if (modified !== undefined)
      return units[modified].entity ? listLeft(units, modified) : agentHead(units, modified);
    let p = list.at - 1;
    // back over "the", "western", "the agency's" to the preposition, if any
    const modifies = (u: Unit) =>
      u.entity
        ? u.possessive
        : (u.tags.has('Adjective') && !LOCATIVES.has(u.lower)) ||
          DETERMINERS.has(u.lower) ||
          DIRECTIONS.has(u.lower) ||
          COMPASS_WORDS.has(u.lower);
    // "attacks in Mumbai, Chile that killed": a town named with its country is one place
    const town = units[p];
    if (town?.entity?.type === 'Location' && town.punct === ',' && u.entity.type === 'Country') p--;
    // and over a title: "held talks with President X, met with Y" (X is met, Y is not X's)
    p = pastTitle(units, p);
    while (units[p] && !units[p].punct && modifies(units[p])) p--;
    const prep = units[p];
    // "X, on a visit to Y, and Z agreed": "to" before a name is always a preposition, though the
    // tagger may call it an infinitive's
    // "a raid on a camp inside X, which killed …": "inside", "outside" are where, though the
    // tagger may call them adjectives
    // "Y, which the X ministry describes as …": a relative pronoun the tagger calls a preposition
    // before "the" opens the clause whose subject the name is (round 39)
    const preposition =
      (prep?.tags.has('Preposition') && !RELATIVES.has(prep.lower)) ||
      prep?.lower === 'to' ||
      LOCATIVES.has(prep?.lower ?? '');
    // "objected to a delegation from the regional bloc X, accusing Y": a participle after a comma is
    // the main clause's; a name that ends a prepositional phrase with nouns of its own is its
    // object, not that subject (round 41)
    if (!preposition && u.punct === ',' && units[end]?.lower.endsWith('ing') && endsPhrase(units, p))
      return undefined;
    if (!preposition && !PLACE_PREPOSITIONS.has(prep?.lower ?? '')) return list;
    // "A statement from X condemned": a statement speaks for the one it comes from.
    if (prep.lower === 'from' && STATEMENTS.has(units[p - 1]?.lower ?? '')) return list;
    // "…, with X suspending Y's membership": "with" after a comma opens a clause whose participle
    // is the name's act (round 32)
    if (
      prep.lower === 'with' &&
      (p === 0 || units[p - 1]?.punct === ',') &&
      units[end]?.lower.endsWith('ing')
    )
      return list;
    // "after X and Y announced": a conjunction opening a clause, whose subject the names are.
    if (SUBORDINATORS.has(prep.lower) && !units[end]?.lower.endsWith('ing')) return list;
    // "as X and Y exchanged fire": "as" opens a clause of time, not "known as X", "such as X".
    if (prep.lower === 'as' && clauseAs(units, p) && !units[end]?.lower.endsWith('ing')) return list;
    // "sent money to Y, which was designated by X": a relative clause after a comma is its
    // antecedent's whatever the antecedent's own role; not after a place's or an act's preposition
    // ("militants in X, who …", "the attack on X, which killed …": who and which are the others).
    // "was responding to the State Department which called …": a name takes no restrictive clause,
    // so "which" or "who" right after it, comma or not, is said of it (round 32)
    const nonRestrictive =
      u.punct === ',' || (!u.punct && ['which', 'who'].includes(units[j + 1]?.lower ?? ''));
    if (
      relative &&
      nonRestrictive &&
      RELATIVE_OBJECT_PREPOSITIONS.has(prep.lower) &&
      u.entity.type !== 'Location'
    )
      return list;
    const head = units[p - 1];
    // "a spokesman for X said": an unnamed voice speaks for X, as "X's spokesman" does
    if (prep.lower === 'for' && VOICE_HEADS.has(head?.lower ?? '') && !head.entity && !head.punct)
      return list;
    // "foreign ministers from X and Y met": people who come from X act for it.
    if (prep.lower === 'from' && PEOPLE_HEADS.has(head?.lower ?? '') && !head.entity && !head.punct)
      return list;
    // "the foreign ministers of X and Y met", "X of the Y agency urged": through "of", the head acts.
    if (prep.lower !== 'of') return undefined;
    if (head?.entity && !head.possessive) return listLeft(units, p - 1);
    // "the town of X was attacked": a place, acted on (facts never make a place an actor).
    const heads = [AGENT_HEADS, PEOPLE_HEADS, PLACE_HEADS];
    // "four members of X were killed by Y": an armed group's members are the group's own, as its
    // fighters are (a body's members, "members of the X council", speak for no one)
    const members = head?.lower === 'members' && u.entity.category === 'armed_group';
    return head && (members || heads.some((h) => h.has(head.lower))) ? list : undefined;
  }
  // "X's rescue team, which is helping Y": the relative clause of an acting head is its owner's
  if (relative && !u.entity && u.punct === ',' && AGENT_HEADS.has(u.lower)) {
    const owner = agentHead(units, j);
    if (owner) return owner;
  }
  if (!u.entity && u.punct === ',') {
    // "The army, backed by UN peacekeepers, Xian and Yian troops, has been fighting Y": the patrons
    // listed in the aside are not the subject; the head before the aside is (round 43)
    const patronAside = patronAsideOpening(units, j);
    if (patronAside !== undefined)
      return units[patronAside].entity ? listLeft(units, patronAside) : agentHead(units, patronAside);
    // "X, the armed group, attacked Y" / "X fighters, armed with rockets, attacked Y": an aside
    // between commas; the actor is the name (or "X fighters") before it.
    let k = j - 1;
    while (k >= 0 && !units[k].punct && j - k < 10) k--;
    const before = units[k];
    if (before?.entity && before.punct === ',' && !before.possessive) return listLeft(units, k);
    if (before?.punct === ',') return agentHead(units, k);
    return undefined;
  }
  // "X and other observers have accused …", "A, B and several other nations ended …": the names,
  // with others the text does not name (./listed-before.ts, round 49)
  const named = namedBeforeOthers(units, j);
  if (named !== undefined) return withNamesListedBefore(units, listLeft(units, named));
  // "Y, a group designated by X", "Y, an armed group fighting Z": a participle after an
  // apposition's head is the named Y's, as a relative clause there is
  if (!relative && reducedRelative(units, end)) {
    const apposed = appositionAntecedent(units, j);
    if (apposed !== undefined) return listLeft(units, apposed);
  }
  return agentHead(units, j);
}

/** Words that add a side to the subject between commas: "X, along with Y, …". */
const ACCOMPANYING = ['along with', 'together with', 'as well as', 'alongside'];

/**
 * "X, along with Y, condemned Z": the names of X and of the added side(s) Y closing at `j` (Y's
 * unit, its comma after it), when X, with its comma, stands right before the accompanying words.
 */
function accompaniedSubject(units: Unit[], j: number): { actors: Unit[]; at: number } | undefined {
  const added = listLeft(units, j);
  for (const words of ACCOMPANYING) {
    const n = words.split(' ').length;
    const from = added.at - n;
    if (from < 1) continue;
    const said = units
      .slice(from, added.at)
      .map((w) => (w.punct || w.entity ? '\u0000' : w.lower))
      .join(' ');
    if (said !== words) continue;
    const first = units[from - 1];
    if (!first.entity || first.possessive || first.punct !== ',') return undefined;
    const subject = listLeft(units, from - 1);
    // "the talks in X, along with Y, …": X must stand as a side, not after a preposition
    if (!sideBefore(units, subject.at) && units[subject.at - 1]?.tags.has('Preposition')) return undefined;
    return { actors: [...subject.actors, ...added.actors], at: subject.at };
  }
  return undefined;
}

/**
 * "Xian rockets fired from Y hit Z": a weapon's reduced relative of where it was fired from stands
 * between the weapon and its verb; the index of the weapon's head, else `j`.
 */
function beforeFiredFrom(units: Unit[], j: number): number {
  let p = j;
  // "from X", "from the Y Strip", "from a Z-controlled area"
  while (p > j - 5 && units[p] && !units[p].punct && units[p].lower !== 'from') p--;
  if (!isPlainWord(units[p]) || units[p].lower !== 'from' || p === j) return j;
  const fired = units[p - 1];
  const weapon = units[p - 2];
  if (!isPlainWord(fired) || !FIRING_PARTICIPLES.has(fired.lower)) return j;
  return isPlainWord(weapon) && WEAPON_HEADS.has(weapon.lower) ? p - 2 : j;
}

/**
 * "the town of X in Y province was attacked", "X fighters in Y attacked", "X forces at the base
 * responded": the phrase closing on a place after "in/at/near" ends before it; the unit where the
 * phrase then ends, or `j` when no place ends it.
 */
function beforePlace(units: Unit[], j: number): number {
  const named = (u: Unit | undefined) =>
    !!u?.entity && !u.punct && !u.possessive && u.entity.type !== 'Person';
  let p = j;
  if (named(units[p])) {
    p--;
    // "peacekeepers in the Y attacked": a determiner before the place
    if (units[p]?.lower === 'the' && !units[p].punct) p--;
  } else if (isPlainWord(units[p]) && PLACE_HEADS.has(units[p].lower) && named(units[p - 1])) p -= 2;
  else if (isPlainWord(units[p]) && units[p].tags.has('Noun') && units[p - 1]?.lower === 'the') p -= 2;
  else return j;
  const prep = units[p];
  const before = units[p - 1];
  return isPlainWord(prep) && PLACE_PREPOSITIONS.has(prep.lower) && before && !before.punct ? p - 1 : j;
}

/**
 * The name a body's unnamed voice at `j` speaks for: "X's (foreign ministry) spokesman", "an Xian
 * foreign ministry statement", "Xian military sources" — the name right before at most three
 * words of the body's office (`VOICE_MODIFIERS`). Not a name after a preposition ("sources in X"
 * are where they are), nor a voice with no name on it ("security sources", "the statement").
 */
function voiceOf(units: Unit[], j: number): { actors: Unit[]; at: number; via?: string } | undefined {
  let k = j - 1;
  const office = (w: Unit | undefined) => !!w && !w.entity && !w.punct && VOICE_MODIFIERS.has(w.lower);
  while (j - k <= 3 && office(units[k])) k--;
  const name = units[k];
  if (!name?.entity || name.punct || name.entity.type === 'Person') return undefined;
  if (name.entity.type === 'Location') return undefined;
  const list = listLeft(units, k);
  const before = units[list.at - 1];
  if (before && !before.entity && (before.tags.has('Preposition') || PLACE_PREPOSITIONS.has(before.lower)))
    return undefined;
  return list;
}

/** Whether the verb group opening at `end` is one of speaking: "said", "has told", "accused". */
function speaksAt(units: Unit[], end: number): boolean {
  let v = end;
  while (
    units[v] &&
    !units[v].entity &&
    !units[v].punct &&
    (isAux(units[v]) || isAdverb(units[v]) || isTime(units[v]))
  )
    v++;
  const verb = units[v];
  return !!verb && !verb.entity && SPOKEN_VERBS.has(verb.lower);
}

/** The subject of "X issued a/the statement" when the statement's noun is at `j`. */
function issuerOf(units: Unit[], j: number): { actors: Unit[]; at: number; via?: string } | undefined {
  let k = j - 1;
  if (DETERMINERS.has(units[k]?.lower ?? '') && !units[k].entity) k--;
  const verb = units[k];
  if (!verb || verb.entity || verb.punct || !ISSUE_VERBS.has(verb.lower) || !isVerb(verb)) return undefined;
  const g = groupAt(units, k);
  if (g.mood !== 'fact' || g.passive) return undefined;
  const issuer = leftActors(units, g.start);
  return issuer && { ...issuer, via: ' via statement' };
}

/**
 * The state whose voice tells of bare forces at `j` ("troops", "security forces") opening the
 * reported clause: "A Xian army spokesman says troops killed Y", "The Xian military said that
 * soldiers had killed Y" give X. A state only: in a group's words "troops" are its enemy's
 * ("rebels say troops attacked their camp"), and in a person's words they are anyone's.
 */
function statesOwnForces(units: Unit[], j: number): { actors: Unit[]; at: number; via?: string } | undefined {
  const opening = units[j - 1]?.lower === 'security' && !units[j - 1].entity ? j - 1 : j;
  const before = units[opening - 1];
  if (!before || before.entity || before.punct) return undefined;
  if (before.lower !== 'that' && !SAY_VERBS.has(before.lower)) return undefined;
  const speaker = speakerOf(units, opening);
  const state = speaker?.actors.length === 1 ? speaker.actors[0] : undefined;
  return state?.entity?.type === 'Country' ? { ...speaker!, via: ' via state-voice' } : undefined;
}

/**
 * A speaker the pronoun can stand for: "he/she" a person, "it" no person, "they" a body or more
 * than one (round 46: "X, the army's spokesman … He said they fought the police" is no act
 * of the spokesman's).
 */
function agreeing(
  pronoun: string,
  speaker: { actors: Unit[]; at: number; via?: string } | undefined,
): { actors: Unit[]; at: number; via?: string } | undefined {
  if (!speaker) return undefined;
  const person = speaker.actors.length === 1 && speaker.actors[0].entity?.type === 'Person';
  if (pronoun === 'he' || pronoun === 'she')
    return speaker.actors.every((a) => a.entity?.type === 'Person') ? speaker : undefined;
  return person ? undefined : speaker;
}

/** The speaker a pronoun at `j` stands for, right after a verb of saying: "X said (that) it …". */
function speakerOf(units: Unit[], j: number): { actors: Unit[]; at: number; via?: string } | undefined {
  const according = accordingTo(units, j);
  if (according) return { ...according, via: ' via reported-speaker' };
  let k = j - 1;
  if (units[k]?.lower === 'that') k--;
  while (isTime(units[k]) || isAdverb(units[k])) k--;
  // "X said in a statement (on Monday) that its fighters …": the statement is the speaker's
  k = pastStatedIn(units, k);
  while (isTime(units[k]) || isAdverb(units[k])) k--;
  if (!isVerb(units[k]) || !SAY_VERBS.has(units[k].lower) || units[k].punct) return undefined;
  const speaker = leftActors(units, groupAt(units, k).start);
  return speaker && { ...speaker, via: ' via reported-speaker' };
}

/** "in a statement", "in its statement", "in a televised statement": where one said something. */
const STATED_IN = new Set(['statement', 'communique', 'interview', 'address', 'message']);

/** Back from `k` over "in a (written) statement" closing there; the index before it, else `k`. */
function pastStatedIn(units: Unit[], k: number): number {
  const noun = units[k];
  if (!noun || noun.entity || noun.punct || !STATED_IN.has(noun.lower)) return k;
  for (let p = k - 1; p >= k - 4 && p >= 0; p--) {
    const w = units[p];
    if (w.entity || w.punct) return k;
    if (w.lower === 'in') return p - 1;
  }
  return k;
}

/**
 * "According to X, its forces …", "According to the Xian military, it …": the one a clause opening
 * at `j` right after "According to X," is told by — the name, or the name with a head it acts
 * through ("the Xian military"); one name only, no person's words read as a body's.
 */
function accordingTo(units: Unit[], j: number): { actors: Unit[]; at: number } | undefined {
  const close = units[j - 1];
  if (!close || close.punct !== ',' || !['it', 'its'].includes(units[j]?.lower ?? '')) return undefined;
  let open = -1;
  for (let p = j - 2; p >= 1 && j - p <= 8; p--) {
    if (units[p].punct) return undefined;
    if (units[p].lower === 'to' && units[p - 1].lower === 'according') {
      open = p + 1;
      break;
    }
  }
  if (open < 0) return undefined;
  const named = units.slice(open, j).filter((u) => u.entity);
  if (named.length !== 1 || named[0].entity!.type === 'Person' || named[0].entity!.type === 'Location')
    return undefined;
  const at = units.indexOf(named[0]);
  // the name last, or before a head it acts through: "the Xian military", "X's spokesman"
  const rest = units.slice(at + 1, j);
  const headed =
    rest.length === 0 ||
    (rest.length <= 2 &&
      rest.every(
        (u) =>
          !u.entity && (AGENT_HEADS.has(u.lower) || VOICE_MODIFIERS.has(u.lower) || VOICE_HEADS.has(u.lower)),
      ));
  return headed ? { actors: [named[0]], at } : undefined;
}

/**
 * The speaker the owner pronoun at `owner` ("its", "their") stands for, when the reported clause
 * it stands in opens at `clause` right after a verb of saying: "X says its forces killed Y", "X
 * said that 18 of its soldiers were killed".
 */
export function ownerSpeaker(
  units: Unit[],
  owner: number,
  clause: number,
): { actors: Unit[]; at: number; via?: string } | undefined {
  const speaker = speakerOf(units, clause);
  return units[owner].lower === 'its' && speaker ? bodiesOfSpeakers(units, speaker) : speaker;
}

/**
 * "X said government forces attacked its bases", "a spokesman for X said Yian troops shelled its
 * positions": the target "its <head>" at `owner` of an act whose subject, closing at `subject.at`'s
 * phrase, is plural (forces, troops: no "its" of theirs) and opens a reported clause — the body
 * the speaker speaks for. Undefined when the subject is one name that may own it ("Y attacked its
 * own people"), when no head of a target follows, or when no verb of saying opens the clause.
 */
export function speakersTarget(
  units: Unit[],
  owner: number,
  subject: { actors: Unit[]; at: number },
): Unit | undefined {
  const its = units[owner];
  // "the rebel X says Yian soldiers attacked their positions" (./their-targets.ts, round 49)
  if (its?.lower === 'their') return theirSpeakerTarget(units, owner, subject, speakerOf(units, subject.at));
  // "its bases", "its border posts": a target's head, after at most one word of kind
  const headAt = (u: Unit | undefined) => !!u && !u.entity && TARGET_HEADS.has(u.lower);
  const head = headAt(units[owner + 1]) || (isPlainWord(units[owner + 1]) && headAt(units[owner + 2]));
  if (!its || its.entity || its.lower !== 'its' || !head) return undefined;
  // the subject's own words end on a plural head: "government forces", "Yian troops"
  const plural = (u: Unit | undefined) => !!u && PLURAL_SUBJECTS.has(u.lower.split(' ').pop() ?? '');
  const next = units[subject.at + 1];
  if (!plural(units[subject.at]) && !(next && !next.entity && plural(next))) return undefined;
  const speaker = ownerSpeaker(units, owner, subject.at);
  const body = speaker?.actors.length === 1 ? speaker.actors[0] : undefined;
  if (!body?.entity || subject.actors.some((a) => a.entity?.id === body.entity!.id)) return undefined;
  return body;
}

/** Plural heads of a subject that "its" cannot stand for. */
const PLURAL_SUBJECTS = new Set(
  'forces troops soldiers fighters militants rebels insurgents militias jets warplanes drones gunmen units'.split(
    ' ',
  ),
);

/**
 * "its" is never a person's: "X spokesman Y said its fighters …" speaks of the body Y speaks for,
 * named with the title right before Y. The speakers, each person replaced by that body; undefined
 * when a person speaks for no body named so.
 */
function bodiesOfSpeakers(
  units: Unit[],
  speaker: { actors: Unit[]; at: number; via?: string },
): { actors: Unit[]; at: number; via?: string } | undefined {
  const actors: Unit[] = [];
  for (const a of speaker.actors) {
    if (a.entity?.type !== 'Person') {
      actors.push(a);
      continue;
    }
    const p = units.indexOf(a);
    const [body, title] = [units[p - 2], units[p - 1]];
    const titled = !!title && !title.entity && !title.punct && AGENT_HEADS.has(title.lower);
    if (titled && body?.entity?.type === 'Organization' && !body.punct) {
      actors.push(body);
      continue;
    }
    // "X, a spokesman for Y, said its fighters …": the body the apposition names X the voice of
    const apposed = a.punct === ',' ? voicedBody(units, p + 1) : undefined;
    if (!apposed) return undefined;
    actors.push(apposed);
  }
  return { ...speaker, actors };
}

/**
 * The organisation an apposition opening at `from` names its person the voice of: "a spokesman
 * for Y,", "the Y spokesman,", "Y's military spokeswoman," (at most six words, closed by a comma).
 */
function voicedBody(units: Unit[], from: number): Unit | undefined {
  for (let k = from; k < units.length && k - from < 6; k++) {
    const w = units[k];
    if (w.entity && w.entity.type !== 'Organization') return undefined;
    if (!w.entity && VOICE_HEADS.has(w.lower)) {
      const after = units[k + 1];
      const next =
        after?.lower === 'for' || after?.lower === 'of'
          ? units[k + 2]?.lower === 'the'
            ? units[k + 3]
            : units[k + 2]
          : undefined;
      if (next?.entity?.type === 'Organization' && next.punct === ',') return next;
      const owner = units.slice(from, k).filter((u) => u.entity);
      return w.punct === ',' && owner.length === 1 ? owner[0] : undefined;
    }
    if (w.punct) return undefined;
  }
  return undefined;
}

/** Words of where that the tagger may not call prepositions: "a camp inside X", "sorties over X" (round 32). */
const LOCATIVES = new Set(['inside', 'outside', 'within', 'over', 'across', 'throughout']);

/**
 * Prepositions after which a name, closed by a comma, is still the antecedent of the relative
 * clause that follows it ("support to Y, which …", "talks with Y, who …"); "in/at/near" name where,
 * "on/against/of" the head before them (an attack on Y, the leader of Y) is what the clause tells of.
 */
const RELATIVE_OBJECT_PREPOSITIONS = new Set(['to', 'for', 'with', 'by', 'from']);

/** How many words an apposition before a relative pronoun may hold: "a provincial capital in the north". */
const APPOSITION_SPAN = 8;

/**
 * "Y, a provincial capital in the north that was taken by X", "Y, an armed group which X
 * designated", "Y, a group designated by X", "Y and Z are the two groups designated by X": the name
 * before an apposition, or the subject of "is/are" before a predicate noun, whose head noun the
 * relative pronoun or the participle follows (unit `j` is the word right before it). The phrase
 * opens on an article and holds no verb, no other comma, and no name but a modifier of its head
 * ("the Hamas affiliate") or a place after "in/of" ("a town in northern Y"). Y's index, or
 * undefined; undefined too when "is/are" is negated or in a modal ("Y is not a group designated by X").
 */
function appositionAntecedent(units: Unit[], j: number): number | undefined {
  const u = units[j];
  if (!u || u.punct) return undefined;
  // the place phrase closing the apposition: its name seen, then its preposition
  let place: 'none' | 'named' | 'done' = 'none';
  for (let k = j; k >= 0 && j - k < APPOSITION_SPAN; k--) {
    const w = units[k];
    const before = units[k - 1];
    if (w.entity) {
      if (w.punct || w.possessive) return undefined;
      // "the Hamas affiliate": a name on the head noun after it
      const next = units[k + 1];
      if (k < j && !next.entity && !next.punct && nounish(next)) continue;
      // a place after "in/of": "a capital in northern Afghanistan"
      if (place !== 'none' || !isPlace(w)) return undefined;
      place = 'named';
      continue;
    }
    if (w.punct || isVerb(w) || RELATIVES.has(w.lower)) return undefined;
    if (APPOSED_PLACE_PREPOSITIONS.has(w.lower)) {
      // "the target of an attack that …": a preposition before anything but the place ends it
      if (place !== 'named') return undefined;
      place = 'done';
      continue;
    }
    if (w.tags.has('Preposition')) return undefined;
    if (['a', 'an', 'the'].includes(w.lower)) {
      if (before?.entity && before.punct === ',' && !before.possessive) return k - 1;
      // "Y and Z are the groups …": the subject of the copula, in the mood of its group
      if (before && !before.entity && !before.punct && BE.has(before.lower)) {
        const g = groupAt(units, k - 1);
        const subject = units[g.start - 1];
        if (g.mood !== 'fact' || !subject?.entity || subject.punct || subject.possessive) return undefined;
        return g.start - 1;
      }
      // "a town in the Y region": an article only inside the place phrase
      if (place !== 'named') return undefined;
    }
  }
  return undefined;
}

/** A participle opening a reduced relative at `i`: "-ing", or passive with no auxiliary ("designated by"). */
function reducedRelative(units: Unit[], i: number): boolean {
  const verb = units[i];
  if (!verb || !isVerb(verb) || verb.entity) return false;
  return verb.lower.endsWith('ing') || groupAt(units, i).passive;
}

const APPOSED_PLACE_PREPOSITIONS = new Set(['in', 'of', 'near']);

const isPlace = (u: Unit) => u.entity?.type === 'Location' || u.entity?.type === 'Country';

/** A country at `j` written after a town and its comma, closed by a comma: "near Y, Chile,". */
function closesAddress(units: Unit[], j: number): boolean {
  const [town, country] = [units[j - 1], units[j]];
  return (
    country?.entity?.type === 'Country' &&
    country.punct === ',' &&
    town?.entity?.type === 'Location' &&
    town.punct === ','
  );
}

/** Where "X, which/who …" opens the relative clause that closes at unit `j`: X's unit, if any. */
function relativeAntecedent(units: Unit[], j: number): number | undefined {
  for (let k = j - 1; k > 0 && j - k < 30; k--) {
    const u = units[k];
    if (u.punct && u.punct !== ',') return undefined;
    const before = units[k - 1];
    if (!u.entity && RELATIVES.has(u.lower) && before?.punct === ',') {
      if (before.entity) return k - 1;
      if (AGENT_HEADS.has(before.lower) && units[k - 2]?.entity && !units[k - 2].punct) return k - 1;
    }
  }
  return undefined;
}

/** Words a describing apposition opens on: "a close ally of Y", "the main backer of Y", "one of Y's allies". */
const DESCRIPTION_OPENERS = new Set(['a', 'an', 'the', 'one']);
/** How many units a describing apposition may hold: "a founding member of the Y Union (YU)". */
const DESCRIBED_SPAN = 12;

/**
 * "X, a close ally of Y, denounced Z", "X — the main backer of Y — denounced Z", "X, a member of
 * the Y Union (YU), denounced Z": the name before an apposition that opens on an article (or "one")
 * and a word of its own (not a name) right after X's comma or dash, holds no verb and no other
 * punctuation, and closes on the name at `j` with a comma (after a closing bracket too) or a dash.
 * X's index, or undefined.
 */
function describedAntecedent(units: Unit[], j: number): number | undefined {
  const u = units[j];
  const dashed = u.dash && !u.punct;
  if (!u.entity || u.possessive || !(dashed || u.punct === ',' || u.punct === '),')) return undefined;
  for (let k = j - 1; k >= 0 && j - k <= DESCRIBED_SPAN; k--) {
    const w = units[k];
    const opens = dashed ? w.dash && !w.punct : w.punct === ',';
    if (opens || w.punct) {
      // a description opens on an article and a word of its own, not on a name ("— the Y
      // Movement and the Z Movement —" names the sides again)
      const [first, second] = [units[k + 1], units[k + 2]];
      const named = opens && !!w.entity && !w.possessive;
      return named && k + 2 < j && !first.entity && !second.entity && DESCRIPTION_OPENERS.has(first.lower)
        ? k
        : undefined;
    }
    if (w.dash && !w.entity) return undefined;
    if (isVerb(w) && !w.entity && !nounish(w)) return undefined;
  }
  return undefined;
}

/**
 * Openers of an aside that says on whose word or behalf one acts, not with whom, or gives the
 * actor's other name ("X, also known as Y, was orchestrating …": X acts); "X, through its agency
 * Y, announced …": the means X acts through (round 18).
 */
const CIRCUMSTANCES = [
  'at the request of',
  'on behalf of',
  'at the behest of',
  'on the orders of',
  'also known as',
  'known as',
  'formerly known as',

  'through ',
];

/**
 * "X, at the request of Y, filed …": the name before an aside of circumstance closing on the name
 * at `j` (the aside opens right after X's comma); its index.
 */
function circumstanceAntecedent(units: Unit[], j: number): number | undefined {
  for (let k = j - 1; k > 0 && j - k < 12; k--) {
    if (units[k].punct) return undefined;
    const opener = units
      .slice(k, k + 4)
      .map((u) => u.lower)
      .join(' ');
    const before = units[k - 1];
    if (before?.punct === ',' && before.entity && CIRCUMSTANCES.some((c) => opener.startsWith(c)))
      return k - 1;
  }
  return undefined;
}

const OWNER_PRONOUNS = new Set(['its', 'their']);
/** "X and partner forces", "X and coalition troops": unnamed allies beside a named side. */
const ALLY_MODIFIERS = new Set(['partner', 'partnered', 'coalition']);

/** "US forces", "Hezbollah rockets", "U.S. intelligence officials": the name acting through a head. */
function agentHead(units: Unit[], j: number): { actors: Unit[]; at: number; via?: string } | undefined {
  const u = units[j];
  // "X and its allies accuse Y": X accuses.
  if (
    u &&
    ALLIES.has(u.lower) &&
    ['its', 'their'].includes(units[j - 1]?.lower ?? '') &&
    units[j - 2]?.lower === 'and'
  )
    return units[j - 3]?.entity ? listLeft(units, j - 3) : undefined;
  if (!u || u.entity || !AGENT_HEADS.has(u.lower)) return undefined;
  let k = j - 1;
  // "X says its forces killed Y": the owner, right after a verb of saying, is the speaker.
  if (OWNER_PRONOUNS.has(units[k]?.lower ?? '') && !units[k].entity) return ownerSpeaker(units, k, k);
  // "Iran-backed militias attacked": the militias act, not Iran. But "Saudi-led airstrikes hit",
  // "NATO-led forces bombed": the leader named before the hyphen acts through them (round 29).
  if (units[k]?.lower === 'led' && units[k - 1]?.entity && units[k - 1].dash && !units[k - 1].punct)
    return { actors: [units[k - 1]], at: k - 1 };
  if (HYPHEN_MODIFIERS.has(units[k]?.lower ?? '')) return undefined;
  const ally = (u: Unit | undefined) => !!u && ALLY_MODIFIERS.has(u.lower) && !u.entity && !u.punct;
  const word = (w: Unit | undefined) => !!w && !w.entity && !w.punct;
  if (word(units[k]) && (nounish(units[k]) || ally(units[k]))) k--;
  // "X's exiled government", "X's elite forces": one adjective between an owner and its head
  else if (
    word(units[k]) &&
    (units[k].tags.has('Adjective') || /ed$/.test(units[k].lower)) &&
    !!units[k - 1]?.entity &&
    units[k - 1].possessive
  )
    k--;
  // "US and partner forces conducted": the named side acts, with allies left unnamed; so in
  // "X's army and associated clan militias killed": X's side acts, with helpers it does not name.
  let partners = k;
  while (
    j - partners < 4 &&
    word(units[partners]) &&
    units[partners].lower !== 'and' &&
    modifierOf(units[partners])
  )
    partners--;
  const unnamedPartners = units[partners]?.lower === 'and' && partners < j - 1;
  if (unnamedPartners && units[partners - 1]?.entity && !units[partners - 1].punct) k = partners - 1;
  else if (units[k]?.lower === 'and' && ally(units[k + 1]) && !units[k - 1]?.punct) k--;
  // "U.N. and French helicopters fired": every name of the list acts.
  if (!units[k]?.entity || units[k].punct) return undefined;
  // "Syrian rebels attacked": a country's rebels are not the country.
  const modified = k === j - 1 || (k === j - 2 && !unnamedPartners);
  if (NON_STATE_HEADS.has(u.lower) && modified && units[k].entity?.type === 'Country') return undefined;
  // "the conflict between X forces and the Y rebels who overran Z": the relative is the last
  // side's, not the pair's
  const list = listLeft(units, k);
  // "the coalition backing X's exiled government launched …": the coalition acts
  const subject = participleSubject(units, list.at);
  if (subject !== undefined)
    return units[subject].entity ? listLeft(units, subject) : agentHead(units, subject);
  let b = list.at - 1;
  while (units[b] && DETERMINERS.has(units[b].lower) && !units[b].entity) b--;
  return units[b]?.lower === 'between' ? { actors: [units[k]], at: k } : list;
}

/**
 * Participles whose object is not their noun's partner: "the coalition backing X", "militias
 * fighting X" (compromise may tag them nouns). Not "including", "comprising": those name members.
 */
const OBJECT_PARTICIPLES = new Set(
  `backing supporting opposing fighting battling targeting defending protecting guarding occupying
   controlling besieging representing`.split(/\s+/),
);

/**
 * "the coalition backing | X", "militias supporting the | X": a present participle (after no
 * comma) right before the name list at `at`, itself right after a noun or a name; that noun's
 * index, else undefined.
 */
function participleSubject(units: Unit[], at: number): number | undefined {
  let q = at - 1;
  while (units[q] && DETERMINERS.has(units[q].lower) && !units[q].entity && !units[q].punct) q--;
  const verb = units[q];
  if (!verb || verb.entity || verb.punct || !OBJECT_PARTICIPLES.has(verb.lower)) return undefined;
  const noun = units[q - 1];
  if (!noun || noun.punct || noun.possessive) return undefined;
  return noun.entity || (noun.tags.has('Noun') && !noun.tags.has('Pronoun') && !isVerb(noun))
    ? q - 1
    : undefined;
}

/** The name at `j` stands right after a verb in the past that is no verb of saying. */
function objectOfPastVerb(units: Unit[], j: number): boolean {
  const name = units[j];
  const verb = units[j - 1];
  return (
    !!name?.entity &&
    !!verb &&
    !verb.entity &&
    !verb.punct &&
    isVerb(verb) &&
    verb.tags.has('PastTense') &&
    !REPORTING_PAST.has(verb.lower) &&
    !isAux(verb)
  );
}

/** How far back from a name the "by" of a paper's participle may stand: "read by the envoy of X, Ambassador Y,". */
const PAPER_AGENT_SPAN = 10;

/**
 * The names ending at `at` are the agent of a participle on a paper ("the resolution read by |
 * the envoy of X, Ambassador Y,"): "by" within reach, after a past participle, after a paper's
 * head noun; nothing in between that ends the phrase (a semicolon, a finite verb).
 */
function agentOfPaper(units: Unit[], at: number): boolean {
  for (let k = at - 1; k >= 0 && at - k <= PAPER_AGENT_SPAN; k--) {
    const w = units[k];
    if (w.punct === ';' || w.punct === '.' || w.punct === ':') return false;
    if (w.entity || w.lower !== 'by') {
      if (!w.entity && isVerb(w) && !w.tags.has('PastTense') && !w.tags.has('Participle')) return false;
      continue;
    }
    const participle = units[k - 1];
    const head = units[k - 2];
    return (
      !!participle &&
      !!head &&
      !participle.entity &&
      !participle.punct &&
      !head.entity &&
      !head.punct &&
      isVerb(participle) &&
      PAPER_HEADS.has(head.lower)
    );
  }
  return false;
}

/** How many words may stand between the aside's comma and the name it closes on. */
const PATRON_ASIDE_SPAN = 7;

/**
 * Whether the name at `at` ends an aside opened by a comma and a patron's participle with its
 * preposition: ", inspired by Chinese revolutionary leader X,", ", loyal to X,", and a list of
 * patrons inside it (", backed by UN peacekeepers, Xian and Yian troops,", round 43).
 */
function inPatronAside(units: Unit[], at: number): boolean {
  for (let k = at - 1; k >= 0 && at - k <= PATRON_ASIDE_SPAN; k--) {
    const u = units[k];
    if (u.punct && u.punct !== ',') return false;
    if (u.punct && k !== at - 1 && !listedBefore(units, k)) return false;
    if (['by', 'to', 'with'].includes(u.lower) && !u.entity) {
      const verb = units[k - 1];
      return (
        !!verb && !verb.entity && PATRON_PARTICIPLES.has(verb.lower) && !!units[k - 2]?.punct.endsWith(',')
      );
    }
  }
  return false;
}

/** How far back from an aside's closing comma its patron participle may stand. */
const PATRON_LIST_SPAN = 12;

/**
 * ", backed by UN peacekeepers, Xian and Yian troops," closing at `j`: the index of the word before
 * the aside's opening comma (the subject's head), when the aside opens on a patron's participle
 * and its preposition; undefined otherwise.
 */
function patronAsideOpening(units: Unit[], j: number): number | undefined {
  for (let k = j - 1; k > 0 && j - k <= PATRON_LIST_SPAN; k--) {
    const u = units[k];
    if (u.punct && u.punct !== ',') return undefined;
    const opens =
      !u.entity &&
      PATRON_PARTICIPLES.has(u.lower) &&
      ['by', 'to', 'with'].includes(units[k + 1]?.lower ?? '') &&
      units[k - 1].punct === ',';
    if (opens) return k - 1;
  }
  return undefined;
}

/** A comma at `k` that closes an earlier item of a list: a name or a noun after a name ("UN peacekeepers,"). */
function listedBefore(units: Unit[], k: number): boolean {
  return !!units[k].entity || !!units[k - 1]?.entity;
}

/** A word that may qualify unnamed partners: "associated clan", "local", "allied tribal". */
function modifierOf(u: Unit): boolean {
  return u.tags.has('Adjective') || u.tags.has('Noun') || u.tags.has('Participle') || u.tags.has('PastTense');
}

/** Words that open a clause on its subject: "after X announced", "since X invaded". */
const SUBORDINATORS = new Set([
  'after',
  'before',
  'since',
  'until',
  'while',
  'when',
  'because',
  'once',
  'where',
]);

/**
 * Words before "as" that make it no clause opener: "such as X", "as well as X", "known as X",
 * "served as X", "seen as X".
 */
const AS_PHRASES = new Set(
  `such well soon long same as known named dubbed called described designated listed identified
   labeled labelled branded classified regarded seen viewed referred served serves serve serving
   act acts acted acting`.split(/\s+/),
);

/**
 * The "as" at `p` opens a clause ("the attack took place as X and Y exchanged fire"), rather than
 * naming what something is ("known as X", "served as X", "such as X").
 */
function clauseAs(units: Unit[], p: number): boolean {
  const before = units[p - 1];
  if (!before) return true;
  return !!before.punct || (!before.entity && !AS_PHRASES.has(before.lower));
}

/** "By sanctioning X, Y …", "After striking X, Y …": a fronted clause's opener before its verb. */
const FRONT_OPENERS = new Set(['by', 'after', 'before', 'while', 'since', 'upon']);

/** The comma closing a phrase that opens the sentence at `from` (within 15 units), if any. */
function closingComma(units: Unit[], from: number): number | undefined {
  let c = from;
  while (units[c] && c - from < 15 && !units[c].punct) c++;
  return units[c]?.punct === ',' ? c : undefined;
}

/** From `k`, past the plain nouns of a subject's head ("troops", "officials"), up to `limit`. */
function pastHeadNouns(units: Unit[], k: number, limit: number): number {
  while (
    k < limit &&
    units[k] &&
    !units[k].entity &&
    !units[k].punct &&
    !isVerb(units[k]) &&
    nounish(units[k])
  )
    k++;
  return k;
}

/**
 * The actors of a verb that opens a fronted clause, "By sanctioning X, the United States makes
 * clear …", "Backed by X, Y troops retook the town": the main clause's subject, right after the
 * clause's comma and followed by its own verb. Undefined when the verb opens no such clause.
 */
export function frontedActors(
  units: Unit[],
  start: number,
): { actors: Unit[]; at: number; via?: string } | undefined {
  const opener = start === 1 && FRONT_OPENERS.has(units[0].lower) && units[1].lower.endsWith('ing');
  if (start !== 0 && !opener) return undefined;
  // "After coordinating with A, B and other leaders, we acted": a list inside the fronted phrase
  // has commas of its own; the main clause follows the first that a subject and its verb follow
  // (round 32)
  for (let c = closingComma(units, start), n = 0; c !== undefined && n < FRONT_COMMAS; n++) {
    const main = mainClauseAfter(units, c);
    if (main) return main;
    c = opener ? closingComma(units, c + 1) : undefined;
  }
  return undefined;
}

/** How many commas of a fronted participle's phrase may be tried for the main clause. */
const FRONT_COMMAS = 4;

/** The main clause's subject after the comma at `c`, when its own verb follows it. */
function mainClauseAfter(units: Unit[], c: number): { actors: Unit[]; at: number } | undefined {
  const actors = listRight(units, c + 1);
  if (!actors.length) return undefined;
  // "the United States makes", "Iraqi troops liberated": the subject's head, then its verb.
  const e = pastHeadNouns(units, units.indexOf(actors[actors.length - 1]) + 1, c + 12);
  return isVerb(units[e]) && !units[e - 1].punct ? { actors, at: c + 1 } : undefined;
}

/**
 * "In solidarity with Y, X sent …", "In talks with Y, X agreed …": an event noun whose phrase opens
 * the sentence after "in" (and a few qualifiers: "In full solidarity") acts through the main
 * clause's subject; a subject that lists its members ("other allies such as A and B") is the list.
 */
export function frontedNounActors(units: Unit[], i: number): { actors: Unit[]; at: number } | undefined {
  if (
    !FRONTED_OPENERS.has(units[0]?.lower ?? '') ||
    i > 3 ||
    units.slice(1, i).some((u) => u.entity || u.punct)
  )
    return undefined;
  const c = closingComma(units, i);
  if (c === undefined) return undefined;
  // the subject's list after "such as" / "including", else the subject itself; then its own verb
  let k = c + 1;
  while (units[k] && k - c < 8 && !units[k].punct && !isVerb(units[k]) && !units[k].entity) k++;
  if (units[k]?.entity && !units[k].possessive && !units[k].punct) k++;
  k = pastHeadNouns(units, k, c + 10);
  const such = units[k]?.lower === 'such' && units[k + 1]?.lower === 'as';
  const from = such ? k + 2 : units[k]?.lower === 'including' ? k + 1 : c + 1;
  const actors = listRight(units, from);
  if (!actors.length) return undefined;
  // "During his meeting with Y, A and B agreed …": a person's own talks, whom "his" or "her" names;
  // a main subject with no person in it did not hold them (round 28)
  const personal = units.slice(1, i).some((u) => PERSON_OWNERS.has(u.lower));
  if (personal && !actors.some((a) => a.entity?.type === 'Person')) return undefined;
  let e = pastHeadNouns(units, units.indexOf(actors[actors.length - 1]) + 1, c + 14);
  while (isAdverb(units[e])) e++;
  if (!isVerb(units[e]) || units[e - 1].punct) return undefined;
  let v = e;
  while (isAux(units[v]) && isVerb(units[v + 1])) v++;
  return groupAt(units, v).mood === 'fact' ? { actors, at: c + 1 } : undefined;
}

/** What opens a fronted noun phrase held by the main clause's subject: "In / During his talks with Y, X …" ("Ahead of" is not: the talks are still to come). */
const FRONTED_OPENERS = new Set(['in', 'during']);
/** Owners that only a person is: "his talks", "her visit". */
const PERSON_OWNERS = new Set(['his', 'her']);

/** "by Y", "by Y warplanes", "by Y airpower": the actors of a passive or an event noun. */
export function agentsRight(units: Unit[], k: number): Unit[] {
  const j = nextNonDeterminer(units, k);
  if (causePrefixed(units, j)) return [];
  // "by Y's X militia": the named group on the head acts, not the country that owns it
  const listed = byNamesRight(units, k);
  if (listed.length) return listed;
  const named = units[j];
  const head = units[j + 1];
  // "by members of X", "by fighters from X": a group's people act for the group
  if (
    named &&
    !named.entity &&
    !named.punct &&
    GROUP_PEOPLE.has(named.lower) &&
    OF_FROM.has(head?.lower ?? '')
  )
    return listRight(units, j + 2).filter((u) => u.entity!.type === 'Organization');
  if (named?.entity && !named.punct && head && !head.entity && AGENT_HEADS.has(head.lower)) return [named];
  return weaponAgents(units, k) ?? hedgedAgents(units, k);
}

/**
 * "by dozens of X missiles", "with a barrage of X rockets", "by 20 X-launched drones": the side
 * named on what is fired, past a count. A maker's name ("X-made drones") is left out later
 * (units.ts `maker`).
 */
export function weaponAgents(units: Unit[], k: number): Unit[] | undefined {
  let j = nextNonDeterminer(units, k);
  const count = units[j];
  if (!count || count.entity || count.punct) return undefined;
  // "dozens of", "a barrage of"; or a number, of one or more words ("two hundred")
  const value = (u: Unit | undefined) => !!u && !u.entity && !u.punct && u.tags.has('Value');
  if (VOLLEY_NOUNS.has(count.lower) && units[j + 1]?.lower === 'of' && !units[j + 1].punct) j += 2;
  else while (value(units[j])) j++;
  const named = units[j];
  if (!named?.entity || named.punct) return undefined;
  let h = j + 1;
  if (named.dash && FIRING_PARTICIPLES.has(units[h]?.lower ?? '') && !units[h].punct) h++;
  return units[h] && !units[h].entity && WEAPON_HEADS.has(units[h].lower) ? [named] : undefined;
}

/** The article's hedge on an agent: "believed to be", "thought to be", "suspected to be". */
const HEDGES = new Set(['believed', 'thought', 'suspected']);

/**
 * "by a rebel group, believed to be X", "by gunmen suspected to be X militants": the article's own
 * attribution names the agent (round 10: an attack "believed to be" by a group is annotated).
 */
function hedgedAgents(units: Unit[], k: number): Unit[] {
  for (let h = k; h - k <= 4 && units[h] && !units[h].entity; h++) {
    if (HEDGES.has(units[h].lower) && units[h + 1]?.lower === 'to' && units[h + 2]?.lower === 'be')
      return units[h + 2].punct ? [] : listRight(units, h + 3);
    if (units[h].punct && units[h].punct !== ',') return [];
  }
  return [];
}

/** A group's people, through whom it acts: "members of X", "fighters from X". */
const GROUP_PEOPLE = new Set([
  'members',
  'fighters',
  'militants',
  'gunmen',
  'guerrillas',
  'rebels',
  'insurgents',
]);
const OF_FROM = new Set(['of', 'from']);

/** The name at `j` (or the list it closes) is the agent of "led / headed / commanded by" (round 30). */
function ledBy(units: Unit[], j: number): boolean {
  let k = j;
  while (k > 0 && (units[k - 1]?.entity || ['and', ','].includes(units[k - 1]?.lower ?? ''))) k--;
  return units[k - 1]?.lower === 'by' && LED_BY.has(units[k - 2]?.lower ?? '');
}
const LED_BY = new Set(['led', 'headed', 'commanded', 'run', 'founded']);
