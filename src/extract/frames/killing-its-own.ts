// The dead of a strike on an armed group, counted without its name: "forces conducted an airstrike
// against G, killing several militants", "warplanes struck a G position, killing at least three
// fighters". The fighters a strike on G kills are G's own, so the attacker KILLED G beside the
// attack (round-12 convention: killing a group's members kills the group). Only a group: "killing
// three soldiers" after a strike on a country names no side of theirs.
import type { Candidate } from '../relations/apply-rules';
import type { Unit } from './units';
import { MEMBER_HEADS } from './words';

/** A word of a date or time, with its abbreviation's point or not: "Nov.", "Tuesday", "6 p.m.". */
const dated = (u: Unit | undefined): boolean => !!u && !u.entity && u.tags.has('Date');
/** How far past the group's name the ", killing …" of its attack may stand. */
const MAX_CLAUSE = 20;

/** "several", "at least three", "dozens of", "3": how many; any number of such words. */
const COUNT =
  /^(?:at|least|more|than|over|about|some|up|to|nearly|around|several|many|dozens|scores|hundreds|of|a|dozen|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\d[\d,]*|\(\d+\))$/;

/** The unit after ", killing" and its count and qualifiers, when it is a member head with no name. */
function killedMembersAfter(units: Unit[], k: number): boolean {
  if (units[k]?.lower !== 'killing' || units[k].entity) return false;
  let h = k + 1;
  while (h - k <= 5 && units[h] && !units[h].entity && !units[h].punct && COUNT.test(units[h].lower)) h++;
  // one qualifier: "suspected", "Islamist"
  if (units[h] && !units[h].entity && !units[h].punct && !MEMBER_HEADS.has(units[h].lower)) h++;
  const head = units[h];
  return (
    !!head && !head.entity && MEMBER_HEADS.has(head.lower) && !/^(?:of|from)$/.test(units[h + 1]?.lower ?? '')
  );
}

/** KILLED beside each stated attack on an armed group that a ", killing N militants" closes. */
export function killingItsOwn(units: Unit[], found: Candidate[]): Candidate[] {
  const out: Candidate[] = [];
  for (const c of found) {
    if (c.predicate !== 'ATTACKED' || c.object.category !== 'armed_group') continue;
    if (
      found.some(
        (k) => k.predicate === 'KILLED' && k.subject.id === c.subject.id && k.object.id === c.object.id,
      )
    )
      continue;
    const at = units.findIndex((u) => u.entity?.id === c.object.id);
    if (at < 0) continue;
    // the clause of the attack runs on to its comma: ", killing …", past a date told between
    // commas ("against G on Tuesday, Nov. 14 at 6 p.m. local time, killing …": round 15)
    let k = at;
    for (let n = 0; k < units.length && k - at < MAX_CLAUSE; k++) {
      // ("Nov." and "p.m." carry their abbreviation's point)
      if (!units[k].punct || (units[k].punct === '.' && n > 0 && dated(units[k]))) continue;
      if (units[k].punct !== ',' || !dated(units[k + 1]) || ++n > 1) break;
    }
    if (units[k]?.punct !== ',' || !killedMembersAfter(units, k + 1)) continue;
    out.push({ ...c, predicate: 'KILLED', reason: `${c.reason}:killing-its-own` });
  }
  return out;
}
