// The dead of an attack, counted as the target's own: "forces conducted an airstrike against G,
// killing several militants", "warplanes struck a G position, killing at least three fighters",
// "an X attack on a police station in Y has killed 13 security personnel", "an X raid on a Y
// checkpoint killed nine Yian soldiers". The fighters a strike on G kills are G's own, and the
// soldiers, police or officials an armed group's attack on a country kills are the country's, so
// the attacker KILLED the target beside the attack (round-12 convention: killing a group's members
// kills the group; a country's soldiers or officials killed are KILLED, its civilians are not).
// Unnamed "soldiers" after a strike by a state name no side of theirs; dead named with the target
// ("nine Yian soldiers") are the target's whoever struck.
import type { Candidate } from '../relations/apply-rules';
import type { Unit } from './units';
import { BE, MEMBER_HEADS, SERVING_HEADS } from './words';

/** A word of a date or time, with its abbreviation's point or not: "Nov.", "Tuesday", "6 p.m.". */
const dated = (u: Unit | undefined): boolean => !!u && !u.entity && u.tags.has('Date');
/** How far past the group's name the ", killing …" of its attack may stand. */
const MAX_CLAUSE = 20;

/** "several", "at least three", "dozens of", "3": how many; any number of such words. */
const COUNT =
  /^(?:at|least|more|than|over|about|some|up|to|nearly|around|several|many|dozens|scores|hundreds|of|a|dozen|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\d[\d,]*|\(\d+\))$/;

/** The dead a kill word at `k` ("killing", an active "killed") names: how many, then whose. */
function killedOwnAfter(
  units: Unit[],
  k: number,
  own: (u: Unit) => boolean,
  heads: ReadonlySet<string>,
): boolean {
  if (!/^kill(?:ing|ed)$/.test(units[k]?.lower ?? '') || units[k].entity) return false;
  let h = k + 1;
  while (h - k <= 5 && units[h] && !units[h].entity && !units[h].punct && COUNT.test(units[h].lower)) h++;
  // the target named on its own dead: "killed nine Yian soldiers"
  if (units[h] && own(units[h])) return true;
  // one qualifier: "suspected", "Islamist", "security"
  if (units[h] && !units[h].entity && !units[h].punct && !heads.has(units[h].lower)) h++;
  const head = units[h];
  return !!head && !head.entity && heads.has(head.lower) && !/^(?:of|from)$/.test(units[h + 1]?.lower ?? '');
}

/** A finite "killed" whose subject is the act ("the attack has killed"), not a passive ("were killed"). */
const activeKilled = (units: Unit[], k: number): boolean =>
  units[k].lower === 'killed' && !BE.has(units[k - 1]?.lower ?? '') && units[k - 1]?.lower !== 'been';

/**
 * "a bombing on a Yian base killing seven soldiers": a participle "killing" with no comma before
 * it, still inside the attack's clause; not "the killing of", nor "after killing".
 */
const bareKilling = (units: Unit[], k: number): boolean =>
  units[k].lower === 'killing' &&
  !!units[k - 1] &&
  !units[k - 1].punct &&
  units[k - 1].tags.has('Noun') &&
  units[k + 1]?.lower !== 'of';

/** The unnamed dead that are the target's own: a group's fighters; a country's soldiers when a group struck. */
function ownHeads(c: Candidate): ReadonlySet<string> | undefined {
  if (c.object.category === 'armed_group') return MEMBER_HEADS;
  if (c.object.type === 'Country' && c.subject.category === 'armed_group') return SERVING_HEADS;
  return undefined;
}

/** KILLED beside each stated attack whose own clause tells the target's dead. */
export function killingItsOwn(units: Unit[], found: Candidate[]): Candidate[] {
  const out: Candidate[] = [];
  for (const c of found) {
    if (c.predicate !== 'ATTACKED' || c.object.type === 'Location' || c.object.type === 'Person') continue;
    if (
      found.some(
        (k) => k.predicate === 'KILLED' && k.subject.id === c.subject.id && k.object.id === c.object.id,
      )
    )
      continue;
    const at = units.findIndex((u) => u.entity?.id === c.object.id);
    if (at < 0) continue;
    const heads = ownHeads(c) ?? new Set<string>();
    const own = (u: Unit) => u.entity?.id === c.object.id && !!u.serving;
    // the clause of the attack runs on to its comma: ", killing …", past a date told between
    // commas ("against G on Tuesday, Nov. 14 at 6 p.m. local time, killing …": round 15); an
    // active "killed" inside it has the act for subject ("a G raid on a Y post killed …")
    let k = at;
    let killed = false;
    let byAnother = false;
    for (let n = 0; k < units.length && k - at < MAX_CLAUSE; k++) {
      // another actor named on the way is the subject of a "killed" after it ("… and Yian police killed")
      if (k > at && units[k].entity && units[k].entity!.id !== c.object.id) byAnother = true;
      if (
        k > at &&
        !byAnother &&
        (activeKilled(units, k) || bareKilling(units, k)) &&
        killedOwnAfter(units, k, own, heads)
      ) {
        killed = true;
        break;
      }
      // ("Nov." and "p.m." carry their abbreviation's point)
      if (!units[k].punct || (units[k].punct === '.' && n > 0 && dated(units[k]))) continue;
      if (units[k].punct !== ',' || !dated(units[k + 1]) || ++n > 1) break;
    }
    if (
      !killed &&
      (units[k]?.punct !== ',' ||
        units[k + 1]?.lower !== 'killing' ||
        !killedOwnAfter(units, k + 1, own, heads))
    )
      continue;
    out.push({ ...c, predicate: 'KILLED', reason: `${c.reason}:killing-its-own` });
  }
  return out;
}
