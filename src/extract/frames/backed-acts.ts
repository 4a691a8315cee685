// Criticism by attribution (round 22): a speaker who tells that an act of violence is done "with the
// support of Y", by fighters "backed by Y" or by "Y-backed" militias blames Y for it — "X noted that
// the attacks are carried out by militias acting with the support of Y", "X said Y-backed militias
// carried out the bombing", "X charged that the violence is backed by Y". Read only inside a clause
// the speaker reports (./stance-clauses.ts `readClause`), only when the clause tells violence
// (`VIOLENCE_WORDS`) and states it (no negation or modal before the backer), and never for help
// received ("receiving support from Y" may be the speaker's own account of an ally's aid).
import type { Unit } from './units';
import { MODALS, NEGATIONS, VIOLENCE_WORDS } from './words';

/** "backed by Y", "Y-backed": the participles of backing. */
const BACKING = new Set('backed supported sponsored funded armed'.split(' '));
/** "with the support of Y", "with Y's backing" (words.ts `BACKING_NOUNS` is wider: any help to an act). */
const SPONSORING_NOUNS = new Set(['support', 'backing', 'sponsorship']);
const BACKER_TYPES = new Set(['Country', 'Organization', 'Person']);
/** The speaker's own side in the clause: "its forces", "our troops", "we". */
const OWN_SIDE = new Set(['its', 'our', 'we', 'us']);
/** Acts against violence: helping them is no blame ("repelled the attacks with the support of Y"). */
const RESISTING = new Set(
  'repel repelled repelling repulse repulsed thwart thwarted foil foiled counter countered countering fight fought fighting defeat defeated prevent prevented combat combating against'.split(
    ' ',
  ),
);

/** How many words may stand before the backer's name: "of the neighboring country's Y government". */
const NAME_REACH = 4;

/** The name that opens the phrase at `k`, past a determiner and a few describing words. */
function nameAt(units: Unit[], k: number): Unit | undefined {
  for (let j = k; j < units.length && j - k <= NAME_REACH; j++) {
    const u = units[j];
    if (u.entity) return u;
    if (u.punct || !(u.tags.has('Determiner') || u.tags.has('Adjective') || u.tags.has('Noun')))
      return undefined;
  }
  return undefined;
}

/** The backer named at `j`: "with the (full) support of Y", "backed by Y", "Y-backed", "with Y's support". */
function backerAt(units: Unit[], j: number): Unit | undefined {
  const u = units[j];
  // "Y-backed militias"
  if (u.entity && u.dash && !u.punct && BACKING.has(units[j + 1]?.lower ?? '')) return u;
  if (u.entity) return undefined;
  // "backed by Y"
  if (BACKING.has(u.lower) && !u.punct && units[j + 1]?.lower === 'by') return nameAt(units, j + 2);
  if (u.lower !== 'with' || u.punct) return undefined;
  // "with Y's support"
  if (units[j + 1]?.entity && units[j + 1].possessive && SPONSORING_NOUNS.has(units[j + 2]?.lower ?? ''))
    return units[j + 1];
  // "with the (full) support of Y"
  let k = j + 1;
  if (units[k]?.lower === 'the') k++;
  if (units[k] && !units[k].entity && units[k].tags.has('Adjective') && !SPONSORING_NOUNS.has(units[k].lower))
    k++;
  if (!SPONSORING_NOUNS.has(units[k]?.lower ?? '') || units[k].punct || units[k + 1]?.lower !== 'of')
    return undefined;
  return nameAt(units, k + 2);
}

/** Whether only determiners and describing words stand between the clause's start and `j`. */
function opensClause(units: Unit[], from: number, j: number): boolean {
  let k = from;
  if (units[k]?.lower === 'that' && !units[k].entity) k++;
  for (; k < j; k++)
    if (units[k].entity || !(units[k].tags.has('Determiner') || units[k].tags.has('Adjective'))) return false;
  return true;
}

/** Whether the clause tells violence before `j`. */
const violenceBefore = (units: Unit[], from: number, j: number): boolean =>
  units.slice(from, j).some((u) => !u.entity && VIOLENCE_WORDS.has(u.lower));

/**
 * The backers of violence the clause from `from` to `end` tells, when it tells violence and states
 * it: each named once, none of them the speaker.
 */
export function backersWithin(units: Unit[], from: number, end: number, speaker: Unit[]): Unit[] {
  const clause = units.slice(from, end);
  if (!clause.some((u) => !u.entity && VIOLENCE_WORDS.has(u.lower))) return [];
  // "its forces repelled the attacks with the support of Y": the speaker's own side, helped
  if (clause.some((u) => !u.entity && (OWN_SIDE.has(u.lower) || RESISTING.has(u.lower)))) return [];
  const out: Unit[] = [];
  for (let j = from; j < end; j++) {
    const u = units[j];
    if (!u.entity && (NEGATIONS.has(u.lower) || MODALS.has(u.lower))) return out;
    const backer = backerAt(units, j);
    if (!backer?.entity || !BACKER_TYPES.has(backer.entity.type)) continue;
    // "Y-backed militias carried out …" opens the clause as its subject ("targeted facilities linked
    // to Y-backed militants" tells an act against them); "backed by Y", "with the support of Y"
    // come after the violence they back
    const hyphened = backer === units[j];
    if (hyphened ? !opensClause(units, from, j) : !violenceBefore(units, from, j)) continue;
    if (
      speaker.some((s) => s.entity?.id === backer.entity!.id) ||
      out.some((o) => o.entity === backer.entity)
    )
      continue;
    out.push(backer);
  }
  return out;
}
