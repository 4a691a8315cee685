// The dead of a passive verb told with the act they died in: "a Y Marine was killed in an X rocket
// attack" (the attack's author killed them), "several Y troops have been killed in the fighting
// with X" (the other side of the fight did). The victims are a side's own people, never civilians.
import type { Candidate } from '../relations/apply-rules';
import { ownerSpeaker } from './actors';
import { familyOfNoun, nounAuthors, type EventMemory } from './events';
import { facts } from './facts';
import { isTime, isVerb, nextWord } from './groups';
import type { FrameRecord } from './lexicon';
import { listRight } from './lists';
import type { Unit } from './units';
import { STATE_DEAD } from './fallen';
import { MEMBER_HEADS, SERVING_HEADS } from './words';
import { onlyOrigin } from './nationals-from';

/** Where a subject phrase of victims opens: words that end the clause before it. */
const VICTIM_STOPS = new Set([
  'where',
  'when',
  'after',
  'as',
  'while',
  'that',
  'which',
  'who',
  'said',
  'says',
]);

/** "and more than 50 others were wounded": the hurt told beside the dead, before the act's "in". */
const HURT = new Set(['wounded', 'injured', 'hurt']);

/**
 * The "in" that opens the act the dead of the passive verb at `i` died in: right after the verb,
 * or after the hurt told with them ("were killed and 50 others were wounded in …", round 15).
 */
function inAfterDead(units: Unit[], i: number): number | undefined {
  if (units[i].punct) return undefined;
  let k = nextWord(units, i + 1);
  if (units[k]?.lower === 'and') {
    let h = k + 1;
    while (h - k < 8 && units[h] && !units[h].entity && !units[h].punct && !HURT.has(units[h].lower)) h++;
    if (!units[h] || !HURT.has(units[h].lower) || units[h].entity || units[h].punct || !isVerb(units[h]))
      return undefined;
    k = nextWord(units, h + 1);
  }
  // "killed during clashes with X", "died amid fighting with X" (round 25)
  return ['in', 'during', 'amid'].includes(units[k]?.lower ?? '') && !units[k].entity ? k : undefined;
}

/**
 * "a Y Marine was killed in an X rocket attack", "five Yian soldiers and militia members were
 * killed in an X attack on their positions": the author of the attack the passive verb's subject
 * died or was hurt in attacked the country the victims are named by (a demonym in the subject).
 */
