// Export and sanctions lists: putting a company on a list that restricts it is a sanction (the
// gold's round-10 convention: each company put on the Entity List is SANCTIONED). Releases say it
// three ways, read here from the `listing` records of ../lexicon/frames.json:
// - "X added four entities to the Entity List: A, a …, and B and its two subsidiaries, C and D":
//   the one who adds sanctions each name the colon's list opens an item on;
// - "A, an entity added to the Entity List in March", "A, an entity on the X Entity List": a name
//   described as listed is sanctioned by the name on the list ("the X Entity List"), else by the
//   one who adds in the same sentence, else by the author of the article's recent sanctions;
// - "X added … to the Entity List" is remembered as X's sanction (../frames/events.ts), for
//   later descriptions and designee lists ("The entities include A").
// A list needs one of the record's `qualifiers` before its noun ("Entity List", "designations
// list") or a noun that is a list of its own ("blacklist"): "added A to the agenda" is no sanction.
import type { Candidate } from '../relations/apply-rules';
import { leftActors } from './actors';
import type { EventMemory } from './events';
import { facts } from './facts';
import { groupAt, isVerb, noFactClause } from './groups';
import { FRAMES, MIN_CONFIDENCE, verbForms, type FrameRecord } from './lexicon';
import type { Unit } from './units';
import { DETERMINERS, RELATIVES } from './words';

const LISTINGS = FRAMES.filter((f) => f.kind === 'listing' && f.confidence >= MIN_CONFIDENCE);
const ADD_FORMS = new Map(LISTINGS.map((f) => [f.id, new Set((f.light ?? []).flatMap(verbForms))]));
const LISTED_TYPES = new Set(['Person', 'Organization', 'Country']);
/** Words that say a name is off the list, or never was on it. */
const NOT_LISTED = new Set(['not', 'never', 'no', 'removed', 'formerly', 'delisted']);

/**
 * The list phrase opening at `k` ("the BIS Entity List", "its designations list", "the
 * blacklist"): where it ends (its noun) and the name written on it, if any.
 */
function listAt(units: Unit[], k: number, frame: FrameRecord): { end: number; owner?: Unit } | undefined {
  let j = k;
  if (DETERMINERS.has(units[j]?.lower ?? '') && !units[j].entity) j++;
  let owner: Unit | undefined;
  if (units[j]?.entity && !units[j].punct) owner = units[j++];
  let qualified = false;
  for (; j < units.length && j - k < 6; j++) {
    const u = units[j];
    if (u.entity) return undefined;
    if (frame.nouns?.includes(u.lower))
      return qualified || u.lower.endsWith('blacklist') || qualifiedAfter(units, j, frame)
        ? { end: j, owner }
        : undefined;
    if (u.punct || !frame.qualifiers?.includes(u.lower)) return undefined;
    qualified = true;
  }
  return undefined;
}

/** "the list of (foreign) terrorist organizations": a qualifier after "of", within three words. */
function qualifiedAfter(units: Unit[], j: number, frame: FrameRecord): boolean {
  if (units[j].punct || units[j + 1]?.lower !== 'of') return false;
  for (let k = j + 2; k < j + 5 && units[k] && !units[k].entity; k++) {
    if (frame.qualifiers?.includes(units[k].lower)) return true;
    if (units[k].punct) return false;
  }
  return false;
}

/** "is (also) on", "has long been on": a name's place on a list, stated by "be". */
const BE_ON = new Set(['is', 'are', 'was', 'were', 'remains', 'remain', 'been']);
const BE_ADVERBS = new Set(['also', 'still', 'already', 'long']);

/**
 * "A is on the X list of terrorist organizations", "A remains on X's terrorism list": the name
 * just before the verb "be" at `i` is sanctioned by the owner written on the list (no owner, no
 * fact: "A is on a terrorism list" says not whose).
 */
function onListAt(units: Unit[], i: number, frame: FrameRecord): Candidate[] {
  let name = i - 1;
  while (['has', 'have', 'had', ...BE_ADVERBS].includes(units[name]?.lower ?? '') && !units[name].entity)
    name--;
  const listed = units[name];
  if (!BE_ON.has(units[i].lower) || !listed?.entity || listed.punct || listed.possessive) return [];
  if (!LISTED_TYPES.has(listed.entity.type)) return [];
  let k = i + 1;
  while (BE_ADVERBS.has(units[k]?.lower ?? '')) k++;
  if (units[k]?.lower !== 'on') return [];
  const list = listAt(units, k + 1, frame);
  const g = groupAt(units, i);
  if (!list?.owner || g.mood !== 'fact' || noFactClause(units, name)) return [];
  return facts([list.owner], [listed], frame.predicate, frame, ':is-on-list');
}

