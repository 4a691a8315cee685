// A sanction's stated reason (round 30). A sanctions release says why it acts: "X sanctioned A and
// B for their roles in corruption", "X designated A for being responsible for serious human
// rights abuses", "X imposed visa restrictions on A for his involvement in significant
// corruption". Naming the designee's misconduct as the ground of the act is a judgement of it, and
// the gold reads it so (round 15: "a sanctioning body's 'X allegedly …' gives CRITICIZED besides
// SANCTIONED"): the sanctioner CRITICIZED each one it sanctioned before the reason.
// The reason is "for" (or "over") followed, within the record's `reach`, by one of its misconduct
// words (`complement`) or a noun after one of its `qualifiers` ("the fraudulent election"); a
// reason that names no misconduct ("for the second time", "for being leaders of the group") or
// sets the designee against it (`counters`: "for fighting corruption") states nothing. A relative
// clause or an apposition after the designees' names tells a reason too (round 33). Records: the
// `reason` kind of ../lexicon/frames.json.
import type { Candidate } from '../relations/apply-rules';
import { FRAMES, MIN_CONFIDENCE, type FrameRecord } from './lexicon';
import type { Unit } from './units';
import { SAY_VERBS } from './words';
import { SANCTION_MODIFIERS } from '../lexicon/common-words';

const RECORDS = FRAMES.filter((f) => f.kind === 'reason' && f.confidence >= MIN_CONFIDENCE);

/** "for his role in …": a pronoun the coreference step read as the designee. */
const OWNER_PRONOUNS = new Set(['his', 'her', 'its', 'their']);

/** Words that open another clause: a reason after them is no longer the sanction's. */
const CLAUSE_BREAKS = new Set(['but', 'while', 'whereas', 'although', 'though', 'because', 'after', 'when']);

/**
 * "sanctioned A and B, who provided support to Z and engaged in corruption", "designated A, a
 * former official involved in corruption": a relative clause or an apposition after the
 * designees' names tells their misconduct as "for" does (round 33). The word opening it.
 */
const TOLD_OF_DESIGNEE = new Set(['who', 'which', 'a', 'an']);

/** How far a relative clause or an apposition may run before its misconduct. */
const TOLD_REACH = 12;

/** Whether a reason opens at `k`: the record's preposition, or a clause or apposition after a name. */
function reasonOpensAt(units: Unit[], k: number, frame: FrameRecord): boolean {
  const u = units[k];
  if (u.entity) return false;
  if (frame.preps?.includes(u.lower)) return true;
  const name = units[k - 1];
  return TOLD_OF_DESIGNEE.has(u.lower) && !!name?.entity && name.punct === ',' && !name.possessive;
}

/** "who the U.S. said …" at `k`: the name that says what the clause tells of the designee. */
function speakerAfter(units: Unit[], k: number) {
  if (!['who', 'which'].includes(units[k].lower)) return undefined;
  const n = units[k + 1]?.lower === 'the' && !units[k + 1].entity ? k + 2 : k + 1;
  const name = units[n];
  return name?.entity && !name.punct && SAY_VERBS.has(units[n + 1]?.lower ?? '') ? name.entity : undefined;
}

/** The index of the first misconduct the reason opening at `k` names, or -1. */
function misconductAt(units: Unit[], k: number, frame: FrameRecord): number {
  const told = TOLD_OF_DESIGNEE.has(units[k].lower);
  const reach = told ? TOLD_REACH : (frame.reach ?? 8);
  for (let j = k + 1; j <= k + reach && j < units.length; j++) {
    const u = units[j];
    if (u.entity) {
      // "for his involvement in A's corruption": an owner may stand before the misconduct; a
      // clause about the designee may name others ("who provided support to Z and engaged in …")
      if (u.possessive || OWNER_PRONOUNS.has(u.lower) || (told && !/[.;:]/.test(u.punct))) continue;
      return -1;
    }
    // "for fighting corruption", "for exposing abuses": a reason set against the misconduct
    if (frame.counters?.includes(u.lower)) return -1;
    if (frame.complement?.includes(u.lower)) return j;
    if (frame.qualifiers?.includes(u.lower) && units[j + 1] && !units[j + 1].entity) return j;
    if (/[.;:]/.test(u.punct)) return -1;
  }
  return -1;
}

/** Words of sanction that follow a name joined by its dash: "X-sanctioned", "X-designated". */
const SANCTION_WORDS: ReadonlySet<string> = new Set(SANCTION_MODIFIERS);

/** The bodies named in a compound modifier of sanction: "X-sanctioned", "X- and Z-designated". */
function modifierSanctioners(units: Unit[]): Set<string> {
  const out = new Set<string>();
  for (let i = 0; i < units.length; i++) {
    const u = units[i];
    if (!u.entity || !u.dash || u.punct) continue;
    const next = units[i + 1];
    const joined = next?.lower === 'and' && units[i + 2]?.entity && units[i + 2].dash ? units[i + 3] : next;
    if (SANCTION_WORDS.has(joined?.lower ?? '')) out.add(u.entity.id);
  }
  return out;
}

/**
 * CRITICIZED beside each SANCTIONED the frame engine read in this sentence whose object stands
 * before a stated reason of misconduct, in the same clause.
 */
export function sanctionReasons(units: Unit[], read: readonly Candidate[]): Candidate[] {
  const stated = read.filter(
    (c) => c.predicate === 'SANCTIONED' && !c.inferredObject && !c.reason.startsWith('modifier:'),
  );
  if (!stated.length) return [];
  // "the X-sanctioned group Y, … abuses": a compound modifier tells no act whose reason follows
  // (round 42); the sentence is scanned for one only when a sanction was read in it
  const modifiers = modifierSanctioners(units);
  const all = stated.filter((c) => !modifiers.has(c.subject.id));
  // where the frame engine read the sanctioner's act, its objects are the designees: a regex
  // rule's other object ("sanctioned five Xian officials — A, B and C —" read as X) is not one
  const framed = all.filter((c) => c.reason.startsWith('frame:'));
  const sanctions = all.filter(
    (c) =>
      c.reason.startsWith('frame:') ||
      !framed.some((f) => f.subject.id === c.subject.id) ||
      framed.some((f) => f.subject.id === c.subject.id && f.object.id === c.object.id),
  );
  if (!sanctions.length || !RECORDS.length) return [];
  const out: Candidate[] = [];
  for (const frame of RECORDS) {
    for (let k = 0; k < units.length; k++) {
      if (!reasonOpensAt(units, k, frame)) continue;
      if (misconductAt(units, k, frame) < 0) continue;
      // the names sanctioned before the reason, back to a clause break or the sentence's start
      const before = new Set<string>();
      for (let j = k - 1; j >= 0; j--) {
        const u = units[j];
        if (/[;]/.test(u.punct) || CLAUSE_BREAKS.has(u.lower)) break;
        if (u.entity) before.add(u.entity.id);
      }
      // "A, who the U.S. said created a death squad": the one who says it judges
      const speaker = speakerAfter(units, k);
      for (const c of sanctions) {
        if (!before.has(c.object.id)) continue;
        out.push({
          subject: speaker ?? c.subject,
          predicate: frame.predicate,
          object: c.object,
          confidence: frame.confidence,
          reason: `frame:${frame.id} on ${c.reason.split(' ')[0]}`,
          inferredObject: false,
        });
      }
    }
  }
  return out;
}
