// The fallen of the article's fight: dead told with no author, after (or beside) a fight whose two
// sides the article has named. "X attacked Yian troops at the base. 11 troops were killed and 15
// wounded", "X fighters and Yian soldiers clashed … At least five militants died in the fighting",
// "Y's forces killed 140 X militants … Several troops have also been reported killed": the side the
// dead belong to (a country's soldiers or police, an armed group's fighters) was killed by the other
// side of the fight (rounds 9, 11 and 12: a skirmish with dead on both sides is ATTACKED and KILLED
// both ways; soldiers killed are their country's loss). The side is read from the dead's own words:
// a name on them ("Yian soldiers", "X militants": ./units.ts `serving`), else their head noun — a
// state's (soldiers, troops, police) or an armed group's (militants, rebels, assailants) — matched to
// the one fight in memory between a country and an armed group. Two fights, no fight, civilians,
// a named killer ("by"), a denial, a count in doubt ("how many") or a death no fight caused ("in a
// road accident") read nothing.
import type { Entity } from '../../model';
import type { Candidate } from '../relations/apply-rules';
import type { EventMemory, Fight } from './events';
import { groupAt, isVerb, noFactClause } from './groups';
import type { Unit } from './units';
import { DEMONSTRATIVES, OWNER_PRONOUNS, SERVING_HEADS } from './words';
import { leftActors } from './actors';
import { participleActors } from './coordinated';
import { familyOfNoun, nounAuthors } from './events';
import { DEAD_COUNT_WORDS, GROUP_DEAD_HEADS, KILL_VERBS, STATE_DEAD_HEADS } from '../lexicon/event-words';

/** The words that tell the dead: "were killed", "died", "were confirmed dead", "have been slain". */
const DEATH = new Set(['killed', 'slain', 'dead', 'died']);
/** Words between the dead and the word of their death: "have also been reported killed". */
const BEFORE_DEATH = new Set(
  'have has had been were was are is be also reportedly reported confirmed later'.split(' '),
);
const BE = new Set(['been', 'were', 'was', 'are', 'is', 'be']);
/** Words that end the phrase of the dead, read leftwards: another clause opens there. */
const STOPS = new Set(['where', 'when', 'after', 'as', 'while', 'that', 'which', 'who', 'said', 'says']);
/** A state's people, unnamed (../lexicon/event-words.ts). */
export const STATE_DEAD: ReadonlySet<string> = STATE_DEAD_HEADS;
/** An armed group's people, unnamed (../lexicon/event-words.ts). */
const GROUP_DEAD = GROUP_DEAD_HEADS;
/** A count denied or in doubt: "No U.S. forces were killed", "how many rebels have been killed". */
const DOUBT = new Set(['no', 'none', 'how', 'whether', 'if', 'not']);
/** Deaths no side caused: "died in a road accident", "were killed in a helicopter crash". */
const NO_FIGHT = new Set(
  'accident accidents crash crashes collision collapse flood floods flooding earthquake storm cyclone disease illness custody stampede'.split(
    ' ',
  ),
);
/** How far after the word of death a cause may be named. */
const CAUSE_REACH = 8;
/**
 * Nouns of the fight or attack the dead fell in: "in the fighting", "in Saturday's clash",
 * "following the attack". Unnamed dead with no such cause (and no "also" adding them to the dead
 * just told) belong to a fight told in the sentence just before only: "According to sources, two
 * militants were killed" after strikes told paragraphs earlier on several groups names no side.
 */
const CAUSES = new Set(
  `fighting fight fights clash clashes battle battles skirmish skirmishes firefight gunbattle gunfight
   shootout attack attacks raid raids ambush assault strike strikes airstrike airstrikes bombing
   offensive operation`.split(/\s+/),
);
/** The confidence of a death read through the article's fight. */
const FALLEN_CONFIDENCE = 0.7;

/** The dead, read leftwards from the word before `start`: named sides and unnamed heads. */
interface Dead {
  named: Unit[];
  state: boolean;
  group: boolean;
}

