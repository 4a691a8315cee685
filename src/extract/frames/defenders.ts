// The defender against an aggressor's act (round 27): "Y continues to defend itself against Xian
// aggression", "support for Y in the face of X's illegal war of aggression", "the Yian people in
// their struggle against Xian aggression" give X ATTACKED Y. The aggressor is named on the act
// (a possessive or a demonym), the defender is the nearest country or body before the words of
// defence, in the same clause; a plan, a condition or a denial between them reads nothing.
import type { Candidate } from '../relations/apply-rules';
import { facts } from './facts';
import { NOUN_FRAMES } from './lexicon';
import { isPlainWord, type Unit } from './units';
import { DETERMINERS, EVENT_QUALIFIERS, OWNER_PRONOUNS } from './words';
import { formsOf } from '../nlp';

/** The acts an aggressor is named on: "Xian aggression", "X's invasion", "X's war of aggression". */
export const AGGRESSIONS: ReadonlySet<string> = new Set(
  'aggression invasion war attacks assault assaults onslaught occupation bombardment offensive'.split(' '),
);
/** Verbs of defending oneself: "defends itself against", "defending their country against". */
const DEFEND = formsOf('defend');
/** "fight back against": fighting back is defending. */
const FIGHT = formsOf('fight');
const SELVES = new Set(['itself', 'themselves', 'herself', 'himself', 'ourselves']);
/** "in their struggle / fight / defence against": what a defender is in. */
const STRUGGLES = new Set(['struggle', 'fight', 'defence', 'defense', 'resistance', 'battle']);
/** Words between the defender and the defence that make it no fact. */
const UNREAL = new Set(
  'could would may might will should must if unless whether not never no cannot wants want plans plan'.split(
    ' ',
  ),
);
/** How far the defender may stand before the words of defence. */
const REACH = 10;

/** Where the aggressor's act opens after the words of defence at `i`, or undefined. */
function defenceEnd(units: Unit[], i: number): number | undefined {
  const u = units[i];
  if (!u || u.entity || u.punct) return undefined;
  // "in the face of"
  if (
    u.lower === 'face' &&
    units[i - 1]?.lower === 'the' &&
    units[i - 2]?.lower === 'in' &&
    units[i + 1]?.lower === 'of'
  )
    return units[i + 1].punct ? undefined : i + 2;
  if (u.lower !== 'against') return undefined;
  const before = units[i - 1];
  if (!before || before.entity || before.punct) return undefined;
  // "defends itself against", "defend against"
  if (SELVES.has(before.lower) && DEFEND.has(units[i - 2]?.lower ?? '') && !units[i - 2].punct) return i + 1;
  if (DEFEND.has(before.lower)) return i + 1;
  // "as they fight back against" (round 42)
  if (before.lower === 'back' && FIGHT.has(units[i - 2]?.lower ?? '') && !units[i - 2].punct) return i + 1;
  // "in their struggle against"
  if (
    STRUGGLES.has(before.lower) &&
    OWNER_PRONOUNS.has(units[i - 2]?.lower ?? '') &&
    units[i - 3]?.lower === 'in'
  )
    return i + 1;
  return undefined;
}

/** Where the words of defence open (the defender stands before it). */
function defenceStart(units: Unit[], i: number): number {
  if (units[i].lower === 'face') return i - 2;
  let s = i - 1;
  while (s > 0 && !units[s].entity && !DEFEND.has(units[s].lower) && units[s].lower !== 'in' && i - s < 4)
    s--;
  return s;
}

/**
 * A qualifier of the act at `h`: an adjective or a word of the event qualifiers ("unprovoked",
 * "unjustified", which compromise may tag a verb), or an "and" or comma between two of them.
 */
function qualifies(units: Unit[], h: number): boolean {
  const u = units[h];
  if (!u || u.entity) return false;
  const plain = isPlainWord(u) && (u.tags.has('Adjective') || EVENT_QUALIFIERS.has(u.lower));
  // "brutal, unprovoked": a comma closing a qualifier
  if (u.punct === ',' && (u.tags.has('Adjective') || EVENT_QUALIFIERS.has(u.lower))) return true;
  return plain || (u.lower === 'and' && isPlainWord(u) && h > 0 && !units[h - 1].entity);
}

/** The aggressor named on the act that opens at `k`: "(the) (illegal) X's (illegal) war", "Xian aggression". */
function aggressorAt(units: Unit[], k: number): Unit | undefined {
  let n = k;
  while (n - k < 3 && isPlainWord(units[n]) && (DETERMINERS.has(units[n].lower) || qualifies(units, n))) n++;
  const named = units[n];
  if (!named?.entity || named.punct) return undefined;
  if (!['Country', 'Organization'].includes(named.entity.type)) return undefined;
  let h = n + 1;
  // "X's brutal, unprovoked war", "X's unprovoked and unjustified invasion" (round 42)
  while (h - n <= 4 && !AGGRESSIONS.has(units[h]?.lower ?? '') && qualifies(units, h)) h++;
  return units[h] && !units[h].entity && AGGRESSIONS.has(units[h].lower) ? named : undefined;
}

/** The nearest country or body before `s`, in the clause; undefined past a plan or a denial. */
function defenderBefore(units: Unit[], s: number): Unit | undefined {
  for (let m = s - 1; m >= 0 && s - m <= REACH; m--) {
    const u = units[m];
    // the nearest name decides: a defender unless it closes a clause or names no state or body
    if (u.entity) {
      const closes = !!u.punct && u.punct !== ',';
      return !closes && ['Country', 'Organization'].includes(u.entity.type) ? u : undefined;
    }
    if (u.punct || UNREAL.has(u.lower)) return undefined;
  }
  return undefined;
}

export function readDefenders(units: Unit[]): Candidate[] {
  const frame = NOUN_FRAMES.get('attack')?.find((f) => f.id === 'noun:attack-on');
  if (!frame) return [];
  const out: Candidate[] = [];
  for (let i = 2; i < units.length; i++) {
    const k = defenceEnd(units, i);
    if (k === undefined) continue;
    const aggressor = aggressorAt(units, k);
    if (!aggressor) continue;
    const defender = defenderBefore(units, defenceStart(units, i));
    if (!defender || defender.entity!.id === aggressor.entity!.id) continue;
    out.push(...facts([aggressor], [defender], 'ATTACKED', frame, ':defended-against'));
  }
  return out;
}
