// Verb groups: a verb with its auxiliaries, voice and mood ("has been struck", "vowed to strike",
// "did not attack"), and the small word classes the frame engine reads units by.
import { formsOf } from '../nlp';
import { CLAIM_NOUNS, NEED_ADJECTIVES } from '../lexicon/common-words';
import { pleaVerbAt } from './pleas';
import type { Unit } from './units';
import {
  BE,
  BELIEF_VERBS,
  BY_MEANS,
  CLAIM_GOVERNORS,
  DEPLOY_VERBS,
  DEPLOYED_NOUNS,
  DETERMINERS,
  ACHIEVED_GOVERNORS,
  ATTEMPT_GOVERNORS,
  FACT_GOVERNORS,
  FUTURE_MODALS,
  HAVE,
  OWN_PRONOUNS,
  OWN_VOICES,
  ISSUE_VERBS,
  LIGHT_VERBS,
  MODALS,
  NEGATIONS,
  NO_FACT_OPENERS,
  PURPOSE_NOUNS,
  PURPOSE_VERBS,
  READINESS,
  READINESS_VERBS,
  STATEMENTS,
  THREAT_GOVERNORS,
  AGREED_GOVERNORS,
  HEDGE_GOVERNORS,
  INTENT_NOUNS,
  INTENT_OWNERS,
  INTENT_VOICES,
  PARTICIPLE_FORM,
  SHARED_INTENT_VOICES,
  SHARED_OWNER_PRONOUNS,
  TIME_WORDS,
  UNREAL_DETERMINERS,
  MEANS_VERBS,
  CAUSATIVE_VERBS,
} from './words';

export const isVerb = (u: Unit | undefined) => !!u && !u.entity && u.tags.has('Verb');
/** Adverbs compromise tags otherwise ("now": a conjunction), read as adverbs inside a verb group: "is now sending". */
const UNTAGGED_ADVERBS = new Set(['now']);
export const isAdverb = (u: Unit | undefined) =>
  !!u && !u.entity && (u.tags.has('Adverb') || UNTAGGED_ADVERBS.has(u.lower)) && !NEGATIONS.has(u.lower);
export const isAux = (u: Unit | undefined) =>
  !!u &&
  !u.entity &&
  (u.tags.has('Auxiliary') ||
    u.tags.has('Modal') ||
    BE.has(u.lower) ||
    MODALS.has(u.lower) ||
    NEGATIONS.has(u.lower) ||
    ['has', 'have', 'had', 'having', 'do', 'does', 'did'].includes(u.lower));
export const nounish = (u: Unit | undefined) =>
  !!u &&
  (!!u.entity ||
    ((u.tags.has('Noun') || u.tags.has('Adjective') || DETERMINERS.has(u.lower) || u.tags.has('Value')) &&
      !u.tags.has('Verb')));

/**
 * What a verb group states: a fact, a threat of the act, an attempt ("tried to seize X": an act of
 * violence tried, an attack even when it failed, and nothing else), a resolve to do it ("is
 * committed to dismantling X": a threat of force, a support given), or nothing.
 */
export type Mood = 'fact' | 'threat' | 'attempt' | 'resolve' | 'none';

export interface Group {
  /** First unit of the group (auxiliaries included) and the main verb. */
  start: number;
  verb: number;
  passive: boolean;
  mood: Mood;
  /** An act conspired or attempted in a plea (./pleas.ts): support, but no killing. */
  tried?: boolean;
  /** "led operations alongside X to seize Y": where the partners of the operation's author are listed. */
  alongside?: number;
  /** "X said it will strike Y": a threat told as the speaker's own future act (round 23). */
  future?: boolean;
}

/** "have both claimed", "have all fled": a quantifier floated after "have", read as an adverb. */
const FLOATING = new Set(['both', 'all', 'each']);

/**
 * "is today designating", "are today imposing": a day word compromise tags as a noun, read as an
 * adverb only between an auxiliary and its verb (round 44), never elsewhere in the sentence.
 */
const DAY_ADVERBS = new Set(['today', 'tonight']);

/**
 * "have long accused", "has since denied": words compromise tags otherwise (an adjective, a
 * preposition), read as adverbs only between an auxiliary and its verb (round 49), never elsewhere
 * ("a long war", "since Monday").
 */
const AUX_ONLY_ADVERBS = new Set(['long', 'since']);

/** How many adverbs (one or two: "has also reportedly struck") stand between an auxiliary and `start`. */
function adverbsAfterAux(units: Unit[], start: number): number {
  const floated = (u: Unit | undefined) =>
    !!u && !u.entity && !u.punct && FLOATING.has(u.lower) && HAVE.has(units[start - 2]?.lower ?? '');
  const dayWord = (u: Unit | undefined) =>
    !!u && !u.entity && !u.punct && (DAY_ADVERBS.has(u.lower) || AUX_ONLY_ADVERBS.has(u.lower));
  const adverbLike = (u: Unit | undefined, n: number) => isAdverb(u) || dayWord(u) || (n === 1 && floated(u));
  for (let n = 1; n <= 2 && adverbLike(units[start - n], n); n++) if (isAux(units[start - n - 1])) return n;
  return 0;
}