function deadBefore(units: Unit[], start: number): Dead | undefined {
  const named: Unit[] = [];
  const heads: number[] = [];
  let j = start - 1;
  for (; j >= 0 && start - j <= 14; j--) {
    const u = units[j];
    // ("police" is a verb to compromise as often as a noun)
    const verb = isVerb(u) && !SERVING_HEADS.has(u.lower) && !GROUP_DEAD.has(u.lower);
    if ((u.punct && !listComma(units, j, start)) || (!u.entity && (STOPS.has(u.lower) || verb))) break;
    // "eight of his fighters", "18 of its soldiers": whose the pronoun says (./killed-in.ts reads those)
    if (!u.entity && (DOUBT.has(u.lower) || OWNER_PRONOUNS.has(u.lower))) return undefined;
    if (!u.entity) {
      if (STATE_DEAD.has(u.lower) || GROUP_DEAD.has(u.lower)) heads.push(j);
      continue;
    }
    // a name that is no side of the dead ("a Yian cameraman", "X's soldiers"): whose they are is unclear
    if (!u.serving || u.entity.type === 'Person') return undefined;
    named.push(u);
    // the head a name stands on is the name's own ("Yian soldiers", "X militants")
    while (heads.length && heads[heads.length - 1] - j <= 3) heads.pop();
  }
  // "It is not known how many …": a doubt just before the phrase
  if (units[j] && !units[j].entity && DOUBT.has(units[j].lower)) return undefined;
  if (noFactClause(units, j + 1)) return undefined;
  // "three enemy forces were killed": forces the teller calls the enemy are the other side's, the
  // band's when a state tells it, not the state's own (round 44, fresh news)
  const enemy = (h: number) => units[h - 1]?.lower === 'enemy' && !units[h - 1].entity;
  const dead: Dead = {
    named,
    state: heads.some((h) => STATE_DEAD.has(units[h].lower) && !enemy(h)),
    group: heads.some((h) => GROUP_DEAD.has(units[h].lower) || (STATE_DEAD.has(units[h].lower) && enemy(h))),
  };
  return named.length || dead.state || dead.group ? dead : undefined;
}

/** Words before a list item that make it no item of the dead: "in the clash with militants, …". */
const BEFORE_NO_ITEM = new Set([
  'with',
  'in',
  'of',
  'by',
  'against',
  'on',
  'at',
  'from',
  'during',
  'after',
  'near',
]);

/**
 * The comma on `units[j]` closes an item of the list of dead that ends at `start`: "nine militants,
 * two soldiers and a farmer died" (the item is the dead's, and an "and" follows it).
 */
function listComma(units: Unit[], j: number, start: number): boolean {
  const u = units[j];
  if (u.punct !== ',') return false;
  const item = u.entity ? !!u.serving : STATE_DEAD.has(u.lower) || GROUP_DEAD.has(u.lower);
  const before = units[j - 1];
  if (!item || (before && !before.entity && BEFORE_NO_ITEM.has(before.lower))) return false;
  return units.slice(j + 1, start).some((w) => !w.entity && w.lower === 'and');
}

/** The dead of the word of death at `i` are told with their cause, or added with "also" to the dead just told. */
function toldWithCause(units: Unit[], start: number, i: number): boolean {
  if (units.slice(start, i).some((u) => u.lower === 'also')) return true;
  for (let k = i + 1; k < units.length && k - i <= CAUSE_REACH; k++) {
    if (CAUSES.has(units[k].lower) && !units[k].entity) return true;
    if (units[k].punct === '.' || units[k].punct === ';') break;
  }
  return false;
}

/** How many words may stand between "by" and the author it names: "by the outlawed X". */
const AUTHOR_REACH = 3;

/**
 * "… died as a result of an attack on a post by ⟦X⟧": the cause noun after
 * the word of death at `i` names its own author, so the dead are no loss to the article's other
 * fights (round 47); the noun's own readers read the author.
 */
function causeAuthorNamed(units: Unit[], i: number): boolean {
  let cause = false;
  for (let k = i + 1; k < units.length; k++) {
    const u = units[k];
    if (!u.entity && CAUSES.has(u.lower)) cause = true;
    else if (cause && !u.entity && u.lower === 'by' && !u.punct && authorAfter(units, k)) return true;
    if (u.punct === '.' || u.punct === ';') break;
  }
  return false;
}

/** A named actor within AUTHOR_REACH plain words after the "by" at `k`. */
function authorAfter(units: Unit[], k: number): boolean {
  for (let j = k + 1; j < units.length && j - k <= AUTHOR_REACH; j++) {
    if (units[j].entity) return units[j].entity!.type !== 'Location';
    if (units[j].punct) return false;
  }
  return false;
}

