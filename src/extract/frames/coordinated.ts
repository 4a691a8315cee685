// A verb coordinated with an earlier one shares its subject: "X and Y discussed the ceasefire
// between A and B and agreed on the importance of support for Z" — X and Y agreed. Only when the
// verb group opens right after "and" and the earlier verb, in the same clause, has named actors.
// A participle after a clause's comma likewise: "X stormed the post, killing 17 Yian soldiers".
// For a stance (`sharedSpeaker`), after ", and" the verb that opened a "that" clause before it
// counts: "X agreed that Y must be respected, and expressed concern …" — X expressed it.
// A verb after "but" shares the earlier verb's subject, not its negation or modality: "X has not
// claimed the attack but has called on Y to …" — X called (round 32); a verb so hung on a reported
// or "that" clause ("X said Y attacked Z but urged W …") is left unread, whose it is unclear. A participle after "while",
// "by", "after", "since" or "upon" is the act of the clause it hangs on: "X imposed sanctions
// while urging Y to …", "X retook the town after shelling Y" (round 32).
import { leftActors } from './actors';
import { groupAt, isAdverb, isAux, isTime, isVerb } from './groups';
import { NOUN_FRAMES } from './lexicon';
import { DETERMINERS, EVENT_QUALIFIERS, SAY_VERBS } from './words';
import { isPlainWord, type Unit } from './units';

/** Clause breaks an earlier verb may not be looked for across. */
const BREAKS = new Set(['.', ';', ':', '?', '!']);
const CLAUSE_OPENERS = new Set([
  'that',
  'which',
  'who',
  'whom',
  'whose',
  'because',
  'while',
  'after',
  'before',
  'when',
  'if',
  'unless',
  'but',
]);

export function coordinatedActors(
  units: Unit[],
  start: number,
): { actors: Unit[]; at: number; via?: string } | undefined {
  const and = units[start - 1];
  if (!and || and.entity || and.punct) return undefined;
  const base = units[start].tags.has('Infinitive');
  if (and.lower === 'and') {
    // "accused X of raiding and shelling Y": the second gerund stays in the first one's
    // phrase, whose doer the clause's subject is not (round 49, fresh news)
    if (units[start].lower.endsWith('ing') && gerundOfPhrase(units, start - 2)) return undefined;
    const found = earlierSubject(units, start - 2, { base });
    // "X said Y had shelled Z on Friday, and accused W": after the comma the verb may join the
    // saying as well as the reported act, so whose it is is unclear, as after "but" (round 44)
    return found && units[start - 2]?.punct === ',' && reportedAt(units, found.at) ? undefined : found;
  }
  // "X denied the report but accused Y": the verb after "but" states its own mood, whatever the
  // first one's ("has not claimed … but has called on Y"); its subject is still the first one's
  if (and.lower !== 'but') return undefined;
  const found = earlierSubject(units, start - 2, { base, anyMood: true });
  if (!found || reportedAt(units, found.at)) return undefined;
  return { ...found, via: `${found.via ?? ''} via but` };
}

/** Prepositions whose gerund names an act laid on another: "accused of", "blamed for", "thanked for". */
const GERUND_PHRASE_OPENERS = new Set(['of', 'for', 'about']);

/** Whether unit `at` is a gerund right after such a preposition (adverbs between). */
function gerundOfPhrase(units: Unit[], at: number): boolean {
  const verb = units[at];
  if (!verb || verb.entity || verb.punct || !verb.lower.endsWith('ing')) return false;
  let p = at - 1;
  while (isAdverb(units[p]) && at - p <= 2) p--;
  const prep = units[p];
  return !!prep && !prep.entity && !prep.punct && GERUND_PHRASE_OPENERS.has(prep.lower);
}

/**
 * Words that hang a participle on the clause before them as its time, means or circumstance;
 * not "without" (the act did not happen), "before" (it may not have yet), "for" or "of" (the
 * act one is thanked for or accused of is another's: ./credited.ts, the allegation guards).
 */
const PARTICIPLE_LINKS = new Set(['while', 'by', 'after', 'since', 'upon']);

/**
 * "X imposed sanctions on Y while urging Z to …", "X retook the town after shelling Y": the
 * participle after a linking word is done by the subject of the stated, active verb before it.
 */
export function linkedParticipleActors(
  units: Unit[],
  start: number,
): { actors: Unit[]; at: number; via?: string } | undefined {
  if (!units[start].lower.endsWith('ing')) return undefined;
  // "while also striking Y": an adverb between the link and the participle
  let l = start - 1;
  while (isAdverb(units[l]) && start - l <= 2) l--;
  const link = units[l];
  if (!link || link.entity || link.punct || !PARTICIPLE_LINKS.has(link.lower)) return undefined;
  const found = earlierSubject(units, l - 1);
  if (!found || reportedAt(units, found.at)) return undefined;
  return { ...found, via: `${found.via ?? ''} via ${link.lower}-participle` };
}

