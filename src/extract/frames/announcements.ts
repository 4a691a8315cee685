// Prosecutions announced (round 13's convention 4, after rounds 8–10): a release tells who pleaded
// guilty, was charged, indicted, convicted or sentenced, and then who announced it — "A of the X
// Division and B of the Y Office made the announcement", "The indictment was announced by A, B and
// C", "Y pleaded guilty today, announced A, U.S. Attorney for …, and B". When several announce and
// the text does not say who filed, each did: every announcer criticised every defendant the article
// told in its last sentences (./events.ts `accuse`, `defendants`). Records: the `announcement` kind
// of ../lexicon/frames.json (the verb as `lemma`, what may be announced in `subjects`, the acts that
// make a defendant in `complement`).
import type { Candidate } from '../relations/apply-rules';
import type { EventMemory } from './events';
import { facts } from './facts';
import { groupAt, isVerb, type Group } from './groups';
import { FRAMES, MIN_CONFIDENCE, verbForms, type FrameRecord } from './lexicon';
import type { Unit } from './units';
import { AGREE_GOVERNORS, DETERMINERS } from './words';

const RECORD = FRAMES.find((f) => f.kind === 'announcement' && f.confidence >= MIN_CONFIDENCE);
const PARTY_TYPES = new Set(['Person', 'Organization']);

/**
 * A defendant's act: "pleaded guilty", "entered a guilty plea" (its verb and the words right after
 * it) or "was charged" (done to it).
 */
export interface Accusal {
  forms: Set<string>;
  then: string[];
  passive: boolean;
}
/** A record's acts that make a defendant ("plead guilty", "be charged"), ready to match. */
export const accusalsOf = (entries: readonly string[]): Accusal[] =>
  entries.map((entry) => {
    const words = entry.split(' ');
    const passive = words[0] === 'be';
    const [verb, ...then] = passive ? words.slice(1) : words;
    // "pled", which the conjugator does not give
    const forms = new Set([...verbForms(verb), ...(verb === 'plead' ? ['pled'] : [])]);
    return { forms, then, passive };
  });
const ACCUSALS: Accusal[] = accusalsOf(RECORD?.complement ?? []);
const ANNOUNCED = new Set(RECORD?.lemma ? verbForms(RECORD.lemma) : []);
const ANNOUNCED_THINGS = new Set(RECORD?.subjects ?? []);
/** "made the announcement": the noun of announcing, after a light verb. */
const MADE = new Set(['made', 'make', 'makes']);
/** Prepositions that make a name part of someone's title: "A of the X Division", "U.S. Attorney for Y". */
const GOVERNING = new Set(['of', 'for', 'in', 'at', 'from', 'by', 'to', 'with', 'on']);

/** How many words an attribution that closes its sentence may hold: two officials with their titles. */
const ATTRIBUTION_SPAN = 40;

export const isParty = (u: Unit | undefined): boolean =>
  !!u?.entity && PARTY_TYPES.has(u.entity.type) && !u.possessive;

/**
 * Whether the body at `k` is governed by a preposition: "of the Justice Department's X Division",
 * "former principals of start-up company Y" (back over determiners, modifiers and titles, to a
 * comma, a dash between words or the preposition). A person's name is never a title's part.
 */
function governed(units: Unit[], k: number): boolean {
  if (units[k].entity?.type === 'Person') return false;
  for (let j = k - 1; j >= 0 && k - j <= 6; j--) {
    const u = units[j];
    // "start-up company Y": a hyphen inside a word of the phrase goes on
    if (u.punct || (u.dash && (u.entity || units[j + 1]?.entity))) return false;
    if (u.entity) return u.possessive ? governed(units, j) : false;
    if (GOVERNING.has(u.lower)) return true;
    if (isVerb(u) && !u.tags.has('Adjective')) return false;
  }
  return false;
}

/**
 * The named parties from `from` to `to` (exclusive) that no preposition governs, each once; only
 * the people when people are named ("A of the X Division and B": A and B).
 */
function partiesWithin(units: Unit[], from: number, to: number): Unit[] {
  const out: Unit[] = [];
  for (let k = Math.max(0, from); k < Math.min(to, units.length); k++)
    if (isParty(units[k]) && !governed(units, k) && !out.some((o) => o.entity === units[k].entity))
      out.push(units[k]);
  const people = out.filter((u) => u.entity!.type === 'Person');
  return people.length ? people : out;
}

/**
 * The subject of the verb group opening at `start`: the name that opens the sentence and the names
 * joined to it by "and", past their asides ("A (A), a firm based in X, and B (B), a Y broker,
 * pleaded"); none when the sentence opens on anything else.
 */
