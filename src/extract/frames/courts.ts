// The court's state (round 36). A report of a trial names the state whose court, prosecutors or
// conviction it is about once ("A Xian court sentenced A …", "Xian prosecutors said …", "the Xian
// government's conviction of 24 people", "appeared in Xian courts") and then tells the defendants
// without an author: "B was sentenced along with two other reporters, C and D", "E and F were among
// those found guilty", "G and H, who pleaded not guilty to the counts …", "Two more defendants, J and
// K, pleaded not guilty". The state that charges, tries or convicts criticised each defendant
// (prosecutions, rounds 8 and 13; a court of a state stands for the state when no body is named).
// A plea of not guilty still answers charges brought; an acquittal, a trial only scheduled or a
// sentence to come states nothing (the verb group's mood). When the article names the courts of
// two states (an extradition between them) no state is the court's.
// Extraditions: "extradited from A to B", "appeared in Xian courts hours after being extradited
// from A": A helped B (round 15's "extradition help from a government"), B the state after "to" or
// the court's. Records: the `court` and `extradition` kinds of ../lexicon/frames.json.
import type { Candidate } from '../relations/apply-rules';
import { accusalAt, accusalsOf, agreedTo, isParty, openingSubject } from './announcements';
import type { EventMemory } from './events';
import { facts } from './facts';
import { groupAt, isVerb } from './groups';
import { FRAMES, MIN_CONFIDENCE, verbForms, type FrameRecord } from './lexicon';
import { isPlainWord, type Unit } from './units';
import { GOVERNMENT_OWNER_WORDS } from './words';

const COURT = FRAMES.find((f) => f.kind === 'court' && f.confidence >= MIN_CONFIDENCE);
const EXTRADITION = FRAMES.find((f) => f.kind === 'extradition' && f.confidence >= MIN_CONFIDENCE);

const COURT_NOUNS = new Set(COURT?.nouns ?? []);
const COURT_QUALIFIERS = new Set(COURT?.qualifiers ?? []);
const LEGAL_ACTS = new Set(COURT?.subjects ?? []);
const ACCUSALS = accusalsOf(COURT?.complement ?? []);
const EXTRADITED = new Set(EXTRADITION?.lemma ? verbForms(EXTRADITION.lemma) : []);
const FROM = new Set(EXTRADITION?.preps ?? []);

/** The frames whose state subject tried someone: "A Xian court sentenced A" read as Xia's act. */
const TRYING_FRAMES = /^frame:verb:(?:sentence|convict)(?::|$| )/;
/** How many words a descriptor before apposed defendants may hold: "Two more defendants, J and K". */
const DESCRIPTOR_SPAN = 4;
/** How far after the verb "along with" may stand: "was sentenced Tuesday along with …". */
const ALONG_REACH = 6;

const stops = (u: Unit) => ['.', ';', ':', '?', '!'].some((p) => u.punct.includes(p));

/**
 * The states whose court or legal act the sentence names: "a Xian (federal) court", "Xian
 * prosecutors", "Xia's jailing of", "the Xian government's conviction of", and a state a frame
 * read as sentencing or convicting someone.
 */
function courtStatesIn(units: Unit[], read: Candidate[]): Unit[] {
  const out: Unit[] = [];
  for (let i = 0; i < units.length; i++) {
    const u = units[i];
    if (u.entity?.type !== 'Country' || u.punct) continue;
    let j = i + 1;
    while (j - i <= 2 && isPlainWord(units[j]) && COURT_QUALIFIERS.has(units[j].lower)) j++;
    const head = units[j];
    if (!u.possessive && head && !head.entity && COURT_NOUNS.has(head.lower)) out.push(u);
    let k = i + 1;
    if (isPlainWord(units[k]) && GOVERNMENT_OWNER_WORDS.has(units[k].lower) && units[k].possessive) k++;
    const act = units[k];
    if (
      (u.possessive || k > i + 1) &&
      isPlainWord(act) &&
      LEGAL_ACTS.has(act.lower) &&
      units[k + 1]?.lower === 'of' &&
      !units[k + 1].entity
    )
      out.push(u);
  }
  for (const f of read) {
    if (f.subject.type !== 'Country' || f.object.type !== 'Person' || !TRYING_FRAMES.test(f.reason)) continue;
    const unit = units.find((u) => u.entity?.id === f.subject.id);
    if (unit) out.push(unit);
  }
  return out;
}