/**
 * Whether the subject at `at` opens a clause reported by a verb of saying or opened by "that"
 * ("X said (that) Y attacked Z …", "X demanded that Y withdraw, …"): an act hung on that clause
 * ("… while urging W", "… but called on W") may be the main clause's subject's as well as Y's,
 * so it is not read (round 32).
 */
function reportedAt(units: Unit[], at: number): boolean {
  let k = at - 1;
  while (isTime(units[k]) || isAdverb(units[k])) k--;
  const word = units[k];
  if (!word || word.entity) return false;
  return word.lower === 'that' || SAY_VERBS.has(word.lower);
}

/**
 * "X stormed the post, killing 17 Yian soldiers": a participle after the comma that closes a
 * clause tells what the clause's subject did by it; the subject, when the clause's verb is stated
 * and its actors named ("X, backing Y, said …" has no verb before the comma: no subject).
 */
export function participleActors(
  units: Unit[],
  start: number,
): { actors: Unit[]; at: number; via?: string } | undefined {
  const comma = units[start - 1];
  if (comma?.punct !== ',' || !units[start].lower.endsWith('ing')) return undefined;
  const found = earlierSubject(units, start - 1);
  return found && { ...found, via: `${found.via ?? ''} via participle` };
}

/** How far back (in units) the verb a joined verb shares its subject with may stand. */
const JOINED_SPAN = 19;

/** How the earlier verb is looked for (see `earlierSubject`). */
interface EarlierSearch {
  /** A base form after "and": it shares only a base form's subject. */
  base?: boolean;
  /** The earlier verb may be negated or modal: only its subject is taken ("but"). */
  anyMood?: boolean;
}

/**
 * The named actors of the stated, active verb before unit `from` (inclusive) in the same clause.
 * A base form after "and" (`base`) shares only a base form's subject, never across a "to": in
 * "X lacks the means to shell Y and threaten Z" it is under the "to", no act of X's (round 30).
 * With `anyMood` the earlier verb may be negated or modal: only its subject is taken.
 */
function earlierSubject(
  units: Unit[],
  from: number,
  { base = false, anyMood = false }: EarlierSearch = {},
  depth = 0,
): { actors: Unit[]; at: number; via?: string } | undefined {
  for (let v = from; v >= 0 && from - v <= JOINED_SPAN; v--) {
    const u = units[v];
    // "on Tuesday, Nov. 14": an abbreviation's full stop ends no clause
    if (BREAKS.has(u.punct) && !(u.punct === '.' && u.tags.has('Abbreviation'))) return undefined;
    // "X suspended talks shortly after taking office and demanded Y …": "after" with a participle
    // opens no clause of its own subject; the verb before it is still the one joined (round 32)
    if (!u.entity && CLAUSE_OPENERS.has(u.lower) && !participlePhrase(units, v)) return undefined;
    if (base && !u.entity && u.lower === 'to') return undefined;
    // "carried out the attack and killed": the verb, not its particle
    if (!isVerb(u) || u.lower.endsWith('ing') || u.tags.has('Particle') || modifierVerb(units, v)) continue;
    // "suspended talks with Y": a present form right after a past verb is that verb's object
    if (objectAfterVerb(units, v)) continue;
    // "restated U.S. support for Y", "stressed continued Xian opposition toward Z": an event noun
    // or its qualifier inside the earlier verb's object (round 38)
    if (nounInObject(units, v)) continue;
    if (base && !u.tags.has('Infinitive')) return undefined;
    const g = groupAt(units, v);
    if (g.passive || (g.mood !== 'fact' && !anyMood)) return undefined;
    return leftActors(units, g.start) ?? (depth < 2 ? joinedSubject(units, g.start, base, depth) : undefined);
  }
  return undefined;
}

/** A joined verb's clause breaks, and its comma: a bare participle after "and" looks back no further. */
const COMMA_OR_BREAK = new Set([...BREAKS, ',']);

/**
 * "X struck targets of the Yians in Z and supported by W": a passive participle with no auxiliary
 * right after "and" cannot share the subject of a finite verb that took an object — English would
 * need "and was supported" — so it qualifies the noun before "and", not the clause's subject.
 * Participles joined to another participle still share it: "X, founded in 2010 and backed by W,
 * …" (round 32). The verb group at `g` is such a participle.
 */
export function reducedPassiveAfterAnd(
  units: Unit[],
  g: { start: number; passive: boolean },
  i: number,
): boolean {
  if (!g.passive || g.start !== i || units[i - 1]?.lower !== 'and') return false;
  for (let v = i - 2; v >= 0 && i - v <= JOINED_SPAN; v--) {
    const u = units[v];
    if (COMMA_OR_BREAK.has(u.punct)) return false;
    if (!isVerb(u) || u.lower.endsWith('ing') || u.tags.has('Particle')) continue;
    if (groupAt(units, v).passive) return false;
    const next = units[v + 1];
    return !!next && !next.punct && !next.tags.has('Preposition') && !next.tags.has('Adverb');
  }
  return false;
}

/** Words that open a participle phrase of time or manner: "after taking office", "while visiting Y". */
const PARTICIPLE_OPENERS = new Set(['after', 'before', 'while', 'since', 'when']);

