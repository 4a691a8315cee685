// Deadlines (round 23): a time given to someone to act is a demand of them. "X gave Y ten days to
// explain …", "X is giving Y until noon to dissolve …", "X gave Y a deadline of Friday to
// withdraw", "Y was given 48 hours by X to leave …", "X set a deadline for Y to leave …", "X's
// deadline for Y to withdraw expires …" — X DEMANDED Y. The time must be followed by "to" and a
// verb (what Y must do): "gave Y ten boats to patrol the coast" gives boats, not time, and "gave Y
// a tour" nothing. The act of giving must be stated (no modal or negation; "no deadline" is none).
// Records: the `deadline` kind of ../lexicon/frames.json — the verbs that give time (`lemma`), the
// nouns of a span of time (`complement`), the deadline nouns (`nouns`) and the verbs that set one
// (`light`).
import type { Candidate } from '../relations/apply-rules';
import { agentsRight, leftActors } from './actors';
import { facts } from './facts';
import { groupAt, isAdverb, isVerb, noFactClause } from './groups';
import { FRAMES, MIN_CONFIDENCE, isRecordLight, verbForms, type FrameRecord } from './lexicon';
import { listRight } from './lists';
import type { Unit } from './units';

const RECORDS = FRAMES.filter((f) => f.kind === 'deadline' && f.confidence >= MIN_CONFIDENCE);
/** Each record with its verb's forms, conjugated once rather than in every sentence. */
const READINGS = RECORDS.map((frame) => ({ frame, gives: new Set(verbForms(frame.lemma ?? '')) }));
const ACTOR_TYPES = new Set(['Person', 'Organization', 'Country']);
/** How many words a time "until …" may take: "until 12 noon today". */
const UNTIL_SPAN = 4;
/** How many words of a title may stand before the one given time: "gave Prime Minister X". */
const TITLE_SPAN = 2;
/** How many words may stand between a deadline noun and its light verb: "set a strict new deadline". */
const LIGHT_SPAN = 3;

const word = (u: Unit | undefined, ...words: string[]) => !!u && !u.entity && words.includes(u.lower);

/** "to" and a verb at `k`: what the one given time must do. */
const toAct = (units: Unit[], k: number) =>
  word(units[k], 'to') && !units[k].punct && isVerb(units[k + 1]) && !units[k + 1].entity;

/**
 * The end (the "to" of what must be done) of a span of time opening at `k`: "until noon (today)",
 * "ten days", "48 hours", "a week", "a deadline (of Friday)"; -1 when none opens there.
 */
function spanEnd(units: Unit[], k: number, frame: FrameRecord): number {
  if (word(units[k], 'until')) {
    for (let j = k + 1; j <= k + UNTIL_SPAN; j++) {
      if (!units[j] || units[j].entity) return -1;
      if (toAct(units, j)) return j;
      if (units[j].punct) return -1;
    }
    return -1;
  }
  let j = k;
  // "a", "ten", "48", "a further": a count or article, then the span's noun
  if (word(units[j], 'a', 'an', 'another') || (units[j]?.tags.has('Value') && !units[j].entity)) j++;
  if (word(units[j], 'further', 'few', 'more', 'final', 'new')) j++;
  if (frame.complement?.includes(units[j]?.lower ?? '') && !units[j].punct)
    return toAct(units, j + 1) ? j + 1 : -1;
  // "a deadline of Friday to …"
  if (frame.nouns?.includes(units[j]?.lower ?? '')) {
    for (let e = j + 1; e <= j + UNTIL_SPAN; e++) if (toAct(units, e)) return e;
  }
  return -1;
}

/** Whether a span of time opens at `k` (its "to" may come after an agent): "until", "ten days", "a deadline". */
function spanOpens(units: Unit[], k: number, frame: FrameRecord): boolean {
  if (word(units[k], 'until')) return true;
  let j = k;
  if (word(units[j], 'a', 'an', 'another') || (units[j]?.tags.has('Value') && !units[j].entity)) j++;
  const noun = units[j]?.lower ?? '';
  return (
    !!units[j] && !units[j].entity && (!!frame.complement?.includes(noun) || !!frame.nouns?.includes(noun))
  );
}

