// Stance stated by a clause rather than by a verb and its object, from the frame lexicon's
// "state", "clause" and "responsible" records (../lexicon/frames.json):
// - state: "X was deeply troubled by Y's launch" — the one troubled criticises the act's author;
// - clause: "X alleged that Y stole cattle" — the speaker criticises the clause's subject when
//   the clause states a hostile act (the record's complement lists the acts);
// - responsible: "X said Y was responsible for the violence", "X held Y responsible for the
//   attack" — whoever says so criticises Y, when what Y answers for is hostile.
// Mere reporting ("X said Y attacked Z") is never criticism: only the records' words open these.
import { titledHolderAfter } from './title-word';
import type { Candidate } from '../relations/apply-rules';
import { leftActors } from './actors';
import { sharedSpeaker } from './coordinated';
import { alleged, harmfulDealAt } from './deal-allegations';
import { COMPLAINT, familyOfNoun, type EventMemory } from './events';
import { facts } from './facts';
import { backersWithin } from './backed-acts';
import { concernedWrongPlace, faultOwnerAfter, faultsWithin } from './faults';
import { judgedFacts } from './judged-clauses';
import { readLegalActions } from './legal';
import { groupAt, isAdverb, isAux, isTime, isVerb, noFactClause } from './groups';
import { heldListBefore } from './held-lists';
import { threatToHold } from './held-to-account';
import { FRAMES, MIN_CONFIDENCE, verbForms, type FrameRecord } from './lexicon';
import { listRight, tenureBeforeTitle } from './lists';
import { ownedActOwners } from './owned-acts';
import { impersonalDutyAt, verbAfterNeed } from './obligations';
import { actAuthors, ATTACK_NOUNS } from './stance';
import { PREDICATE_NOUNS } from '../lexicon/predicate-words';
import { GROUP_DEAD_HEADS, KILL_VERBS } from '../lexicon/event-words';
import { judgedElection, stateActAuthor, stateOwningAct } from './state-acts';
import { isDemonymWord, type Unit } from './units';
import {
  AGENT_HEADS,
  DETERMINERS,
  MODALS,
  NEGATIONS,
  RELATIVES,
  SAY_VERBS,
  SHARED_OWNER_PRONOUNS,
  STANCE_ACTS,
  STATE_ACT_HEADS,
} from './words';

type Kind = 'state' | 'clause' | 'responsible' | 'attribute' | 'concern' | 'aim';
const KINDS: string[] = ['state', 'clause', 'responsible', 'attribute', 'concern', 'aim'];
const byWord = new Map<string, FrameRecord[]>();
/**
 * A clause record's hostile acts: a verb ("steal"), or a verb with the word after it ("fire
 * first", "back rebels") — the word that makes the act hostile. Each by every form of its verb.
 */
interface HostileAct {
  forms: Set<string>;
  /** "be sentenced": the act is done to the accused, who is the clause's subject in the passive. */
  passive: boolean;
  /** "fired first", "backing (the) rebels": the word after the verb (past a determiner). */
  then?: string;
}
const hostileActs = new Map<FrameRecord, HostileAct[]>();
for (const f of FRAMES) {
  if (!KINDS.includes(f.kind) || !f.lemma || f.confidence < MIN_CONFIDENCE) continue;
  const forms = ['clause', 'attribute', 'aim'].includes(f.kind) ? verbForms(f.lemma) : [f.lemma];
  // "concern", "concerns"
  if (f.kind === 'concern') forms.push(`${f.lemma}s`);
  for (const form of forms) byWord.set(form, [...(byWord.get(form) ?? []), f]);
  if (f.kind === 'clause') {
    const acts = (f.complement ?? []).map((entry) => {
      const words = entry.split(' ');
      const passive = words[0] === 'be';
      const [verb, then] = passive ? words.slice(1) : words;
      return { forms: new Set(verbForms(verb)), then, passive };
    });
    hostileActs.set(f, acts);
  }
}

