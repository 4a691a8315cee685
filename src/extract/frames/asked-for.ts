// A demand told by a noun with its side and the act asked of it: "the need for Y to do more",
// "Z's demand for Y to stop …", "the United States' calls for Y to end …" (round 48). Whoever holds
// the noun demands it of Y: the noun's owner ("Z's demand") and the subject of the verb that voices
// it ("X renewed Z's demand …", "X reiterated A, B, and the need for Y to …"). The nouns and the
// voicing verbs are data: the nouns of the DEMANDED noun records read with "for" and "to" after their
// side (`noun:need-for`, `noun:demand-for` in ../lexicon/frames.json) and the `light` verbs of
// `noun:need-for`. The records' own reading (read-frames.ts) takes a voicing verb only right before
// the noun, so this reads the owner with the voicing verb's subject, and a voicing verb before a
// list whose later item the noun is.
// "calls for Y to …" with no one voicing or owning it ("There were calls for Y to resign"), a verb
// that does not voice ("rejected the demand for Y to …": the owner alone), a modal or negated verb,
// and a side with no act after it ("the need for Y and Z") state nothing.
import type { Candidate } from '../relations/apply-rules';
import { frontedActors, leftActors } from './actors';
import { coordinatedActors } from './coordinated';
import { facts } from './facts';
import { groupAt, isAdverb, isVerb, noFactClause } from './groups';
import { FRAMES, MIN_CONFIDENCE, verbForms, type FrameRecord } from './lexicon';
import { listRight } from './lists';
import type { Unit } from './units';
import { DETERMINERS, SAY_VERBS } from './words';

/** The demand nouns with "for Y to": `noun:need-for` ("need"), `noun:demand-for` ("demand", "calls"). */
const RECORDS = FRAMES.filter(
  (f) =>
    f.kind === 'noun' &&
    f.predicate === 'DEMANDED' &&
    f.confidence >= MIN_CONFIDENCE &&
    f.preps?.includes('for') &&
    f.followedBy?.includes('to'),
);
const RECORD: FrameRecord | undefined = RECORDS.find((f) => f.id === 'noun:need-for');
const NOUNS = new Set(RECORDS.flatMap((f) => f.nouns ?? []));
/** The verbs that voice such a noun as their subject's: the `light` verbs of `noun:need-for`. */
const VOICES = new Set((RECORD?.light ?? []).flatMap(verbForms));
const SIDE_TYPES = new Set(['Person', 'Organization', 'Country']);
/** Heads a side may carry before "to": "the Y government in Z to …", "Y authorities to …". */
const SIDE_HEADS = new Set(['government', 'authorities', 'leadership', 'regime', 'leaders', 'forces']);
/** How many words may stand between a side and its "to": "the Y government in Z to". */
const SIDE_TAIL = 4;
/** How many describing words may stand before the noun: "the urgent and continued need". */
const DESCRIBING_SPAN = 3;
/** How far back a voicing verb may stand before a list whose later item the noun is. */
const LIST_REACH = 40;
/** Punctuation that ends a clause: a voicing verb before it voices another sentence's part. */
const CLAUSE_END = /[.;:!?]/;

/** Every demand the sentence tells by a noun of need, demand or call with "for Y to …". */
export function readAskedFor(units: Unit[]): Candidate[] {
  if (!RECORD) return [];
  const out: Candidate[] = [];
  for (let i = 0; i < units.length; i++) {
    const u = units[i];
    if (u.entity || u.punct || !NOUNS.has(u.lower) || units[i + 1]?.lower !== 'for') continue;
    const sides = sidesAsked(units, i + 2);
    if (!sides.length) continue;
    const opening = phraseOpening(units, i);
    const owner = units[opening.owner];
    const holders = owner ? [owner] : [];
    const voiced = voicingSubject(units, opening.start);
    if (voiced) holders.push(...voiced.filter((v) => !holders.some((h) => h.entity?.id === v.entity?.id)));
    out.push(...facts(holders, sides, RECORD.predicate, RECORD, voiced ? ':asked-for:voiced' : ':asked-for'));
  }
  return out;
}

/** The sides named after "for" at `k` when an act follows them: "Y to end", "the Y government in Z to stop". */
function sidesAsked(units: Unit[], k: number): Unit[] {
  const sides = listRight(units, k).filter((s) => SIDE_TYPES.has(s.entity?.type ?? ''));
  if (!sides.length) return [];
  let j = units.indexOf(sides[sides.length - 1]) + 1;
  for (let n = 0; n < SIDE_TAIL && units[j] && units[j].lower !== 'to'; n++, j++) {
    const u = units[j];
    if (u.punct && !units[j - 1]?.entity) return [];
    // "the Y government in Z": a head, or a place it sits in
    const tail = SIDE_HEADS.has(u.lower) || u.lower === 'in' || (u.entity && units[j - 1]?.lower === 'in');
    if (!tail) return [];
  }
  if (units[j]?.lower !== 'to' || units[j].entity || units[j - 1]?.punct) return [];
  let v = j + 1;
  while (isAdverb(units[v])) v++;
  return units[v] && !units[v].entity && isVerb(units[v]) ? sides : [];
}

/**
 * Where the noun's phrase opens (past describing words, a determiner and an owner) and the owner
 * if one is named: "the United States' renewed calls", "Z's demand", "a Zian call".
 */
function phraseOpening(units: Unit[], i: number): { start: number; owner: number } {
  let j = i - 1;
  for (let n = 0; n < DESCRIBING_SPAN && plainAt(units, j) && units[j].tags.has('Adjective'); n++) j--;
  let owner = -1;
  if (units[j]?.entity && (units[j].possessive || !units[j].punct)) owner = j--;
  if (plainAt(units, j) && DETERMINERS.has(units[j].lower)) j--;
  return { start: j + 1, owner };
}

const plainAt = (units: Unit[], j: number) => !!units[j] && !units[j].entity && !units[j].punct;

/**
 * The subject of the verb that voices the noun phrase opening at `start`: right before it
 * ("renewed Z's demand"), or before a list whose later item it is ("reiterated A, B, and the need
 * …"). None when the verb is no voicing verb, is passive or a modal's, or states no fact.
 */
function voicingSubject(units: Unit[], start: number): Unit[] | undefined {
  let v = start - 1;
  if (!isVoice(units[v])) {
    // "… , and the need for Y to …": a later item of the voicing verb's list of objects
    const joined = units[v]?.lower === 'and' || units[v]?.punct === ',' || units[v - 1]?.punct === ',';
    if (!joined) return undefined;
    for (v = start - 2; v >= 0 && start - v <= LIST_REACH; v--) {
      const u = units[v];
      if (CLAUSE_END.test(u.punct) || (!u.entity && SAY_VERBS.has(u.lower))) return undefined;
      if (isVoice(u)) break;
      // "A reiterated B, but C rejected D, and the need …": another clause's verb after its subject
      if (!u.entity && isVerb(u) && units[v - 1]?.entity && !units[v - 1].punct) return undefined;
    }
    if (v < 0 || !isVoice(units[v])) return undefined;
  }
  const g = groupAt(units, v);
  if (g.passive || g.mood !== 'fact') return undefined;
  const left =
    leftActors(units, g.start) ?? frontedActors(units, g.start) ?? coordinatedActors(units, g.start);
  if (!left || noFactClause(units, left.at)) return undefined;
  return left.actors;
}

const isVoice = (u: Unit | undefined) => !!u && !u.entity && !u.punct && isVerb(u) && VOICES.has(u.lower);
