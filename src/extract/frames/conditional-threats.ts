// Threats told as a response promised on a condition (round 27): "X warned it would respond if Y
// holds the drills", "X says if Y tries to take on the council it will react", "“If Y goes on, we
// will retaliate,” said X", "If Y holds the exercises, X will counter Y …" — X THREATENED Y. The
// one threatened is the subject of the "if / unless" clause (or the named object of the response
// verb), the one threatening the response's subject: a name, or "it / we / they" standing for the
// speaker (a verb of saying or warning before it, or the quotation's speaker). The response verbs
// are the record's `complement` (the `conditional` kind of ../lexicon/frames.json).
// Not read: a response denied ("would not respond"), a question, "asked if …", "even if …", a
// condition the threatened one undergoes ("if Y is attacked") or asks for ("if Y asks for help").
import type { Candidate } from '../relations/apply-rules';
import { leftActors } from './actors';
import { actAuthors } from './stance';
import type { Quoted } from './faults';
import { facts } from './facts';
import { groupAt, isAdverb, isTime, isVerb } from './groups';
import { FRAMES, MIN_CONFIDENCE, verbForms, type FrameRecord } from './lexicon';
import { listRight } from './lists';
import type { Unit } from './units';
import { DETERMINERS, NEGATIONS } from './words';

const RECORDS = FRAMES.filter((f) => f.kind === 'conditional' && f.confidence >= MIN_CONFIDENCE);
const ACTOR_TYPES = new Set(['Person', 'Organization', 'Country']);
const OPENERS = new Set(['if', 'unless']);
const MODALS = new Set(['will', 'would', 'shall', "'ll"]);
/** Pronouns that stand for the one who speaks or warns. */
const SPEAKER_SUBJECTS = new Set(['it', 'we', 'they', 'i']);
/** Verbs that tell a threat: the subject of one before "if" or before the pronoun speaks it. */
const TELLING = new Set(
  'say warn vow threaten pledge promise declare insist add state stress caution'
    .split(' ')
    .flatMap(verbForms),
);
/** "asked if", "unclear if": "if" opens a question, not a condition. */
const ASKING = new Set([
  ...'ask wonder question know see decide doubt'.split(' ').flatMap(verbForms),
  'unclear',
  'whether',
  'even',
]);
/** What the one named in the condition asks or undergoes: no threat to it ("if Y asks for help"). */
const BENIGN = new Set('ask request invite need want agree accept seek call'.split(' ').flatMap(verbForms));
const BE = new Set(['is', 'are', 'was', 'were', 'be', 'been', 'gets', 'get', 'got']);
/** How many words may stand between the response and "if": "would respond swiftly and firmly if". */
const TO_CONDITION = 8;
/** How many words the condition may hold before its comma: "If Y holds the drills while …,". */
const CONDITION_SPAN = 30;
/** How many words of title may stand before the name in the condition: "if President Y". */
const TITLE_SPAN = 2;

const plain = (u: Unit | undefined) => !!u && !u.entity;

/** The names that open the condition after "if" at `f`, past an article and a title. */
function conditioned(units: Unit[], f: number): Unit[] {
  let k = f + 1;
  if (plain(units[k]) && DETERMINERS.has(units[k].lower) && !units[k].punct) k++;
  for (let n = 0; n < TITLE_SPAN && plain(units[k]) && !units[k].punct && !isVerb(units[k]); n++) k++;
  const first = units[k];
  if (!first?.entity || first.possessive || first.punct) return [];
  const names = listRight(units, k);
  const last = names[names.length - 1];
  let v = units.indexOf(last) + 1;
  while (isAdverb(units[v])) v++;
  const verb = units[v];
  // "if Y is attacked", "if Y asks for help": Y undergoes or asks, and is threatened by no one
  if (!verb || verb.entity || BENIGN.has(verb.lower)) return [];
  if (BE.has(verb.lower) && /ed$/.test(units[v + 1]?.lower ?? '')) return [];
  if (!isVerb(verb) && !MODALS.has(verb.lower)) return [];
  return names;
}