/** "Two more defendants, J and K, pleaded": the names apposed to a short descriptor that opens the sentence. */
function apposedSubject(units: Unit[], start: number): Unit[] {
  let k = 0;
  while (k < DESCRIPTOR_SPAN && isPlainWord(units[k]) && !isVerb(units[k])) k++;
  const opener = units[k];
  if (k === 0 || !opener || opener.entity || opener.punct !== ',') return [];
  if (units[start - 1]?.punct !== ',') return [];
  const out: Unit[] = [];
  for (let j = k + 1; j < start; j++) {
    const u = units[j];
    if (isParty(u)) {
      if (!out.some((o) => o.entity === u.entity)) out.push(u);
    } else if (u.lower !== 'and' || u.entity) return [];
  }
  return out;
}

/** "G and H, who pleaded …": the names right before the relative pronoun that opens the group at `start`. */
function relativeAntecedents(units: Unit[], start: number): Unit[] {
  const who = units[start - 1];
  if (!who || who.entity || who.lower !== 'who') return [];
  let j = start - 2;
  if (!isParty(units[j]) || units[j].punct !== ',') return [];
  const out = [units[j]];
  while (units[j - 1]?.lower === 'and' && !units[j - 1].entity && isParty(units[j - 2])) {
    j -= 2;
    out.push(units[j]);
  }
  return out;
}

/**
 * "Journalist E and opposition member F were …": the names joined to the opening subject by "and"
 * past a short descriptor of their own, before the group at `start`.
 */
function describedConjuncts(units: Unit[], subject: Unit[], start: number): Unit[] {
  const out: Unit[] = [];
  let last = units.indexOf(subject[subject.length - 1]);
  if (last < 0) return out;
  for (let j = last + 1; j < start; j++) {
    if (units[j].lower !== 'and' || units[j].entity || units[j - 1].punct) continue;
    let k = j + 1;
    while (
      k - j <= DESCRIPTOR_SPAN &&
      isPlainWord(units[k]) &&
      !isVerb(units[k]) &&
      !units[k].tags.has('Determiner')
    )
      k++;
    if (k > j + 1 && isParty(units[k]) && !subject.some((s) => s.entity === units[k].entity)) {
      out.push(units[k]);
      last = k;
      j = k;
    }
  }
  return out;
}

/** "sentenced on Monday along with two others, C and D": the names joined after "along with". */
function alongWith(units: Unit[], i: number): Unit[] {
  for (let k = i + 1; k < units.length && k - i <= ALONG_REACH; k++) {
    const u = units[k];
    if (u.entity || stops(u)) return [];
    if (u.lower !== 'along' || units[k + 1]?.lower !== 'with' || u.punct) continue;
    const out: Unit[] = [];
    for (let j = k + 2; j < units.length; j++) {
      const w = units[j];
      if (isParty(w)) {
        if (!out.some((o) => o.entity === w.entity)) out.push(w);
      } else if (w.entity || isVerb(w)) break;
      if (stops(w)) break;
    }
    return out;
  }
  return [];
}

/** Words before a legal act that make it wished, feared or possible, not done: "calls for the trial of A". */
const NOT_DONE = new Set([
  'for',
  'possible',
  'potential',
  'seek',
  'seeks',
  'sought',
  'seeking',
  'face',
  'faces',
  'facing',
]);

/**
 * The people a legal act noun names as its defendant: "A's conviction", "the conviction and
 * sentencing by a Xian court of A", "the sentencing of A" (the record's `subjects`); none when the
 * act is wished for or only possible ("called for the trial of A", "faces a possible conviction").
 */