/**
 * "is thought to be holding", "are believed to have killed": the article's hedge on a told act;
 * "claimed to be behind", "claims to have killed": its author's claim of it (round 10).
 */
function toldAct(units: Unit[], governor: number, to: number, passive: boolean): boolean {
  if (!['be', 'have'].includes(units[to + 1]?.lower ?? '')) return false;
  const word = units[governor].lower;
  return passive ? HEDGE_GOVERNORS.has(word) : CLAIMED.has(word);
}
const CLAIMED = new Set(['claimed', 'claims', 'claim']);

/** The verb group ending on the verb at `i`: its auxiliaries, voice and mood. */
export function groupAt(units: Unit[], i: number): Group {
  let start = i;
  while (start > 0 && (isAux(units[start - 1]) || adverbsAfterAux(units, start) > 0)) start--;
  const aux = units.slice(start, i).map((u) => u.lower);
  const verb = units[i];
  const participle =
    verb.tags.has('PastTense') || verb.tags.has('Participle') || /(?:ed|en|wn|ck|ht|t)$/.test(verb.lower);
  const passive =
    !verb.lower.endsWith('ing') &&
    participle &&
    (aux.some((a) => BE.has(a)) ||
      (aux.length === 0 && (agentBy(units, nextWord(units, i + 1)) || frontedAgentBy(units, i))));
  let mood: Mood = aux.some((a) => MODALS.has(a) || NEGATIONS.has(a)) || plannedAux(aux) ? 'none' : 'fact';
  // "X said it will strike Y", "“We will strike Y,” X said": the speaker's own act told in the future
  const future = mood === 'none' && !passive && ownFuture(units, start, aux);
  if (future) mood = 'threat';
  // "X pleaded guilty to (conspiring to) providing weapons to Y": the act pleaded is the
  // defendant's, in the plea's mood (./pleas.ts).
  if (start === i) {
    const plea = pleaVerbAt(units, i);
    if (plea !== undefined) {
      const g = groupAt(units, plea.verb);
      const mood = g.mood === 'fact' && pleaded(units, g) ? 'fact' : 'none';
      return { start: g.start, verb: i, passive: false, mood, tried: plea.tried };
    }
  }
  // "X has confirmed killing Y": the act, in its actor's own words; "X began shelling Y", "X kept
  // attacking Y": the act, begun or kept up (round 28), in the governing verb's mood ("may begin
  // shelling" states nothing).
  const governor = units[i - 1];
  if (
    start === i &&
    verb.lower.endsWith('ing') &&
    (CLAIM_GOVERNORS.has(governor?.lower ?? '') ||
      // not "continued saying, “…”": a gerund that takes an object, no quotation
      (FACT_GOVERNORS.has(governor?.lower ?? '') && isVerb(governor) && !governor.punct && !verb.punct))
  ) {
    const g = groupAt(units, i - 1);
    return { start: g.start, verb: i, passive: false, mood: g.mood };
  }
  // "X succeeded in taking Y": the act achieved, in the mood of "succeed" ("may succeed in …" is none)
  if (start === i && verb.lower.endsWith('ing') && achievedAt(units, i - 1)) {
    const g = groupAt(units, i - 2);
    return { start: g.start, verb: i, passive: false, mood: g.mood };
  }
  // "committed to planning and conducting attacks": a gerund after "to" names what is undertaken,
  // not what was done ("admitted to killing X" is the act, as above).
  if (start === i && verb.lower.endsWith('ing')) {
    const t = units[i - 1]?.lower === 'and' && units[i - 2]?.lower.endsWith('ing') ? i - 3 : i - 1;
    const to = units[t];
    if (to?.lower === 'to' && !to.entity && !to.punct && !CLAIM_GOVERNORS.has(units[t - 1]?.lower ?? '')) {
      // "is committed to dismantling X", "its commitment to defeating X": a resolve threatens the act
      const resolve = resolvedAt(units, t) ?? voicedIntent(units, t);
      return resolve
        ? { start: resolve.start, verb: i, passive: false, mood: resolve.mood }
        : { start, verb: i, passive: false, mood: 'none' };
    }
  }
  const to = infinitiveTo(units, start, verb);
  if (mood === 'fact' && to !== undefined) {
    // "moved quickly to capture X": adverbs between the governing verb and "to"
    let governor = to - 1;
    while (isAdverb(units[governor])) governor--;
    const ready = readinessAt(units, governor);
    if (ready)
      return { start: ready.start, verb: i, passive, mood: ready.mood === 'fact' ? 'threat' : 'none' };
    // "took further steps to impose …": compromise may tag "steps" a verb
    const steps = stepsPurpose(units, to);
    if (steps) return { ...steps, verb: i, passive };
    const worked = workedPurpose(units, to, governor);
    if (worked) return { ...worked, verb: i, passive };
    if (isVerb(units[governor])) {
      const g = groupAt(units, governor);
      const word = units[governor].lower;
      if (g.mood === 'none') mood = 'none';
      else if (THREAT_GOVERNORS.has(word) || AGREED_GOVERNORS.has(word)) mood = 'threat';
      else if (FACT_GOVERNORS.has(word)) mood = g.mood;
      else if (toldAct(units, governor, to, g.passive)) mood = g.mood;
      else if (ATTEMPT_GOVERNORS.has(word)) mood = 'attempt';
      else mood = 'none';
      return { start: g.start, verb: i, passive, mood };
    }
    const purpose =
      purposeOf(units, to) ?? statementPurpose(units, to) ?? voicedIntent(units, to) ?? resolvedAt(units, to);
    if (purpose) return { ...purpose, verb: i, passive };
    if (authoredPurpose(units, to)) return { start, verb: i, passive, mood: 'attempt' };
    const means = meansPurpose(units, to) ?? deployedPurpose(units, to);
    if (means) return { start: means.start, verb: i, passive, mood: means.mood };
    mood = 'none';
  }
  if (mood === 'fact' && start === i && !passive) {
    const shared = sharedAuxiliary(units, i);
    if (shared) return { start, verb: i, passive, mood: shared.mood, future: shared.future };
  }
  return future ? { start, verb: i, passive, mood, future } : { start, verb: i, passive, mood };
}