/** Where the phrase of the dead ends for the word of death at `i`, or undefined when it tells no death. */
function deathAt(units: Unit[], i: number): number | undefined {
  const u = units[i];
  if (u.entity || !DEATH.has(u.lower)) return undefined;
  let start = i;
  while (start > 0 && BEFORE_DEATH.has(units[start - 1].lower) && !units[start - 1].entity) start--;
  if (start > 0 && units[start - 1].punct) return undefined;
  const words = units.slice(start, i).map((w) => w.lower);
  if (u.lower === 'died') {
    if (!isVerb(u) || words.some((w) => BE.has(w))) return undefined;
  } else if (!words.some((w) => BE.has(w))) return undefined;
  if (u.lower !== 'dead' && groupAt(units, i).mood !== 'fact') return undefined;
  // "were killed by X": the killer is named, and the verb's own frame reads it
  if (!u.punct && units[i + 1]?.lower === 'by') return undefined;
  for (let k = i + 1; k < units.length && k - i <= CAUSE_REACH; k++) {
    if (NO_FIGHT.has(units[k].lower)) return undefined;
    if (units[k].punct === '.' || units[k].punct === ';') break;
  }
  return start;
}

const opponentsOf = (fights: Fight[], side: Entity): Entity[] => {
  const out = new Map<string, Entity>();
  for (const f of fights) {
    if (f.by.id === side.id) out.set(f.on.id, f.on);
    if (f.on.id === side.id) out.set(f.by.id, f.by);
  }
  return [...out.values()];
};

/**
 * The one fight between a country and a body, as [country, group], when the body is an armed group;
 * none when the article tells more than one such fight (whose the dead are is then unclear).
 */
function stateAgainstGroup(fights: Fight[]): [Entity, Entity] | undefined {
  const pairs = new Map<string, [Entity, Entity]>();
  for (const f of fights) {
    const [country, body] =
      f.by.type === 'Country'
        ? [f.by, f.on]
        : f.on.type === 'Country'
          ? [f.on, f.by]
          : [undefined, undefined];
    if (country && body?.type === 'Organization') pairs.set(`${country.id}+${body.id}`, [country, body]);
  }
  const [only] = [...pairs.values()];
  return pairs.size === 1 && only[1].category === 'armed_group' ? only : undefined;
}

/** Who killed whom among the dead, by the article's fight: [killer, side of the dead] pairs. */
function killings(dead: Dead, fights: Fight[]): [Entity, Entity][] {
  const out: [Entity, Entity][] = [];
  for (const u of dead.named) {
    const others = opponentsOf(fights, u.entity!);
    if (others.length === 1) out.push([others[0], u.entity!]);
  }
  const pair = dead.state || dead.group ? stateAgainstGroup(fights) : undefined;
  if (pair && dead.state) out.push([pair[1], pair[0]]);
  if (pair && dead.group) out.push([pair[0], pair[1]]);
  return out;
}

/**
 * The two sides of a fight whose dead are listed together: exactly two named sides, one an armed
 * group and the other a state or a body that is none ("five X militants and two Yian soldiers").
 * Two states' or two groups' dead may have fallen to a third side, and read nothing.
 */
function bothSides(dead: Dead): [Entity, Entity] | undefined {
  const sides = [...new Map(dead.named.map((u) => [u.entity!.id, u.entity!])).values()];
  if (sides.length !== 2) return undefined;
  const armed = sides.filter((e) => e.category === 'armed_group');
  const other = sides.find((e) => e.category !== 'armed_group');
  return armed.length === 1 && other ? [armed[0], other] : undefined;
}

/** Each side of a fight with dead on both killed (and attacked) the other, unless already read. */
function mutualFacts([group, state]: [Entity, Entity], found: Candidate[]): Candidate[] {
  const out: Candidate[] = [];
  for (const [killer, side] of [
    [group, state],
    [state, group],
  ] as const) {
    if (found.some((c) => c.predicate === 'KILLED' && c.subject.id === killer.id && c.object.id === side.id))
      continue;
    for (const predicate of ['ATTACKED', 'KILLED'] as const)
      out.push(fallenFact(killer, predicate, side, 'both-sides'));
  }
  return out;
}

