// A subject told by a description that holds one name: "The X and several other ethnic rebel
// groups have been fighting Y", "a group of heavily armed X fighters have assaulted Y",
// "The X government in early June designated Y", "Foreign ministers of the X industrialized
// nations are calling on Y", "hundreds of insurgents, led by X, fired on Y". The subject search
// (`leftActors`, ./actors.ts) reads a name, a list or a name on an acting head right before the
// verb; when the words there are a longer description whose head is an actor's (armed men,
// officials, a government, nations) and whose only actor is one name, that name acts.
import { CALENDAR_WORDS } from '../lexicon/common-words';
import { isAdverb, isTime, isVerb } from './groups';
import { type Unit } from './units';
import {
  AGENT_HEADS,
  DETERMINERS,
  HYPHEN_MODIFIERS,
  NON_STATE_HEADS,
  PEOPLE_HEADS,
  PLACE_PREPOSITIONS,
  SAY_VERBS,
} from './words';

/** Heads of a described subject besides the acting and people heads: "the X industrialized nations". */
const BODY_HEADS: ReadonlySet<string> = new Set(['nations', 'countries', 'states', 'powers']);

/** "late March", "early 2014": a part of a month or year. */
const PART_OF: ReadonlySet<string> = new Set(['late', 'early', 'mid']);

/** Words after "and" that keep one named side: "X and several other groups". */
const OTHERS: ReadonlySet<string> = new Set(['several', 'other', 'many', 'some', 'various']);

/** How many words a described subject may run. */
const DESCRIPTION_WORDS = 12;

/** Prepositions that open a phrase of time before the verb: "in late March", "for the first time". */
const TIME_OPENERS: ReadonlySet<string> = new Set(['in', 'on', 'for', 'during', 'since']);

/**
 * The one actor named inside the description that closes the subject before `end`, when that
 * description opens its clause (the sentence's start, or right after a verb of saying) and ends on
 * an actor's head. Undefined when the words hold a verb, a place after a preposition, no actor, or
 * two.
 */
export function describedSubjectActors(
  units: Unit[],
  end: number,
): { actors: Unit[]; at: number; via?: string } | undefined {
  let j = pastTimePhrase(units, end - 1);
  while (isAdverb(units[j]) || isTime(units[j])) j--;
  // "insurgents (,) led by X (,) fired": the leader closes the description
  const led = [j - 2, j - 3].find((b) => b > 0 && ledAt(units, b) && !!units[j].entity);
  const named: number[] = led === undefined ? [] : [j];
  if (led !== undefined) j = led - 1;
  // "The X, led by Y, has been fighting Z": the group named before the aside acts
  const group = led !== undefined && units[j]?.entity && units[j].punct === ',' ? units[j] : undefined;
  if (group) {
    let p = j - 1;
    while (units[p] && DETERMINERS.has(units[p].lower) && !units[p].entity) p--;
    const opens = !units[p] || !!units[p].punct || saying(units[p]);
    return opens && actingType(group) ? { actors: [group], at: j, via: ' via description' } : undefined;
  }
  const head = units[j];
  if (!head || head.entity || (head.punct && !(led !== undefined && head.punct === ','))) return undefined;
  if (!AGENT_HEADS.has(head.lower) && !PEOPLE_HEADS.has(head.lower) && !BODY_HEADS.has(head.lower))
    return undefined;
  // back to where the description opens its clause: the sentence's start, a comma, a verb of
  // saying; a verb on the way opens another clause ("heavily armed": a participle after an adverb
  // describes)
  let opened = false;
  for (let k = j - 1; j - k <= DESCRIPTION_WORDS; k--) {
    const w = units[k];
    if (!w || w.punct || saying(w) || (w.lower === 'that' && saying(units[k - 1]))) {
      opened = true;
      break;
    }
    if (isVerb(w) && !isAdverb(units[k - 1])) return undefined;
    // "X and rebels agreed", "the government as well as X observers": two sides, one unnamed;
    // "X and several other groups" stays X's
    if (w.lower === 'and' && !OTHERS.has(units[k + 1]?.lower ?? '')) return undefined;
    if (w.lower === 'well' && units[k - 1]?.lower === 'as') return undefined;
    if (w.entity) {
      // "X-linked fighters" are not X; "battles between X troops and …" name no one subject
      if (w.dash || HYPHEN_MODIFIERS.has(units[k + 1]?.lower ?? '')) return undefined;
      if (afterPreposition(units, k)) return undefined;
      named.push(k);
    }
  }
  if (!opened || !named.length) return undefined;
  const ids = new Set(named.map((k) => units[k].entity!.id));
  const actor = units[named[0]];
  if (ids.size !== 1 || !actingType(actor)) return undefined;
  // "Chile's rebels and other armed groups attacked": a country's rebels are not the country
  if (NON_STATE_HEADS.has(head.lower) && actor.entity?.type === 'Country') return undefined;
  return { actors: [actor], at: Math.max(...named), via: ' via description' };
}

/** A verb of saying, after which a reported clause opens: "X said …". */
const saying = (u: Unit | undefined): boolean => !!u && SAY_VERBS.has(u.lower);

/**
 * The name at `k` follows a preposition other than "of" (past determiners and adjectives): "in X",
 * "between the X troops"; "ministers of X" keeps X inside the description.
 */
function afterPreposition(units: Unit[], k: number): boolean {
  let p = k - 1;
  while (
    units[p] &&
    !units[p].entity &&
    !units[p].punct &&
    (DETERMINERS.has(units[p].lower) || units[p].tags.has('Adjective'))
  )
    p--;
  const prep = units[p];
  return (
    !!prep &&
    !prep.entity &&
    !prep.punct &&
    prep.lower !== 'of' &&
    (prep.tags.has('Preposition') || PLACE_PREPOSITIONS.has(prep.lower))
  );
}

/** A body or a state: the actors a description may stand for (a place or a person is no band). */
function actingType(u: Unit): boolean {
  return u.entity?.type === 'Organization' || u.entity?.type === 'Country';
}

/** "led" of "led by X": the leader named inside a description acts through those it leads. */
function ledAt(units: Unit[], k: number): boolean {
  return units[k].lower === 'led' && units[k + 1]?.lower === 'by';
}

/** Back from `j` over a phrase of time right before the verb ("in late March", "for the first time"). */
function pastTimePhrase(units: Unit[], j: number): number {
  for (let k = j; k >= 0 && j - k < 4; k--) {
    const w = units[k];
    if (w.entity || w.punct) return j;
    if (TIME_OPENERS.has(w.lower) && k < j && timeWords(units, k + 1, j)) return k - 1;
  }
  return j;
}

/** Units from..to are words of time: "late March", "the first time", "Friday". */
function timeWords(units: Unit[], from: number, to: number): boolean {
  const words = units.slice(from, to + 1).map((u) => u.lower);
  if (words.join(' ') === 'the first time') return true;
  return units
    .slice(from, to + 1)
    .every(
      (u) =>
        isTime(u) || CALENDAR_WORDS.has(u.lower) || /^(?:19|20)\d\d$/.test(u.lower) || PART_OF.has(u.lower),
    );
}