/** Whether "succeeded in" ends at `k` (the "in" before a gerund). */
function achievedAt(units: Unit[], k: number): boolean {
  const [verb, prep] = [units[k - 1], units[k]];
  return (
    prep?.lower === 'in' &&
    !prep.punct &&
    !prep.entity &&
    !!verb &&
    !verb.punct &&
    ACHIEVED_GOVERNORS.has(verb.lower) &&
    isVerb(verb)
  );
}

/** How far back from "and" the first verb of a coordination may stand: "will sign the accord with X and". */
const COORDINATED_REACH = 10;

/**
 * "X will sign the accord with Y and then discuss a deal with Z", "may visit A and meet B": a bare
 * verb after "and" (past "then" or "also") shares the auxiliary of the verb before it, so it is no
 * fact when that one is none (round 40). Not past a comma or a word that opens a clause.
 */
function sharedAuxiliary(units: Unit[], i: number): Group | undefined {
  const verb = units[i];
  if (!verb.tags.has('Infinitive') || verb.tags.has('PastTense') || verb.entity) return undefined;
  let k = i - 1;
  while (k > 0 && ['then', 'also', 'later'].includes(units[k].lower) && !units[k].punct) k--;
  const and = units[k];
  if (!and || and.lower !== 'and' || and.entity || units[k - 1]?.punct) return undefined;
  for (let v = k - 1; v >= 0 && k - v <= COORDINATED_REACH; v--) {
    const u = units[v];
    if (u.punct || CLAUSE_OPENING.has(u.lower)) return undefined;
    if (!isVerb(u) || isAux(u) || u.entity) continue;
    if (!u.tags.has('Infinitive')) return undefined;
    const g = groupAt(units, v);
    return g.mood === 'fact' || g.passive ? undefined : g;
  }
  return undefined;
}

/** Words that open another clause between two verbs: "will meet those who attacked and …". */
const CLAUSE_OPENING = new Set(['who', 'which', 'that', 'when', 'while', 'after', 'before', 'because', 'if']);

/** "is going to strike", "was about to ask": words that, with "to", tell an act still to come. */
const PLANNED = new Set(['going', 'gonna', 'about']);

/**
 * The auxiliaries of a group tell an act still to come with "going to" or "about to" (compromise
 * reads them as auxiliaries of the verb): no fact, as under "will" (round 33).
 */
function plannedAux(aux: string[]): boolean {
  return aux.some((a, k) => (PLANNED.has(a) && aux[k + 1] === 'to') || a === 'gonna');
}

/** "on Monday", "late Tuesday": the words that open a time before "that". */
const TIME_OPENERS = new Set(['on', 'late', 'early', 'in']);

/**
 * The group opening at `start` with auxiliaries `aux` tells its speaker's own act in the future:
 * one of will/would/shall and no other modal or negation ("would not", "could"), and a subject
 * that stands for the speaker: "we" read as the one speaking a quotation (`coref:we`), or "it",
 * "they", "he", "she" right after a verb of saying ("X said (that) it will …", "X warned it
 * would …"). "Peru said Chile will strike Y" is a forecast, not Chile's threat; "he will" with
 * no verb of saying before it is the writer's.
 */
