// The article's event memory: a definite event noun with no author in its own sentence takes
// the author of the same kind of act stated earlier in the article. "North Korea carried out a
// missile test. … Japan called the launch a grave threat": the launch is North Korea's, so Japan
// criticised North Korea. The memory holds acts with a named author (who, which kind, where);
// a recall names an author only when one author (or list) stated that kind of act within the
// last MAX_DISTANCE sentences read, and the fact says so in its reason ("via event:launch").
// A criticism of a definite act told before any author of it waits a few sentences for a claim
// ("X condemned the ambush. … Y has claimed responsibility for the ambush": "via event:attack:claimed").
import type { Entity } from '../../model';
import type { Candidate } from '../relations/apply-rules';
import { facts } from './facts';
import type { FrameRecord } from './lexicon';
import { agentsRight, leftActors } from './actors';
import { groupAt, isTime, isVerb, noFactClause, progressiveLight } from './groups';
import type { Unit } from './units';
import { DEMONSTRATIVES, DETERMINERS, LIGHT_VERBS, OPERATION_VERBS, STATE_POST_HEADS } from './words';
import { actAuthors } from './stance';
import { listRight } from './lists';
import { ACT_FAMILIES, ATTACK_MEANS } from '../lexicon/event-words';

const FAMILY_OF_NOUN = new Map<string, string>();
const FAMILY_OF_VERB = new Map<string, string>();
for (const [family, { nouns, verbs }] of Object.entries(ACT_FAMILIES)) {
  for (const n of nouns) FAMILY_OF_NOUN.set(n, family);
  for (const v of verbs) FAMILY_OF_VERB.set(v, family);
}

/** "claimed the attack", "claimed responsibility for the attack": the claimant is the author. */
const CLAIMS = new Set(['claimed', 'claims', 'claim']);
/** "took credit / responsibility for the attack": owning up, as a claim is. */
const TAKES = new Set(['take', 'takes', 'took', 'taken', 'taking']);
/** How many sentences back a claim of an act reaches for the criticisms awaiting its author. */
const CLAIM_REACH = 3;
/**
 * How many sentences back a claim of responsibility reaches for the attacks it claims: a story
 * tells the attack, then a witness or two, then the claim (round 22).
 */
const STRUCK_REACH = 5;
const CLAIM_CONFIDENCE = 0.7;
/** Words that tell of deaths in an attack: "the deadly raid", "killing 16 soldiers". */
const DEADLY = new Set(['deadly', 'deadliest', 'killed', 'killing', 'fatal', 'dead']);
/** "rocket fire into Y", "gunfire on Y": shooting, a noun after a noun of the weapon (compromise may tag it a verb). */
const isFire = (units: Unit[], i: number) =>
  ['fire', 'gunfire'].includes(units[i].lower) &&
  !units[i].entity &&
  (units[i].tags.has('Noun') ||
    (!!units[i - 1]?.tags.has('Noun') && !units[i - 1].entity && !units[i - 1].punct));
const TARGET_PREPS = new Set(['on', 'against', 'into', 'at', 'targeting']);
const TARGET_TYPES = new Set(['Country', 'Organization']);

/**
 * The countries and bodies the attack noun at `i` names as hit: "attacks on Y's embassy", "fire
 * into Y", "a raid this week on a police garrison" (words of time may stand before the preposition).
 */
function targetsOf(units: Unit[], i: number): Unit[] {
  let p = i + 1;
  while (p - i <= 3 && !units[p - 1].punct && isTime(units[p]) && !TARGET_PREPS.has(units[p].lower)) p++;
  if (units[p - 1].punct || !TARGET_PREPS.has(units[p]?.lower ?? '')) return [];
  return listRight(units, p + 1).filter((o) => TARGET_TYPES.has(o.entity!.type));
}

/**
 * Those an active, stated verb of attack at `i` with no named subject hit: "Suicide bombers have
 * killed four police officers" (the country's, ./units.ts), "gunmen attacked a military camp".
 */
function verbTargets(units: Unit[], i: number): Unit[] {
  const g = groupAt(units, i);
  if (g.passive || g.mood !== 'fact') return [];
  return listRight(units, i + 1).filter((o) => TARGET_TYPES.has(o.entity!.type));
}

/** How many sentences back a recall may reach: one story's event, not an earlier one. */
const MAX_DISTANCE = 12;
/** Definite references to an act already told: "the launch", "this attack", "Friday's attack". */
const DEFINITE = new Set([...DEMONSTRATIVES, 'its', 'their']);
const AUTHOR_TYPES = new Set(['Person', 'Organization', 'Country']);
/** Nouns that name an act without its kind: "this move", "the step". */
export const GENERIC_ACTS: ReadonlySet<string> = new Set(['move', 'step']);