export function openingSubject(units: Unit[], start: number): Unit[] {
  let k = 0;
  while (units[k] && !units[k].entity && DETERMINERS.has(units[k].lower)) k++;
  // "Xian nationals A and B were sentenced": a short descriptor before the first name
  let d = k;
  while (d - k < DESCRIPTOR_SPAN && units[d] && !isParty(units[d]) && descriptorWord(units[d])) d++;
  if (d > k && isParty(units[d])) k = d;
  if (!isParty(units[k]) || k >= start) return [];
  const out = [units[k]];
  for (let j = k + 1; j < start; j++) {
    if (units[j].entity && units[j].entity === out[out.length - 1].entity) continue;
    if (isParty(units[j]) && units[j - 1]?.lower === 'and' && !units[j - 1].entity) out.push(units[j]);
  }
  return out;
}

/** How many words may describe the first defendant before the name: "Xian nationals", "former executive". */
const DESCRIPTOR_SPAN = 3;

/** A word of a descriptor before a name: a country's demonym, a noun or an adjective, in one phrase. */
const descriptorWord = (u: Unit) =>
  !u.punct &&
  !u.possessive &&
  !isVerb(u) &&
  (u.entity ? u.entity.type === 'Country' : u.tags.has('Noun') || u.tags.has('Adjective'));

/** The act of a defendant stated at `i`, if any: "pleaded guilty", "were indicted". */
export function accusalAt(units: Unit[], i: number, accusals = ACCUSALS): Accusal | undefined {
  const u = units[i];
  if (u.entity) return undefined;
  return accusals.find((a) => {
    if (!a.forms.has(u.lower)) return false;
    if (a.then.length)
      return a.then.every(
        (w, n) => units[i + n + 1]?.lower === w && !units[i + n].punct && !units[i + n + 1].entity,
      );
    return isVerb(u) && groupAt(units, i).passive;
  });
}

/** The active forms of charging someone: "charging A with …", "The complaint charges A with …". */
const CHARGING = new Set(['charging', 'charges', 'charged']);

/**
 * "charging A, B and C with …", "The complaint charges A with …": the names right after the verb
 * and before "with", none a preposition's.
 */
function chargedWith(units: Unit[], i: number): Unit[] {
  if (!CHARGING.has(units[i].lower) || units[i].entity || units[i].punct) return [];
  if (units[i].lower !== 'charging' && !isParty(units[i + 1])) return [];
  const w = units.findIndex((u, k) => k > i && k - i <= 40 && u.lower === 'with' && !u.entity);
  return w < 0 ? [] : partiesWithin(units, i + 1, w);
}

/**
 * "Y has agreed to plead guilty / to enter a guilty plea": a plea agreed to is the plea a release
 * announces (as a settlement agreed to is, ./settlements.ts); the group of the agreeing verb.
 */
export function agreedTo(units: Unit[], i: number): Group | undefined {
  const to = units[i - 1];
  const verb = units[i - 2];
  if (to?.lower !== 'to' || to.entity || !verb || verb.punct || !AGREE_GOVERNORS.has(verb.lower))
    return undefined;
  return groupAt(units, i - 2);
}

/** The defendants the sentence tells: who pleaded guilty, was charged, indicted, convicted or sentenced. */
function defendantsIn(units: Unit[]): Unit[] {
  const out: Unit[] = [];
  for (let i = 0; i < units.length; i++) {
    out.push(...chargedWith(units, i));
    if (!accusalAt(units, i)) continue;
    const g = agreedTo(units, i) ?? groupAt(units, i);
    if (g.mood !== 'fact') continue;
    out.push(...openingSubject(units, g.start));
  }
  return out;
}

/**
 * The announcers the sentence names, if it tells an announcement: "A and B made the announcement",
 * "The charges were announced by A, B", "…, announced A and B." Only people and bodies that no
 * preposition governs ("A of the X Division": A, not the division).
 */
