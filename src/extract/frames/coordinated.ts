// A verb coordinated with an earlier one shares its subject: "X and Y discussed the ceasefire
// between A and B and agreed on the importance of support for Z" — X and Y agreed. Only when the
// verb group opens right after "and" and the earlier verb, in the same clause, has named actors.
// A participle after a clause's comma likewise: "X stormed the post, killing 17 Yian soldiers".
// For a stance (`sharedSpeaker`), after ", and" the verb that opened a "that" clause before it
// counts: "X agreed that Y must be respected, and expressed concern …" — X expressed it.
import { leftActors } from './actors';
import { groupAt, isVerb } from './groups';
import type { Unit } from './units';

/** Clause breaks an earlier verb may not be looked for across. */
const BREAKS = new Set(['.', ';', ':', '?', '!']);
const CLAUSE_OPENERS = new Set([
  'that',
  'which',
  'who',
  'whom',
  'whose',
  'because',
  'while',
  'after',
  'before',
  'when',
  'if',
  'unless',
  'but',
]);

export function coordinatedActors(
  units: Unit[],
  start: number,
): { actors: Unit[]; at: number; via?: string } | undefined {
  const and = units[start - 1];
  if (!and || and.entity || and.lower !== 'and' || and.punct) return undefined;
  return earlierSubject(units, start - 2, units[start].tags.has('Infinitive'));
}

/**
 * "X stormed the post, killing 17 Yian soldiers": a participle after the comma that closes a
 * clause tells what the clause's subject did by it; the subject, when the clause's verb is stated
 * and its actors named ("X, backing Y, said …" has no verb before the comma: no subject).
 */
export function participleActors(
  units: Unit[],
  start: number,
): { actors: Unit[]; at: number; via?: string } | undefined {
  const comma = units[start - 1];
  if (comma?.punct !== ',' || !units[start].lower.endsWith('ing')) return undefined;
  const found = earlierSubject(units, start - 1);
  return found && { ...found, via: `${found.via ?? ''} via participle` };
}

/**
 * The named actors of the stated, active verb before unit `from` (inclusive) in the same clause.
 * A base form after "and" (`base`) shares only a base form's subject, never across a "to": in
 * "X lacks the means to shell Y and threaten Z" it is under the "to", no act of X's (round 30).
 */
function earlierSubject(
  units: Unit[],
  from: number,
  base = false,
): { actors: Unit[]; at: number; via?: string } | undefined {
  for (let v = from; v >= 0 && from - v <= 19; v--) {
    const u = units[v];
    if (BREAKS.has(u.punct) || (!u.entity && CLAUSE_OPENERS.has(u.lower))) return undefined;
    if (base && !u.entity && u.lower === 'to') return undefined;
    // "carried out the attack and killed": the verb, not its particle
    if (!isVerb(u) || u.lower.endsWith('ing') || u.tags.has('Particle') || modifierVerb(units, v)) continue;
    if (base && !u.tags.has('Infinitive')) return undefined;
    const g = groupAt(units, v);
    if (g.passive || g.mood !== 'fact') return undefined;
    return leftActors(units, g.start);
  }
  return undefined;
}

/**
 * "attacked an Xian police headquarters": a word compromise tags a verb ("police") inside a noun
 * phrase, after its determiner and a name on it, is no verb of the clause.
 */
function modifierVerb(units: Unit[], v: number): boolean {
  const u = units[v];
  const before = units[v - 1];
  const next = units[v + 1];
  const det = (w: Unit | undefined) => !!w && !w.entity && !w.punct && w.tags.has('Determiner');
  // a base form with a bare noun after it ("police headquarters"), not "the X group stormed a post"
  const base = !u.tags.has('PastTense') && !u.tags.has('Participle') && !u.punct;
  const noun = !!next && !next.entity && next.tags.has('Noun') && !next.tags.has('Determiner');
  // "stormed an X base about 90km south": after "a/an" and a name, the word is the phrase's head
  // noun, whatever follows (round 32)
  const indefinite = ['a', 'an'].includes(units[v - 2]?.lower ?? '') && !!before?.entity && !before.punct;
  return (
    (base && indefinite) ||
    (base && noun && (det(before) || (!!before?.entity && !before.punct && det(units[v - 2]))))
  );
}

/** How far back from ", and" the verb that opened a "that" clause may stand. */
const THAT_SPAN = 25;

/**
 * The speaker a stance verb right after "and" shares: the earlier verb's subject, or after ", and"
 * the subject of the verb right before a "that" clause ("X agreed that …, and expressed …").
 */
export function sharedSpeaker(units: Unit[], start: number): { actors: Unit[]; at: number } | undefined {
  const and = units[start - 1];
  const comma = start - 2;
  if (!and || and.entity || and.lower !== 'and' || and.punct || units[comma]?.punct !== ',')
    return coordinatedActors(units, start);
  for (let t = comma; t > 0 && comma - t <= THAT_SPAN; t--) {
    const u = units[t];
    if (t < comma && u.punct && u.punct !== ',') return undefined;
    if (u.entity || u.lower !== 'that') continue;
    const verb = units[t - 1];
    if (!isVerb(verb) || verb.punct || verb.lower.endsWith('ing')) return undefined;
    const g = groupAt(units, t - 1);
    if (g.passive || g.mood !== 'fact') return undefined;
    return leftActors(units, g.start);
  }
  return coordinatedActors(units, start);
}
