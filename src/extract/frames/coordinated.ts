// A verb coordinated with an earlier one shares its subject: "X and Y discussed the ceasefire
// between A and B and agreed on the importance of support for Z" — X and Y agreed. Only when the
// verb group opens right after "and" and the earlier verb, in the same clause, has named actors.
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
  for (let v = start - 2; v >= 0 && start - v <= 20; v--) {
    const u = units[v];
    if (BREAKS.has(u.punct) || (!u.entity && CLAUSE_OPENERS.has(u.lower))) return undefined;
    if (!isVerb(u) || u.lower.endsWith('ing')) continue;
    const g = groupAt(units, v);
    if (g.passive || g.mood !== 'fact') return undefined;
    return leftActors(units, g.start);
  }
  return undefined;
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