/** The word before the verb at `r`, past adverbs but not a negation ("would not respond"). */
function wordBefore(units: Unit[], r: number): number {
  let m = r - 1;
  while (isAdverb(units[m]) && !NEGATIONS.has(units[m].lower)) m--;
  return m;
}

/** A modal of promise ("will", "would") at `m`. */
const isPromise = (units: Unit[], m: number) =>
  plain(units[m]) && MODALS.has(units[m].lower) && !units[m].punct;

/**
 * The response at `r` is a record's verb ("respond", "strike back") promised by a modal: the
 * modal's index, or -1.
 */
function responseAt(units: Unit[], r: number, forms: Set<string>): number {
  const u = units[r];
  if (!plain(u)) return -1;
  const two = `${u.lower} ${units[r + 1]?.lower ?? ''}`;
  if (!forms.has(u.lower) && !forms.has(two)) return -1;
  const m = wordBefore(units, r);
  return isPromise(units, m) ? m : -1;
}

/** The one who threatens: the response's subject before its modal at `m`, or the speaker it stands for. */
function threateners(units: Unit[], m: number, quotes: readonly Quoted[], named: Unit[]): Unit[] {
  let s = m - 1;
  while (isAdverb(units[s])) s--;
  const subject = units[s];
  if (!subject) return [];
  const speaker = quoteSpeaker(quotes, named);
  // "“…, we will strike back,” said X": a pronoun read as a name stands for the quotation's speaker
  if (subject.entity && speaker && subject.mention?.reason?.startsWith('coref:')) return [speaker];
  if (subject.entity && !subject.possessive) {
    const left = leftActors(units, s + 1);
    const actors = left?.actors ?? [subject];
    return speaker ? [...actors, speaker] : actors;
  }
  if (!SPEAKER_SUBJECTS.has(subject.lower)) return [];
  if (speaker) return [speaker];
  // "X warned (Saturday) (that) it would respond": the telling verb before the pronoun
  return tellerBefore(units, s);
}

/** The subject of a telling verb just before `k` (past "that" and time words): "X warned (that) …". */
function tellerBefore(units: Unit[], k: number): Unit[] {
  let v = k - 1;
  if (plain(units[v]) && units[v].lower === 'that') v--;
  while (isTime(units[v]) || isAdverb(units[v])) v--;
  const verb = units[v];
  if (!verb || !plain(verb) || verb.punct || !isVerb(verb) || !TELLING.has(verb.lower)) return [];
  const g = groupAt(units, v);
  if (g.mood !== 'fact' || g.passive) return [];
  return leftActors(units, g.start)?.actors ?? [];
}

/** The named speaker of the quotation the condition's names stand in. */
function quoteSpeaker(quotes: readonly Quoted[], named: Unit[]): Unit | undefined {
  const at = named[0]?.mention?.start;
  if (at === undefined) return undefined;
  return quotes.find((q) => at > q.start && at < q.end)?.speaker;
}

/** The named object right after the response verb at `r`: "will counter the U.S. by …". */
function responseObject(units: Unit[], r: number): Unit[] {
  let k = r + 1;
  if (units[r].punct) return [];
  if (plain(units[k]) && units[k].lower === 'back') {
    if (units[k].punct) return [];
    k++;
  }
  if (plain(units[k]) && DETERMINERS.has(units[k].lower) && !units[k].punct) k++;
  return units[k]?.entity && !units[k].possessive ? listRight(units, k) : [];
}