export function killedInAttack(
  units: Unit[],
  i: number,
  start: number,
  frame: FrameRecord,
  events?: EventMemory,
): Candidate[] {
  if (frame.predicate !== 'KILLED' && frame.predicate !== 'ATTACKED') return [];
  if (units[i].punct) return [];
  // "was killed Sunday in a Y drone strike": the time the dead died is passed (round 16)
  let k = nextWord(units, i + 1);
  while (isTime(units[k]) && k - i <= 3) k++;
  // "was killed by a Y drone strike": the act as the passive's agent (round 25)
  if (!['in', 'by'].includes(units[k]?.lower ?? '') || units[k].entity || units[k - 1].punct) return [];
  const by = units[k].lower === 'by';
  k++;
  // ("killed by Y forces" names its agent, read by the verb's own reading)
  if (by && !['a', 'an', 'the'].includes(units[k]?.lower ?? '')) return [];
  const article = k;
  if (['a', 'an', 'the'].includes(units[k]?.lower ?? '')) k++;
  let n = k;
  while (n - k < 4 && units[n] && !units[n].punct && familyOfNoun(units[n]) !== 'attack') n++;
  // ("a drone strike in Z": compromise may tag "strike in" a phrasal verb; after an article it is the noun)
  const noun = units[n]?.tags.has('Noun') || (n > article && units[n - 1]?.lower !== 'to');
  if (familyOfNoun(units[n]) !== 'attack' || !noun) return [];
  // "24 Yian soldiers were killed in the attack": a definite attack whose author an earlier
  // sentence told, from the article's event memory (round 16)
  // ("in attacks by X": compromise may tag the plural a verb, whose "by" the noun's reading misses)
  const own =
    nounAuthors(units, n).length || units[n].punct || units[n + 1]?.lower !== 'by'
      ? nounAuthors(units, n)
      : listRight(units, n + 2).filter((a) => a.entity!.type !== 'Location');
  const authors = own.length || !events ? own : events.recall(units, article);
  if (!authors.length) return [];
  const via = own.length ? '' : ' via event:attack';
  const victims: Unit[] = appositionVictims(units, start);
  let unnamed = false;
  let owner: number | undefined;
  let members = false;
  let j = victims.length ? -1 : start - 1;
  for (; j >= 0 && start - j <= 10; j--) {
    const u = units[j];
    // ("police" is a verb to compromise as often as a noun: "12 Yian police officers died")
    if (u.punct || (!u.entity && (VICTIM_STOPS.has(u.lower) || (isVerb(u) && !SERVING_HEADS.has(u.lower)))))
      break;
    const owned = ownerOfDead(units, j);
    if (owned) {
      owner = j;
      members = owned.members;
    }
    if (u.entity?.type === 'Country' && !u.possessive && !onlyOrigin(units, j)) victims.unshift(u);
    // "two X fighters were killed in a Y airstrike": an armed group's own people
    else if (u.entity?.category === 'armed_group' && u.serving && !u.possessive) victims.unshift(u);
    // "Z was killed in a Y drone strike": the person the passive is about
    else if (u.entity?.type === 'Person' && j === start - 1 && !u.possessive) victims.unshift(u);
    if (!u.entity && STATE_DEAD.has(u.lower)) unnamed = true;
  }
  // "dozens of security forces were killed in Y in attacks by X": a state's people with no name on
  // them, dead in the country named where they died, are its own
  const diedIn = units
    .slice(article - 1, n)
    .find((u, m, near) => countryBetween(u, near[m - 1], near[m + 1]));
  if (!victims.length && unnamed && diedIn) victims.push({ ...diedIn, serving: true });
  // "X says three of its fighters died in a Y raid": the speaker's own people (round 38)
  if (!victims.length && owner !== undefined) victims.push(...speakersDead(units, owner, j + 1, members));
  // "X, the Y commander for the north, who was killed in a Z strike": the person the clause is about
  if (!victims.length && RELATIVE.has(units[j]?.lower ?? '') && start === j + 1)
    victims.push(...relativeVictim(units, j));
  // "killed in a Y attack (on a base) in the northern city of Z": the place the attack struck
  const place = struckPlace(units, n);
  return [
    ...facts(authors, victims, frame.predicate, frame, `:killed-in-attack${via}`),
    ...(place ? facts(authors, [place], 'ATTACKED', frame, `:killed-in-attack:place${via}`) : []),
  ];
}

/** "the northern city of", "the province of": the words that lead to a place's name after "in". */
const WHERE_WORDS =
  /^(?:the|far|central|(?:north|south)(?:east|west)?(?:ern)?|(?:east|west)(?:ern)?|city|town|village|province|region|district|county|state|of)$/;
/** The kinds of place that make the name after them a town or region the attack struck. */
const SETTLEMENTS = new Set('city town village province region district county state'.split(' '));

/**
 * The town or region the attack noun at `n` struck, named with its kind after "in" past the
 * attack's phrase ("an X attack on a base in the northern city of Z"), before the clause closes;
 * none when a verb or a comma comes first. A bare "in Z" is where the attack happened, a country or
 * a territory as often as a town (the gold reads "strikes in Y" as where), so it names nothing.
 */
function struckPlace(units: Unit[], n: number): Unit | undefined {
  for (let t = n + 1; t < units.length && t - n <= 10; t++) {
    if (units[t - 1].punct || units[t].entity) return undefined;
    // ("in" after "strike" may be tagged a particle)
    if (units[t].lower !== 'in') {
      if (isVerb(units[t])) return undefined;
      continue;
    }
    let p = t + 1;
    while (p - t <= 5 && units[p] && !units[p].entity && !units[p].punct && WHERE_WORDS.test(units[p].lower))
      p++;
    const place = units[p];
    const kind = units.slice(t + 1, p).some((u) => SETTLEMENTS.has(u.lower)) && units[p - 1].lower === 'of';
    const named = place?.entity?.type === 'Location' && !place.possessive && !place.fightersOfPlace;
    return named && kind && !units[p - 1].punct ? place : undefined;
  }
  return undefined;
}

