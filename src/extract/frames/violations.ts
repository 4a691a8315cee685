// Sanctions a breach presupposes: "transactions with A and B that violated U.S. sanctions",
// "exported parts to A in violation of X's sanctions". The dealing breaks X's sanctions only if X
// sanctions those it was with, so X SANCTIONED A and B — existing sanctions, which the gold
// counts as the release states them. The one who breached them is never the one sanctioned.
// Records: the `violation` kind of ../lexicon/frames.json (the verb of breach as `lemma`, the
// dealings in `complement`, the sanction nouns in `subjects`).
import type { Candidate } from '../relations/apply-rules';
import { facts } from './facts';
import { groupAt, isVerb } from './groups';
import { FRAMES, MIN_CONFIDENCE, verbForms, type FrameRecord } from './lexicon';
import type { Unit } from './units';
import { DETERMINERS, RELATIVES } from './words';

const byForm = new Map<string, FrameRecord>();
for (const f of FRAMES) {
  if (f.kind !== 'violation' || !f.lemma || f.confidence < MIN_CONFIDENCE) continue;
  for (const form of verbForms(f.lemma)) byForm.set(form, f);
}
/** "in violation of", "in breach of": the noun of a record's verb. */
const BREACH_NOUNS = new Map<string, string>([
  ['violation', 'violate'],
  ['breach', 'breach'],
]);
/** What dealings are with: "transactions with A", "exports to A", "shipments involving A". */
const DEALING_PREPS = new Set(['with', 'to', 'involving']);
const SANCTIONED_TYPES = new Set(['Country', 'Organization']);
/** How far back from the breach the dealing's noun may stand. */
const MAX_REACH = 14;

/** The sanctioning owner of "U.S. sanctions", "Norway's embargo" opening at `k`. */
function sanctionOwner(units: Unit[], k: number, frame: FrameRecord): Unit | undefined {
  let j = k;
  while (units[j] && !units[j].entity && DETERMINERS.has(units[j].lower)) j++;
  const owner = units[j];
  if (!owner?.entity || owner.punct || !SANCTIONED_TYPES.has(owner.entity.type)) return undefined;
  let h = j + 1;
  while (h - j <= 3 && units[h] && !units[h].entity && !frame.subjects?.includes(units[h].lower)) {
    if (!units[h].tags.has('Adjective') || units[h - 1].punct) return undefined;
    h++;
  }
  return frame.subjects?.includes(units[h]?.lower ?? '') ? owner : undefined;
}

/** "transactions with", "shipped turbines to": a dealing word up to three plain words before `k`. */
function dealingBefore(units: Unit[], k: number, frame: FrameRecord): boolean {
  for (let d = k - 1; d >= 0 && k - d <= 3; d--) {
    if (units[d].entity || units[d].punct) return false;
    if (frame.complement?.includes(units[d].lower)) return true;
  }
  return false;
}

/** Those the dealing before unit `end` was with: "transactions with A, B, and C (that)". */
function dealtWith(units: Unit[], end: number, frame: FrameRecord): Unit[] {
  let e = end;
  if (RELATIVES.has(units[e - 1]?.lower ?? '')) e--;
  for (let k = e - 1; k >= 0 && e - k <= MAX_REACH; k--) {
    const u = units[k];
    if (u.entity) continue;
    if (DEALING_PREPS.has(u.lower) && dealingBefore(units, k, frame)) {
      const named = units.slice(k + 1, e);
      // only names and the words that join them: "A, B, and C"
      if (!named.every((n) => n.entity || n.lower === 'and')) return [];
      return named.filter((n) => n.entity && !n.possessive && SANCTIONED_TYPES.has(n.entity.type));
    }
    if (u.punct === '.' || u.punct === ';') return [];
  }
  return [];
}

/** Every sanction a stated breach presupposes, with a named owner and named parties dealt with. */
export function readViolations(units: Unit[]): Candidate[] {
  const out: Candidate[] = [];
  for (let i = 0; i < units.length; i++) {
    const u = units[i];
    if (u.entity) continue;
    let frame: FrameRecord | undefined;
    let end = i;
    let after = i + 1;
    if (isVerb(u) && byForm.has(u.lower)) {
      frame = byForm.get(u.lower);
      if (groupAt(units, i).mood !== 'fact') continue;
    } else if (BREACH_NOUNS.has(u.lower) && units[i - 1]?.lower === 'in' && units[i + 1]?.lower === 'of') {
      frame = byForm.get(BREACH_NOUNS.get(u.lower)!);
      end = i - 1;
      after = i + 2;
    }
    if (!frame) continue;
    const owner = sanctionOwner(units, after, frame);
    if (!owner) continue;
    out.push(...facts([owner], dealtWith(units, end, frame), 'SANCTIONED', frame, ''));
  }
  return out;
}
