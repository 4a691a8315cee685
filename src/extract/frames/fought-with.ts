// A fight told after a preposition of time: "X fighters captured the district after a fierce fight
// with Y police", "X troops entered the town following two days of intense battles with Y". The
// fight is the clause subject's: the subject attacked the side after "with" (round 25; the noun's
// reading in ./read-frames.ts finds no light verb there, and "killed in the fighting with Y" is the
// passive's, ./killed-in.ts). Only sides that fight: countries and armed or state forces, never a
// person, a party or a crowd; a clause in no fact's mood (a plan, a condition, a denial) reads nothing.
import type { Candidate } from '../relations/apply-rules';
import { leftActors } from './actors';
import { coordinatedActors } from './coordinated';
import { facts } from './facts';
import { groupAt, isVerb, noFactClause } from './groups';
import { NOUN_FRAMES } from './lexicon';
import { listRight } from './lists';
import type { Unit } from './units';
import { formsOf } from '../nlp';

/** Prepositions of time that tie a fight to the clause before them. */
const TIME_PREPS = new Set(['after', 'following', 'during', 'amid', 'amidst', 'in']);
/** "were involved in clashes with Y": a passive that still tells the subject fought. */
const ENGAGED = new Set(['involved', 'engaged', 'locked', 'embroiled']);
/**
 * Nouns of an event of their own between the verb and the fight: in "X responded to the death of
 * its commander during clashes with Y" the fight is the commander's, not X's.
 */
const OWN_EVENTS = new Set(
  'death deaths killing killings loss losses capture arrest kidnapping release funeral'.split(' '),
);
/** Verbs of speech and judgment: "X condemned the raid after clashes with Y" is no fight of X's. */
const SPOKEN = formsOf(
  'say state announce add confirm report claim insist tell note stress warn deny condemn criticize criticise accuse urge call demand protest praise welcome blame',
);
/** Nouns of a fight between two sides. */
const FIGHT_NOUNS = new Set(
  'clash clashes fight fighting battle battles gunbattle gunbattles firefight firefights gunfight gunfights shootout skirmish skirmishes'.split(
    ' ',
  ),
);
/** "two days of", "several hours of": how long the fight lasted. */
const SPANS = new Set([
  'hour',
  'hours',
  'day',
  'days',
  'week',
  'weeks',
  'month',
  'months',
  'night',
  'nights',
]);
/** Organizations that fight: armed groups, armies, state forces. */
const FIGHTING_KINDS = new Set(['armed_group', 'military', 'government']);
/** How far back the clause's verb may stand from the preposition. */
const CLAUSE_REACH = 16;

/**
 * The subject fights with its own arms: an armed group or an army named, or a country's name on
 * its troops ("Xian troops"); a bare country may only have signed or spoken ("X and Y signed a
 * deal after clashes with Z").
 */
const armed = (u: Unit, next: Unit | undefined): boolean =>
  (!!u.serving && !!next && !next.entity && ARMED_HEADS.has(next.lower)) ||
  (u.entity?.type === 'Organization' && ['armed_group', 'military'].includes(u.entity.category ?? ''));
/** Heads of people under arms: "Xian troops" fight, "Xian officials" or "diplomats" do not. */
const ARMED_HEADS = new Set(
  'soldiers troops forces army military police policemen marines sailors guards peacekeepers fighters militants rebels units'.split(
    ' ',
  ),
);

const fights = (u: Unit): boolean =>
  u.entity?.type === 'Country' ||
  (u.entity?.type === 'Organization' && FIGHTING_KINDS.has(u.entity.category ?? ''));

/** "fierce", "heavy", "10-hour", "gun": a word of kind or length before the fight's noun. */
const qualifier = (u: Unit | undefined): boolean =>
  !!u &&
  !u.entity &&
  !u.punct &&
  !FIGHT_NOUNS.has(u.lower) &&
  (u.lower === 'gun' || u.tags.has('Adjective') || u.tags.has('Hyphenated') || u.tags.has('Value'));

/** The fight's noun after the preposition at `i`, past a span, an article and qualifiers. */
function fightNounAfter(units: Unit[], i: number): number | undefined {
  let k = i + 1;
  if (
    units[k]?.tags.has('Value') &&
    SPANS.has(units[k + 1]?.lower ?? '') &&
    units[k + 2]?.lower === 'of' &&
    !units[k].punct &&
    !units[k + 1].punct
  )
    k += 3;
  if (['a', 'an', 'the'].includes(units[k]?.lower ?? '')) k++;
  for (let n = 0; n < 3 && qualifier(units[k]); n++) k++;
  const noun = units[k];
  if (!noun || noun.entity || noun.punct || !FIGHT_NOUNS.has(noun.lower)) return undefined;
  return units[k + 1]?.lower === 'with' && !units[k + 1].entity ? k : undefined;
}

/** The verb of the clause the preposition at `i` closes on: the nearest verb, no clause break between. */
function clauseVerbBefore(units: Unit[], i: number): number | undefined {
  for (let m = i - 1; m >= 0 && i - m <= CLAUSE_REACH; m--) {
    const u = units[m];
    // (a comma right before the preposition still ties it to the clause)
    if (u.punct && !(m === i - 1 && u.punct === ',')) return undefined;
    if (!u.entity && OWN_EVENTS.has(u.lower)) return undefined;
    if (isVerb(u)) return SPOKEN.has(u.lower) ? undefined : m;
  }
  return undefined;
}

export function readFoughtWith(units: Unit[]): Candidate[] {
  const frame = NOUN_FRAMES.get('clashes')?.find((f) => f.id === 'noun:clashes-between');
  if (!frame) return [];
  const out: Candidate[] = [];
  for (let i = 1; i < units.length; i++) {
    const p = units[i];
    if (p.entity || p.punct || !TIME_PREPS.has(p.lower)) continue;
    const k = fightNounAfter(units, i);
    if (k === undefined) continue;
    const others = listRight(units, k + 2).filter(fights);
    if (!others.length) continue;
    const v = clauseVerbBefore(units, i);
    if (v === undefined) continue;
    const g = groupAt(units, v);
    // "X was killed during clashes with Y" is the dead's (./killed-in.ts); "X were involved in
    // clashes with Y" is X's
    if (g.mood !== 'fact' || (g.passive && !ENGAGED.has(units[v].lower))) continue;
    const left = leftActors(units, g.start) ?? coordinatedActors(units, g.start);
    if (!left || noFactClause(units, left.at)) continue;
    out.push(
      ...facts(
        left.actors.filter((a) => armed(a, units[units.indexOf(a) + 1])),
        others,
        'ATTACKED',
        frame,
        ':fought-with',
      ),
    );
  }
  return out;
}