function ownFuture(units: Unit[], start: number, aux: string[]): boolean {
  if (!aux.some((a) => FUTURE_MODALS.has(a)) && !plannedAux(aux)) return false;
  if (aux.some((a) => NEGATIONS.has(a) || (MODALS.has(a) && !FUTURE_MODALS.has(a)))) return false;
  let j = start - 1;
  while (isAdverb(units[j]) || isTime(units[j])) j--;
  const subject = units[j];
  if (!subject || subject.punct || !OWN_PRONOUNS.has(subject.lower)) return false;
  // a pronoun the entity step resolved ("we" only as a quotation's speaker), or one the frame
  // engine hands to the speaker itself (./actors.ts `speakerOf`)
  const reason = subject.mention?.reason;
  if (subject.lower === 'we') return reason === 'coref:we';
  if (subject.entity && !reason?.startsWith('coref:pronoun')) return false;
  let k = j - 1;
  if (units[k]?.lower === 'that' && !units[k].entity) k--;
  // "warned on Monday that it would …"
  while (
    isTime(units[k]) ||
    isAdverb(units[k]) ||
    (TIME_OPENERS.has(units[k]?.lower ?? '') && isTime(units[k + 1]))
  )
    k--;
  const voice = units[k];
  return !!voice && !voice.entity && !voice.punct && OWN_VOICES.has(voice.lower);
}

/**
 * A plea's group states a defendant's plea when a named person or body stands right before it ("X
 * pleaded guilty", "X was today convicted"), or a relative pronoun or an aside's closing comma
 * whose name the subject reader finds ("X, who pleaded guilty", "X, 35, pleaded guilty"). "Three
 * Yian men found guilty of …" names a country's people, not defendants (no country pleads).
 */
function pleaded(units: Unit[], g: Group): boolean {
  let k = g.start - 1;
  while (isAdverb(units[k]) || TIME_WORDS.has(units[k]?.lower ?? '')) k--;
  const u = units[k];
  if (!u) return false;
  if (['who', 'which'].includes(u.lower) && !u.entity) return true;
  // "X, 35, pleaded", "X, a Yian firm, pleaded", "X, of Y, Z, pleaded": an aside of particulars
  // closes there (a place closes one only as a home after "of": "an official in Y, Z," is no one)
  if (u.punct.endsWith(',') && !u.possessive) {
    if (!u.entity || !['Location', 'Country'].includes(u.entity.type)) return true;
    while (units[k]?.entity && ['Location', 'Country'].includes(units[k].entity!.type)) k--;
    return units[k]?.lower === 'of';
  }
  return !!u.entity && !u.possessive && ['Person', 'Organization'].includes(u.entity.type);
}

/** "stands ready", "is (fully) prepared": the group that states readiness ending at `k`, if any. */
function readinessAt(units: Unit[], k: number): Group | undefined {
  const word = units[k];
  if (!word || word.entity || word.punct || !READINESS.has(word.lower)) return undefined;
  let v = k - 1;
  while (isAdverb(units[v])) v--;
  const verb = units[v];
  if (!verb || verb.entity || verb.punct || !READINESS_VERBS.has(verb.lower)) return undefined;
  return groupAt(units, v);
}

/**
 * The "to" of an infinitive verb at `start`: right before it, or before the first of two
 * coordinated infinitives ("to increase security and seize ground from X"); undefined otherwise.
 */
function infinitiveTo(units: Unit[], start: number, verb: Unit): number | undefined {
  if (units[start - 1]?.lower === 'to' && !units[start - 1].entity) return start - 1;
  // "to systematically dismantle X": one adverb may split the infinitive (round 44)
  const split = units[start - 1];
  if (isAdverb(split) && !split!.punct && units[start - 2]?.lower === 'to' && !units[start - 2].entity)
    return start - 2;
  // "to degrade and ultimately destroy X": an adverb may stand between "and" and the verb
  let a = start - 1;
  if (isAdverb(units[a]) && !units[a].punct) a--;
  const and = units[a];
  const base = !verb.tags.has('PastTense') && !/(?:ed|ing)$/.test(verb.lower);
  if (!base || and?.lower !== 'and' || and.entity || and.punct) return undefined;
  for (let k = a - 1; k >= 0 && a + 1 - k <= 6; k--) {
    if (units[k].punct || units[k].entity) return undefined;
    if (units[k].lower === 'to' && isVerb(units[k + 1]) && k + 1 < a) return k;
  }
  return undefined;
}

/**
 * "conducted operations (since July) to clear X", "launched an offensive to retake X": the "to" at
 * `to` opens the purpose of an armed undertaking (./words.ts PURPOSE_NOUNS) that a verb's subject
 * conducts; the purpose is tried (an attack for ATTACKED frames, nothing else), in the mood of
 * that verb. Undefined when no such noun and verb stand before "to".
 */