/** "X gave Y ten days to …", "Y was given until Friday by X to …". */
function givenTime(units: Unit[], i: number, frame: FrameRecord): Candidate[] {
  const g = groupAt(units, i);
  if (g.mood !== 'fact') return [];
  let k = i + 1;
  while (isAdverb(units[k])) k++;
  if (g.passive) {
    const given = leftActors(units, g.start);
    if (!given || noFactClause(units, given.at)) return [];
    // "was given by X until Friday to …"
    if (word(units[k], 'by')) {
      const agents = agentsRight(units, k + 1);
      const last = agents[agents.length - 1];
      if (!last || spanEnd(units, units.indexOf(last) + 1, frame) < 0) return [];
      return facts(agents, given.actors, frame.predicate, frame, ':passive');
    }
    // "was given until Friday by X to …", "was given ten days by X to …"
    if (!spanOpens(units, k, frame)) return [];
    let by = k + 1;
    while (
      by - k <= UNTIL_SPAN &&
      units[by] &&
      !units[by].entity &&
      !units[by].punct &&
      !word(units[by], 'by')
    )
      by++;
    if (!word(units[by], 'by')) return [];
    const agents = agentsRight(units, by + 1);
    const last = agents[agents.length - 1];
    if (!last || !toAct(units, units.indexOf(last) + 1)) return [];
    return facts(agents, given.actors, frame.predicate, frame, ':passive');
  }
  const given = listRight(units, k);
  const last = given[given.length - 1];
  // "gave President X until noon": a title before the one given time
  const first = units.indexOf(given[0]);
  if (!last || first - k > TITLE_SPAN || units.slice(k, first).some((u) => !!u.punct || !!u.entity))
    return [];
  if (spanEnd(units, units.indexOf(last) + 1, frame) < 0) return [];
  const giver = leftActors(units, g.start);
  if (!giver || noFactClause(units, giver.at)) return [];
  return facts(giver.actors, given, frame.predicate, frame, `:given${giver.via ?? ''}`);
}

/** "X set a deadline for Y to …", "X's deadline for Y to …". */
function deadlineFor(units: Unit[], i: number, frame: FrameRecord): Candidate[] {
  if (!word(units[i + 1], 'for') || units[i].punct) return [];
  const given = listRight(units, i + 2);
  const last = given[given.length - 1];
  if (!last || units.indexOf(given[0]) !== i + 2 || !toAct(units, units.indexOf(last) + 1)) return [];
  const owner = units[i - 1];
  if (owner?.entity && owner.possessive) return facts([owner], given, frame.predicate, frame, ':owner');
  // back over "a strict new" to the light verb
  let j = i - 1;
  for (let n = 0; n < LIGHT_SPAN && units[j] && !units[j].entity && !units[j].punct && !isVerb(units[j]); n++)
    j--;
  if (word(units[j + 1], 'no')) return [];
  if (!units[j] || units[j].entity || !isRecordLight(frame, units[j].lower)) return [];
  const g = groupAt(units, j);
  if (g.mood !== 'fact' || g.passive) return [];
  const setter = leftActors(units, g.start);
  if (!setter || noFactClause(units, setter.at)) return [];
  return facts(setter.actors, given, frame.predicate, frame, `:set${setter.via ?? ''}`);
}

/** Every deadline record's facts in the sentence. */
export function readDeadlines(units: Unit[]): Candidate[] {
  const out: Candidate[] = [];
  for (const { frame, gives } of READINGS) {
    for (let i = 0; i < units.length; i++) {
      const u = units[i];
      if (u.entity) continue;
      // "are giving President X …": compromise may tag the "-ing" form after "be" a noun
      const progressive = u.lower.endsWith('ing') && word(units[i - 1], 'is', 'are', 'was', 'were');
      if (gives.has(u.lower) && (isVerb(u) || progressive)) out.push(...givenTime(units, i, frame));
      else if (frame.nouns?.includes(u.lower)) out.push(...deadlineFor(units, i, frame));
    }
  }
  return out.filter((c) => ACTOR_TYPES.has(c.subject.type) && ACTOR_TYPES.has(c.object.type));
}