/** "in Y in attacks": a country named between two "in"s, the place where the dead died. */
const countryBetween = (u: Unit, before: Unit | undefined, after: Unit | undefined): boolean =>
  u.entity?.type === 'Country' &&
  !u.possessive &&
  !u.punct &&
  before?.lower === 'in' &&
  after?.lower === 'in';

/**
 * "the group's leader, Z, was killed": the person named in apposition right before the passive,
 * and the group whose leader or member the apposition calls them (round 25); none without the
 * apposition's opening comma.
 */
function appositionVictims(units: Unit[], start: number): Unit[] {
  const person = units[start - 1];
  if (person?.punct !== ',' || person.entity?.type !== 'Person' || person.possessive) return [];
  let c = start - 2;
  while (c >= 0 && start - c <= 8 && !units[c].punct) c--;
  if (units[c]?.punct !== ',') return [];
  const side = units
    .slice(Math.max(0, c - 3), c + 1)
    .find(
      (u, n, near) =>
        u.entity?.type === 'Organization' &&
        u.possessive &&
        near.slice(n + 1).some((w) => !w.entity && MEMBER_HEADS.has(w.lower)),
    );
  // (the group's leader is its own: killing them kills the group's, `serving` in ./units.ts)
  return side ? [person, { ...side, serving: true }] : [person];
}

/** Relative pronouns that open a clause about the person before them. */
const RELATIVE = new Set(['who']);

/**
 * The person a relative clause at `j` is about: the name right before its comma, or before an
 * apposition between commas ("X, the Y commander for the north, who …"); a group the apposition
 * names the person a leader or member of is struck too (round 12: killing a group's commander).
 */
function relativeVictim(units: Unit[], j: number): Unit[] {
  const before = units[j - 1];
  if (before?.punct !== ',') return [];
  if (before.entity?.type === 'Person') return [before];
  let c = j - 2;
  while (c >= 0 && j - c <= 12 && !units[c].punct) c--;
  const person = units[c];
  if (person?.punct !== ',' || person.entity?.type !== 'Person') return [];
  const side = units.slice(c + 1, j).find((u, n, rest) => isSideOf(u, rest[n + 1]));
  return side ? [person, side] : [person];
}

/** "the Y commander", "a senior Y leader": a group named right before a member's head noun. */
const isSideOf = (u: Unit, next: Unit | undefined): boolean =>
  u.entity?.type === 'Organization' &&
  !u.possessive &&
  !!next &&
  !next.entity &&
  MEMBER_HEADS.has(next.lower);

/** Nouns of a fight that people die in: "killed in the fighting with X", "killed in the skirmish". */
const FIGHTS = new Set(
  'fighting clashes clash skirmish skirmishes battle battles firefight gunbattle exchange'.split(' '),
);

/**
 * A word of kind or length before a fight's noun: "the heavy fighting", "a 10-hour firefight",
 * "a fierce two-day battle" (compromise splits "10-hour" into two hyphenated terms).
 */
const fightQualifier = (u: Unit | undefined): boolean =>
  !!u &&
  !u.entity &&
  !u.punct &&
  !FIGHTS.has(u.lower) &&
  (u.tags.has('Adjective') || u.tags.has('Hyphenated') || u.tags.has('Value'));

/**
 * "several government troops, including a commander, have been killed in the fighting with X":
 * the other side of a fight killed the victims' side, and the two fought each other (rounds 9
 * and 11); "16 X rebels and one Yian soldier were killed in the skirmish": two sides among the
 * dead, each killed by the other. Victims are a side's own (./units.ts `serving`: a country's
 * soldiers, an armed group's fighters), never civilians.
 */