function purposeOf(units: Unit[], to: number): Omit<Group, 'verb' | 'passive'> | undefined {
  let alongside: number | undefined;
  let n = to - 1;
  // "operations alongside X (X) forces to …": a bracketed acronym may close inside the phrase
  const open = (u: Unit) => !u.punct || u.punct === ')';
  while (n >= 0 && to - n <= 8 && open(units[n]) && !PURPOSE_NOUNS.has(units[n].lower)) {
    if (isVerb(units[n]) && !isTime(units[n])) return undefined;
    if (units[n].lower === 'alongside') alongside = n + 1;
    n--;
  }
  const noun = units[n];
  if (!noun || noun.entity || noun.punct || !PURPOSE_NOUNS.has(noun.lower)) return undefined;
  let v = n - 1;
  // "conducted nearly 80 operations", "launched a ground offensive"
  const qualifies = (u: Unit) => (nounish(u) || isAdverb(u)) && !u.entity && !u.punct;
  while (v >= 0 && n - v <= 4 && qualifies(units[v])) v--;
  if (units[v] && ['out', 'up'].includes(units[v].lower)) v--;
  const light = units[v];
  if (!isVerb(light) || light.punct || !(LIGHT_VERBS.has(light.lower) || PURPOSE_VERBS.has(light.lower)))
    return undefined;
  const g = groupAt(units, v);
  if (g.passive) return undefined;
  const mood: Mood = g.mood === 'fact' ? 'attempt' : g.mood;
  return { start: g.start, mood, alongside };
}

/** Verbs of working toward an aim with others: "work with X to …", "cooperate to …". */
const WORK_VERBS = formsOf('work cooperate collaborate partner');
/** How many units a "with" phrase may take between the work verb and "to": "with our Somali partners and allies". */
const WORK_REACH = 8;

/**
 * "remains committed to working with Y's partners to dismantle Z", "pledged to work together to
 * defeat Z": the aim of a work resolved or vowed is itself resolved or vowed, so the act after
 * `to` takes the resolve or threat of the work's group (round 44). Between the work verb (at or
 * before `governor`) and "to" only "together" or a "with" phrase of names and nouns may stand. A
 * work told as done or planned passes no mood on: "worked with X to secure Y" is no act of force.
 */
function workedPurpose(
  units: Unit[],
  to: number,
  governor: number,
): Omit<Group, 'verb' | 'passive'> | undefined {
  let w = governor;
  if (units[w]?.lower === 'together' && !units[w].entity) w--;
  if (!isWork(units[w])) {
    let k = to - 1;
    while (k > 0 && to - k <= WORK_REACH && units[k].lower !== 'with' && withPhraseWord(units[k])) k--;
    if (units[k]?.lower !== 'with' || units[k].entity || units[k].punct) return undefined;
    w = k - 1;
    if (!isWork(units[w])) return undefined;
  }
  const g = groupAt(units, w);
  return g.mood === 'resolve' || g.mood === 'threat' ? { start: g.start, mood: g.mood } : undefined;
}

const isWork = (u: Unit | undefined): boolean => !!u && !u.entity && !u.punct && WORK_VERBS.has(u.lower);

/** A word of a "with" phrase: a name, a noun, a determiner or owner, "and", a list's comma. */
function withPhraseWord(u: Unit): boolean {
  if (u.punct && u.punct !== ',') return false;
  if (u.entity) return true;
  return (
    !isVerb(u) ||
    u.tags.has('Noun') ||
    DETERMINERS.has(u.lower) ||
    INTENT_OWNERS.has(u.lower) ||
    u.lower === 'and'
  );
}

/** How many units the author of an undertaking may take between "by" and "to": "by A, B, C and D". */
const AUTHOR_REACH = 8;

/**
 * "an offensive by A and B to retake X": the "to" at `to` opens the purpose of an armed
 * undertaking (./words.ts PURPOSE_NOUNS) whose author follows "by", with no verb of its own; the
 * noun tells the undertaking as done, so its purpose is tried, as purposeOf's (round 20: the
 * guard trace found such purposes dropped as no fact). "any offensive by X to …" tells none.
 */
function authoredPurpose(units: Unit[], to: number): boolean {
  let n = to - 1;
  const inList = (u: Unit) =>
    u.entity ? !u.possessive && (!u.punct || u.punct === ',') : u.lower === 'and' && !u.punct;
  if (!units[n]?.entity || units[n].punct) return false;
  while (n >= 0 && to - n <= AUTHOR_REACH && inList(units[n])) n--;
  const [by, noun, before] = [units[n], units[n - 1], units[n - 2]];
  if (by?.lower !== 'by' || by.entity || by.punct || !noun || noun.entity || noun.punct) return false;
  return PURPOSE_NOUNS.has(noun.lower) && !UNREAL_DETERMINERS.has(before?.lower ?? '');
}