/** Whether the clause opener at `v` opens a participle phrase (no subject of its own): "after taking". */
function participlePhrase(units: Unit[], v: number): boolean {
  const next = units[v + 1];
  return PARTICIPLE_OPENERS.has(units[v].lower) && !!next && !next.entity && next.lower.endsWith('ing');
}

/**
 * The subject of a verb that is itself the second of a chain: "X attacked and recaptured the town,
 * killing …", "X raided farms, burned barracks and killed …" — the verb group at `start` after
 * "and" or after the comma of a list of verb phrases shares the subject of the verb before it.
 */
function joinedSubject(
  units: Unit[],
  start: number,
  base: boolean,
  depth: number,
): { actors: Unit[]; at: number; via?: string } | undefined {
  const before = units[start - 1];
  if (!before || before.entity) return undefined;
  if (before.lower === 'and' && !before.punct) return earlierSubject(units, start - 2, { base }, depth + 1);
  return before.punct === ',' ? earlierSubject(units, start - 1, { base }, depth + 1) : undefined;
}

/**
 * "attacked an Xian police headquarters": a word compromise tags a verb ("police") inside a noun
 * phrase, after its determiner and a name on it, is no verb of the clause.
 */
function modifierVerb(units: Unit[], v: number): boolean {
  const u = units[v];
  const before = units[v - 1];
  const next = units[v + 1];
  const det = (w: Unit | undefined) => !!w && !w.entity && !w.punct && w.tags.has('Determiner');
  // a base form with a bare noun after it ("police headquarters"), not "the X group stormed a post"
  const base = !u.tags.has('PastTense') && !u.tags.has('Participle') && !u.punct;
  const noun = !!next && !next.entity && next.tags.has('Noun') && !next.tags.has('Determiner');
  // "stormed an X base near Y, killing": after "a/an" and a name, the word is the phrase's head
  // noun, whatever follows (round 32)
  const indefinite = ['a', 'an'].includes(units[v - 2]?.lower ?? '') && !!before?.entity && !before.punct;
  return (
    (base && indefinite) ||
    (base && noun && (det(before) || (!!before?.entity && !before.punct && det(units[v - 2]))))
  );
}

/**
 * "suspended talks", "imposed sanctions": a present form compromise tags a verb, right after a
 * past verb (no auxiliary) with nothing between, is no verb of the clause but its object.
 */
function objectAfterVerb(units: Unit[], v: number): boolean {
  const u = units[v];
  const before = units[v - 1];
  if (u.tags.has('PastTense') || !u.tags.has('PresentTense')) return false;
  return !!before && !before.entity && !before.punct && before.tags.has('PastTense') && !isAux(before);
}

/**
 * "restated U.S. support for Y", "stressed continued U.S. opposition toward Z": a word compromise
 * tags a verb inside the object of the past verb before it — an event noun of the lexicon with a
 * name on it, or a qualifier of events ("continued", "renewed") before a name or a noun — is no
 * verb of the clause (round 38).
 */
function nounInObject(units: Unit[], v: number): boolean {
  const u = units[v];
  const pastVerb = (w: Unit | undefined) => isPlainWord(w) && w.tags.has('PastTense') && !isAux(w);
  if (!isPlainWord(u)) return false;
  const named = units[v - 1]?.entity && !units[v - 1].punct;
  if (named && NOUN_FRAMES.has(u.lower) && !u.tags.has('PastTense')) {
    let k = v - 2;
    while (isPlainWord(units[k]) && EVENT_QUALIFIERS.has(units[k].lower)) k--;
    return pastVerb(units[k]) || (isPlainWord(units[k]) && DETERMINERS.has(units[k].lower));
  }
  const next = units[v + 1];
  const opensNoun = !!next && (!!next.entity || (isPlainWord(next) && next.tags.has('Noun')));
  return EVENT_QUALIFIERS.has(u.lower) && pastVerb(units[v - 1]) && opensNoun;
}

/** How far back from ", and" the verb that opened a "that" clause may stand. */
const THAT_SPAN = 25;

/**
 * The speaker a stance verb right after "and" shares: the earlier verb's subject, or after ", and"
 * the subject of the verb right before a "that" clause ("X agreed that …, and expressed …").
 */
export function sharedSpeaker(units: Unit[], start: number): { actors: Unit[]; at: number } | undefined {
  const and = units[start - 1];
  const comma = start - 2;
  if (!and || and.entity || and.lower !== 'and' || and.punct || units[comma]?.punct !== ',')
    return coordinatedActors(units, start);
  for (let t = comma; t > 0 && comma - t <= THAT_SPAN; t--) {
    const u = units[t];
    if (t < comma && u.punct && u.punct !== ',') return undefined;
    if (u.entity || u.lower !== 'that') continue;
    const verb = units[t - 1];
    if (!isVerb(verb) || verb.punct || verb.lower.endsWith('ing')) return undefined;
    const g = groupAt(units, t - 1);
    if (g.passive || g.mood !== 'fact') return undefined;
    return leftActors(units, g.start);
  }
  return coordinatedActors(units, start);
}
