// "Arab media accused Iran of smuggling arms from its port of X", "Georgia is planning action in its
// breakaway region of X", "North Korea shut down its X nuclear reactor" (round 46): a possessive
// "its" before a kind of place or a facility stands for the country its sentence named last before
// it, so the place rules read it as they read "⟦Y⟧'s port of X". Read apart from the sentence's own
// rule pass, and only for the LOCATED_IN facts that need the pronoun: the pronoun is no actor for
// the acts, whose readers have their own ways to an "its". Not a head's title ("its leader, X"):
// on train the "its" of "Y's opposition party says its leader" and "the militant group … in Y for
// what its leader calls …" is the unnamed body, not the country (two wrong facts of three).
import type { Entity, Mention, Relation, Sentence } from '../../model';
import { applyRulesToViews } from './apply-rules';
import { toRelation } from './to-relation';
import { buildView, slotToken } from './sentence-view';
import { FACILITY_NOUNS_AFTER_NAME, PLACE_KIND_NOUNS } from '../lexicon/place-words';

/** The reason of the pronoun's mention; a fact read through it says so ("… via coref:its-owner"). */
export const ITS_OWNER_REASON = 'coref:its-owner';

/** A kind of place or facility, singular or plural: "its port of X", "its three provinces". */
const PLACE_WORDS = `(?:${[...PLACE_KIND_NOUNS, ...FACILITY_NOUNS_AFTER_NAME, 'republic', 'peninsula'].join('|')})(?:s|es)?`;
/**
 * "its" and up to four words (names, describing words, a number) before the noun, on no clause
 * break: "its port of", "its X nuclear reactor", "its three southern border provinces".
 */
const OWNED = new RegExp(`\\bits ((?:[\\w'’-]+ ){0,4}?)${PLACE_WORDS}\\b`, 'g');
/** Words that close a phrase: an "its" past them owns no noun of this phrase. */
const CLAUSE_WORD = /\b(?:and|or|but|that|which|who|of|in|to|from|with|by|for|the|an?)\b/;

/** What a possessive "its" stands for and where it is written. */
interface OwnedBy {
  mention: Mention;
  owner: Entity;
}

/**
 * A country written where it is no owner of what follows: as a place after "in", "at", "near"
 * ("the government, put together in Y, moved its base"), or owning the noun after it ("Y's
 * opposition party says its …": the party is what "its" stands for).
 */
const PLACED_BEFORE = /\b(?:in|at|near|inside|into|across|outside)\s+(?:the\s+)?$/i;
const OWNS_NEXT = /^['’]s?\s/;
/** A definite noun phrase between the country and "its": nearer, it may be what "its" stands for. */
const DEFINITE = /\bthe\b/i;

/** The words between two positions of the sentence, the names written there (and their "the") left out. */
function wordsBetween(sentence: Sentence, from: number, to: number, mentions: readonly Mention[]): string {
  let text = '';
  let at = from;
  for (const m of [...mentions].sort((a, b) => a.start - b.start)) {
    if (m.start < from || m.end > to) continue;
    text += sentence.text.slice(at - sentence.start, m.start - sentence.start).replace(/\bthe\s+$/i, '');
    at = m.end;
  }
  return text + sentence.text.slice(at - sentence.start, to - sentence.start);
}

/**
 * The country the sentence named last before `at`, when it may own what "its" names: no place or
 * person named between, no definite noun phrase of its own between, and the country itself neither
 * a place of something else nor the owner of another noun. A body named between is passed (a body
 * owns no province: "accused Y of arming the X from its port of Z").
 */
function ownerBefore(
  sentence: Sentence,
  at: number,
  mentions: readonly Mention[],
  byId: ReadonlyMap<string, Entity>,
): Entity | undefined {
  const before = mentions.filter((m) => m.end <= at).sort((a, b) => b.start - a.start);
  for (const m of before) {
    const entity = byId.get(m.entityId);
    if (!entity) continue;
    if (entity.type === 'Country') {
      const lead = sentence.text.slice(0, m.start - sentence.start);
      const next = sentence.text.slice(m.end - sentence.start);
      if (PLACED_BEFORE.test(lead) || OWNS_NEXT.test(next)) return undefined;
      return DEFINITE.test(wordsBetween(sentence, m.end, at, mentions)) ? undefined : entity;
    }
    // "the city of X and its port": a place or a person nearer owns it
    if (entity.type !== 'Organization') return undefined;
  }
  return undefined;
}

/** The possessive "its" of a sentence that own a place or a facility, each with its country. */
function ownedBy(
  sentence: Sentence,
  mentions: readonly Mention[],
  byId: ReadonlyMap<string, Entity>,
): OwnedBy[] {
  const out: OwnedBy[] = [];
  for (const m of sentence.text.matchAll(OWNED)) {
    if (CLAUSE_WORD.test(m[1])) continue;
    const start = sentence.start + (m.index ?? 0);
    if (mentions.some((x) => x.start <= start && x.end > start)) continue;
    const owner = ownerBefore(sentence, start, mentions, byId);
    if (!owner) continue;
    const mention: Mention = {
      entityId: owner.id,
      text: 'its',
      start,
      end: start + 3,
      sentenceIndex: sentence.index,
      reason: ITS_OWNER_REASON,
    };
    out.push({ mention, owner });
  }
  return out;
}

/** A fact as compared across the two readings of one sentence. */
const keyOf = (c: { subject: Entity; predicate: string; object: Entity }) =>
  `${c.subject.id}|${c.predicate}|${c.object.id}`;

/**
 * LOCATED_IN facts whose owner is a possessive "its": the sentence's rules run once as
 * written and once with each such "its" rendered as its country's possessive ("⟦Y⟧'s"); the facts
 * only the second reading gives, whose object is the pronoun's country, are kept.
 */
export function itsOwnedFacts(
  sentences: readonly Sentence[],
  mentions: readonly Mention[],
  byId: Map<string, Entity>,
  dominant: Entity,
): Relation[] {
  const out: Relation[] = [];
  for (const sentence of sentences) {
    // the cheap word check first: most sentences hold no "its"
    if (!sentence.text.includes('its ')) continue;
    const here = mentions.filter((m) => m.sentenceIndex === sentence.index);
    if (!here.length) continue;
    const owned = ownedBy(sentence, here, byId);
    if (!owned.length) continue;
    const written = buildView(sentence, here, byId);
    const read = buildView(sentence, [...here, ...owned.map((o) => o.mention)], byId);
    for (const o of owned) {
      const index = read.slots.findIndex((s) => s.mention === o.mention);
      const token = slotToken(index, o.owner);
      read.surface = read.surface.replace(`${token} `, `${token}'s `);
      read.core = read.core.replace(`${token} `, `${token}'s `);
    }
    const [before, after] = applyRulesToViews([written, read], dominant, 'structural');
    const known = new Set(before.map(keyOf));
    const owners = new Set(owned.map((o) => o.owner.id));
    for (const c of after) {
      if (c.predicate !== 'LOCATED_IN') continue;
      if (c.inferredObject || !owners.has(c.object.id) || known.has(keyOf(c))) continue;
      if (!c.reason.includes(ITS_OWNER_REASON)) continue;
      known.add(keyOf(c));
      out.push(toRelation(c, sentence));
    }
  }
  return out;
}