/** How many words a means may take between its verb and "to": "used Iranian-made attack drones". */
const MEANS_REACH = 5;

/**
 * "X has used drones to strike Y", "X used Yian airspace to attack Z": the "to" at `to` closes a
 * means (a noun, its modifiers) after a verb of using (./words.ts MEANS_VERBS); the user does the
 * purpose, in the mood of that verb (round 20: the guard trace found such purposes dropped as no
 * fact). "drones were used to strike Y" names no user.
 */
function meansPurpose(units: Unit[], to: number): Omit<Group, 'verb' | 'passive'> | undefined {
  const last = units[to - 1];
  if (!last || last.entity || last.punct || !nounish(last)) return undefined;
  let v = to - 2;
  const inMeans = (u: Unit) => !u.punct && !isVerb(u) && !u.possessive;
  while (v >= 0 && to - 1 - v < MEANS_REACH && inMeans(units[v])) v--;
  const verb = units[v];
  if (!verb || verb.entity || verb.punct || !isVerb(verb) || !MEANS_VERBS.has(verb.lower)) return undefined;
  const g = groupAt(units, v);
  return g.passive ? undefined : { start: g.start, mood: g.mood };
}

/** How far "to" may stand from the troops sent: "sent troops across the border earlier this month to". */
const DEPLOYED_REACH = 8;

/**
 * "X sent troops across the border to fight Y", "X deployed an undisclosed number of soldiers to
 * Z to attack Y": the "to" at `to` opens the purpose of armed people or craft (./words.ts
 * DEPLOYED_NOUNS) a verb of sending sends; the sender tries the act (an attack for ATTACKED frames,
 * nothing else), in the mood of that verb ("plans to send troops to fight Y" states nothing).
 */
function deployedPurpose(units: Unit[], to: number): Omit<Group, 'verb' | 'passive'> | undefined {
  let n = to - 1;
  while (n >= 0 && to - n <= DEPLOYED_REACH && !units[n].punct && !DEPLOYED_NOUNS.has(units[n].lower)) {
    if (isVerb(units[n]) && !isTime(units[n])) return undefined;
    n--;
  }
  const noun = units[n];
  if (!noun || noun.entity || noun.punct || !DEPLOYED_NOUNS.has(noun.lower)) return undefined;
  // "an undisclosed number of troops", "2,000 more soldiers"
  let v = n - 1;
  const counts = (u: Unit) =>
    !u.entity &&
    !u.punct &&
    (nounish(u) || u.tags.has('Value') || DETERMINERS.has(u.lower) || u.lower === 'of');
  while (v >= 0 && n - v <= 5 && counts(units[v]) && !DEPLOY_VERBS.has(units[v].lower)) v--;
  const verb = units[v];
  if (!verb || verb.entity || verb.punct || !DEPLOY_VERBS.has(verb.lower)) return undefined;
  const g = groupAt(units, v);
  if (g.passive) return undefined;
  return { start: g.start, mood: g.mood === 'fact' ? 'attempt' : g.mood };
}

/**
 * "X issued a statement to condemn Y": what a statement is issued to do, it does, in the mood of
 * the issuing verb ("may issue a statement to condemn" states nothing).
 */
function statementPurpose(units: Unit[], to: number): Omit<Group, 'verb' | 'passive'> | undefined {
  const noun = units[to - 1];
  if (!noun || noun.entity || noun.punct || !STATEMENTS.has(noun.lower)) return undefined;
  let v = to - 2;
  if (units[v] && !units[v].entity && DETERMINERS.has(units[v].lower)) v--;
  const verb = units[v];
  if (!isVerb(verb) || verb.punct || verb.entity || !ISSUE_VERBS.has(verb.lower)) return undefined;
  const g = groupAt(units, v);
  return g.passive ? undefined : { start: g.start, mood: g.mood };
}

/** "took steps to", "is taking further action to": the nouns of a step taken. */
const STEPS = new Set(['steps', 'step', 'action', 'actions', 'measures']);
/** Qualifiers of such a step: "further steps", "concrete measures". */
const STEP_QUALIFIERS = new Set([
  'further',
  'additional',
  'new',
  'concrete',
  'immediate',
  'swift',
  'decisive',
  'firm',
]);
/** Forms of "take" that take a step. */
const TAKE = formsOf('take');

/**
 * "X took (further) steps to impose visa restrictions on Y", "X is taking action to designate
 * Y": the step taken is the act, in the mood of "take" ("will continue to take steps to impose
 * …" states nothing; round 27).
 */