/** One side's attack on another, told in the sentence numbered `at`: the article's fight. */
export interface Fight {
  by: Entity;
  on: Entity;
  at: number;
}
/** The actors that fight: countries and bodies, not places or people. */
const FIGHT_TYPES = new Set(['Country', 'Organization']);
/** How many sentences back a death told without its killer reaches for the fight it fell in. */
const FIGHT_REACH = 4;

interface Act {
  family: string;
  authors: Unit[];
  /** The number of the sentence read when the act was stated. */
  at: number;
  /** The means it was told with ("air strikes", "fired rockets"), if any: ATTACK_MEANS. */
  means?: ReadonlySet<string>;
}

/** The means the words from `from` to `to` (inclusive) name: "rocket" in "the rocket attacks". */
function meansIn(units: Unit[], from: number, to: number): Set<string> {
  const out = new Set<string>();
  for (let i = Math.max(0, from); i <= to && i < units.length; i++) {
    const means = units[i].entity ? undefined : ATTACK_MEANS.get(units[i].lower);
    if (means) out.add(means);
  }
  return out;
}

/** How many words after an act verb may name its means: "fired two rockets", "struck with drones". */
const MEANS_AFTER_VERB = 4;

/**
 * An act recalled with a means ("the rocket attacks") is one told with that means; a recall that
 * names none takes any act of its kind. Only the words before the recalled noun name a means: "the
 * shelling", "the militia of shelling homes" recall any attack (the noun itself is the kind).
 */
function sameMeans(act: Act, means: ReadonlySet<string> | undefined): boolean {
  return !means?.size || [...means].some((m) => act.means?.has(m));
}

/** The means an attack stated at `i` is told with: on the noun's phrase, or in the words after its verb. */
function meansOfAct(units: Unit[], i: number, asNoun: boolean): Set<string> {
  if (asNoun) return meansIn(units, phraseStart(units, i), i);
  let end = i;
  while (end - i < MEANS_AFTER_VERB && units[end + 1] && !units[end + 1].punct && !units[end + 1].entity)
    end++;
  return meansIn(units, i, end);
}

/**
 * The act noun at `i` read as a noun: compromise tags it one, or it stands after a light verb
 * (and its particle), a determiner, a number or an adjective ("carried out attacks on Y",
 * "conducted three airstrikes against Y"), where compromise may read "attacks" as a verb.
 */
function actNounAt(units: Unit[], i: number): boolean {
  const u = units[i];
  if (u.tags.has('Noun')) return true;
  let j = i - 1;
  while (j >= 0 && i - j <= 4 && !units[j].entity && !units[j].punct) {
    const p = units[j];
    if (LIGHT_VERBS.has(p.lower) || DETERMINERS.has(p.lower) || p.tags.has('Value')) return true;
    if (p.lower === 'out' || p.tags.has('Adjective') || p.tags.has('Noun')) {
      j--;
      continue;
    }
    return false;
  }
  return false;
}

/** The family of the event noun at `i`, if it is one. */
export const familyOfNoun = (u: Unit | undefined): string | undefined =>
  u && !u.entity ? FAMILY_OF_NOUN.get(u.lower) : undefined;