/** A fact of the fallen: the killer ATTACKED (or KILLED) the side whose people died. */
const fallenFact = (
  killer: Entity,
  predicate: 'ATTACKED' | 'KILLED',
  side: Entity,
  how: string,
): Candidate => ({
  subject: killer,
  predicate,
  object: side,
  confidence: FALLEN_CONFIDENCE,
  reason: `frame:fallen:${how}${predicate === 'KILLED' ? ':serving' : ''} via event:fight`,
  inferredObject: false,
});

/**
 * KILLED (and ATTACKED, as for any side's dead) for the dead of this sentence that no fact of it
 * (`found`) gives a killer, from the fights the article told up to and in this sentence.
 */
export function readFallen(units: Unit[], found: Candidate[], events: EventMemory): Candidate[] {
  const out: Candidate[] = [];
  for (let i = 1; i < units.length; i++) {
    const start = deathAt(units, i);
    if (start === undefined) continue;
    const dead = deadBefore(units, start);
    if (!dead || causeAuthorNamed(units, i)) continue;
    // "three X militants and one Yian soldier were killed in clashes": each side killed the other
    const mutual = toldWithCause(units, start, i) ? bothSides(dead) : undefined;
    if (mutual) {
      out.push(...mutualFacts(mutual, found));
      continue;
    }
    const how = dead.named.length ? 'named' : 'unnamed';
    const near = dead.named.length || toldWithCause(units, start, i) ? undefined : 1;
    for (const [killer, side] of killings(dead, events.fightsNear(found, near))) {
      if (found.some((c) => c.predicate === 'KILLED' && c.object.id === side.id)) continue;
      for (const predicate of ['ATTACKED', 'KILLED'] as const)
        out.push(fallenFact(killer, predicate, side, how));
    }
  }
  return out.filter(
    (c) =>
      !found.some(
        (f) => f.predicate === c.predicate && f.subject.id === c.subject.id && f.object.id === c.object.id,
      ),
  );
}

/** How many sentences back the killer's fight may lie: one story (the event memory's reach). */
const KILLER_REACH = 12;

/**
 * The head of the unnamed dead that the active verb of killing at `i` takes as its object: a count
 * and a head of `heads` ("killed one (1) terrorist", "killed at least 13 militants"); undefined when
 * a name stands on them (the verb's own frame reads it) or no count opens the phrase.
 */
function unnamedObject(units: Unit[], i: number, heads: ReadonlySet<string>): number | undefined {
  let counted = false;
  for (let k = i + 1; k < units.length && k - i <= 6; k++) {
    const u = units[k];
    if (u.entity) return undefined;
    // ("50 soldiers from Y", "militants of X": the dead named after their head are the verb's own to read)
    if (heads.has(u.lower))
      return counted && !(u.punct === '' && ['from', 'of'].includes(units[k + 1]?.lower ?? ''))
        ? k
        : undefined;
    const number = u.tags.has('Value') || /^\(?\d+\)?$/.test(u.lower);
    if (!number && !DEAD_COUNT_WORDS.has(u.lower)) return undefined;
    counted ||= number;
    if (u.punct && !/^\)$/.test(u.punct)) return undefined;
  }
  return undefined;
}

/**
 * The killers of the active verb at `i`: its named subject (countries and bodies), or the author of
 * the act noun before it — on the noun ("X's strike"), or, for a definite noun with no author in
 * the sentence, the one author of that kind of act the article told (./events.ts `recall`: "U.S.
 * forces conducted an airstrike … this airstrike killed one terrorist").
 */
function killersAt(units: Unit[], start: number, events: EventMemory): { killers: Unit[]; how: string } {
  // ", killing four militants": a participle tells what the clause's subject did (./coordinated.ts)
  const left = units[start].lower === 'killing' ? participleActors(units, start) : leftActors(units, start);
  if (left?.actors.length) return { killers: left.actors, how: 'named' };
  if (units[start].lower === 'killing') return { killers: [], how: 'participle' };
  const noun = units[start - 1];
  if (!noun || noun.punct || familyOfNoun(noun) !== 'attack' || !noun.tags.has('Noun'))
    return { killers: [], how: '' };
  const own = nounAuthors(units, start - 1);
  if (own.length) return { killers: own, how: 'act-noun' };
  for (let d = start - 2; d >= 0 && start - 1 - d <= 3; d--) {
    if (units[d].entity || units[d].punct) break;
    if (DEMONSTRATIVES.has(units[d].lower)) return { killers: events.recall(units, d), how: 'recalled' };
  }
  return { killers: [], how: '' };
}