function stepsPurpose(units: Unit[], to: number): Omit<Group, 'verb' | 'passive'> | undefined {
  const noun = units[to - 1];
  if (!noun || noun.entity || noun.punct || !STEPS.has(noun.lower)) return undefined;
  let v = to - 2;
  if (units[v] && !units[v].entity && !units[v].punct && STEP_QUALIFIERS.has(units[v].lower)) v--;
  const verb = units[v];
  if (!verb || verb.punct || verb.entity || !TAKE.has(verb.lower)) return undefined;
  const g = groupAt(units, v);
  return g.passive ? undefined : { start: g.start, mood: g.mood };
}

/** How many qualifiers may stand between an intent's owner and its noun: "their firm and unwavering determination". */
const INTENT_QUALIFIERS = 3;

/**
 * "reaffirmed their determination to degrade X", "expressed its resolve to defeat X": the "to" at
 * `to` follows a noun of resolve (./words.ts INTENT_NOUNS) that its owner voices; the act is
 * resolved, in the mood of the voicing verb ("may reaffirm …" states nothing): a coercive act is
 * threatened, a support stays a support ("reaffirmed their commitment to continue supporting Y",
 * round 36, as round 33's "remains committed to supporting Y"). A readout's "discussed" voices the
 * speakers' own resolve only ("discussed our shared commitment to …", ./words.ts SHARED_INTENT_VOICES),
 * not someone else's ("discussed Y's commitment to …").
 */
function voicedIntent(units: Unit[], to: number): Omit<Group, 'verb' | 'passive'> | undefined {
  const noun = units[to - 1];
  if (!noun || noun.entity || noun.punct || !INTENT_NOUNS.has(noun.lower)) return undefined;
  let o = to - 2;
  // "their unwavering commitment", "our shared commitment": compromise may tag the participle a noun or verb
  const qualifies = (u: Unit) =>
    !u.entity &&
    !u.punct &&
    (u.tags.has('Adjective') || isAdverb(u) || u.lower === 'and' || PARTICIPLE_FORM.test(u.lower));
  while (o >= 0 && to - 2 - o < INTENT_QUALIFIERS && qualifies(units[o])) o--;
  const owner = units[o];
  const owned = !!owner && (owner.entity ? owner.possessive : INTENT_OWNERS.has(owner.lower));
  if (!owned || owner.punct) return undefined;
  const v = voicingVerb(units, o - 1, !owner.entity && SHARED_OWNER_PRONOUNS.has(owner.lower));
  if (v === undefined) return undefined;
  const g = groupAt(units, v);
  if (g.passive) return undefined;
  return { start: g.start, mood: g.mood === 'fact' ? 'resolve' : 'none' };
}

/** "committed to", "determined to": adjectives of resolve before "to" (round 33). */
const RESOLVED = new Set(['committed', 'determined', 'resolved']);

/**
 * "X is determined to destroy Y", "X has committed to planning attacks on Y", "X remains committed
 * to dismantling Y": a resolve its holder states is a threat of the act after "to" at `to`, in
 * the mood of the adjective's group, or of the verb that holds it ("remains"); "is not committed
 * to …" states nothing.
 */
function resolvedAt(units: Unit[], to: number): Omit<Group, 'verb' | 'passive'> | undefined {
  let k = to - 1;
  while (isAdverb(units[k]) && !units[k].punct) k--;
  const word = units[k];
  if (!word || word.entity || word.punct || !RESOLVED.has(word.lower)) return undefined;
  // "remains committed": the verb that holds the adjective carries the group
  let v = k - 1;
  while (isAdverb(units[v])) v--;
  const holder = units[v];
  const held = !!holder && !holder.entity && !holder.punct && READINESS_VERBS.has(holder.lower);
  const g = groupAt(units, held ? v : k);
  return { start: g.start, mood: g.mood === 'fact' ? 'resolve' : 'none' };
}

/** How far back a resolve coordinated with another object may find its verb: "reaffirmed their commitment to … and their determination to …". */
const VOICED_REACH = 14;

/**
 * The verb at `k` that voices a resolve ("reaffirmed their determination"), or, when "and" stands
 * at `k`, the voicing verb of the first of the coordinated objects, with no other verb and no
 * clause's end between.
 */
function voicingVerb(units: Unit[], k: number, shared = false): number | undefined {
  const voices = (u: Unit | undefined) =>
    isVerb(u) && !u!.punct && (INTENT_VOICES.has(u!.lower) || (shared && SHARED_INTENT_VOICES.has(u!.lower)));
  if (voices(units[k])) return k;
  if (units[k]?.lower !== 'and' || units[k].entity) return undefined;
  for (let j = k - 1; j >= 0 && k - j <= VOICED_REACH; j--) {
    const u = units[j];
    if (/[.;:!?]/.test(u.punct)) return undefined;
    if (voices(u)) return j;
    if (isVerb(u)) return undefined;
  }
  return undefined;
}