/** "felt", "remained": verbs that join a holder to a state like "was". */
const LINKS = new Set(['feel', 'feels', 'felt', 'remain', 'remains', 'remained', 'became', 'become']);
const QUOTE = /^[“”"'‘’]+$/;

/** Words that join a state to what was said before it: "We are therefore deeply concerned". */
const CONNECTIVES = new Set(['therefore', 'thus', 'hence', 'consequently']);

/** Back over adverbs, connectives and quote marks from `j`: "was “deeply troubled”". */
function back(units: Unit[], j: number): number {
  while (
    j >= 0 &&
    !units[j].entity &&
    (isAdverb(units[j]) || units[j].tags.has('Adverb') || CONNECTIVES.has(units[j].lower)) &&
    (!units[j].punct || QUOTE.test(units[j].punct))
  )
    j--;
  return j;
}

/** The stated holder of a state whose linking verb ends at `j` ("he was", "X has been"), if any. */
function holderBefore(units: Unit[], j: number): Unit[] {
  const link = units[j];
  if (!link || link.entity || (!isAux(link) && !LINKS.has(link.lower))) return [];
  let start = j;
  while (start > 0 && (isAux(units[start - 1]) || isAdverb(units[start - 1]))) start--;
  const words = units.slice(start, j + 1).map((u) => u.lower);
  if (words.some((w) => MODALS.has(w) || NEGATIONS.has(w))) return [];
  const left = leftActors(units, start);
  return left && !noFactClause(units, left.at) ? left.actors : [];
}

/**
 * Whom the phrase opening at `k` names: a name, an act's author, an act told earlier, or the owner
 * of a fault named after it ("the anomalies in Y's election").
 */
function aimedAt(units: Unit[], k: number, events: EventMemory): Unit[] {
  let d = k;
  while (units[d] && !units[d].entity && DETERMINERS.has(units[d].lower)) d++;
  if (units[d]?.entity && !units[d].possessive) return listRight(units, k);
  // "troubled by the conviction of opposition leader A", "by A's arrest": the state that holds A
  // (A suffered the act; it is not A's)
  const state = stateActAuthor(units, k);
  if (state.length) return state;
  const authors = actAuthors(units, k);
  if (authors.length) return authors;
  const recalled = events.recall(units, k);
  if (recalled.length) return recalled;
  const owner = faultOwnerAfter(units, k);
  // "concerned about abuses and corruption in Y": a state's wrongs told by where they happen
  return owner.length ? owner : concernedWrongPlace(units, k);
}

/**
 * Prepositions after which a state may be worry rather than blame ("concerned about Y's nuclear
 * programme", "concerned about Y"): only a wrong named as Y's or placed in Y is criticised (round 26).
 */
const WORRY_PREPS = new Set(['about']);

/** "X was troubled by Y's launch": X criticises Y. */
function stateFacts(units: Unit[], i: number, frame: FrameRecord, events: EventMemory): Candidate[] {
  const prep = units[i + 1];
  if (!prep || !(frame.preps ?? []).includes(prep.lower) || (units[i].punct && !QUOTE.test(units[i].punct)))
    return [];
  const holders = holderBefore(units, back(units, i - 1));
  if (!holders.length) return [];
  // "concerned about Y's nuclear programme" may be worry, not blame: after "about" only a named wrong
  const aimed = WORRY_PREPS.has(prep.lower)
    ? faultOwnerAfter(units, i + 2).concat(concernedWrongPlace(units, i + 2), stateOwningAct(units, i + 2))
    : aimedAt(units, i + 2, events);
  return facts(holders, aimed, frame.predicate, frame, '');
}

/** How far back a trailing participle looks for its clause's verb. */
const TRAILING_SPAN = 12;

/**
 * "X refused to concede, saying …": a participle after a comma speaks for the subject of the
 * clause before it; that clause's finite verb (not an infinitive after "to"), if any.
 */
function trailingOf(units: Unit[], verb: number): number | undefined {
  if (!units[verb].lower.endsWith('ing') || units[verb - 1]?.punct !== ',' || isAux(units[verb - 1]))
    return undefined;
  for (let j = verb - 2; j >= 0 && verb - j <= TRAILING_SPAN; j--) {
    const u = units[j];
    if (u.punct && u.punct !== ',') return undefined;
    if (!isVerb(u) || u.lower.endsWith('ing') || units[j - 1]?.lower === 'to' || isAux(u)) continue;
    return j;
  }
  return undefined;
}

/** The nearest finite verb before `k` in the same clause ("continues to take action to …"). */
function finiteBefore(units: Unit[], k: number): number | undefined {
  for (let j = k - 1; j >= 0 && k - j <= TRAILING_SPAN; j--) {
    const u = units[j];
    if (u.punct) return undefined;
    if (isVerb(u) && !isAux(u) && !u.lower.endsWith('ing') && units[j - 1]?.lower !== 'to') return j;
  }
  return undefined;
}

/**
 * Nouns whose infinitive is the speaker's own aim: "stressed the need / the importance of
 * cooperation / efforts to hold Y accountable". Other nouns may be someone else's aim ("rejected
 * calls to hold Y accountable").
 */
const PURPOSE_NOUNS = new Set([
  'importance',
  'need',
  'effort',
  'efforts',
  'cooperation',
  'action',
  'actions',
  'steps',
  'measures',
  'work',
  'commitment',
  'determination',
  'resolve',
]);
/** Verbs that turn an aim down: "rejected efforts to hold Y accountable". */
const REFUSALS = new Set(
  [
    'reject',
    'oppose',
    'block',
    'resist',
    'dismiss',
    'refuse',
    'deny',
    'criticize',
    'criticise',
    'condemn',
  ].flatMap(verbForms),
);

/**
 * The infinitive at `to` serves the finite verb at `verb`'s subject: straight after it ("continues
 * to take action to …") or after a noun of aim, and the verb does not turn the aim down.
 */
function servesSpeaker(units: Unit[], verb: number, to: number): boolean {
  if (REFUSALS.has(units[verb].lower)) return false;
  const between = units.slice(verb + 1, to).filter((u) => !u.entity && u.tags.has('Noun'));
  return !between.length || between.some((u) => PURPOSE_NOUNS.has(u.lower));
}

/** The speaker of the clause opening at `k`: "X said (that)", "X alleged (that)", "X holds". */
function speakerOf(units: Unit[], verb: number): Unit[] {
  const trailing = trailingOf(units, verb);
  if (trailing !== undefined) return speakerOf(units, trailing);
  const g = groupAt(units, verb);
  if (g.mood !== 'fact' || g.passive) return [];
  // "X agreed that …, and expressed concern over …": a verb after "and" shares the subject
  const left = leftActors(units, g.start) ?? sharedSpeaker(units, g.start);
  return left && !noFactClause(units, left.at) ? left.actors : [];
}

/** Words that open a span of time before a clause: "over the weekend", "during the past week". */
const SPAN_OPENERS = new Set(['over', 'during', 'throughout']);
/** The nouns that close such a span. */
const SPAN_NOUNS = new Set(['weekend', 'week', 'weeks', 'month', 'months', 'year', 'days', 'night', 'hours']);
/** How many words such a span may take after its opener: "over the past two weeks". */
const SPAN_WORDS = 4;

/**
 * "alleged over the weekend that Y …": past a span of time between the verb and "that" (round 44);
 * `k` itself when no such span, closed right before "that", opens there.
 */
function pastSpanOfTime(units: Unit[], k: number): number {
  const opener = units[k];
  if (!opener || opener.entity || opener.punct || !SPAN_OPENERS.has(opener.lower)) return k;
  for (let j = k + 1; j <= k + SPAN_WORDS && units[j]; j++) {
    const u = units[j];
    if (u.entity) return k;
    if (SPAN_NOUNS.has(u.lower)) return !u.punct && units[j + 1]?.lower === 'that' ? j + 1 : k;
    if (u.punct) return k;
  }
  return k;
}

/** The clause's subject at `k` (past "that" and determiners) and where its verb group may start. */
function clauseSubject(units: Unit[], k: number): { subject: Unit[]; next: number } | undefined {
  // "said Monday that …", "alleged over the weekend that …"
  while (isTime(units[k])) k++;
  k = pastSpanOfTime(units, k);
  if (units[k]?.lower === 'that') k++;
  // "that in 2014, Y sold …": a date fronted in the clause
  if (units[k]?.lower === 'in' && units[k + 1]?.tags.has('Value') && units[k + 1].punct === ',') k += 2;
  // "“By obstructing the accords, Y poses a threat …”": a phrase fronted in the clause
  k = pastFrontedPhrase(units, k);
  // "the", "two", "at least 20": a determiner or a count before the subject's name
  const counting = (u: Unit) => DETERMINERS.has(u.lower) || (u.tags.has('Value') && !u.punct);
  while (units[k] && !units[k].entity && counting(units[k])) k++;
  // "heavily armed Y insurgents": describing words before a name that acts through its head
  k = pastDescribingWords(units, k);
  // "the governments of Y and Z have targeted …": names that act through the head before them
  if (HEADS_BEFORE_OF.has(units[k]?.lower ?? '') && !units[k].entity && !units[k].punct) {
    if (units[k + 1]?.lower === 'of' && !units[k + 1].punct && units[k + 2]?.entity) k += 2;
  }
  // "Mr. X", "Dr. X": an honorific before the subject's name
  if (HONORIFICS.has(units[k]?.lower ?? '') && units[k + 1]?.entity) k++;
  // "President Y", "Xian Foreign Minister Y": a title before the subject's name
  const titled = units[k] && !units[k].entity ? titledHolderAfter(units, k) : undefined;
  if (titled && 'person' in titled) k = titled.person;
  const first = units[k];
  // "Y's forces had violated …": the clause's subject acts through its head
  if (first?.entity && first.possessive && AGENT_HEADS.has(units[k + 1]?.lower ?? '') && !units[k + 1].punct)
    return { subject: [first], next: k + 2 };
  // "Y's renewed fighting undermines …": an owned act is its owner's doing (round 43)
  const act = first?.entity && first.possessive ? ownedActEnd(units, k + 1) : undefined;
  if (act !== undefined) return { subject: [first], next: act };
  if (!first?.entity || first.possessive) return undefined;
  const subject = listRight(units, k);
  if (!subject.length) return undefined;
  let next = units.indexOf(subject[subject.length - 1]) + 1;
  // "Acme Inc. (Acme) pleaded": the short name in brackets is the same one
  if (units[next]?.entity === units[next - 1].entity) next++;
  // "Y, 35, was sentenced": an age between commas
  if (units[next - 1].punct === ',' && units[next]?.tags.has('Value') && units[next].punct === ',') next++;
  // "Y, a former sergeant, was sentenced": an apposition, opened by an article, with no verb
  if (units[next - 1].punct === ',' && ['a', 'an', 'the'].includes(units[next]?.lower ?? '')) {
    let e = next;
    while (e < units.length && e - next < APPOSITION_SPAN && !units[e].punct && !isVerb(units[e])) e++;
    if (units[e]?.punct === ',' && !isVerb(units[e])) next = e + 1;
  }
  // "Y (which supervises the vote) should …": a bracketed relative clause after the subject
  if (RELATIVES.has(units[next]?.lower ?? '') && !units[next - 1].punct) {
    let e = next;
    while (e < units.length && e - next < APPOSITION_SPAN && !units[e].punct) e++;
    if (units[e]?.punct === ')') next = e + 1;
  }
  // "the Xese government has failed": the name acts through its head
  if (AGENT_HEADS.has(units[next]?.lower ?? '') && !units[next - 1].punct && !units[next].entity) {
    next++;
    // "Y leaders and fighters orchestrate …": a second head of the same name
    if (isHeadAt(units, next + 1) && units[next]?.lower === 'and' && !units[next - 1].punct) next += 2;
  }
  if (units[next]?.lower === 'itself' || units[next]?.lower === 'themselves') next++;
  // "Y and its allied militias had violated": the subject with its own followers
  if (units[next]?.lower === 'and' && ['its', 'their'].includes(units[next + 1]?.lower ?? '')) {
    let e = next + 2;
    while (e < units.length && e - next < 5 && !units[e].entity && !units[e].punct && !isVerb(units[e])) e++;
    if (e > next + 2 && isVerb(units[e])) next = e;
  }
  return { subject, next };
}

/** Heads before "of" through which the names after it act: "the governments of Y and Z" (round 43). */
const HEADS_BEFORE_OF = new Set([
  'government',
  'governments',
  'leadership',
  'leaders',
  'authorities',
  'regime',
]);

/** Acts whose owner's possessive makes the owner a clause's subject: "Y's fighting undermines …". */
const OWNED_ACTS = new Set([
  ...ATTACK_NOUNS,
  ...PREDICATE_NOUNS.CONQUEST,
  ...STANCE_ACTS,
  'fighting',
  'blockade',
  'war',
]);
/** How many qualifiers may stand between an owner and its act: "Y's renewed, intense fighting". */
const OWNED_ACT_QUALIFIERS = 2;

/**
 * Past an act owned by the possessive before `k` ("renewed fighting", "actions"): where the clause's
 * verb group may start, or undefined when no such act heads the phrase. A quotation mark may open
 * after the act ("Y's fighting “seriously undermines …”").
 */
function ownedActEnd(units: Unit[], k: number): number | undefined {
  let h = k;
  // "renewed", "continued": a participle the tagger may call a verb qualifies the act after it
  const qualifier = (u: Unit | undefined) =>
    !!u &&
    !u.entity &&
    !u.punct &&
    !OWNED_ACTS.has(u.lower) &&
    (u.tags.has('Adjective') ||
      isAdverb(u) ||
      (u.lower.endsWith('ed') && OWNED_ACTS.has(units[h + 1]?.lower ?? '')));
  while (h - k < OWNED_ACT_QUALIFIERS && qualifier(units[h])) h++;
  const head = units[h];
  if (!head || head.entity || !OWNED_ACTS.has(head.lower)) return undefined;
  if (head.punct && !QUOTE.test(head.punct)) return undefined;
  // "Y's attack helicopters": the act word qualifies a noun after it
  const next = units[h + 1];
  if (next && !next.entity && next.tags.has('Noun') && !isVerb(next)) return undefined;
  return h + 1;
}

/** A head through which a name acts, written plainly at `k`: "forces", "fighters", "leaders". */
const isHeadAt = (units: Unit[], k: number): boolean =>
  !!units[k] && !units[k].entity && !units[k].punct && AGENT_HEADS.has(units[k].lower);

/** How many describing words may stand before a subject's name: "heavily armed". */
const DESCRIBING_SPAN = 2;

/**
 * Past describing words at `k` ("heavily armed", "suspected") before a name that acts through its
 * head ("heavily armed Y insurgents"): where the name stands, else `k`. A bare name after them is
 * left alone ("former Y" may be a title's remnant).
 */
function pastDescribingWords(units: Unit[], k: number): number {
  let j = k;
  // "heavily-armed": a participle hyphened to its adverb describes too
  const describing = (u: Unit | undefined) =>
    !!u &&
    !u.entity &&
    !u.punct &&
    ((!isVerb(u) && (u.tags.has('Adjective') || isAdverb(u))) || u.tags.has('Hyphenated'));
  while (j - k < DESCRIBING_SPAN && describing(units[j])) j++;
  if (j === k || !units[j]?.entity || units[j].possessive || units[j].punct) return k;
  return isHeadAt(units, j + 1) ? j : k;
}

/** Words that open a phrase fronted before a clause's subject: "by obstructing …,", "after weeks of talks,". */
const FRONTED_OPENERS = new Set([
  'by',
  'after',
  'despite',
  'through',
  'since',
  'following',
  'amid',
  'during',
]);
/** How many words a fronted phrase may hold up to its comma. */
const FRONTED_SPAN = 10;

/**
 * Past a phrase fronted at `k` and closed by a comma ("by obstructing the accords,"), to where the
 * clause's subject opens; `k` itself when none is. The phrase holds no clause end and no quotation
 * mark, so its comma is its own.
 */
function pastFrontedPhrase(units: Unit[], k: number): number {
  if (!FRONTED_OPENERS.has(units[k]?.lower ?? '') || units[k].entity || units[k].punct) return k;
  for (let e = k + 1; e < units.length && e - k <= FRONTED_SPAN; e++) {
    const p = units[e].punct;
    if (!p) continue;
    return p === ',' && units[e + 1]?.entity ? e + 1 : k;
  }
  return k;
}

/** How many words an apposition after a clause's subject may hold. */
const APPOSITION_SPAN = 8;
/** Forms of "be": in "was sentenced" the act is done to the subject. */
const BE = new Set(['be', 'is', 'are', 'was', 'were', 'been', 'being']);
/** Honorifics before a name, which the recogniser leaves outside it. */
const HONORIFICS = new Set(['mr', 'mrs', 'ms', 'dr', 'mr.', 'mrs.', 'ms.', 'dr.']);

/** "have claimed", which compromise may tag an adjective after a plural demonym ("The Xese have claimed"). */
const isPerfect = (units: Unit[], i: number) =>
  ['have', 'has', 'had'].includes(units[i - 1]?.lower ?? '') &&
  !units[i - 1].punct &&
  units[i].lower.endsWith('ed');

/** The hostile act of the record that the verb at `v` states, if any ("stole", "fired first"). */
function hostileAt(units: Unit[], v: number, frame: FrameRecord, undergoes: boolean): HostileAct | undefined {
  if (!isVerb(units[v])) return undefined;
  return hostileActs.get(frame)?.find((act) => {
    // "Y had been robbed": the subject undergoes the act, and is accused only of a "be" entry
    if (!act.forms.has(units[v].lower) || act.passive !== undergoes) return false;
    if (!act.then) return true;
    return !units[v].punct && thenAfter(units, v + 1).includes(act.then);
  });
}

/** How many qualifiers may stand before the word that makes an act hostile: "poses a direct and daily threat". */
const QUALIFIERS_BEFORE = 4;

/**
 * The words after a verb that may make its act hostile ("pleaded guilty", "backing (the) rebels",
 * "poses a (significant) threat"): the next word past a determiner, and the first past a few
 * adjectives or adverbs joined by "and".
 */
/**
 * The speaker's own possessives, which may stand where a determiner does ("targeted our
 * elections"); in a quotation "our" may be read as the speaker's body, a mention all the same.
 */
const SPEAKERS_OWN = new Set(['our', 'my']);

function thenAfter(units: Unit[], k: number): string[] {
  const opener = units[k]?.lower ?? '';
  const determines = (DETERMINERS.has(opener) && !units[k].entity) || SPEAKERS_OWN.has(opener);
  if (determines && !units[k].punct) k++;
  const word = (u: Unit | undefined) => (u && !u.entity ? [u.lower.replace(/[^a-z-]/g, '')] : []);
  const qualifier = (u: Unit) =>
    !u.entity && !u.punct && (u.tags.has('Adjective') || isAdverb(u) || u.lower === 'and');
  const next = word(units[k]);
  let q = k;
  for (let n = 0; n < QUALIFIERS_BEFORE && units[q] && qualifier(units[q]); n++) q++;
  return q > k ? [...next, ...word(units[q])] : next;
}

/** "told reporters (that)", "told the BBC": whom a telling verb speaks to, skipped to reach its clause. */
function pastListener(units: Unit[], k: number): number {
  const named = listRight(units, k);
  if (named.length) {
    const last = named[named.length - 1];
    if (last.punct) return -1;
    const next = units.indexOf(last) + 1;
    // "told VOA Somali (that) …": a proper noun right after the listener's name is still its name
    const more = units[next];
    const unread = more && !more.entity && !more.punct && more.tags.has('ProperNoun') && !isVerb(more);
    return unread ? next + 1 : next;
  }
  // "told reporters", "told journalists in the capital": a common noun, not a clause's subject
  let j = k;
  while (units[j] && !units[j].entity && DETERMINERS.has(units[j].lower)) j++;
  if (!units[j] || units[j].entity || units[j].punct || !units[j].tags.has('Noun')) return -1;
  // "told VOA Khmer (that) …": a listener's name the recogniser did not read, word by word
  const unread = (u: Unit | undefined) => !!u && !u.entity && u.tags.has('ProperNoun') && !isVerb(u);
  while (!units[j].punct && unread(units[j + 1])) j++;
  return j + 1;
}

/**
 * "the vote was rigged by Y", "in fighting started by Y": the clause from `k` states a hostile
 * act passively, its authors after "by". An act with a word ("start fighting") needs that word
 * just before the participle.
 */
function passiveAuthors(units: Unit[], k: number, frame: FrameRecord): Unit[] {
  for (let v = k; v < units.length && v - k < 10; v++) {
    const u = units[v];
    if (u.entity || (v > k && units[v - 1].punct === '.')) return [];
    const favored = favoredBy(units, v + 1);
    if (favored && !u.punct && isVerb(u) && hostileActs.get(frame)?.some((a) => a.forms.has(u.lower)))
      return [favored];
    if (units[v + 1]?.lower !== 'by' || u.punct || !isVerb(u) || u.lower.endsWith('ing')) continue;
    const act = hostileActs.get(frame)?.find((a) => a.forms.has(u.lower));
    if (!act) continue;
    if (act.then && !units.slice(Math.max(k, v - 3), v).some((w) => w.lower === act.then)) continue;
    const aux = units.slice(Math.max(k, v - 3), v).map((w) => w.lower);
    if (aux.some((w) => MODALS.has(w) || NEGATIONS.has(w))) return [];
    return listRight(units, v + 2);
  }
  return [];
}

/** "favor", "favour": the one a wrong was done for ("rigged in Y's favor"). */
const FAVOR = new Set(['favor', 'favour']);

/** "in Y's favor", "in favor of Y" at `k`: the one a rigged vote was rigged for, who owns the wrong. */
function favoredBy(units: Unit[], k: number): Unit | undefined {
  if (units[k]?.lower !== 'in' || units[k].entity) return undefined;
  const owner = units[k + 1];
  if (owner?.entity && owner.possessive && FAVOR.has(units[k + 2]?.lower ?? '')) return owner;
  const of = FAVOR.has(units[k + 1]?.lower ?? '') && units[k + 2]?.lower === 'of';
  return of && units[k + 3]?.entity && !units[k + 3].possessive ? units[k + 3] : undefined;
}

/** How many words may follow an attribution that closes its sentence: "said on Friday in a statement". */
const AFTER_ATTRIBUTION = 8;
/** How many title words may stand before a speaker's name: "Assistant Attorney General X said". */
const TITLE_SPAN = 6;

/** Nothing but words of time or place follow unit `k` to the sentence's end: no verb, no clause. */
function closesSentence(units: Unit[], k: number): boolean {
  const rest = units.slice(k);
  // "said X, Acting Director": a tenure word opening the speaker's title is no verb
  const verbAt = (u: Unit, j: number) => isVerb(u) && !tenureBeforeTitle(units, k + j);
  return rest.length <= AFTER_ATTRIBUTION && !rest.some((u, j) => verbAt(u, j) || RELATIVES.has(u.lower));
}

/**
 * "“Y had violated the ceasefire,” X said." / "…, said X." / "…, the ministry announced.": the
 * attribution closes the sentence, and the clause it reports is everything before its comma.
 * Returns the speaker and the unit that ends the clause, or undefined when the verb at `i`
 * attributes nothing this way.
 */
function invertedClause(units: Unit[], i: number): { speaker: Unit[]; end: number } | undefined {
  const commaBefore = (u: Unit | undefined) => !!u?.punct && u.punct.includes(',');
  // "…,” said X."
  if (commaBefore(units[i - 1]) && !units[i].punct) {
    const speaker = listRight(units, i + 1);
    const last = speaker[speaker.length - 1];
    if (!last || !closesSentence(units, units.indexOf(last) + 1)) return undefined;
    return { speaker, end: i - 1 };
  }
  // "…,” X said."
  if (!closesSentence(units, i + 1)) return undefined;
  const g = groupAt(units, i);
  if (g.mood !== 'fact' || g.passive) return undefined;
  const left = leftActors(units, g.start);
  if (!left || noFactClause(units, left.at)) return undefined;
  // back over the speaker's title and article to the comma that closes the clause
  let c = left.at - 1;
  while (c >= 0 && left.at - c <= TITLE_SPAN && !units[c].punct && !isVerb(units[c])) c--;
  return commaBefore(units[c]) ? { speaker: left.actors, end: c } : undefined;
}

/**
 * The clause opening at `from` (and ending at `end`, when the attribution follows it): the
 * speaker criticises its subject when its verb is one of the record's hostile acts, or the
 * authors of a hostile act it states passively.
 */
export function readClause(
  units: Unit[],
  speaker: Unit[],
  from: number,
  frame: FrameRecord,
  end = units.length,
  how = '',
): Candidate[] {
  const main = readOneClause(units, speaker, from, frame, end, how);
  // "X alleges that Y's fighters orchestrate terrorism with the support of Z": Z is blamed too (./backed-acts.ts)
  const backers = frame.predicate === 'CRITICIZED' ? backersWithin(units, from, end, speaker) : [];
  const backed = facts(speaker, backers, frame.predicate, frame, `:backed${how}`);
  if (main.length) return [...main, ...backed];
  // "X says it acted because Y has failed …": the reason the speaker gives is the speaker's words too
  const because = units.findIndex(
    (u, k) => k > from && k < Math.min(end, from + REASON_REACH) && u.lower === 'because' && !u.entity,
  );
  const reason = because < 0 ? [] : readOneClause(units, speaker, because + 1, frame, end, `:because${how}`);
  if (reason.length || frame.predicate !== 'CRITICIZED') return [...reason, ...backed];
  // "X told reporters that Y's intransigence explains the delay": a fault the clause names as Y's
  const faulted = faultsWithin(units, from, end).flatMap(([owner, fault]) =>
    facts(speaker, [owner], fault.predicate, fault, `:${frame.id}${how}`),
  );
  // "X noted that Y resorts to terror": a condemnable act or quality the clause gives its subject
  return [...faulted, ...backed, ...judgedFacts(units, speaker, from, end, `:${frame.id}${how}`)];
}

/** How far into a reported clause "because" may open the reason it gives: "it acted because …". */
const REASON_REACH = 6;

function readOneClause(
  units: Unit[],
  speaker: Unit[],
  from: number,
  frame: FrameRecord,
  end: number,
  how: string,
): Candidate[] {
  const within = units.slice(0, end + 1);
  // "X said it is important that Y withdraw", "it was up to Y to end it": the duty is Y's (./obligations.ts)
  const duty = frame.obliged && frame.predicate === 'DEMANDED' ? impersonalDutyAt(within, from) : undefined;
  const clause = clauseSubject(within, duty?.from ?? from);
  // "X alleged that the merger of A and B would reduce competition" (./deal-allegations.ts)
  const makers = !clause && frame.anyAct ? harmfulDealAt(within, from) : [];
  if (makers.length) return alleged(speaker, makers, frame, `:deal${how}`);
  if (!clause) {
    const authors = passiveAuthors(within, from, frame);
    // "X said the election was flawed": the article's country held it (./state-acts.ts); "the vote
    // was rigged in Y's favor" names its culprit above
    const judged =
      !authors.length && frame.predicate === 'CRITICIZED' && !frame.obliged
        ? judgedElection(within, from, end)
        : [];
    if (judged.length) return facts(speaker, judged, frame.predicate, frame, `:election${how}`);
    return facts(speaker, authors, frame.predicate, frame, `:passive${how}`);
  }
  let v = clause.next;
  while (v < within.length && v - clause.next < 4 && (isAux(units[v]) || isAdverb(units[v]))) v++;
  // "X said Y should investigate …": a demand of the clause's subject
  if (frame.obliged) {
    const group = units.slice(clause.next, v).map((u) => u.lower);
    // "Y should be included in the list": a passive asks someone else to act on Y (round 27)
    const undergone = group.some((w) => BE.has(w)) && !!units[v]?.tags.has('PastTense');
    const negated = group.some((w) => NEGATIONS.has(w));
    // "Y will have to …" forecasts what Y must do; it asks nothing of Y
    const forecast = group.some((w) => MODALS.has(w) && !frame.obliged!.includes(w));
    // "Y needs to / has to withdraw", "it is up to Y to end it", "it is important that Y withdraw"
    let needed: number | undefined;
    // "has" may read as an auxiliary, so the phrase may open inside the group
    for (
      let j = clause.next;
      j <= v && frame.predicate === 'DEMANDED' && !negated && !forecast && needed === undefined;
      j++
    )
      needed = verbAfterNeed(units, j);
    const upTo = duty?.kind === 'up-to' && units[v]?.lower === 'to' && !units[v].entity ? v + 1 : undefined;
    const verb = needed ?? upTo ?? v;
    const told =
      (group.some((w) => frame.obliged!.includes(w)) ||
        needed !== undefined ||
        upTo !== undefined ||
        duty?.kind === 'that') &&
      !negated &&
      !undergone;
    // "X vowed that Y will pay a heavy price": a record with acts states only those ("Y will pay its debts" is no threat)
    const act = !frame.complement?.length || !!hostileAt(within, verb, frame, false);
    return told &&
      act &&
      isVerb(units[verb]) &&
      !jointActAsked(units, clause.subject, verb) &&
      !selfExhorted(clause.subject)
      ? facts(speaker, clause.subject, frame.predicate, frame, how)
      : [];
  }
  // "not only violated … but also": a stress, not a negation
  const negated = (u: Unit, k: number) =>
    MODALS.has(u.lower) || (NEGATIONS.has(u.lower) && units[k + 1]?.lower !== 'only');
  if (units.slice(clause.next, v).some((u, k) => negated(u, clause.next + k))) return [];
  // "X alleges that Y continued to trade": alleging accuses of whatever Y did, never of what Y underwent
  const undergoes =
    units.slice(clause.next, v).some((u) => BE.has(u.lower)) && !!units[v]?.tags.has('PastTense');
  // "claimed that its troops had killed scores of insurgents": a blow told against armed men
  // is a side's report of its fighting, no wrong laid on the subject (round 44, fresh news)
  if (
    frame.predicate === 'CRITICIZED' &&
    !undergoes &&
    KILL_VERBS.has(units[v]?.lower ?? '') &&
    killsFighters(units, v)
  )
    return [];
  if (frame.anyAct && isVerb(units[v]) && !undergoes)
    return facts(speaker, clause.subject, frame.predicate, frame, how);
  // "said two Xese had been killed in fighting started by Y": the subject's verb is no
  // accusation, but the act told passively later in the clause is, and names its author
  if (!hostileAt(within, v, frame, undergoes))
    return facts(speaker, passiveAuthors(within, v, frame), frame.predicate, frame, `:passive${how}`);
  return facts(speaker, clause.subject, frame.predicate, frame, how);
}

/**
 * "“We must find a solution,” X said": a duty a speaker lays on "we" is a resolve of the speaker's
 * own side, no demand of anyone, whatever body "we" was read as (round 45, fresh news).
 */
const selfExhorted = (subject: Unit[]): boolean => subject.every((u) => FIRST_PERSON_PLURAL.has(u.lower));
const FIRST_PERSON_PLURAL = new Set(['we', 'us']);

/** Armed men as what the verb at `v` kills: "killed hundreds of rebels", "killed 20 militants". */
function killsFighters(units: Unit[], v: number): boolean {
  for (let k = v + 1; k < units.length && k - v <= 4; k++) {
    const u = units[k];
    if (u.entity) return false;
    if (GROUP_DEAD_HEADS.has(u.lower)) return true;
    if (u.punct) return false;
  }
  return false;
}

/** A legal filing that speaks for its filer: "the complaint alleges", "X's indictment charges". */
const FILINGS = new Set(['complaint', 'indictment', 'lawsuit', 'suit']);

/**
 * "X's complaint alleges": the filing's owner; "The complaint alleges": the one author of the
 * legal actions the article told before (./events.ts), else nobody.
 */
function filingSpeaker(units: Unit[], verb: number, events: EventMemory): Unit[] {
  const g = groupAt(units, verb);
  if (g.mood !== 'fact' || g.passive) return [];
  let j = g.start - 1;
  while (j >= 0 && isAdverb(units[j])) j--;
  const filing = units[j];
  if (!filing || filing.entity || filing.punct || !FILINGS.has(filing.lower)) return [];
  const owner = units[j - 1];
  if (owner?.entity && owner.possessive) return [owner];
  return owner?.lower === 'the' && !owner.entity ? events.authorsOf(COMPLAINT) : [];
}

/** "Chile said Peru is arming …": compromise may tag "said" an adjective between two names; it is the verb. */
const saidBetweenNames = (units: Unit[], i: number): boolean =>
  units[i].lower === 'said' && !units[i].punct && !!units[i - 1]?.entity && !!units[i + 1]?.entity;

/** How far a record's opening word ("that") may stand from its verb: "reiterated while briefing the council last week that". */
const OPENING_REACH = 12;

/**
 * Where the clause of a record whose clause must open on one of its `followedBy` words ("noted
 * that", not "noted the progress") starts: past that word, within reach and before the sentence's
 * end; -1 when none opens it. Records without such words start at `k`.
 */
function opening(units: Unit[], k: number, frame: FrameRecord): number {
  if (!frame.followedBy?.length) return k;
  for (let j = k; j < units.length && j - k < OPENING_REACH; j++) {
    if (!units[j].entity && frame.followedBy.includes(units[j].lower)) return j + 1;
    if (/[.;:!?]/.test(units[j].punct)) return -1;
  }
  return -1;
}

/** "X alleged that Y stole cattle": X criticises Y when the clause's verb is a hostile act. */
function clauseFacts(units: Unit[], i: number, frame: FrameRecord, events: EventMemory): Candidate[] {
  if (!isVerb(units[i]) && !isPerfect(units, i) && !saidBetweenNames(units, i)) return [];
  const inverted = invertedClause(units, i);
  if (inverted) return readClause(units, inverted.speaker, 0, frame, inverted.end);
  const spoken = speakerOf(units, i);
  const speaker = spoken.length ? spoken : filingSpeaker(units, i, events);
  if (!speaker.length) return [];
  if (frame.subjectOpens && !opensClause(units, units.indexOf(speaker[0]))) return [];
  const from = frame.listener ? pastListener(units, i + 1) : opening(units, i + 1, frame);
  if (from < 0) return [];
  // "X rejected Y's claims that Z broke the truce": a claim the speaker disputes is not the speaker's
  if (frame.subjectOpens && disputedClaimAt(units, from)) return [];
  // "X reiterated the Yian government's condemnation of Z's war": the one voicing it condemns too
  if (frame.subjectOpens)
    return [...readClause(units, speaker, from, frame), ...voicedCriticism(units, speaker, from, frame)];
  // what a filing alleges is a legal action of its filer, which "the complaint" recalls later
  return readClause(units, speaker, from, frame, units.length, spoken.length ? '' : ':filing');
}

/** Nouns of someone's claim, whose "that" clause is theirs, not the one voicing the topic. */
const CLAIM_NOUNS = new Set(
  'claim claims allegation allegations accusation accusations charge charges assertion assertions suggestion suggestions report reports'.split(
    ' ',
  ),
);
/** How far into a topic a claim noun may stand before its "that": "Y's repeated claims that …". */
const CLAIM_REACH = 5;

/**
 * A claim noun with its "that" clause near the topic's opening at `from` ("rejected Y's claims that
 * …"), or a topic that is what someone else says ("rejected what Y called Z's illegal blockade").
 */
function disputedClaimAt(units: Unit[], from: number): boolean {
  if (units[from]?.lower === 'what' && !units[from].entity) return true;
  for (let j = from; j < units.length && j - from <= CLAIM_REACH; j++) {
    const u = units[j];
    if (!u.entity && CLAIM_NOUNS.has(u.lower) && units[j + 1]?.lower === 'that') return true;
    if (u.punct && !u.possessive) return false;
  }
  return false;
}

/** Nouns of a criticism a person may voice as their state's: "the United States' condemnation of Y's war". */
const VOICED_CRITICISM = new Set(['condemnation', 'criticism', 'denunciation']);
/** How far into the voiced clause the criticism noun may stand. */
const VOICED_REACH = 8;

/**
 * "X reiterated (the Yian government's / Yian) condemnation of Z's war / of the attacks by Z": the
 * person voicing a criticism owned by their state or body criticises its object too (round 27):
 * the authors of the act criticised, or the name criticised itself.
 */
function voicedCriticism(units: Unit[], speaker: Unit[], from: number, frame: FrameRecord): Candidate[] {
  for (let j = from; j < units.length && j - from <= VOICED_REACH; j++) {
    const u = units[j];
    if (u.punct && j > from && !u.possessive) return [];
    if (u.entity || !VOICED_CRITICISM.has(u.lower) || units[j + 1]?.lower !== 'of' || u.punct) continue;
    const k = j + 2;
    const authors = actAuthors(units, k);
    const named = authors.length ? authors : units[k]?.entity && !units[k].possessive ? [units[k]] : [];
    return facts(speaker, named, frame.predicate, frame, ':voiced');
  }
  return [];
}

/**
 * The name at `at` opens its clause: no verb stands between it and the sentence's start, a
 * semicolon or a quotation mark (titles, articles, other names and a fronted "On Monday," may).
 */
function opensClause(units: Unit[], at: number): boolean {
  if (at < 0) return false;
  // "Officials said (that) X reiterated …", "State media reported that X …": a reported clause
  // opens after its verb of saying
  const that = units[at - 1]?.lower === 'that' && !units[at - 1].punct ? 1 : 0;
  const saying = units[at - 1 - that];
  if (saying && !saying.entity && !saying.punct && SAY_VERBS.has(saying.lower)) return true;
  for (let j = at - 1; j >= 0; j--) {
    const u = units[j];
    if (u.punct && (u.punct.includes(';') || QUOTE.test(u.punct))) return true;
    if (!u.entity && isVerb(u)) return false;
  }
  return true;
}

/** "responsible for the attack": a hostile word (the record's complement) within the next few words. */
function answersForHostile(units: Unit[], i: number, frame: FrameRecord): boolean {
  if (units[i + 1]?.lower !== (frame.particle ?? 'for')) return false;
  const answered = units.slice(i + 2, i + 10);
  // "for its brutal, unprovoked invasion": a comma between qualifiers does not end the phrase
  const end = answered.findIndex(
    (u) => !!u.punct && !QUOTE.test(u.punct) && !(u.punct === ',' && u.tags.has('Adjective') && !u.entity),
  );
  const span = end < 0 ? answered : answered.slice(0, end + 1);
  return span.some((u) => (frame.complement ?? []).includes(u.lower));
}

/**
 * "holding Y accountable." / "hold Y accountable, …": the word ends its clause, with no "for …"
 * nor "to fulfil …" after it (an accounting asked for without naming the wrong).
 */
function closesClause(units: Unit[], i: number): boolean {
  return !!units[i].punct || i === units.length - 1;
}

/** Possessives that open a name's own company in a held list: "hold Y and its enablers accountable". */
const OWN_COMPANY = new Set(['its', 'his', 'her', 'their']);

/**
 * The held name before the responsibility word, past "and its / his … <noun>" (Y's own company
 * held with it: "hold Y and his enablers accountable"), else `j` itself.
 */
function heldNameAt(units: Unit[], j: number): number {
  const u = units[j];
  if (!u || u.entity || u.punct || !u.tags.has('Noun')) return j;
  if (!OWN_COMPANY.has(units[j - 1]?.lower ?? '') || units[j - 2]?.lower !== 'and') return j;
  const named = units[j - 3];
  return named?.entity && !named.punct && !named.possessive ? j - 3 : j;
}

/** "bears the full responsibility": the forms of "bear" (round 27). */
const BEAR = new Set(verbForms('bear'));
/** How many words may qualify "responsibility" after "bear": "bears the full and sole". */
const BORNE_SPAN = 4;

/**
 * "X said Y bears (the / full) responsibility for the attack", "“Y bears responsibility for the
 * deaths,” X said", "Y and Z bear the responsibility for today's failure, X said": the speaker
 * criticises Y (round 27). Only a hostile act or a failure is blamed (the record's complement):
 * "bear special responsibility for ending the fighting" is a duty, not a blame. A modal or
 * negation ("would bear", "does not bear") and a sentence with no speaker state nothing.
 */
function borneFacts(units: Unit[], i: number, frame: FrameRecord): Candidate[] {
  if (!answersForHostile(units, i, frame)) return [];
  let b = i - 1;
  while (
    b >= 0 &&
    i - b <= BORNE_SPAN &&
    !units[b].entity &&
    !units[b].punct &&
    (DETERMINERS.has(units[b].lower) ||
      units[b].tags.has('Adjective') ||
      isAdverb(units[b]) ||
      units[b].lower === 'and')
  )
    b--;
  const verb = units[b];
  if (!verb || verb.entity || verb.punct || !BEAR.has(verb.lower)) return [];
  const g = groupAt(units, b);
  if (g.mood !== 'fact' || g.passive) return [];
  if (units.slice(g.start, b).some((u) => MODALS.has(u.lower) || NEGATIONS.has(u.lower))) return [];
  const accused = borneSubject(units, g.start);
  if (!accused || noFactClause(units, accused.at)) return [];
  // "X said (that) Y bears …"
  const say = sayingVerbBefore(units, accused.at);
  if (say !== undefined)
    return facts(speakerOf(units, say), accused.actors, frame.predicate, frame, ':borne');
  // "“Y bears …,” X said": the attribution after the clause
  return facts(attributionAfter(units, i), accused.actors, frame.predicate, frame, ':borne');
}

/**
 * "“… ,” X said." / "“…,” said X.": the speaker of an attribution that closes the sentence after
 * the word at `i`, when the clause it reports holds that word; none otherwise.
 */
function attributionAfter(units: Unit[], i: number): Unit[] {
  for (let j = i + 1; j < units.length; j++) {
    if (units[j].entity || !isVerb(units[j]) || !SAY_VERBS.has(units[j].lower)) continue;
    const inverted = invertedClause(units, j);
    return inverted && inverted.end > i ? inverted.speaker : [];
  }
  return [];
}

/**
 * Heads of people a demonym may qualify in a blamed subject: "the top Xian military commanders"
 * are no state (not words.ts' PEOPLE_HEADS, through whom a country is meant).
 */
const BORNE_PEOPLE_HEADS = new Set(
  'commanders officials officers soldiers troops forces leaders generals militias fighters'.split(' '),
);

/**
 * The names of the subject that ends at `end` (exclusive), back to the clause's opening (a
 * punctuation mark, "that", a verb): "Y and the top Zian military commanders" gives Y only (a
 * demonym on people is not their state). Undefined when the subject names no one.
 */
function borneSubject(units: Unit[], end: number): { actors: Unit[]; at: number } | undefined {
  const actors: Unit[] = [];
  let at = -1;
  for (let j = end - 1; j >= 0; j--) {
    const u = units[j];
    if (j < end - 1 && u.punct) break;
    if (!u.entity && (u.lower === 'that' || isVerb(u))) break;
    if (!u.entity) continue;
    if (u.possessive) return undefined;
    const demonymOnPeople = u.entity.type === 'Country' && BORNE_PEOPLE_HEADS.has(nextNoun(units, j));
    // "Xian Foreign Minister Y bears …": the country on a named person's title is no actor
    const held = u.entity.type === 'Country' ? titledHolderAfter(units, j + 1) : undefined;
    const onTitle = !!held && 'person' in held;
    if (!demonymOnPeople && !onTitle) actors.unshift(u);
    at = j;
  }
  return actors.length ? { actors, at } : undefined;
}

/** The head noun after a name at `j`, past qualifiers: "Zian military commanders" → "commanders". */
function nextNoun(units: Unit[], j: number): string {
  for (let k = j + 1; k < units.length && k - j <= 3; k++) {
    if (units[k].entity) return '';
    if (BORNE_PEOPLE_HEADS.has(units[k].lower)) return units[k].lower;
    if (units[k].punct) return '';
  }
  return '';
}

/** "X said Y was responsible for the attack", "X held Y responsible for the attack". */
function responsibleFacts(units: Unit[], i: number, frame: FrameRecord): Candidate[] {
  if (frame.lemma === 'responsibility') return borneFacts(units, i, frame);
  // "X will hold Y accountable": a threat (./held-to-account.ts)
  const threat = frame.lemma === 'accountable' ? threatToHold(units, i, frame) : [];
  if (threat.length) return threat;
  const closing = !!frame.closesClause && closesClause(units, i);
  if (!closing && !answersForHostile(units, i, frame)) return [];
  const j = heldNameAt(units, back(units, i - 1));
  // "hold both Y and Z accountable", "hold groups like Y and their leaders accountable" (./held-lists.ts)
  const list = heldListBefore(units, back(units, i - 1));
  // "held Y responsible": the holder is the verb's subject
  if (units[j]?.entity || list) {
    // "held (the) Y responsible"
    const h = list
      ? list.start
      : units[j - 1] && DETERMINERS.has(units[j - 1].lower) && !units[j - 1].entity
        ? j - 1
        : j;
    const verb = units[h - 1];
    // "the importance of holding Y accountable": compromise tags the gerund after "of" a noun
    const gerund = verb?.lower === 'holding' && units[h - 2]?.lower === 'of' && !verb.entity;
    const held =
      (isVerb(verb) || gerund) && !verb.punct && ['held', 'hold', 'holds', 'holding'].includes(verb.lower);
    if (!held) return [];
    // "X continues to take action to hold Y accountable": the purpose is X's, stated by X's verb;
    // "X agreed on the importance of holding Y accountable" alike, through the noun of aim
    const purposeOf = units[h - 2]?.lower === 'to' || gerund ? finiteBefore(units, h - 2) : undefined;
    if (gerund && purposeOf === undefined) return [];
    if (purposeOf !== undefined && !servesSpeaker(units, purposeOf, h - 2)) return [];
    return facts(speakerOf(units, purposeOf ?? h - 1), list?.names ?? [units[j]], frame.predicate, frame, '');
  }
  // "X said Y was responsible": Y is the clause's subject, X the speaker
  // "Y was accountable." names no wrong of Y's
  if (closing) return [];
  if (!isAux(units[j])) return [];
  let s = j;
  while (s > 0 && (isAux(units[s - 1]) || isAdverb(units[s - 1]))) s--;
  if (units.slice(s, j + 1).some((u) => MODALS.has(u.lower) || NEGATIONS.has(u.lower))) return [];
  const accused = leftActors(units, s);
  if (!accused) return [];
  const say = sayingVerbBefore(units, accused.at);
  if (say !== undefined) return facts(speakerOf(units, say), accused.actors, frame.predicate, frame, '');
  // "“Y is responsible for the killings,” X said": the attribution after a clause that opens the
  // sentence or its quotation (round 43)
  if (!opensClause(units, accused.at)) return [];
  return facts(attributionAfter(units, i), accused.actors, frame.predicate, frame, ':quoted');
}

/**
 * "X said (that) Y …", "X said President Y …": the index of the verb of saying before the clause
 * whose subject's name stands at `at` (past a title, determiners and "that"), if one stands there.
 */
function sayingVerbBefore(units: Unit[], at: number): number | undefined {
  let say = titleBefore(units, at) - 1;
  while (say >= 0 && !units[say].entity && DETERMINERS.has(units[say].lower)) say--;
  if (units[say]?.lower === 'that') say--;
  return isVerb(units[say]) && SAY_VERBS.has(units[say].lower) && !units[say].punct ? say : undefined;
}

/**
 * "X attributed the attack to Y", "the attack, attributed by X to Y", "losses that X attributed
 * to Y": X criticises Y when what is attributed is hostile (the record's complement).
 */
function attributeFacts(units: Unit[], i: number, frame: FrameRecord): Candidate[] {
  if (!isVerb(units[i]) || units[i].punct) return [];
  const hostile = (u: Unit) => !u.entity && (frame.complement ?? []).includes(u.lower);
  let holders: Unit[];
  let to: number;
  if (units[i + 1]?.lower === 'by') {
    holders = listRight(units, i + 2);
    const last = holders[holders.length - 1];
    to = last ? units.indexOf(last) + 1 : -1;
    if (!units.slice(Math.max(0, i - 6), i).some(hostile)) return [];
  } else {
    holders = speakerOf(units, i);
    to = units.findIndex((u, j) => j > i && j - i <= 8 && u.lower === (frame.particle ?? 'to'));
    const before = [...units.slice(Math.max(0, i - 6), i), ...relativeAntecedent(units, holders, i)];
    if (to < 0 || ![...before, ...units.slice(i + 1, to)].some(hostile)) return [];
    // "X blamed Y and then launched an attack on Z": a name between the verb and its particle is
    // the verb's own object, and the particle belongs to a later phrase
    if (units.slice(i + 1, to).some((u) => u.entity)) return [];
  }
  if (!holders.length || units[to]?.lower !== (frame.particle ?? 'to') || units[to - 1]?.punct) return [];
  return facts(holders, listRight(units, to + 1), frame.predicate, frame, '');
}

/**
 * "the poisoning of a former spy, which the Xian government blames on Y": the phrase a relative
 * clause's "which" / "that" takes up (its words back to the clause's start, ten at most), when the
 * relative stands right before the verb's subject (round 33).
 */
function relativeAntecedent(units: Unit[], subject: Unit[], verb: number): Unit[] {
  const first = subject.length ? units.indexOf(subject[0]) : verb;
  let r = first - 1;
  while (r >= 0 && DETERMINERS.has(units[r].lower)) r--;
  if (!['which', 'that'].includes(units[r]?.lower ?? '')) return [];
  const end = units[r - 1]?.punct === ',' ? r - 1 : r;
  let start = end;
  while (start > 0 && end - start < 10 && !units[start - 1].punct && !isVerb(units[start - 1])) start--;
  return units.slice(start, end);
}

/**
 * "expressed", "voiced", "raised": the verbs that state a concern as their subject's; "shared",
 * "reiterated", "conveyed" and "discussed (their mutual concern)" alike (round 20), and their
 * participles ("…, expressing concern over …", read with the verb they trail).
 */
const VOICES = new Set('express voice raise share reiterate convey discuss'.split(' ').flatMap(verbForms));
const voices = (u: Unit | undefined) => isVerb(u) && !u!.punct && VOICES.has(u!.lower);
/** How far back a concern joined after another object may find its voicing verb. */
const JOINED_VOICE_REACH = 20;

/**
 * "discussed the importance of ending Y's threat and their shared concerns over …": the voicing
 * verb of a concern noun at `i` that its holders' pronoun ("their", "our") opens after "and", the
 * first object's verb with no finite verb, no other name's clause and no clause's end between
 * (round 36); -1 when none.
 */
function joinedVoice(units: Unit[], i: number): number {
  let o = i - 1;
  while (
    o >= 0 &&
    i - o <= 3 &&
    !units[o].entity &&
    !units[o].punct &&
    !SHARED_OWNER_PRONOUNS.has(units[o].lower)
  )
    o--;
  if (
    !SHARED_OWNER_PRONOUNS.has(units[o]?.lower ?? '') ||
    units[o - 1]?.lower !== 'and' ||
    units[o - 1].punct
  )
    return -1;
  for (let j = o - 2; j >= 0 && o - j <= JOINED_VOICE_REACH; j--) {
    const u = units[j];
    if (/[.;:!?]/.test(u.punct)) return -1;
    if (voices(u)) return j;
    if (!u.entity && isVerb(u) && !u.lower.endsWith('ing')) return -1;
  }
  return -1;
}

/** Acts done to people held, whose doer a concern may name on them: "Y's execution of A". */
const HELD_ACTS = new Set([...STATE_ACT_HEADS, 'execution', 'executions']);

/**
 * "X expressed grave concern over Y's intervention": X criticises the act's author. Only an act
 * is criticised this way ("concern over Y's debt" names no act; "concern for Y" is sympathy).
 */
function concernFacts(units: Unit[], i: number, frame: FrameRecord, events: EventMemory): Candidate[] {
  if (!(frame.preps ?? []).includes(units[i + 1]?.lower ?? '') || units[i].punct) return [];
  let j = i - 1;
  while (j >= 0 && i - j <= 3 && !units[j].entity && !units[j].punct && !isVerb(units[j])) j--;
  // "discussed the importance of … and their shared concerns over …": the second object of the voice
  if (!voices(units[j])) j = joinedVoice(units, i);
  if (j < 0 || !voices(units[j])) return [];
  const holders = speakerOf(units, j);
  if (!holders.length) return [];
  const k = i + 2;
  let authors = actAuthors(units, k);
  // an act's author, never a bare name nor "Y's debt"; "Y's execution of A", "unlawful Y
  // detentions": a state's act on people it holds, named with its doer (round 36)
  const head = headOf(units, k);
  // "concern about Y's provision of weapons to Z": an act told by its shape (./owned-acts.ts, round 48)
  const owned = ownedActOwners(units, k);
  if (owned.length) authors = owned;
  else if (!familyOfNoun(head) && !STANCE_ACTS.has(head?.lower ?? '')) {
    // "A's execution": the person on such an act is the one who underwent it
    const held = HELD_ACTS.has(head?.lower ?? '');
    authors = held ? authors.filter((a) => a.entity?.type !== 'Person') : [];
  }
  // "concern over A's arrest": the state that holds A, not A (./state-acts.ts)
  const state = stateActAuthor(units, k);
  if (state.length) authors = state;
  if (!authors.length) authors = events.recall(units, k);
  // "expressed concern over arrests and intimidation in Y" (./faults.ts)
  if (!authors.length) authors = concernedWrongPlace(units, k);
  return facts(holders, authors, frame.predicate, frame, '');
}

/** The head noun of the phrase opening at `k`: its last noun ("Y's military activities"). */
function headOf(units: Unit[], k: number): Unit | undefined {
  let head: Unit | undefined;
  for (let j = k; j < units.length && j - k < 6; j++) {
    const u = units[j];
    if (u.entity) {
      if (head) break;
    } else if (u.tags.has('Noun')) head = u;
    else if (!DETERMINERS.has(u.lower) && !u.tags.has('Adjective')) break;
    if (u.punct) break;
  }
  return head;
}

/** The verb an infinitive at `to` serves: the nearest verb before it in the clause, a participle too. */
function governorOf(units: Unit[], to: number): number | undefined {
  for (let j = to - 1; j >= 0 && to - j <= TRAILING_SPAN; j--) {
    const u = units[j];
    if (u.punct) return undefined;
    if (isVerb(u) && !isAux(u) && units[j - 1]?.lower !== 'to') return j;
  }
  return undefined;
}

/**
 * "X vowed to counter Y's aggression", "…, noting their determination to counter destabilizing
 * activities by Y": an aim against an act is its holder's stance toward the act's author (records
 * of kind "aim"). The aim is the holder's own: right after the holder's verb or after a noun of aim
 * ("rejected efforts to counter …" is not); only an act is aimed at ("to counter Y's influence"
 * names none).
 */
function aimFacts(units: Unit[], i: number, frame: FrameRecord): Candidate[] {
  if (units[i - 1]?.lower !== 'to' || units[i - 1].entity || units[i].punct) return [];
  const verb = governorOf(units, i - 1);
  if (verb === undefined || !servesSpeaker(units, verb, i - 1)) return [];
  const holders = speakerOf(units, verb);
  if (!holders.length) return [];
  // "destabilizing military activities": a participle qualifying the act
  let k = i + 1;
  while (
    units[k]?.lower.endsWith('ing') &&
    !units[k].entity &&
    !units[k].punct &&
    units[k + 1]?.tags.has('Noun')
  )
    k++;
  const head = headOf(units, k);
  if (!familyOfNoun(head) && !STANCE_ACTS.has(head?.lower ?? '')) return [];
  return facts(holders, actAuthors(units, k), frame.predicate, frame, '');
}

/** Words after a verb that make two subjects act as one: "A and B should work (closely) together". */
const JOINTLY = new Set(['together', 'jointly']);

/**
 * "X said A and B should work closely together to …": an obligation of two or more named sides to
 * act as one is a wish for their partnership, often the speaker's own side's, and no demand of
 * either (round 44, fresh news). "A and B should withdraw" still asks each of them.
 */
function jointActAsked(units: Unit[], subject: Unit[], verb: number): boolean {
  if (subject.length < 2) return false;
  for (let k = verb + 1; k <= verb + 3 && units[k] && !units[k].entity; k++) {
    if (JOINTLY.has(units[k].lower)) return true;
    if (units[k].punct) return false;
  }
  return false;
}

/**
 * Every stance fact the sentence states through a state, a reported clause, a responsibility or
 * a legal action (./legal.ts).
 */
export function readStanceClauses(units: Unit[], events: EventMemory): Candidate[] {
  const out: Candidate[] = readLegalActions(units, events);
  for (let i = 0; i < units.length; i++) {
    for (const frame of units[i].entity ? [] : (byWord.get(units[i].lower) ?? []))
      out.push(...frameFacts(units, i, frame, events));
  }
  return out;
}

/** The facts one record states at the word `i`. */
function frameFacts(units: Unit[], i: number, frame: FrameRecord, events: EventMemory): Candidate[] {
  const kind = frame.kind as Kind;
  if (kind === 'state') return stateFacts(units, i, frame, events);
  if (kind === 'clause') return clauseFacts(units, i, frame, events);
  if (kind === 'attribute') return attributeFacts(units, i, frame);
  if (kind === 'concern') return concernFacts(units, i, frame, events);
  if (kind === 'aim') return aimFacts(units, i, frame);
  return responsibleFacts(units, i, frame);
}

/** The record whose obligation words make a demand of a clause's subject ("Y should withdraw"). */
const OBLIGATION = FRAMES.find((f) => f.id === 'clause:say-should');
/** The record of an allegation, whose clause's subject is accused of whatever it did. */
const ALLEGATION = FRAMES.find((f) => f.id === 'clause:allege-that');
/** "there is credible information that Y …": nouns whose "that" clause the issuer asserts. */
const GROUNDS = new Set(['information', 'evidence']);

/**
 * A sentence in a release's own words (../relations/release-voice.ts) is its issuer's: the faults
 * it names as someone's ("Y's destabilizing presence is prolonging the conflict") are the
 * issuer's criticism of their owners, "Y's forces should withdraw" opening it is the issuer's
 * demand of Y, and "there is credible information that Y abused …" its allegation against Y.
 */
export function readIssuerSentence(units: Unit[], issuer: Unit): Candidate[] {
  // "abuses in Y" in a release's own words sets the scene of its action, not a judgment of Y's state
  const out = faultsWithin(units, 0, units.length)
    .filter(([, fault]) => fault.id !== 'fault:in-place')
    .flatMap(([owner, fault]) => facts([issuer], [owner], fault.predicate, fault, ':issuer'));
  if (OBLIGATION) out.push(...readOneClause(units, [issuer], 0, OBLIGATION, units.length, ':issuer'));
  // "Y continues to violate …": a condemnable act the release gives a clause's subject, not
  // a people's word ("Xian officials who persecute …" judges the officials, none of them named)
  const named = (c: Candidate) => units.some((u) => u.entity?.id === c.object.id && !isDemonymWord(u.lower));
  out.push(...judgedFacts(units, [issuer], 0, units.length, ':issuer').filter(named));
  // "there is credible information that Y abused the power of his office": the issuer's allegation
  const grounds = units.findIndex(
    (u, k) => GROUNDS.has(u.lower) && !u.punct && units[k + 1]?.lower === 'that',
  );
  const denied = units
    .slice(Math.max(0, grounds - 3), grounds)
    .some((u) => NEGATIONS.has(u.lower) || u.lower === 'no');
  if (ALLEGATION && grounds >= 0 && !denied)
    out.push(...readOneClause(units, [issuer], grounds + 1, ALLEGATION, units.length, ':issuer'));
  return out;
}

/**
 * Where a title before the name at `at` opens ("said President Y"), with the country it names
 * ("Xian Foreign Minister Y", "X's Foreign Minister Y"); `at` when no title stands there.
 */
function titleBefore(units: Unit[], at: number): number {
  let start = at;
  for (let t = at - 1; t >= 0 && at - t <= 6 && !units[t].punct; t--) {
    if (units[t].entity) {
      const held = units[t].entity!.type === 'Country' ? titledHolderAfter(units, t + 1) : undefined;
      if (start < at && held && 'person' in held && held.person === at) start = t;
      break;
    }
    const held = titledHolderAfter(units, t);
    if (held && 'person' in held && held.person === at) start = t;
  }
  return start;
}