function announcersIn(units: Unit[]): Unit[] {
  for (let i = 0; i < units.length; i++) {
    const u = units[i];
    if (u.entity) continue;
    // "A, B and C made the announcement (today)"
    if (u.lower === 'announcement' && units[i - 1]?.lower === 'the' && MADE.has(units[i - 2]?.lower ?? '')) {
      const g = groupAt(units, i - 2);
      if (g.mood !== 'fact' || g.passive || units.slice(0, g.start).some((w) => isVerb(w))) continue;
      return partiesWithin(units, 0, g.start);
    }
    if (!ANNOUNCED.has(u.lower) || u.punct) continue;
    // "The indictment was announced by A, B and C"
    if (units[i + 1]?.lower === 'by') {
      const g = groupAt(units, i);
      const thing = units.slice(Math.max(0, g.start - 3), g.start).some((w) => ANNOUNCED_THINGS.has(w.lower));
      if (g.mood === 'fact' && g.passive && thing) return partiesWithin(units, i + 2, units.length);
    }
    // "…, announced A, U.S. Attorney for …, and B.": the attribution closes the sentence
    if (units[i - 1]?.punct.endsWith(',')) {
      const rest = units.slice(i + 1);
      const verb = rest.some((w) => isVerb(w) && !w.tags.has('Adjective') && !w.tags.has('Noun'));
      if (!verb && rest.length <= ATTRIBUTION_SPAN) return partiesWithin(units, i + 1, units.length);
    }
  }
  return [];
}

/** How many sentences after a case announced without a name its defendants may be named. */
const CASE_REACH = 4;
/** The verbs that tell a case: "announced (today) that", "said (Thursday) that". */
const TELLING = new Set([...verbForms('announce'), ...verbForms('say')]);
/** Acts that make a case of an unnamed defendant besides the record's: "has been extradited … to face". */
const CASE_ACCUSALS = accusalsOf([...(RECORD?.complement ?? []), 'be sentence', 'be extradite']);
/** Words that open an unnamed defendant: "a Yian citizen", "an alleged member", "two men". */
const UNNAMED_OPENERS = new Set([
  'a',
  'an',
  'two',
  'three',
  'four',
  'five',
  'six',
  'seven',
  'eight',
  'nine',
  'ten',
]);

/**
 * "A, B and C announced that a senior member of Y was extradited …", "The X
 * Department said Thursday that a Yian citizen was sentenced …": the announcers of a case whose
 * defendant is not named here (a release names the defendant in the sentences that follow, round
 * 36). "said" is a body's only: a person's "said" may be anyone's report.
 */
function caseAnnouncersIn(units: Unit[]): Unit[] {
  for (let i = 0; i < units.length; i++) {
    const u = units[i];
    if (u.entity || u.punct || !TELLING.has(u.lower) || !isVerb(u)) continue;
    let k = i + 1;
    while (k - i <= 3 && units[k] && !units[k].entity && units[k].lower !== 'that' && !units[k].punct) k++;
    if (units[k]?.lower !== 'that' || units[k].entity) continue;
    const opener = units[k + 1];
    if (!opener || opener.entity || !UNNAMED_OPENERS.has(opener.lower)) continue;
    const g = groupAt(units, i);
    if (g.mood !== 'fact' || g.passive) continue;
    // the clause's own act: a stated accusal of its unnamed subject, with no name before it
    let stated = false;
    for (let j = k + 2; j < units.length && !stated; j++) {
      if (units[j].entity && units[j].entity!.type === 'Person') break;
      const a = accusalAt(units, j, CASE_ACCUSALS);
      if (a && groupAt(units, j).mood === 'fact') stated = true;
    }
    if (!stated) continue;
    const speakers = partiesWithin(units, 0, g.start).filter(
      (p) =>
        units.indexOf(p) < g.start && (p.entity!.type === 'Organization' || u.lower.startsWith('announc')),
    );
    if (speakers.length && !units.slice(0, g.start).some((w) => isVerb(w) && !w.tags.has('Adjective')))
      return speakers;
  }
  return [];
}

/**
 * Every announcer of a prosecution criticised its defendants: those the sentence tells, and those
 * the article told in its last sentences. Remembers this sentence's defendants.
 */
export function readAnnouncements(units: Unit[], events: EventMemory): Candidate[] {
  if (!RECORD) return [];
  const told = defendantsIn(units);
  events.accuse(told);
  // the defendants of a case announced a few sentences before without a name
  const earlier = told.length ? events.caseAnnouncers(CASE_REACH) : [];
  events.announceCase(caseAnnouncersIn(units));
  const announced = facts(
    earlier,
    told.filter((d) => !earlier.some((a) => a.entity === d.entity)),
    RECORD.predicate,
    RECORD as FrameRecord,
    ':case',
  );
  const announcers = announcersIn(units);
  if (!announcers.length) return announced;
  const defendants = events.defendants().filter((d) => !announcers.some((a) => a.entity === d.entity));
  return [...announced, ...facts(announcers, defendants, RECORD.predicate, RECORD as FrameRecord, '')];
}
