// A name given a role toward another by apposition or "to be": "X, Y's closest ally, …",
// "X - Y's closest ally -", "Y's key ally, X", "X is Y's main ally", "X, an ally of Y" give
// X SUPPORTS Y; "X, Y's partner in the coalition" gives X COOPERATED Y. The role nouns and
// their predicates are frame records of kind `role` (../lexicon/frames.json).
import type { Candidate } from '../relations/apply-rules';
import { facts } from './facts';
import { isTitle } from './title-word';
import { listLeft, listRight } from './lists';
import { FRAMES, MIN_CONFIDENCE, VERB_FRAMES, type FrameRecord } from './lexicon';
import type { Unit } from './units';
import { ALLY_NOUNS, BE, DETERMINERS, FORMER_ROLES } from './words';

const ROLE_FRAMES = new Map<string, FrameRecord>();
for (const f of FRAMES) {
  if (f.kind !== 'role' || f.confidence < MIN_CONFIDENCE) continue;
  for (const noun of f.nouns ?? []) ROLE_FRAMES.set(noun, f);
}

/** Words that may stand between an owner and its role noun: "closest", "main economic". */
const qualifies = (u: Unit | undefined) =>
  !!u &&
  !u.entity &&
  !u.punct &&
  !FORMER_ROLES.has(u.lower) &&
  (u.tags.has('Adjective') || u.tags.has('Noun'));

/**
 * A record with `qualifiers` holds only with one of them before its noun ("coalition partner") or
 * "in" after it ("partner in the government"); `from`..`r` are the words before the noun.
 */
function roleHolds(units: Unit[], from: number, r: number, frame: FrameRecord): boolean {
  if (!frame.qualifiers) return true;
  const words = units.slice(from, r).map((u) => u.lower);
  return (
    words.some((w) => frame.qualifiers!.includes(w)) || (!units[r].punct && units[r + 1]?.lower === 'in')
  );
}

/** "our" and "its", read as a country, own a role as "Y's" does ("our NATO ally X", round 30). */
const OWNER_PRONOUNS = new Set(['our', 'its', 'their']);
const isOwner = (u: Unit | undefined) =>
  !!u?.entity && !u.punct && (u.possessive || (OWNER_PRONOUNS.has(u.lower) && u.entity.type === 'Country'));

/**
 * "Y … X, its best ally": "its" (left unread by the coreference step) at `o`, after a country X
 * and its comma, before an ally noun; the owner is the nearest country named before X.
 */
function pronounOwnerAlly(units: Unit[], o: number): { holder: Unit; owner: Unit } | undefined {
  const u = units[o];
  if (!u || u.entity || !['its', 'their'].includes(u.lower)) return undefined;
  let r = o + 1;
  while (r - o <= 3 && qualifies(units[r]) && !ALLY_NOUNS.has(units[r].lower)) r++;
  if (!ALLY_NOUNS.has(units[r]?.lower ?? '') || units[r].entity) return undefined;
  const holder = units[o - 1];
  if (holder?.entity?.type !== 'Country' || holder.possessive || holder.punct !== ',') return undefined;
  for (let j = o - 2; j >= 0; j--) {
    const c = units[j];
    if (/[.;:]/.test(c.punct)) return undefined;
    if (c.entity?.type === 'Country' && c.entity.id !== holder.entity.id) return { holder, owner: c };
  }
  return undefined;
}

/** An alliance's name before its role noun: "Y's NATO ally X" (round 30). */
const alliance = (u: Unit | undefined) =>
  !!u?.entity && u.entity.type === 'Organization' && !u.possessive && !u.punct;

/** The role noun after an owner "Y's" at `o`, skipping up to three qualifiers; its index. */
function roleAfterOwner(units: Unit[], o: number): number | undefined {
  if (!isOwner(units[o])) return undefined;
  let r = o + 1;
  while (r - o <= 3 && (qualifies(units[r]) || alliance(units[r])) && !ROLE_FRAMES.has(units[r].lower)) r++;
  return ROLE_FRAMES.has(units[r]?.lower ?? '') ? r : undefined;
}

