// An ally named inside a noun phrase, with its owner written before the role noun rather than as
// a possessive (round 49): "troops from Xian ally Y", "X and its ally Y", "Y has been a key Xian
// ally", "Y, a close X ally,". Each gives Y SUPPORTS X, and, between two states or groups, X SUPPORTS
// Y as well (test/gold/README.md: an alliance between two states is listed both ways; the shared
// `roleFacts` of ./roles.ts). The role nouns are the ally nouns of the `role:ally-of` record.
// Not read here: "Y's ally X" and "X, an ally of Y" (./roles.ts), an alliance's name before the
// noun ("NATO ally X" is membership: `allianceMembers` in ./roles.ts), a former ally.
import type { Candidate } from '../relations/apply-rules';
import { FRAMES, MIN_CONFIDENCE } from './lexicon';
import { listRight } from './lists';
import { roleFacts } from './roles';
import type { Unit } from './units';
import { ALLY_NOUNS, BE, FORMER_ROLES } from './words';

const ALLY_FRAME = FRAMES.find(
  (f) => f.kind === 'role' && f.confidence >= MIN_CONFIDENCE && f.nouns?.some((n) => ALLY_NOUNS.has(n)),
);

/** Sides that may own or hold an ally's role. */
const SIDES = new Set(['Country', 'Organization', 'Person']);
/** How many describing words may stand before the role noun: "key", "closest regional". */
const DESCRIBING_SPAN = 2;
/** Pronouns that own a role through the name joined before them: "X and its ally Y". */
const JOINED_OWNERS = new Set(['its', 'their', 'his', 'her']);

const plain = (u: Unit | undefined): u is Unit => !!u && !u.entity && !u.punct;
const side = (u: Unit | undefined): u is Unit => !!u?.entity && SIDES.has(u.entity.type);
/** The name right after the role noun at `r`, past "the": "its ally (the) Y"; its index. */
function nameAfter(units: Unit[], r: number): number | undefined {
  if (units[r].punct) return undefined;
  const k = plain(units[r + 1]) && !units[r + 1].punct && units[r + 1].lower === 'the' ? r + 2 : r + 1;
  return side(units[k]) && !units[k].possessive ? k : undefined;
}

/** A describing word before the role noun: "key", "close" (compromise tags some nouns); never "former". */
const describes = (u: Unit | undefined) =>
  plain(u) &&
  !FORMER_ROLES.has(u.lower) &&
  !ALLY_NOUNS.has(u.lower) &&
  (u.tags.has('Adjective') || u.tags.has('Noun'));

/** The ally noun after `k`, past describing words; its index. */
function allyNounFrom(units: Unit[], k: number): number | undefined {
  let r = k;
  while (r - k < DESCRIBING_SPAN && describes(units[r])) r++;
  const noun = units[r];
  return noun && !noun.entity && ALLY_NOUNS.has(noun.lower) ? r : undefined;
}

/**
 * "Xian ally Y", "X allies A and B": a name on the role noun at `r` owns it, and the names right
 * after it hold it. An organisation's name before states' names is an alliance's (membership).
 */
function alliesAfterOwner(units: Unit[], o: number, r: number): Unit[] {
  const owner = units[o];
  const k = nameAfter(units, r);
  if (k === undefined) return [];
  const holders = listRight(units, k).filter(side);
  if (owner.entity!.type === 'Organization' && holders.some((h) => h.entity!.type === 'Country')) return [];
  return holders;
}

/**
 * "Y is a Xian ally", "Y has been a key X ally", "Y, a close Xian ally,": the name the role noun at
 * `r` (owned by the name at `o`, after "a") is given to by "to be" or apposition. The noun must
 * close its phrase ("a Xian ally of Z" is read by ./roles.ts; "a Xian ally's plane" is a thing).
 */
function holderBeforeArticle(units: Unit[], o: number, r: number): Unit | undefined {
  const noun = units[r];
  if (!noun.punct && (units[r + 1]?.entity || ['of', "'s"].includes(units[r + 1]?.lower ?? '')))
    return undefined;
  // "Y, a close Xian ally": the describing words may stand before the owner's name
  let a = o - 1;
  while (o - a <= DESCRIBING_SPAN && describes(units[a])) a--;
  if (!['a', 'an'].includes(units[a]?.lower ?? '') || !plain(units[a])) return undefined;
  let h = a - 1;
  const u = units[h];
  if (side(u) && !u.possessive && u.punct === ',') return u;
  if (!plain(u) || !BE.has(u.lower)) return undefined;
  h--;
  while (plain(units[h]) && ['has', 'have', 'had', 'long', 'also', 'still', 'been'].includes(units[h].lower))
    h--;
  const subject = units[h];
  return side(subject) && !subject.possessive && !subject.punct ? subject : undefined;
}

/** "X and its ally Y": the name joined by "and" before the owning pronoun at `o`. */
function joinedOwner(units: Unit[], o: number): Unit | undefined {
  const pronoun = units[o];
  if (!pronoun || !JOINED_OWNERS.has(pronoun.lower) || pronoun.punct) return undefined;
  if (pronoun.entity && pronoun.entity.type === 'Country') return undefined; // read by ./roles.ts
  const and = units[o - 1];
  const owner = units[o - 2];
  return plain(and) && and.lower === 'and' && side(owner) && !owner.possessive && !owner.punct
    ? owner
    : undefined;
}

export function readAllyPhrases(units: Unit[]): Candidate[] {
  if (!ALLY_FRAME || !units.some((u) => !u.entity && ALLY_NOUNS.has(u.lower))) return [];
  const out: Candidate[] = [];
  for (let o = 0; o < units.length; o++) {
    const u = units[o];
    const joined = joinedOwner(units, o);
    if (joined) {
      const r = allyNounFrom(units, o + 1);
      const k = r === undefined ? undefined : nameAfter(units, r);
      if (k === undefined) continue;
      const holders = listRight(units, k).filter(side);
      out.push(...roleFacts(holders, [joined], ALLY_FRAME, ':role-joined'));
      continue;
    }
    if (!side(u) || u.possessive || u.punct || (u.entity!.type === 'Person' && !u.tags.has('ProperNoun')))
      continue;
    // "Y's Xian ally": a possessive before the name owns the role (./roles.ts)
    if (units[o - 1]?.possessive) continue;
    const r = allyNounFrom(units, o + 1);
    if (r === undefined) continue;
    const after = alliesAfterOwner(units, o, r);
    if (after.length) {
      out.push(...roleFacts(after, [u], ALLY_FRAME, ':role-before'));
      continue;
    }
    const holder = holderBeforeArticle(units, o, r);
    if (!holder || holder.entity!.id === u.entity!.id) continue;
    if (u.entity!.type === 'Organization' && holder.entity!.type === 'Country') continue;
    out.push(...roleFacts([holder], [u], ALLY_FRAME, ':role-before'));
  }
  return out;
}