/**
 * "this airstrike killed one (1) terrorist", "X's forces have killed 13 militants", "the troops
 * killed 13 militants": a killer told (or recalled) and unnamed dead of an armed group (or of a
 * state). The dead are the side the killer fought in the article: the one armed group the killer
 * attacked or was attacked by within KILLER_REACH sentences — for an unnamed state's force ("the
 * troops"), the one fight between a country and an armed group. Two such groups, or none, read
 * nothing; so does a killer that is the dead's own side.
 */
export function readUnnamedDead(units: Unit[], found: Candidate[], events: EventMemory): Candidate[] {
  const out: Candidate[] = [];
  for (let i = 1; i < units.length; i++) {
    const u = units[i];
    // (a participle after the clause's comma, whatever compromise tags it)
    const participle = u.lower === 'killing' && units[i - 1].punct === ',';
    if (u.entity || !KILL_VERBS.has(u.lower) || (u.lower === 'killing' ? !participle : !isVerb(u))) continue;
    const g = groupAt(units, i);
    if (g.passive || g.mood !== 'fact' || noFactClause(units, g.start)) continue;
    const groupDead = unnamedObject(units, i, GROUP_DEAD) !== undefined;
    const stateDead = !groupDead && unnamedObject(units, i, STATE_DEAD) !== undefined;
    if (!groupDead && !stateDead) continue;
    const pairs: [Entity, Entity, string][] = [];
    const { killers, how } = killersAt(units, g.start, events);
    // the killer's fight told in this sentence ("X attacked a Y base, killing 50 soldiers") is the
    // one the dead fell in; else the article's fights within reach
    const ids = new Set(killers.map((k) => k.entity!.id));
    const here = events.fightsNear(found, 0).filter((f) => ids.has(f.by.id) || ids.has(f.on.id));
    const fights = here.length ? here : events.fightsNear(found, KILLER_REACH);
    if (killers.length) {
      // the dead are the body's (or, for soldiers and police, the country's) the killer fought: the
      // one such opponent, and for a group's dead an armed group
      const sides = new Map<string, Entity>();
      for (const k of killers)
        for (const o of opponentsOf(fights, k.entity!))
          if (
            o.type === (groupDead ? 'Organization' : 'Country') &&
            !killers.some((x) => x.entity!.id === o.id)
          )
            sides.set(o.id, o);
      const [side] = [...sides.values()];
      // a country's unnamed soldiers are its own only when an armed group killed them: after a
      // state's strike they may be anyone's (round 19, ./killing-its-own.test.ts)
      const armed = (e: Entity) => e.category === 'armed_group';
      if (sides.size === 1 && (groupDead ? armed(side) : killers.every((k) => armed(k.entity!))))
        for (const k of killers) pairs.push([k.entity!, side, how]);
    } else if (!how) {
      // "the troops killed 13 militants", "militants killed six soldiers": both sides unnamed
      const head = units[g.start - 1];
      const pair = stateAgainstGroup(fights);
      const subjectState = !!head && !head.entity && STATE_DEAD.has(head.lower);
      const subjectGroup = !!head && !head.entity && GROUP_DEAD.has(head.lower);
      if (pair && groupDead && subjectState) pairs.push([pair[0], pair[1], 'unnamed']);
      if (pair && stateDead && subjectGroup) pairs.push([pair[1], pair[0], 'unnamed']);
    }
    for (const [killer, side, via] of pairs) {
      if (found.some((c) => c.predicate === 'KILLED' && c.object.id === side.id)) continue;
      for (const predicate of ['ATTACKED', 'KILLED'] as const)
        out.push({
          subject: killer,
          predicate,
          object: side,
          confidence: FALLEN_CONFIDENCE,
          reason: `frame:unnamed-dead:${via}${predicate === 'KILLED' ? ':serving' : ''} via event:fight`,
          inferredObject: false,
        });
    }
  }
  return out.filter(
    (c, n) =>
      !found.some(
        (f) => f.predicate === c.predicate && f.subject.id === c.subject.id && f.object.id === c.object.id,
      ) &&
      out.findIndex(
        (d) => d.predicate === c.predicate && d.subject.id === c.subject.id && d.object.id === c.object.id,
      ) === n,
  );
}