function triedIn(units: Unit[]): Unit[] {
  const out: Unit[] = [];
  for (let i = 0; i < units.length; i++) {
    const u = units[i];
    if (u.entity || !LEGAL_ACTS.has(u.lower)) continue;
    let k = i - 1;
    while (isPlainWord(units[k]) && (units[k].lower === 'and' || LEGAL_ACTS.has(units[k].lower))) k--;
    const before = units[k];
    // "A's conviction"
    let named: Unit | undefined;
    if (before?.entity?.type === 'Person' && before.possessive && !before.punct) {
      named = before;
      k--;
    }
    let d = k;
    while (
      isPlainWord(units[d]) &&
      ['the', 'a', 'an', 'today', 'today’s', "today's"].includes(units[d].lower)
    )
      d--;
    if (units[d] && !units[d].entity && NOT_DONE.has(units[d].lower)) continue;
    if (!named) {
      // "… of A", past "by a Xian court", "and sentencing"
      let j = i + 1;
      while (isPlainWord(units[j]) && (units[j].lower === 'and' || LEGAL_ACTS.has(units[j].lower))) j++;
      if (units[j]?.lower === 'by' && !units[j].entity) {
        j++;
        while (
          j < units.length &&
          j - i <= 8 &&
          !(units[j].lower === 'of' && !units[j].entity) &&
          !stops(units[j])
        )
          j++;
      }
      if (units[j]?.lower !== 'of' || units[j].entity) continue;
      let p = j + 1;
      // "of Xian citizen A": a demonym may stand in the descriptor
      while (
        p - j <= 5 &&
        (isPlainWord(units[p]) ||
          (units[p]?.entity?.type === 'Country' && !units[p].punct && !units[p].possessive)) &&
        !isVerb(units[p])
      )
        p++;
      if (units[p]?.entity?.type === 'Person' && !units[p].possessive) named = units[p];
    }
    if (named && !out.some((o) => o.entity === named!.entity)) out.push(named);
  }
  return out;
}

/** The defendants the sentence tells without naming who charged, tried or convicted them. */
function defendantsIn(units: Unit[]): Unit[] {
  const out: Unit[] = [];
  for (let i = 0; i < units.length; i++) {
    if (!accusalAt(units, i, ACCUSALS)) continue;
    const g = agreedTo(units, i) ?? groupAt(units, i);
    if (g.mood !== 'fact') continue;
    // "… was sentenced by Z": the author is named, and read where it is
    const after = units[i + 1];
    if (after?.lower === 'by' && !after.entity && g.passive) continue;
    let subject = openingSubject(units, g.start);
    if (subject.length) subject = [...subject, ...describedConjuncts(units, subject, g.start)];
    if (!subject.length) subject = apposedSubject(units, g.start);
    if (!subject.length) subject = relativeAntecedents(units, g.start);
    if (!subject.length) continue;
    for (const d of [...subject, ...alongWith(units, i)])
      if (!out.some((o) => o.entity === d.entity)) out.push(d);
  }
  return out;
}

/** "extradited from A (to B)": A helped B, the state after "to" in the clause, or the court's. */
function extraditions(units: Unit[], court: Unit | undefined): Candidate[] {
  if (!EXTRADITION) return [];
  const out: Candidate[] = [];
  for (let i = 0; i < units.length; i++) {
    const u = units[i];
    if (u.entity || u.punct || !EXTRADITED.has(u.lower) || !isVerb(u)) continue;
    const from = units[i + 2];
    if (!isPlainWord(units[i + 1]) || !FROM.has(units[i + 1].lower) || from?.entity?.type !== 'Country')
      continue;
    if (groupAt(units, i).mood !== 'fact') continue;
    let to: Unit | undefined;
    for (let k = i + 3; k < units.length && !stops(units[k - 1]); k++) {
      if (units[k].lower === 'to' && !units[k].entity) {
        let j = k + 1;
        while (isPlainWord(units[j]) && units[j].lower === 'the') j++;
        if (units[j]?.entity?.type === 'Country') to = units[j];
        break;
      }
    }
    const helped = to ?? court;
    if (helped && helped.entity !== from.entity)
      out.push(
        ...facts([from], [helped], EXTRADITION.predicate, EXTRADITION as FrameRecord, to ? '' : ':court'),
      );
  }
  return out;
}

/**
 * The court's state criticised the defendants this sentence tells without an author, and an
 * extradition to it was help from the state that extradited. Remembers the courts the sentence names.
 */
export function readCourts(units: Unit[], read: Candidate[], events: EventMemory): Candidate[] {
  if (!COURT) return [];
  for (const state of courtStatesIn(units, read)) events.court(state);
  const court = events.courtState();
  const out = extraditions(units, court);
  if (!court) return out;
  const defendants = [...defendantsIn(units), ...triedIn(units)].filter(
    (d, n, all) => d.entity !== court.entity && all.findIndex((o) => o.entity === d.entity) === n,
  );
  // a state named in the sentence itself as charging or trying is read where it is
  if (!defendants.length) return out;
  const here = units.find((u) => u.entity === court.entity) ?? { ...court, mention: undefined };
  return [...out, ...facts([here], defendants, COURT.predicate, COURT as FrameRecord, '')];
}