/** "by" at `k` opening an agent, not a means: "hit by X", not "spoke by phone". */
/**
 * "Considered a terrorist group by X, Y …", "Branded a traitor by X, Y …": a participle opening
 * the sentence, its complement, then its agent; the main clause's subject is the one considered,
 * not the one considering (round 49, fresh news).
 */
function frontedAgentBy(units: Unit[], i: number): boolean {
  if (i !== 0) return false;
  for (let k = i + 1; k < units.length && k <= i + FRONTED_COMPLEMENT; k++) {
    const u = units[k];
    if (u.lower === 'by') return agentBy(units, k);
    if (u.punct || u.entity || u.tags.has('Verb')) return false;
  }
  return false;
}
/** How many words a fronted participle's complement may run before its "by". */
const FRONTED_COMPLEMENT = 6;

function agentBy(units: Unit[], k: number): boolean {
  return units[k]?.lower === 'by' && !BY_MEANS.has(units[k + 1]?.lower ?? '');
}

/** The next unit at or after `k` that is not an adverb. */
export function nextWord(units: Unit[], k: number): number {
  while (isAdverb(units[k])) k++;
  return k;
}

export const isTime = (u: Unit | undefined) =>
  !!u && !u.entity && (u.tags.has('Date') || TIME_WORDS.has(u.lower)) && !u.punct;

/** A clause opened by "if", "unless" or a denial, in the few words before the actor. */
export function noFactClause(units: Unit[], at: number): boolean {
  for (let k = at - 1; k >= 0 && at - k <= 6; k--) {
    if (NO_FACT_OPENERS.has(units[k].lower) || beliefAt(units, k) || rejectedClaimAt(units, k)) return true;
    if (wishedAt(units, k) || (at - k <= 2 && madeToActAt(units, k))) return true;
    if (units[k].punct === ';' || units[k].punct === '.') return false;
  }
  return false;
}

/**
 * "It is urgent that X reaches a deal with Y", "it is vital that X and Y talk": the clause after an
 * adjective of need and "that" is what someone wants done, not what was done (round 40).
 */
function wishedAt(units: Unit[], k: number): boolean {
  const [that, adjective] = [units[k], units[k - 1]];
  return (
    that.lower === 'that' &&
    !that.entity &&
    !!adjective &&
    !adjective.entity &&
    !adjective.punct &&
    NEED_ADJECTIVES.has(adjective.lower)
  );
}

const CAUSATIVES = new Set(CAUSATIVE_VERBS);
/**
 * "Rejecting the plan would make ⟦X⟧ widen its aggression against Y": a modal's causative verb
 * right before the actor; the act happens only if the modal's condition does (round 41; the rule
 * side reads the same, `MADE_TO_ACT` in ../relations/apply-rules.ts).
 */
function madeToActAt(units: Unit[], k: number): boolean {
  const [verb, modal] = [units[k], units[k - 1]];
  return (
    CAUSATIVES.has(verb.lower) &&
    !verb.punct &&
    !verb.entity &&
    !!modal &&
    !modal.punct &&
    MODALS.has(modal.lower)
  );
}

const REJECTING = new Set(formsOf('reject'));
const CLAIMS = new Set(CLAIM_NOUNS.flatMap((n) => [n, `${n}s`]));
/** "rejected claims that …", "rejected reports that …": the clause after "that" is denied. */
function rejectedClaimAt(units: Unit[], k: number): boolean {
  const [that, claim, verb] = [units[k], units[k - 1], units[k - 2]];
  if (that.lower !== 'that' || that.entity || !claim || claim.punct || !CLAIMS.has(claim.lower)) return false;
  const opener = verb && DETERMINERS_OF_CLAIMS.has(verb.lower) && !verb.punct ? units[k - 3] : verb;
  return !!opener && !opener.punct && !opener.entity && REJECTING.has(opener.lower);
}
const DETERMINERS_OF_CLAIMS = new Set(['the', 'any', 'all']);

/** "officials believe (that) …", "police suspect …": a verb of belief, not the noun ("the suspects"). */
function beliefAt(units: Unit[], k: number): boolean {
  const [u, prev] = [units[k], units[k - 1]];
  if (u.entity || u.punct || !BELIEF_VERBS.has(u.lower)) return false;
  return !prev || !(DETERMINERS.has(prev.lower) || prev.possessive || prev.tags.has('Value'));
}

/**
 * "is imposing sanctions": a light verb's "-ing" after "be", which compromise may tag an adjective
 * ("an imposing building"); or after a clause's comma, which it may tag a noun ("X returned on
 * Tuesday, holding talks with Y").
 */
export function progressiveLight(units: Unit[], n: number): boolean {
  const u = units[n];
  const be = units[n - 1];
  return (
    !!u &&
    !u.entity &&
    u.lower.endsWith('ing') &&
    LIGHT_VERBS.has(u.lower) &&
    !!be &&
    !be.entity &&
    ((!be.punct && BE.has(be.lower)) || be.punct === ',')
  );
}