/** "X added (four entities) to the Entity List": the add verb at `i`, its list's phrase and its stated subject. */
function adderAt(units: Unit[], i: number, frame: FrameRecord): { actors: Unit[]; end: number } | undefined {
  if (!isVerb(units[i]) || !ADD_FORMS.get(frame.id)?.has(units[i].lower)) return undefined;
  const g = groupAt(units, i);
  if (g.mood !== 'fact' || g.passive) return undefined;
  for (let p = i + 1; p < units.length && p - i < 12 && !units[p - 1].punct; p++) {
    if (!['to', 'on'].includes(units[p].lower) || units[p].entity) continue;
    const list = listAt(units, p + 1, frame);
    if (!list) return undefined;
    const left = leftActors(units, g.start);
    if (!left || noFactClause(units, left.at)) return undefined;
    return { actors: left.actors.filter((a) => LISTED_TYPES.has(a.entity!.type)), end: list.end };
  }
  return undefined;
}

/**
 * The names the colon's list (from `k`) opens an item on: after the colon, a comma or "and"
 * (never inside an item's relative clause or after a preposition), not an owner or a name
 * that qualifies a noun; to the sentence's end.
 */
function colonItems(units: Unit[], k: number): Unit[] {
  const out: Unit[] = [];
  let opens = true;
  let clause = false;
  for (let j = k; j < units.length; j++) {
    const u = units[j];
    if (u.entity) {
      const next = units[j + 1];
      const described = !u.punct && !!next && !next.entity && next.tags.has('Noun');
      if (opens && !clause && !u.possessive && !described && LISTED_TYPES.has(u.entity.type)) out.push(u);
      opens = false;
    } else if (u.lower === 'and' && (!clause || units[j - 1]?.punct === ',')) {
      opens = true;
      clause = false;
    } else if (u.lower) {
      if (RELATIVES.has(u.lower) || u.tags.has('Preposition')) clause = true;
      opens = false;
    }
    if (u.punct === '.' && !(u.entity?.name.endsWith('.') ?? false)) break;
    if (u.punct === ';') clause = false;
    if (u.punct === ',' || u.punct === ';') opens = !clause;
  }
  return out;
}

/**
 * "A, an entity (…) added to the Entity List", "A, an entity on the X Entity List": the name before
 * the description at `i` (its article), when the description reaches a list phrase with no
 * punctuation or negation on the way; the list's phrase.
 */
function describedAt(
  units: Unit[],
  i: number,
  frame: FrameRecord,
): { listed: Unit; owner?: Unit } | undefined {
  const name = units[i - 1];
  if (!name?.entity || !name.punct.endsWith(',') || name.possessive || !LISTED_TYPES.has(name.entity.type))
    return undefined;
  if (!frame.subjects?.includes(units[i + 1]?.lower ?? '')) return undefined;
  for (let p = i + 2; p < units.length && p - i < 18; p++) {
    const u = units[p];
    if (NOT_LISTED.has(u.lower)) return undefined;
    const added = ADD_FORMS.get(frame.id)?.has(units[p - 1]?.lower ?? '');
    if (u.lower === 'on' || (u.lower === 'to' && added)) {
      const list = listAt(units, p + 1, frame);
      if (list) return { listed: name, owner: list.owner };
    }
    if (u.punct && p > i + 1) return undefined;
  }
  return undefined;
}

/**
 * Every sanction the sentence states by a list: the colon's designees of the one who adds, and
 * the names described as listed. Remembers each adder as the author of a sanction.
 */
export function readListings(units: Unit[], events: EventMemory): Candidate[] {
  const out: Candidate[] = [];
  for (const frame of LISTINGS) {
    const adders: Unit[] = [];
    for (let i = 0; i < units.length; i++) {
      const u = units[i];
      if (u.entity) continue;
      out.push(...onListAt(units, i, frame));
      const adder = adderAt(units, i, frame);
      if (adder?.actors.length) {
        adders.push(...adder.actors);
        const colon = units.findIndex((w, j) => j >= adder.end && w.punct === ':');
        if (colon >= 0)
          out.push(...facts(adder.actors, colonItems(units, colon + 1), frame.predicate, frame, ':colon'));
      }
      if (!['a', 'an'].includes(u.lower)) continue;
      const described = describedAt(units, i, frame);
      if (!described) continue;
      const by = described.owner ? [described.owner] : adders.length ? adders : events.authorsOf('sanction');
      const how = described.owner
        ? ':on-list'
        : adders.length
          ? ':described'
          : ':described via event:sanction';
      out.push(...facts(by, [described.listed], frame.predicate, frame, how));
    }
    if (adders.length) events.listed(adders);
  }
  return out;
}