/** The name a role noun at `r` is given to by apposition or "to be", looking left from `o`. */
function holderBefore(units: Unit[], o: number): Unit | undefined {
  let h = o - 1;
  while (units[h] && !units[h].entity && DETERMINERS.has(units[h].lower) && !units[h].punct) h--;
  const u = units[h];
  if (!u) return undefined;
  // "X, Y's ally" / "X - Y's ally -"
  if (u.entity && !u.possessive && h === o - 1 && (u.punct === ',' || u.dash)) return u;
  // "X is Y's ally", "X has long been Y's ally"
  if (!u.entity && BE.has(u.lower) && !u.punct) {
    let s = h - 1;
    while (
      units[s] &&
      !units[s].entity &&
      !units[s].punct &&
      ['has', 'have', 'had', 'long', 'also', 'still'].includes(units[s].lower)
    )
      s--;
    const subject = units[s];
    return subject?.entity && !subject.possessive && !subject.punct ? subject : undefined;
  }
  return undefined;
}

/** The role noun after a name that modifies it ("other Y allies"), skipping up to three qualifiers; its index. */
function roleAfterModifier(units: Unit[], o: number): number | undefined {
  if (!units[o]?.entity || units[o].possessive || units[o].punct) return undefined;
  let r = o + 1;
  while (r - o <= 3 && qualifies(units[r]) && !ROLE_FRAMES.has(units[r].lower)) r++;
  return ROLE_FRAMES.has(units[r]?.lower ?? '') ? r : undefined;
}

/** "Y's allies such as A and B", "Y allies, including A and B": the names the role noun at `r` lists. */
function listedHolders(units: Unit[], r: number): Unit[] {
  if (units[r].punct && units[r].punct !== ',') return [];
  const k = units[r + 1]?.lower === 'such' && units[r + 2]?.lower === 'as' ? r + 3 : r + 2;
  return k === r + 3 || ['including', 'like'].includes(units[r + 1]?.lower ?? '') ? listRight(units, k) : [];
}

/**
 * "(Y's) NATO ally X", "NATO allies A and B", "X, a fellow NATO ally,": the names an alliance's role
 * noun at `r` (after the alliance at `r - 1`) gives, after it or by apposition before it (round 30).
 */
function allianceMembers(units: Unit[], r: number): Unit[] {
  const noun = units[r];
  if (!noun || noun.entity || !ALLY_NOUNS.has(noun.lower) || !alliance(units[r - 1])) return [];
  if (!noun.punct || noun.punct === ',') {
    // "our NATO ally and EU partner X": past the second role to the name (round 44)
    const at = noun.punct ? r + 1 : pastSecondRole(units, r + 1);
    const named = units[at]?.entity && !units[at].possessive ? listRight(units, at) : [];
    if (named.length) return named.filter((u) => u.entity!.type === 'Country');
  }
  // "X, a (fellow) NATO ally," / "X is a NATO ally"
  let d = r - 2;
  if (units[d]?.lower === 'fellow' && !units[d].entity) d--;
  const standing = membersStandingAs(units, r, ['a', 'an'].includes(units[d]?.lower ?? '') ? d - 1 : d);
  if (standing.length) return standing;
  if (!['a', 'an'].includes(units[d]?.lower ?? '') || units[d].entity) return [];
  const holder = units[d - 1];
  if (holder?.entity?.type === 'Country' && !holder.possessive && holder.punct === ',') return [holder];
  const be = units[d - 1];
  const subject = units[d - 2];
  return be && !be.entity && BE.has(be.lower) && subject?.entity?.type === 'Country' && !subject.punct
    ? [subject]
    : [];
}

/**
 * "A and B stand united as NATO allies", "Y's solidarity as a NATO ally": the states before "as"
 * at `a`, past up to three plain words, hold the role (round 44). The role must close its phrase
 * ("as NATO allies watched" makes the allies another's subject) and no act against someone may
 * stand between ("Y struck X as NATO allies …").
 */
function membersStandingAs(units: Unit[], r: number, a: number): Unit[] {
  const next = units[r + 1];
  if (units[a]?.lower !== 'as' || units[a].entity || units[a].punct) return [];
  if (!units[r].punct && next && !next.entity && !STANDING_AFTER.has(next.lower)) return [];
  let k = a - 1;
  while (
    a - k <= 3 &&
    units[k] &&
    !units[k].entity &&
    !units[k].punct &&
    !VERB_FRAMES.get(units[k].lower)?.some((f) => HOSTILE.has(f.predicate))
  )
    k--;
  const holder = units[k];
  if (holder?.entity?.type !== 'Country' || holder.punct) return [];
  if (holder.possessive) return [holder];
  return listLeft(units, k).actors.filter((u) => u.entity?.type === 'Country');
}

