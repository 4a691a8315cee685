// A third side that brings two parties to talks (round 27): "C mediated talks between A and B",
// "talks between A and B, brokered by C", "A and B held talks mediated by C", "C-hosted talks
// between A and B". The gold reads the mediator as dealing with each party it brings together
// (test/gold/README.md, round 10: "mediation only scheduled, or mediating without naming the
// parties, → no COOPERATED"; b9, b13 and b19 give the mediator COOPERATED each named party). The
// parties' own dealing is the event noun's (./read-frames.ts `nounFacts`): this reader only adds
// the mediator, and only when that noun stated a dealing.
import type { Candidate } from '../relations/apply-rules';
import { formsOf } from '../nlp';
import { leftActors } from './actors';
import { facts } from './facts';
import { groupAt, isVerb } from './groups';
import type { FrameRecord } from './lexicon';
import { listRight } from './lists';
import type { Unit } from './units';
import { DETERMINERS } from './words';

/** Verbs of bringing parties to talks. */
const MEDIATE = formsOf('mediate broker facilitate host co-host convene');

/** How far past the event noun (or its last party) "mediated by C" may stand: "talks in Doha mediated by C". */
const REACH = 8;

/** "C-mediated talks", "the C-brokered talks": a name dashed onto a participle of mediation before the noun. */
function dashedMediator(units: Unit[], i: number): Unit[] {
  const [name, participle] = [units[i - 2], units[i - 1]];
  if (!name?.entity || !name.dash || name.punct || !participle || participle.entity || participle.punct)
    return [];
  return MEDIATE.has(participle.lower) && participle.lower.endsWith('ed') ? [name] : [];
}

/** "C mediated (the) talks between A and B": the subject of a verb of mediation governing the noun. */
function mediatingSubject(units: Unit[], i: number): Unit[] {
  let j = i - 1;
  while (j > 0 && i - j <= 3 && !units[j].entity && !units[j].punct && DETERMINERS.has(units[j].lower)) j--;
  const verb = units[j];
  if (!verb || verb.entity || verb.punct || !MEDIATE.has(verb.lower) || !isVerb(verb)) return [];
  const g = groupAt(units, j);
  if (g.mood !== 'fact' || g.passive) return [];
  return leftActors(units, g.start)?.actors ?? [];
}

/**
 * "talks between A and B, brokered by C", "held talks in Doha mediated by C": a participle of
 * mediation and "by" after the noun's last party, past a place or a comma, no other name.
 */
function mediatorAfter(units: Unit[], from: number): Unit[] {
  for (let p = from; p < units.length && p - from <= REACH; p++) {
    const u = units[p];
    if (u.entity && u.entity.type !== 'Location') return [];
    if (/[.;:]/.test(u.punct)) return [];
    if (
      !u.entity &&
      MEDIATE.has(u.lower) &&
      u.lower.endsWith('ed') &&
      !u.punct &&
      units[p + 1]?.lower === 'by'
    )
      return listRight(units, p + 2);
  }
  return [];
}

/**
 * The mediator of the dealing the event noun at `i` stated (`stated`: its facts), with each party
 * of that dealing: mediator COOPERATED party. Nothing when the noun stated nothing.
 */
export function mediatorFacts(
  units: Unit[],
  i: number,
  frame: FrameRecord,
  stated: Candidate[],
): Candidate[] {
  if (frame.predicate !== 'COOPERATED' || !stated.length) return [];
  const ids = new Set(stated.flatMap((c) => [c.subject.id, c.object.id]));
  // each party at its first mention in the sentence
  const seen = new Set<string>();
  const parties = units.filter((u) => {
    const id = u.entity?.id;
    if (id === undefined || !ids.has(id) || seen.has(id)) return false;
    seen.add(id);
    return true;
  });
  if (parties.length < 2) return [];
  const last = Math.max(i, ...parties.map((u) => units.indexOf(u)));
  const mediators = [
    ...dashedMediator(units, i),
    ...mediatingSubject(units, i),
    ...mediatorAfter(units, last + 1),
  ];
  const outside = mediators.filter((m) => !ids.has(m.entity!.id));
  return facts(outside, parties, 'COOPERATED', frame, ':mediator');
}