function conditionalFacts(
  units: Unit[],
  f: number,
  frame: FrameRecord,
  forms: Set<string>,
  quotes: readonly Quoted[],
): Candidate[] {
  const before = units[f - 1];
  if (plain(before) && ASKING.has(before.lower)) return [];
  const named = conditioned(units, f);
  if (!named.length) return [];
  // the response before the condition: "X warned it would respond (to …) if Y …"
  for (let r = f - 1; r >= 0 && f - r <= TO_CONDITION; r--) {
    if (units[r].punct && r < f - 1) break;
    const m = responseAt(units, r, forms);
    if (m < 0) continue;
    const by = threateners(units, m, quotes, named);
    // "if Y …": said as the speaker's own words, "X says if Y …"
    return facts(by, [...named, ...responseObject(units, r)], frame.predicate, frame, ':before');
  }
  // the response after the condition: "If Y …, (then) we will react", "X says if Y … it will react"
  const last = named[named.length - 1];
  const from = units.indexOf(last) + 2;
  for (let r = from; r < units.length && r - f <= CONDITION_SPAN; r++) {
    if (units[r - 1].punct === ';' || units[r - 1].punct === ':') return [];
    const m = responseAt(units, r, forms);
    if (m < 0) continue;
    let by = threateners(units, m, quotes, named);
    // "X says if Y …, it will react": the pronoun is the one who says the condition
    if (!by.length && plain(units[m - 1]) && SPEAKER_SUBJECTS.has(units[m - 1].lower))
      by = tellerBefore(units, f);
    return facts(by, [...named, ...responseObject(units, r)], frame.predicate, frame, ':after');
  }
  return [];
}

/** Hostile acts a response may answer: "will respond to Y's attack". */
const ANSWERED = new Set(
  'attack attacks strike strikes killing assassination shelling bombing bombings raid raids aggression provocation provocations incursion incursions invasion assault drills exercises'.split(
    ' ',
  ),
);
/** Verbs under which a response is promised: "vowed to retaliate for …". */
const PROMISING = new Set('vow pledge promise threaten'.split(' ').flatMap(verbForms));

/**
 * "X will respond to Y's attack", "X vowed to retaliate for the strikes by Y": a response promised
 * to a named author's act. Not "responded to Y's attack" (done: an act of fighting, read elsewhere).
 */
function answeredFacts(
  units: Unit[],
  r: number,
  frame: FrameRecord,
  forms: Set<string>,
  quotes: readonly Quoted[],
): Candidate[] {
  const u = units[r];
  if (!plain(u) || !forms.has(u.lower) || u.punct) return [];
  let k = r + 1;
  while (isAdverb(units[k])) k++;
  if (!plain(units[k]) || !['to', 'for', 'against'].includes(units[k].lower) || units[k].punct) return [];
  const authors = actAuthors(units, k + 1);
  // the act's head: the first common noun of the phrase ("Chile's questions about the drills" is no act)
  const head = units
    .slice(k + 1, k + 8)
    .find((w) => plain(w) && !DETERMINERS.has(w.lower) && w.tags.has('Noun') && !w.tags.has('Adjective'));
  if (!head || !ANSWERED.has(head.lower)) return [];
  if (!authors.length) return [];
  const m = wordBefore(units, r);
  let by: Unit[] = [];
  if (isPromise(units, m)) by = threateners(units, m, quotes, authors);
  else if (
    plain(units[m]) &&
    units[m].lower === 'to' &&
    PROMISING.has(units[m - 1]?.lower ?? '') &&
    isVerb(units[m - 1])
  ) {
    const g = groupAt(units, m - 1);
    if (g.mood === 'fact' && !g.passive) by = leftActors(units, g.start)?.actors ?? [];
  }
  return facts(by, authors, frame.predicate, frame, ':answer');
}

/** Each record with the inflected forms of its complement verbs ("respond", "react to"), built once. */
const RECORD_FORMS: readonly (readonly [FrameRecord, Set<string>])[] = RECORDS.map((frame) => [
  frame,
  new Set(
    (frame.complement ?? []).flatMap((c) => {
      const [verb, particle] = c.split(' ');
      return verbForms(verb).map((v) => (particle ? `${v} ${particle}` : v));
    }),
  ),
]);

/** Every conditional threat of the sentence. */
export function readConditionalThreats(units: Unit[], quotes: readonly Quoted[] = []): Candidate[] {
  if (units[units.length - 1]?.punct.includes('?')) return [];
  const out: Candidate[] = [];
  for (const [frame, forms] of RECORD_FORMS) {
    for (let f = 0; f < units.length; f++) {
      if (plain(units[f]) && OPENERS.has(units[f].lower))
        out.push(...conditionalFacts(units, f, frame, forms, quotes));
      else out.push(...answeredFacts(units, f, frame, forms, quotes));
    }
  }
  return out.filter((c) => ACTOR_TYPES.has(c.subject.type) && ACTOR_TYPES.has(c.object.type));
}
