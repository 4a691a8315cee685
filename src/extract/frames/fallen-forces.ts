// The dead of both sides of one fight, listed together with no name on the state's: "500 X militants
// and 70 soldiers died in the offensive", "one soldier and one X fighter died in a clash". The soldiers beside an armed group's dead are the article's country's own, as
// the counted victims of a killing are (./units.ts `foldCountedForces`); ./fallen.ts then reads that
// each side killed the other (round 44).
import type { Entity, Sentence } from '../../model';
import { STATE_DEAD_HEADS } from '../lexicon/event-words';
import type { Unit } from './units';

/** The words of a death told passively or by "died": "were killed", "have been slain", "died". */
const DEATH_WORDS = new Set(['killed', 'slain', 'dead', 'died']);
/** Auxiliaries between the dead and their death: "have also been killed". */
const DEATH_AUXILIARIES = new Set(
  'have has had been were was are is also reportedly reported confirmed'.split(' '),
);
/** Words a list of the dead is joined by. */
const LIST_JOINS = new Set(['and', 'along']);
/** How many words a list of the dead may span, read leftwards from its death. */
const DEAD_LIST_REACH = 14;

type StandFor = (u: Unit, government: Entity, sentence: Sentence, reason: string) => void;

/**
 * The units of the list of dead that ends right before the death word at `d`: leftwards over
 * names, counts, kind words, "and" and list commas, up to a verb, another punctuation mark or a
 * word that opens a clause; empty when `d` tells no death.
 */
function deadList(units: Unit[], d: number): number[] {
  const u = units[d];
  if (u.entity || !DEATH_WORDS.has(u.lower)) return [];
  let start = d;
  while (start > 0 && DEATH_AUXILIARIES.has(units[start - 1].lower) && !units[start - 1].entity) start--;
  if (u.lower !== 'died' && start === d) return [];
  const list: number[] = [];
  for (let j = start - 1; j >= 0 && start - j <= DEAD_LIST_REACH; j--) {
    const w = units[j];
    if (
      !w.entity &&
      (w.tags.has('Verb') || ['that', 'which', 'who', 'when', 'where', 'after'].includes(w.lower))
    )
      break;
    // a comma inside the list ("18 militants, five soldiers and a civilian") is passed; any other
    // mark ends it
    if (w.punct && !(w.punct === ',' && list.some((k) => LIST_JOINS.has(units[k].lower)))) break;
    list.push(j);
  }
  return list;
}

/**
 * Folds a state's bare dead ("70 soldiers", "one soldier", "three police") into `government` when
 * the list they die in also holds an armed group's people and names no country: the two sides of
 * the fight. Not "soldiers of X" or "X's soldiers" (those name whose), nor a list with a country in
 * it (the soldiers may be that country's).
 */
export function foldFallenForces(
  units: Unit[],
  government: Entity,
  sentence: Sentence,
  standFor: StandFor,
): void {
  for (let d = 1; d < units.length; d++) {
    const list = deadList(units, d);
    if (!list.length || !list.some((k) => LIST_JOINS.has(units[k].lower))) continue;
    const named = list.map((k) => units[k].entity).filter((e): e is Entity => !!e);
    if (!named.some((e) => e.category === 'armed_group') || named.some((e) => e.type === 'Country')) continue;
    const heads = list.filter((k) => {
      const w = units[k];
      const before = units[k - 1];
      const after = units[k + 1];
      return (
        !w.entity &&
        !w.possessive &&
        STATE_DEAD_HEADS.has(w.lower) &&
        !(before?.entity || before?.possessive) &&
        !(!w.punct && ['of', 'from'].includes(after?.lower ?? ''))
      );
    });
    if (heads.length !== 1) continue;
    standFor(units[heads[0]], government, sentence, 'coref:fallen-forces');
    units[heads[0]].serving = true;
  }
}