/** Words that may follow a role that closes its phrase: "as NATO allies in support of Y". */
const STANDING_AFTER = new Set(['in', 'and', 'to', 'for', 'against', 'of', 'with', 'on']);

/** Sides that ally as peers: states and organisations (a person is a follower, not a peer). */
const PEERS = new Set(['Country', 'Organization']);

/**
 * The role's facts, holders toward owners; an alliance between two states or groups is listed both
 * ways ("X, Y's closest ally" gives Y SUPPORTS X too: test/gold/README.md, round 42); a person's
 * role toward another ("X is an ally of President Y") and a list of allies stay one-way.
 */
export function roleFacts(holders: Unit[], owners: Unit[], frame: FrameRecord, how: string): Candidate[] {
  const out = facts(holders, owners, frame.predicate, frame, how);
  // "other Y allies such as A and B" lists A and B among Y's allies, one way (test/gold/README.md)
  if (!frame.nouns?.some((n) => ALLY_NOUNS.has(n)) || how === ':role-list') return out;
  const peers = (us: Unit[]) => us.filter((u) => PEERS.has(u.entity!.type));
  out.push(...facts(peers(owners), peers(holders), frame.predicate, frame, `${how}:mutual`));
  return out;
}

/**
 * "X stands with our Yian allies", "X supports our NATO ally Y", "threatens X; our allies, A and
 * B": an "our" the coreference step left unread, outside quotation, owned by the nearest country
 * named before it in the sentence (a release's own state, round 43). Undefined when none.
 */