/** Where the noun phrase ending on the head at `i` opens: back over modifiers, dates and names on it. */
function phraseStart(units: Unit[], i: number): number {
  let j = i;
  while (j > 0 && i - j < 6) {
    const p = units[j - 1];
    if ((p.punct && !/^[“”"'‘’]+$/.test(p.punct)) || progressiveLight(units, j - 1)) break;
    const modifier =
      (p.entity && (p.possessive || !p.punct)) ||
      (!p.entity &&
        !isVerb(p) &&
        (DETERMINERS.has(p.lower) ||
          p.tags.has('Adjective') ||
          p.tags.has('Noun') ||
          p.tags.has('Date') ||
          p.tags.has('Value')));
    if (!modifier) break;
    j--;
    if (DETERMINERS.has(p.lower)) break;
  }
  return j;
}

const named = (list: Unit[]) => list.filter((u) => AUTHOR_TYPES.has(u.entity?.type ?? ''));

/** Forms of "be" before "behind" that state who did an act: "X was behind the attack". */
const BEHIND_BE = new Set(['is', 'are', 'was', 'were', 'been']);

/**
 * The authors of the act the event noun at `i` names: on the phrase, after "by", a light verb's
 * subject, or the author of the acts a list opened on ("X carried out attacks, including the
 * attack that …").
 */
export function nounAuthors(units: Unit[], i: number): Unit[] {
  let start = phraseStart(units, i);
  // "announced a raft of sanctions": the act is the quantity's
  if (
    units[start - 1]?.lower === 'of' &&
    QUANTITIES.has(units[start - 2]?.lower ?? '') &&
    !units[start - 2].punct
  )
    start = phraseStart(units, start - 2);
  const own = named(actAuthors(units, start));
  if (own.length) return own;
  // "X carried out a test", "X launched an attack", "X claimed the attack"
  let j = start - 1;
  if (units[j]?.lower === 'including' && !units[j].entity) {
    let h = j - 1;
    while (
      h >= 0 &&
      j - h <= 8 &&
      units[h].punct !== '.' &&
      familyOfNoun(units[h]) !== familyOfNoun(units[i])
    )
      h--;
    return h >= 0 && familyOfNoun(units[h]) === familyOfNoun(units[i]) ? nounAuthors(units, h) : [];
  }
  if (units[j] && ['out', 'up', 'for', 'responsibility'].includes(units[j].lower)) j--;
  // "claimed responsibility for", "took credit for"
  const owned = ['responsibility', 'credit'].includes(units[j]?.lower ?? '') && !units[j].entity;
  if (owned) j--;
  // "X was behind the attack", "X said it was behind the bombing", "X was responsible for the
  // ambush": the one behind it did it
  if (
    ['behind', 'responsible'].includes(units[j]?.lower ?? '') &&
    !units[j].entity &&
    BEHIND_BE.has(units[j - 1]?.lower ?? '') &&
    !units[j - 1].punct
  )
    return verbAuthors(units, j - 1);
  const verb = units[j];
  // "is imposing sanctions": compromise may tag the "-ing" an adjective
  const verbal = isVerb(verb) || progressiveLight(units, j);
  const taken = owned && TAKES.has(verb?.lower ?? '');
  if (!verbal || verb.punct || !(LIGHT_VERBS.has(verb.lower) || CLAIMS.has(verb.lower) || taken)) return [];
  return verbAuthors(units, j);
}

/**
 * The named subject of the active, stated verb at `j`; for a passive, its agent ("were attacked
 * on Monday by X": round 16, so that a later "the attack" recalls X, not an older author).
 */
function verbAuthors(units: Unit[], j: number): Unit[] {
  const g = groupAt(units, j);
  if (g.mood !== 'fact') return [];
  if (g.passive) {
    let k = j + 1;
    while (isTime(units[k]) && k - j <= 3) k++;
    return units[k]?.lower === 'by' && !units[j].punct ? named(agentsRight(units, k + 1)) : [];
  }
  const left = leftActors(units, g.start);
  if (!left || noFactClause(units, left.at)) return [];
  return named(left.actors);
}

/** The family of legal actions: what "the complaint", "the indictment" recall. */
export const COMPLAINT = 'complaint';
/** The verb frames of a legal action against someone: charges, an indictment, a prosecution, a suit. */
export const LEGAL_VERB_FRAMES: ReadonlySet<string> = new Set(
  ['charge', 'indict', 'prosecute', 'sue'].map((lemma) => `verb:${lemma}`),
);
/** The frames that read aid given ("pledged $3 million in aid to Y", "announced assistance to Y", "sent a team to help Y"). */
const GIFT_REASON = /^frame:(?:aid:|purpose:|noun:support-for:light-verb)/;
/** The frames that read a legal action with its filer: a lawsuit, charges, an indictment. */
const LEGAL_REASON = new RegExp(
  `^frame:(noun:lawsuit-against|${[...LEGAL_VERB_FRAMES].join('|')})|:legal|:charge-with|:filing\\b`,
);

/** One memory per article: acts told so far, and the authors recalled in the sentence being read. */
export class EventMemory {
  private acts: Act[] = [];
  private read = 0;
  private recalled = new Map<string, string>();
  /** Who each sanctioner was read to sanction, and when: "X imposed sanctions on A, B". */
  private sanctioned: { by: string; target: Entity; at: number }[] = [];
  /** How often each country and body was named in the sentences read, with one of its units. */
  private named = new Map<string, { unit: Unit; n: number }>();
  /**
   * Who the attacks told without an author struck, and when: what a later claim claims; `deadly`
   * when the sentence tells of deaths ("one of the deadliest attacks on Y troops").
   */
  private struck: { targets: Unit[]; at: number; deadly: boolean; posts?: Unit[] }[] = [];
  /** The kind of definite act recalled without an author in the sentence being read ("condemned the ambush"). */
  private unowned?: string;
  /**
   * Criticisms of a definite act that had no author yet, and when: a claim of that act in one of
   * the next few sentences names whom they criticised ("X condemned the ambush. … Y has claimed
   * responsibility for the ambush").
   */
  private awaiting: { critics: Unit[]; family: string; at: number; frame: FrameRecord }[] = [];
  /** Who pleaded guilty, was charged or sentenced, and when: what an announcement recalls (./announcements.ts). */
  private accused: { unit: Unit; at: number }[] = [];
  /** Who attacked whom in the sentences read: the fight a later death without its killer fell in (./fallen.ts). */
  private fights: Fight[] = [];
  /**
   * Who announced a case whose defendant the announcing sentence does not name ("X said that a
   * Yian citizen was sentenced"), and when (./announcements.ts, round 36).
   */
  private caseAnnounced: { by: Unit[]; at: number }[] = [];
  /** The states whose courts, prosecutors or convictions the article has named (./courts.ts). */
  private courts: Unit[] = [];
  /**
   * The two sides of the last two-sided fact read between countries or bodies, and when: a
   * dealing between them ("agreements signed by X and Y") or a fight both ways ("the conflict
   * between X and Y"). What "the sides", "both parties" of a demand refer to (round 43).
   */
  private pair?: { sides: Unit[]; at: number };

  /**
   * The attacks between countries and bodies told in `here` and in the last `reach` sentences read
   * (FIGHT_REACH unless told: 1 is the sentence just before).
   */
  fightsNear(here: Candidate[], reach = FIGHT_REACH): Fight[] {
    return [...this.fights.filter((f) => this.read - f.at <= reach), ...fightsIn(here, this.read)];
  }

  /** Who was last read giving aid, and when: the giver of "the funding, provided to Y" after it (./aid.ts). */
  private gave?: { givers: Entity[]; at: number };

  /**
   * The givers of the aid told in the sentence just before this one ("X announced $3 million in
   * assistance to Y. The new funding, provided to Z, …"); none when that sentence told no gift.
   */
  lastGivers(): Entity[] {
    return this.gave && this.read - this.gave.at <= 1 ? this.gave.givers : [];
  }

  /**
   * "the two countries fought", "the two sides exchanged fire": the article's two parties, the two
   * countries (or, for `anyActor`, countries and bodies) named most often up to and in this
   * sentence; none unless both were named at least twice and no third as often as the second.
   */
  /**
   * The sides of the last two-sided fact told in the last PAIR_REACH sentences read, before this
   * one ("the conflict between X and Y … urged both sides to …"): countries, or for `anyActor`
   * bodies too. None when no such fact was read there.
   */
  recentPair(anyActor: boolean): Unit[] {
    if (!this.pair || this.read - this.pair.at > PAIR_REACH) return [];
    const kinds = anyActor ? ['Country', 'Organization'] : ['Country'];
    return this.pair.sides.every((u) => kinds.includes(u.entity!.type)) ? this.pair.sides : [];
  }

  parties(units: Unit[], anyActor: boolean): Unit[] {
    const counts = new Map(this.named);
    for (const u of units) countIn(counts, u);
    const kinds = anyActor ? ['Country', 'Organization'] : ['Country'];
    const ranked = [...counts.values()]
      .filter((c) => kinds.includes(c.unit.entity!.type))
      .sort((a, b) => b.n - a.n);
    const [first, second, third] = ranked;
    if (!second || second.n < 2 || (third && third.n >= second.n)) return [];
    return [first.unit, second.unit];
  }

  /**
   * The author of the definite, authorless event phrase opening at `k` ("the launch", "Friday's
   * attack"), from the acts told in earlier sentences: one author or list, else none.
   */
  recall(units: Unit[], k: number): Unit[] {
    let j = k;
    if (!DEFINITE.has(units[j]?.lower ?? '') && !(units[j]?.tags.has('Date') && units[j].possessive))
      return [];
    j++;
    while (
      j - k < 5 &&
      units[j] &&
      !units[j].entity &&
      !familyOfNoun(units[j]) &&
      !GENERIC_ACTS.has(units[j].lower)
    ) {
      if (units[j].tags.has('Verb') && !units[j].tags.has('Adjective')) return [];
      j++;
    }
    const family = familyOfNoun(units[j]) ?? this.lastFamily(units[j]);
    if (!family) return [];
    const authors = this.authorsOf(family, family === 'attack' ? meansIn(units, k, j - 1) : undefined);
    for (const u of authors) this.recalled.set(u.entity!.id, family);
    if (!authors.length) this.unowned = family;
    return authors;
  }

  /**
   * "X seized the port. This move was condemned by Y": a noun that names no kind of act ("move",
   * "step") stands for the one kind of act told in the sentence just before.
   */
  private lastFamily(u: Unit | undefined): string | undefined {
    if (!u || u.entity || !GENERIC_ACTS.has(u.lower)) return undefined;
    const families = new Set(this.acts.filter((a) => a.at === this.read - 1).map((a) => a.family));
    return families.size === 1 ? [...families][0] : undefined;
  }

  /**
   * "X condemned the ambush" with no author of it told yet: X's criticism waits for a claim of the
   * act in the next sentences (`remember`). Only for the act recalled in the sentence being read.
   */
  await(critics: Unit[], frame: FrameRecord): void {
    if (this.unowned && critics.length)
      this.awaiting.push({ critics, family: this.unowned, at: this.read, frame });
    this.unowned = undefined;
  }

  /**
   * The author (or list) of the acts of one kind told in the last MAX_DISTANCE sentences read,
   * when exactly one told them; else none. For a list that names who an act covers ("Today's
   * designations include X"): the noun need not be the act's own.
   */
  authorsOf(family: string, means?: ReadonlySet<string>): Unit[] {
    const recent = this.acts.filter(
      (a) => a.family === family && this.read - a.at <= MAX_DISTANCE && sameMeans(a, means),
    );
    const keys = new Set(
      recent.map((a) =>
        a.authors
          .map((u) => u.entity!.id)
          .sort()
          .join('+'),
      ),
    );
    if (keys.size === 1) return recent[recent.length - 1].authors;
    // "The United States imposed sanctions … targeted by U.S. Department of Treasury sanctions": a
    // state and one of its own bodies told the same act; the body is the one named as acting
    const single = new Map(
      recent.flatMap((r) => (r.authors.length === 1 ? [[r.authors[0].entity!.id, r.authors[0]]] : [])),
    );
    const [a, b] = [...single.values()];
    const body = keys.size === 2 && a && b ? (ownBody(a, b) ?? ownBody(b, a)) : undefined;
    return body ? [body] : [];
  }

  /**
   * Those the given sanctioners were read to sanction in the last MAX_DISTANCE sentences, each
   * once: the designees of "In this designation, Z …" (./designations.ts).
   */
  targetsOf(authors: Unit[]): Entity[] {
    const ids = new Set(authors.map((u) => u.entity!.id));
    const out: Entity[] = [];
    for (const s of this.sanctioned)
      if (ids.has(s.by) && this.read - s.at <= MAX_DISTANCE && !out.some((e) => e.id === s.target.id))
        out.push(s.target);
    return out;
  }

  /**
   * "X claimed responsibility for the (rocket) attacks": the claimant struck those that attacks told
   * without an author in the last few sentences struck ("a barrage of rocket fire into Y", "an
   * armed group carried out attacks on Y's embassy"); not when the claimed act names its target.
   */
  private claimed(units: Unit[]): Candidate[] {
    const out: Candidate[] = [];
    for (let c = 0; c + 3 < units.length; c++) {
      // "X issued a video claiming responsibility for …" (round 42): the participle too
      const claiming = units[c].lower === 'claiming' && !units[c].entity;
      if (!claiming && (!CLAIMS.has(units[c].lower) || units[c].entity || !isVerb(units[c]))) continue;
      if (units[c + 1].lower !== 'responsibility') continue;
      // "claimed responsibility in an online posting", "claimed responsibility, saying …": the
      // attack just told; else "claimed responsibility for the (deadly) attack"
      const bare = !!units[c + 1].punct || units[c + 2].lower !== 'for';
      let n = c + 3;
      while (
        !bare &&
        n - c < 8 &&
        units[n] &&
        !units[n].entity &&
        !units[n].punct &&
        familyOfNoun(units[n]) !== 'attack'
      )
        n++;
      // "for staging the raid", "for carrying out the attack" (round 42): a light verb's gerund
      const opener = c + 3 + operationGerund(units, c + 3);
      if (!bare && (familyOfNoun(units[n]) !== 'attack' || !definiteAt(units, opener))) continue;
      if (
        !bare &&
        (targetsOf(units, n).length || (!units[n].punct && TARGET_PREPS.has(units[n + 1]?.lower ?? '')))
      )
        continue;
      const claimants = claiming ? statementAuthors(units, c) : verbAuthors(units, c);
      // "claimed responsibility for the deadly raid"
      const deadlyClaim = !bare && units.slice(c + 3, n).some((u) => DEADLY.has(u.lower));
      const recent = this.recentStruck();
      const fact = (s: Unit, o: Unit, predicate: 'ATTACKED' | 'KILLED'): Candidate => ({
        subject: s.entity!,
        predicate,
        object: o.entity!,
        confidence: CLAIM_CONFIDENCE,
        reason: `frame:claimed-responsibility${predicate === 'KILLED' ? ':serving' : ''} via event:attack`,
        inferredObject: false,
      });
      for (const s of claimants)
        for (const r of recent)
          for (const o of r.targets) {
            if (o.entity!.id === s.entity!.id) continue;
            out.push(fact(s, o, 'ATTACKED'));
            // the claimed attack killed the country's soldiers or police: KILLED too, as a kill of
            // them told with its author is
            if (
              o.serving &&
              o.entity!.type === 'Country' &&
              (r.deadly || deadlyClaim) &&
              !r.posts?.includes(o)
            )
              out.push(fact(s, o, 'KILLED'));
          }
    }
    return out.filter(
      (f, n) =>
        out.findIndex(
          (g) => g.subject.id === f.subject.id && g.predicate === f.predicate && g.object.id === f.object.id,
        ) === n,
    );
  }

  /** "X added … to the Entity List": a sanction by these, in the sentence being read (./listings.ts). */
  listed(by: Unit[]): void {
    this.acts.push({ family: 'sanction', authors: by, at: this.read });
  }

  /** A legal action filed by these, in the sentence being read: what "the complaint" recalls. */
  filed(by: Unit[]): void {
    this.acts.push({ family: COMPLAINT, authors: by, at: this.read });
  }

  /** Defendants the sentence being read tells ("Y pleaded guilty", "Y was charged"). */
  accuse(defendants: Unit[]): void {
    for (const unit of defendants) this.accused.push({ unit, at: this.read });
  }

  /** A case announced by these without its defendant's name, in the sentence being read. */
  announceCase(by: Unit[]): void {
    if (by.length) this.caseAnnounced.push({ by, at: this.read });
  }

  /** The announcers of the last case announced without a name, within `reach` sentences before this one. */
  caseAnnouncers(reach: number): Unit[] {
    const last = this.caseAnnounced[this.caseAnnounced.length - 1];
    return last && this.read > last.at && this.read - last.at <= reach ? last.by : [];
  }

  /** A state whose court, prosecutors or conviction the sentence being read names (./courts.ts). */
  court(state: Unit): void {
    if (!this.courts.some((c) => c.entity === state.entity)) this.courts.push(state);
  }

  /** The one state whose courts the article has named so far; none when it named none, or two. */
  courtState(): Unit | undefined {
    return this.courts.length === 1 ? this.courts[0] : undefined;
  }

  /** The defendants told in the last MAX_DISTANCE sentences read and in this one, each once. */
  defendants(): Unit[] {
    const out: Unit[] = [];
    for (const a of this.accused)
      if (this.read - a.at <= MAX_DISTANCE && !out.some((u) => u.entity === a.unit.entity)) out.push(a.unit);
    return out;
  }

  /**
   * A copy to read a sentence with that leaves this memory as it was: a sentence naming no one
   * adds nothing to the article's memory, not even its place in the count of sentences read.
   */
  copy(): EventMemory {
    const out = new EventMemory();
    out.acts = [...this.acts];
    out.read = this.read;
    out.sanctioned = [...this.sanctioned];
    out.named = new Map(this.named);
    out.struck = [...this.struck];
    out.awaiting = [...this.awaiting];
    out.accused = [...this.accused];
    out.fights = [...this.fights];
    out.courts = [...this.courts];
    out.caseAnnounced = [...this.caseAnnounced];

    out.gave = this.gave;
    return out;
  }

  /**
   * After a sentence is read: mark the facts whose object came from the memory, then remember the
   * acts the sentence tells with a named author.
   */
  remember(units: Unit[], facts: Candidate[]): Candidate[] {
    const here = new Set(units.map((u) => u.entity?.id).filter(Boolean));
    // "gunmen attacked an X post … three gunmen were killed by X. Y condemned the attack": the side
    // an authorless attack struck only answered it, so the attack condemned is not its (round 34)
    const struckSides = new Set(this.recentStruck().flatMap((s) => s.targets.map((t) => t.entity?.id)));
    const out: Candidate[] = [];
    for (const f of facts) {
      const family = here.has(f.object.id) ? undefined : this.recalled.get(f.object.id);
      if (f.predicate === 'CRITICIZED' && family === 'attack' && struckSides.has(f.object.id)) continue;
      out.push(family ? { ...f, reason: `${f.reason} via event:${family}` } : f);
    }
    this.recalled.clear();
    for (const f of out)
      if (f.predicate === 'SANCTIONED')
        this.sanctioned.push({ by: f.subject.id, target: f.object, at: this.read });
    // "X filed charges against Y": X is the author of the article's complaint ("The complaint alleges")
    for (const f of out) {
      const filer = units.find((u) => u.entity?.id === f.subject.id);
      if (f.predicate === 'CRITICIZED' && LEGAL_REASON.test(f.reason) && filer)
        this.acts.push({ family: COMPLAINT, authors: [filer], at: this.read });
    }
    const givers = out
      .filter((f) => f.predicate === 'SUPPORTS' && GIFT_REASON.test(f.reason))
      .map((f) => f.subject);
    if (givers.length)
      this.gave = { givers: [...new Map(givers.map((g) => [g.id, g])).values()], at: this.read };
    out.push(...this.claimed(units));
    this.fights.push(...fightsIn(out, this.read));
    this.unowned = undefined;
    const struck: Unit[] = [];
    const claims: Act[] = [];
    for (let i = 0; i < units.length; i++) {
      const u = units[i];
      if (u.entity) continue;
      // ", killing three Xian soldiers": a participle of the clause before, whatever compromise tags it
      const participle = killingParticiple(units, i);
      const nounFamily = participle ? undefined : familyOfNoun(u);
      const verbFamily =
        participle || (isVerb(u) && !u.tags.has('Noun')) ? FAMILY_OF_VERB.get(u.lower) : undefined;
      let authors: Unit[] = [];
      // "the X Treasury measures": after a name, compromise may read the noun as a verb
      const afterName = !!units[i - 1]?.entity && !units[i - 1].punct && !units[i - 1].possessive;
      const asNoun = !!nounFamily && (actNounAt(units, i) || afterName);
      if (asNoun) authors = nounAuthors(units, i);
      else if (verbFamily && !actNounAfter(units, i)) authors = verbAuthors(units, i);
      let family = nounFamily ?? verbFamily;
      if (!family && targetsDesignees(units, i)) {
        family = 'sanction';
        authors = verbAuthors(units, i);
      }
      // "the Biden administration announced sanctions": the government a leader's name stands on, not the leader
      if (family === 'sanction') authors = authors.filter((a) => !onGovernment(units, a));
      if (family && authors.length)
        this.acts.push({
          family,
          authors,
          at: this.read,
          means: family === 'attack' ? meansOfAct(units, i, asNoun) : undefined,
        });
      if (nounFamily && authors.length && claimedAt(units, i))
        claims.push({ family: nounFamily, authors, at: this.read });
      else if ((nounFamily === 'attack' && asNoun) || isFire(units, i)) struck.push(...targetsOf(units, i));
      else if (verbFamily === 'attack' && !leftActors(units, groupAt(units, i).start))
        struck.push(...verbTargets(units, i));
    }
    if (struck.length)
      this.struck.push({
        targets: struck,
        at: this.read,
        deadly: units.some((u) => DEADLY.has(u.lower)),
        posts: struck.filter((t) => namesPost(units, units.indexOf(t))),
      });
    out.push(...this.answered(claims));
    const sides = twoSided(units, out);
    if (sides) this.pair = { sides, at: this.read };
    for (const u of units) countIn(this.named, u);
    this.read++;
    return out;
  }

  /** The attacks told without an author within reach of the sentence being read. */
  private recentStruck(): EventMemory['struck'] {
    return this.struck.filter((s) => this.read - s.at <= STRUCK_REACH);
  }

  /** The criticisms awaiting an author that the claims of this sentence answer (`await`). */
  private answered(claims: Act[]): Candidate[] {
    this.awaiting = this.awaiting.filter((w) => this.read - w.at <= CLAIM_REACH);
    const out: Candidate[] = [];
    for (const claim of claims) {
      const answers = this.awaiting.filter((w) => w.family === claim.family && w.at < this.read);
      for (const w of answers)
        out.push(...facts(w.critics, claim.authors, 'CRITICIZED', w.frame, ` via event:${w.family}:claimed`));
      this.awaiting = this.awaiting.filter((w) => !answers.includes(w));
    }
    return out;
  }
}

/** `body` when it is an organisation named with the country `state` ("U.S. Department of the Treasury", "United States"). */
function ownBody(body: Unit, state: Unit): Unit | undefined {
  const org = body.entity!;
  const country = state.entity!;
  if (org.type !== 'Organization' || country.type !== 'Country') return undefined;
  return [country.name, ...country.aliases].some((n) => org.name.startsWith(`${n} `)) ? body : undefined;
}

function fightsIn(found: Candidate[], at: number): Fight[] {
  return found
    .filter(
      (f) => f.predicate === 'ATTACKED' && FIGHT_TYPES.has(f.subject.type) && FIGHT_TYPES.has(f.object.type),
    )
    .map((f) => ({ by: f.subject, on: f.object, at }));
}

/** How many sentences back the sides of a two-sided fact may be what "both sides" refers to. */
const PAIR_REACH = 6;
const SIDE_TYPES = new Set(['Country', 'Organization']);

/**
 * The two sides of the last two-sided fact among `facts`, read in `units`: a COOPERATED between
 * two countries or bodies, or an ATTACKED told both ways between them. Undefined when none.
 */
function twoSided(units: Unit[], facts: Candidate[]): Unit[] | undefined {
  const isSide = (e: Entity) => SIDE_TYPES.has(e.type);
  const both = (f: Candidate) =>
    f.predicate === 'COOPERATED' ||
    (f.predicate === 'ATTACKED' &&
      facts.some(
        (g) => g.predicate === 'ATTACKED' && g.subject.id === f.object.id && g.object.id === f.subject.id,
      ));
  const last = [...facts]
    .reverse()
    .find((f) => f.subject.id !== f.object.id && isSide(f.subject) && isSide(f.object) && both(f));
  if (!last) return undefined;
  const unitOf = (e: Entity) => units.find((u) => u.entity?.id === e.id);
  const [a, b] = [unitOf(last.subject), unitOf(last.object)];
  return a && b ? [a, b] : undefined;
}

function countIn(counts: Map<string, { unit: Unit; n: number }>, u: Unit): void {
  const id = u.entity?.id;
  if (!id) return;
  const seen = counts.get(id);
  counts.set(id, { unit: seen?.unit ?? u, n: (seen?.n ?? 0) + 1 });
}

/**
 * "an Xian police headquarters", "a Xian army base": the name is on a post, not on people; an
 * attack on it kills none of the country's own unless its victims are told.
 */
function namesPost(units: Unit[], i: number): boolean {
  for (let h = i + 1; h <= i + 3 && units[h] && !units[h].entity && !units[h].punct; h++)
    if (STATE_POST_HEADS.has(units[h].lower) || units[h].lower === 'headquarters') return true;
  return false;
}

/** ", killing three soldiers": "killing" after a comma and before its victims, not "the killing of". */
const killingParticiple = (units: Unit[], i: number) =>
  units[i].lower === 'killing' &&
  !!units[i - 1]?.punct &&
  !units[i].punct &&
  !!units[i + 1] &&
  (units[i + 1].entity !== undefined ||
    units[i + 1].tags.has('Value') ||
    COUNT_OPENERS.has(units[i + 1].lower));
/** Words that open a count of victims: "killing at least seven", "killing dozens". */
const COUNT_OPENERS = new Set(['at', 'more', 'about', 'nearly', 'some', 'dozens', 'scores', 'hundreds']);

/** "staging", "carrying out", "conducting": how many words of a light verb's gerund open at `k` (0 if none). */
function operationGerund(units: Unit[], k: number): number {
  const u = units[k];
  if (!u || u.entity || u.punct || !u.lower.endsWith('ing') || !OPERATION_VERBS.has(u.lower)) return 0;
  return units[k + 1]?.lower === 'out' && !units[k + 1].entity ? 2 : 1;
}

/**
 * The author of "X released / issued a statement claiming responsibility": the subject of the verb
 * of the statement right before the participle ("a statement", "a message", "a video").
 */
function statementAuthors(units: Unit[], c: number): Unit[] {
  const noun = units[c - 1];
  if (!noun || noun.entity || noun.punct || !STATEMENTS.has(noun.lower)) return [];
  let v = c - 2;
  while (v >= 0 && c - v <= 4 && !units[v].entity && !units[v].punct && !isVerb(units[v])) v--;
  return units[v] && isVerb(units[v]) && !units[v].punct ? verbAuthors(units, v) : [];
}
/** What a claim may be made in: "released a statement claiming responsibility". */
const STATEMENTS = new Set(['statement', 'message', 'video', 'post', 'posting', 'communique', 'communiqué']);

/** A definite opener: "the", "this", or a day's possessive ("Tuesday's assault", "Friday's raid"). */
const definiteAt = (units: Unit[], k: number) =>
  !!units[k] &&
  !units[k].entity &&
  (DEFINITE.has(units[k].lower) || (units[k].tags.has('Date') && !!units[k].possessive));

/** "Y claimed (responsibility for) the ambush": the definite act noun at `i` is claimed. */
function claimedAt(units: Unit[], i: number): boolean {
  let j = i - 1;
  while (j > 0 && i - j < 4 && !units[j].entity && !units[j].punct && !DEFINITE.has(units[j].lower)) j--;
  if (!DEFINITE.has(units[j]?.lower ?? '')) return false;
  const before = units.slice(Math.max(0, j - 3), j).map((u) => u.lower);
  return before.some((w) => CLAIMS.has(w));
}

/** Verbs that tell a sanction when their object is a count of designees: "has targeted a dozen companies". */
const TARGETING = new Set(['targeted', 'blocked', 'listed']);
/** The heads of such an object: those a sanction names, never places or forces. */
const DESIGNEE_HEADS = new Set([
  'companies',
  'firms',
  'entities',
  'individuals',
  'persons',
  'officials',
  'businesses',
  'businessmen',
  'networks',
]);

/**
 * "X has targeted more than a dozen companies and individuals": an active verb of targeting whose
 * object, within five words and no name, is headed by a noun of designees; X told a sanction whose
 * designees a later list names ("The new targets include A").
 */
function targetsDesignees(units: Unit[], i: number): boolean {
  if (!TARGETING.has(units[i].lower) || !isVerb(units[i]) || units[i].punct) return false;
  for (let j = i + 1; j < units.length && j - i <= 5; j++) {
    if (units[j].entity) return false;
    if (DESIGNEE_HEADS.has(units[j].lower)) return true;
    if (units[j].punct) return false;
  }
  return false;
}

/** "the X administration": a person's name on the government that acts, not the person acting. */
function onGovernment(units: Unit[], a: Unit): boolean {
  const at = units.indexOf(a);
  const next = units[at + 1];
  return a.entity?.type === 'Person' && !a.punct && !a.possessive && !!next && GOVERNMENTS.has(next.lower);
}
const GOVERNMENTS = new Set(['administration', 'government', 'regime', 'cabinet']);

/** Nouns of a quantity of acts: "a raft of sanctions", "a new round of strikes". */
const QUANTITIES = new Set(['raft', 'series', 'package', 'round', 'slew', 'wave', 'set', 'batch', 'string']);

/** "launched strikes on X": the verb is light, the noun after it names the act. */
function actNounAfter(units: Unit[], i: number): boolean {
  for (let j = i + 1; j < units.length && j - i <= 4 && !units[j - 1].punct; j++) {
    if (familyOfNoun(units[j])) return true;
    if (units[j].entity) return false;
  }
  return false;
}