export function killedInFight(units: Unit[], i: number, start: number, frame: FrameRecord): Candidate[] {
  if (frame.predicate !== 'KILLED') return [];
  const at = inAfterDead(units, i);
  if (at === undefined) return [];
  let k = at + 1;
  if (['a', 'an', 'the'].includes(units[k]?.lower ?? '')) k++;
  for (let n = 0; n < 3 && fightQualifier(units[k]); n++) k++;
  if (!units[k] || units[k].entity || !FIGHTS.has(units[k].lower)) return [];
  const others = !units[k].punct && units[k + 1]?.lower === 'with' ? listRight(units, k + 2) : [];
  const victims = fallenSides(units, start);
  if (!victims.length) return [];
  if (others.length)
    return [
      ...facts(others, victims, 'KILLED', frame, ':in-fight'),
      ...facts(victims, others, 'ATTACKED', frame, ':in-fight:mutual'),
    ];
  // no "with": the dead of both sides name the two sides
  const sides = victims.filter((v, n) => victims.findIndex((w) => w.entity!.id === v.entity!.id) === n);
  if (sides.length !== 2) return [];
  return [
    ...facts([sides[0]], [sides[1]], 'KILLED', frame, ':in-fight'),
    ...facts([sides[1]], [sides[0]], 'KILLED', frame, ':in-fight'),
  ];
}

/**
 * The sides whose own people form the passive subject ending before `start`: serving units, back
 * to the clause's opening, past an aside "…, including a senior commander, …"; or, for "X said
 * that 18 of its soldiers were killed", the speaker whose soldiers they are (round 15).
 */
function fallenSides(units: Unit[], start: number): Unit[] {
  const out: Unit[] = [];
  let j = start - 1;
  // ", including a senior commander," between the subject and its verb
  if (units[j]?.punct === ',') {
    let c = j - 1;
    while (c >= 0 && j - c <= 8 && !units[c].punct) c--;
    if (units[c]?.punct !== ',' || units[c + 1]?.lower !== 'including') return [];
    j = c;
    if (units[j].serving) out.unshift(units[j]);
    j--;
  }
  let owner: number | undefined;
  let members = false;
  for (; j >= 0 && start - j <= 14; j--) {
    const u = units[j];
    if (u.punct || (!u.entity && (VICTIM_STOPS.has(u.lower) || isVerb(u)))) break;
    if (u.serving) out.unshift(u);
    const owned = ownerOfDead(units, j);
    if (owned) {
      owner = j;
      members = owned.members;
    }
  }
  if (out.length || owner === undefined) return out;
  return speakersDead(units, owner, j + 1, members);
}

/**
 * The bodies whose people "its soldiers" (or "their troops") at `owner` are, in a reported clause
 * opening at `clause`: the speaker's, as "Yian soldiers" are the country's (round 15). "its
 * members", "its fighters" (`members`) are an armed group's own only (round 38: "X says three of its
 * fighters died in a Y raid").
 */
function speakersDead(units: Unit[], owner: number, clause: number, members: boolean): Unit[] {
  const speaker = ownerSpeaker(units, owner, clause);
  const bodies =
    speaker?.actors.filter(
      (a) => a.entity && a.entity.type !== 'Person' && (!members || a.entity.category === 'armed_group'),
    ) ?? [];
  return bodies.map((a) => ({ ...a, serving: true }));
}

/** Whether `u` is "its" or "their" before the head of a side's own people (`members`: a group's, not a state's). */
function ownerOfDead(units: Unit[], j: number): { members: boolean } | undefined {
  const u = units[j];
  const head = units[j + 1]?.lower ?? '';
  if (!OWNERS.has(u.lower) || u.entity) return undefined;
  if (SERVING_HEADS.has(head)) return { members: false };
  return MEMBER_HEADS.has(head) ? { members: true } : undefined;
}

/** "its soldiers", "their troops": people of an owner a pronoun names. */
const OWNERS = new Set(['its', 'their']);