function ourOwner(units: Unit[], o: number): Unit | undefined {
  const u = units[o];
  if (!u || u.entity || u.lower !== 'our') return undefined;
  for (let j = o - 1; j >= 0; j--) {
    const c = units[j];
    // "Y fired missiles toward our allies": a country whose hostile act comes between is no owner
    if (!c.entity && VERB_FRAMES.get(c.lower)?.some((f) => HOSTILE.has(f.predicate))) return undefined;
    if (c.entity?.type === 'Country') return c.possessive ? undefined : c;
    if (c.entity || /[.:"“”]/.test(c.punct)) return undefined;
  }
  return undefined;
}

/** Predicates of acts against someone: a country doing one toward "our allies" is not their friend. */
const HOSTILE = new Set(['ATTACKED', 'KILLED', 'THREATENED', 'CRITICIZED', 'SANCTIONED']);

/** The allies "our" at `o` names: "our Yian allies", "our (NATO) ally Y", "our allies, A and B". */
function ourAllies(units: Unit[], o: number): { holders: Unit[]; noun: Unit } | undefined {
  const demonym = units[o + 1];
  const after = units[o + 2];
  if (demonym?.entity?.type === 'Country' && !demonym.possessive && !demonym.punct && after && !after.entity)
    return ALLY_NOUNS.has(after.lower) ? { holders: [demonym], noun: after } : undefined;
  let r = o + 1;
  while (r - o <= 3 && (qualifies(units[r]) || alliance(units[r])) && !ALLY_NOUNS.has(units[r].lower)) r++;
  const noun = units[r];
  if (!noun || noun.entity || !ALLY_NOUNS.has(noun.lower) || (noun.punct && noun.punct !== ','))
    return undefined;
  const at = pastSecondRole(units, r + 1);
  const first = units[at];
  if (!first?.entity || first.possessive) return undefined;
  const holders = listRight(units, at).filter((h) => PEERS.has(h.entity!.type));
  return holders.length ? { holders, noun } : undefined;
}

/** "our NATO ally and EU partner Y": past a second role joined by "and" to where the name stands. */
function pastSecondRole(units: Unit[], j: number): number {
  if (units[j - 1].punct || units[j]?.lower !== 'and' || units[j].entity) return j;
  let r = j + 1;
  while (r - j <= 3 && (qualifies(units[r]) || alliance(units[r])) && !ROLE_FRAMES.has(units[r].lower)) r++;
  return ROLE_FRAMES.has(units[r]?.lower ?? '') && !units[r].entity && !units[r].punct ? r + 1 : j;
}

export function readRoles(units: Unit[]): Candidate[] {
  const out: Candidate[] = [];
  for (let o = 0; o < units.length; o++) {
    const ourState = ourOwner(units, o);
    const allies = ourState && ourAllies(units, o);
    if (ourState && allies) {
      const frame = ROLE_FRAMES.get(allies.noun.lower);
      if (frame)
        out.push(
          ...roleFacts(
            allies.holders.filter((h) => h.entity!.id !== ourState.entity!.id),
            [ourState],
            frame,
            ':role-our',
          ),
        );
      continue;
    }
    const members = allianceMembers(units, o);
    if (members.length) {
      const frame = ROLE_FRAMES.get(units[o].lower)!;
      out.push(...facts(members, [units[o - 1]], 'MEMBER_OF', frame, ':alliance'));
    }
    const m = roleAfterModifier(units, o);
    if (m !== undefined) {
      const frame = ROLE_FRAMES.get(units[m].lower)!;
      if (roleHolds(units, o + 1, m, frame))
        out.push(...roleFacts(listedHolders(units, m), [units[o]], frame, ':role-list'));
    }
    // "our Xian allies": the country written as a demonym is the owner's ally (round 30)
    const ally = units[o + 1];
    if (
      isOwner(units[o]) &&
      ally?.entity?.type === 'Country' &&
      !ally.possessive &&
      !ally.punct &&
      ALLY_NOUNS.has(units[o + 2]?.lower ?? '') &&
      !units[o + 2].entity
    ) {
      const frame = ROLE_FRAMES.get(units[o + 2].lower)!;
      out.push(...roleFacts([ally], [units[o]], frame, ':role'));
      continue;
    }
    // "the commitment of Y to X, its best ally": an unread "its" after a country's apposition is
    // the country named before it (round 30)
    const its = pronounOwnerAlly(units, o);
    if (its) {
      const frame = ROLE_FRAMES.get('ally')!;
      out.push(...roleFacts([its.holder], [its.owner], frame, ':role'));
      continue;
    }
    const r = roleAfterOwner(units, o);
    if (r !== undefined) {
      const frame = ROLE_FRAMES.get(units[r].lower)!;
      if (!roleHolds(units, o + 1, r, frame)) continue;
      const owner = units[o];
      const listed = listedHolders(units, r);
      if (listed.length) {
        out.push(...roleFacts(listed, [owner], frame, ':role-list'));
        continue;
      }
      // "X, Y's ally," before the role; else "Y's closest ally, X" after it
      const before = holderBefore(units, o);
      const after = units[r].punct === ',' || !units[r].punct ? units[r + 1] : undefined;
      const holder = before ?? (after?.entity && !after.possessive ? after : undefined);
      if (holder) out.push(...roleFacts([holder], [owner], frame, ':role'));
      continue;
    }
    // "X, an ally of Y", "X, a close ally of Y"; "X is a close ally of Y" (round 22)
    const u = units[o];
    const is = !u.punct && BE.has(units[o + 1]?.lower ?? '') && !units[o + 1].punct;
    if (!u.entity || u.possessive || (u.punct !== ',' && !is)) continue;
    let k = is ? o + 2 : o + 1;
    if (!['a', 'an', 'the'].includes(units[k]?.lower ?? '')) continue;
    k++;
    while (k - o <= 5 && qualifies(units[k]) && !ROLE_FRAMES.has(units[k].lower)) k++;
    const frame = ROLE_FRAMES.get(units[k]?.lower ?? '');
    if (!frame || units[k].punct || units[k + 1]?.lower !== 'of') continue;
    if (!roleHolds(units, o + 2, k, frame)) continue;
    // "of President Y": the title is the owner's
    let w = k + 2;
    while (w - k < 6 && units[w] && !units[w].entity && !units[w].punct && isTitle(units[w])) w++;
    // "of Xian President Y": the country on the title is the person's
    let t = w + 1;
    while (t - w < 4 && units[t] && !units[t].entity && !units[t].punct && isTitle(units[t])) t++;
    if (
      units[w]?.entity?.type === 'Country' &&
      !units[w].punct &&
      t > w + 1 &&
      units[t]?.entity?.type === 'Person'
    )
      w = t;
    const owner = units[w];
    if (owner?.entity && !owner.possessive) out.push(...roleFacts([u], [owner], frame, ':role'));
  }
  return out;
}
