// Where a named place lies when the place rules do not say: "the Y district center in X
// province" (a region after the place, joined by "in"; round 26: no longer a region only told
// before it, which the annotations never give). And "the state capital, X", "the province's Y
// district" name the region of that kind the article is about.
//
// A place's kind is read from the noun written with it ("X district", "the town of X", "Y
// State") and ranked (lexicon/place-words.ts REGION_RANKS): a place lies in a region of a higher
// rank, never in one of its own or a lower one. Only one region may qualify: two provinces in
// the window leave the district unplaced. A place the text places itself (any LOCATED_IN fact
// read by the place rules) is left alone, and so is one "near" a region ("near" is not "in").
import type { Entity, Mention, Relation, Sentence } from '../../model';
import { REGION_ADJECTIVES, REGION_RANKS } from '../lexicon/place-words';
import { locatedIn } from './located-in';

const REASON_NEARBY = 'place:region-context';
const REASON_REFERRED = 'place:the-region';
const REASON_OF = 'place:kind-of-known-region';

const KIND_WORDS = Object.keys(REGION_RANKS).join('|');
/** The kind noun inside the name ("Borno State", "Helmand Province"). */
const KIND_IN_NAME = new RegExp(`\\b(${KIND_WORDS})$`, 'i');
/** The kind noun right after the name, past one lower-case word ("Bajur tribal district"). */
const KIND_AFTER = new RegExp(`^ (?:[a-z-]+ )?(${KIND_WORDS})\\b`);
/** The kind noun before the name: "the town of X", "the northern district of X". */
const KIND_BEFORE = new RegExp(`\\b(?:the|a) (?:[a-z-]+ ){0,2}?(${KIND_WORDS}) of $`);
/** Words that place a name beside a region, not in it. */
const NOT_IN_BEFORE =
  /\b(?:near|from|outside|toward|towards|bordering|border with|across)(?: the)?(?: [A-Z][\w-]*['’]s)?(?: [a-z-]+){0,2} $/;
/** Between a place and the region after it: "the X district center in ⟨Y province⟩". */
const IN_BETWEEN = /^(?: [a-z-]+){0,2} in (?:the )?(?:[a-z-]+ ){0,2}$/;
/**
 * "the state capital, X", "the provincial capital X", "the region's capital city, X", "in the
 * provincial capital of X" — but not after a comma, where "Y, the state capital of X" is an
 * apposition naming X as the region (round 33).
 */
const REFERRED_CAPITAL = new RegExp(
  `\\b[Tt]he (?:(${KIND_WORDS})'s|(${Object.keys(REGION_ADJECTIVES).join('|')})) capital(?: city)?(?:,|(?<!, [Tt]he [\\w']+ capital(?: city)?) of)? $`,
);
/** "the province's X district": the region of that kind owns the place after it. */
const REFERRED_OWNER = new RegExp(`\\b[Tt]he (${KIND_WORDS})'s (?:[a-z-]+ )?$`);

interface Placed {
  mention: Mention;
  entity: Entity;
  /** REGION_RANKS of its kind; Infinity for a place written with no kind noun. */
  rank: number;
  kind?: string;
}

/** The kind a Location mention is written with, if any. */
function kindOf(m: Mention, entity: Entity, sentence: Sentence): string | undefined {
  const at = m.start - sentence.start;
  const own = KIND_IN_NAME.exec(m.text) ?? KIND_IN_NAME.exec(entity.name);
  if (own) return own[1].toLowerCase();
  const after = KIND_AFTER.exec(sentence.text.slice(at + m.text.length, at + m.text.length + 30));
  if (after) return after[1];
  return KIND_BEFORE.exec(sentence.text.slice(Math.max(0, at - 40), at))?.[1];
}

/** LOCATED_IN facts of places whose region the story told just before, or names by its kind. */
export function regionContext(
  sentences: readonly Sentence[],
  mentions: readonly Mention[],
  byId: ReadonlyMap<string, Entity>,
  relations: readonly Relation[],
): Relation[] {
  // placed in a region already; one placed only in its country may still be placed in its region
  const placedAlready = new Set(
    relations
      .filter((r) => r.predicate === 'LOCATED_IN' && byId.get(r.objectId)?.type === 'Location')
      .map((r) => r.subjectId),
  );
  const placed: Placed[] = [];
  for (const m of mentions) {
    const entity = byId.get(m.entityId);
    const sentence = sentences[m.sentenceIndex];
    if (entity?.type !== 'Location' || !sentence || m.reason.startsWith('coref:')) continue;
    const kind = kindOf(m, entity, sentence);
    placed.push({ mention: m, entity, kind, rank: kind ? REGION_RANKS[kind] : Infinity });
  }
  const facts: Relation[] = [];
  const fact = (place: Placed, region: Entity, sentence: Sentence, reason: string) =>
    facts.push(locatedIn(place.entity, region, sentence, 0.6, reason));
  // each place's rank in the article: "X province" once makes a bare "X" a province elsewhere
  const rankOf = new Map<string, number>();
  for (const p of placed) rankOf.set(p.entity.id, Math.min(p.rank, rankOf.get(p.entity.id) ?? Infinity));
  // each place's countries as read so far: a place and a region in two countries are not one in the other
  const countriesOf = new Map<string, Set<string>>();
  for (const r of relations) {
    if (r.predicate !== 'LOCATED_IN' || byId.get(r.objectId)?.type !== 'Country') continue;
    const set = countriesOf.get(r.subjectId) ?? new Set<string>();
    countriesOf.set(r.subjectId, set.add(r.objectId));
  }
  const apart = (a: Entity, b: Entity) => {
    const [x, y] = [countriesOf.get(a.id), countriesOf.get(b.id)];
    return !!x && !!y && ![...x].some((c) => y.has(c));
  };
  // placed by its own sentence in any way ("the town of X in Y"): that sentence has said where
  const placedHere = new Set(
    relations.filter((r) => r.predicate === 'LOCATED_IN').map((r) => `${r.subjectId}@${r.start}`),
  );
  const done = new Set<string>();
  for (const place of placed) {
    const { mention: m, entity } = place;
    if (placedAlready.has(entity.id) || done.has(entity.id)) continue;
    const sentence = sentences[m.sentenceIndex];
    if (placedHere.has(`${entity.id}@${sentence.start}`)) continue;
    const before = sentence.text.slice(Math.max(0, m.start - sentence.start - 60), m.start - sentence.start);
    const owner = ownerAfterOf(place, placed, rankOf, sentences);
    if (owner) {
      done.add(entity.id);
      fact(place, owner, sentence, REASON_OF);
      continue;
    }
    const referred = referredRegion(before, place, placed);
    if (referred) {
      done.add(entity.id);
      fact(place, referred, sentence, REASON_REFERRED);
      continue;
    }
    if (!place.kind || NOT_IN_BEFORE.test(before)) continue;
    const region = regionNearby(place, placed, sentences);
    if (region && !apart(entity, region)) {
      done.add(entity.id);
      fact(place, region, sentence, REASON_NEARBY);
    }
  }
  return facts;
}

/**
 * The one region of a higher rank the place's own sentence says it is in ("the X district center
 * in Y province"; the nearest rank above the place's: a village told with its district and its
 * province lies in the district). Until round 26 a region told before the place, in its
 * sentence or the one before, counted too.
 */
function regionNearby(
  place: Placed,
  placed: readonly Placed[],
  sentences: readonly Sentence[],
): Entity | undefined {
  const at = place.mention.sentenceIndex;
  // only a region after the place in its own sentence, the place said to be in it: a region told
  // before the place, in its sentence or the one before, is the story's setting, not a statement
  // that the place lies in it (round 26: six such facts on train, in four batches, none in the gold)
  const around = placed.filter((p) => {
    if (p.entity.id === place.entity.id || p.rank >= place.rank) return false;
    if (p.mention.sentenceIndex !== at || p.mention.start <= place.mention.start) return false;
    const sentence = sentences[at];
    const start = p.mention.start - sentence.start;
    return IN_BETWEEN.test(sentence.text.slice(place.mention.end - sentence.start, start));
  });
  if (!around.length) return undefined;
  const nearest = Math.max(...around.map((p) => p.rank));
  const regions = new Set(around.filter((p) => p.rank === nearest).map((p) => p.entity.id));
  return regions.size === 1 ? around.find((p) => p.rank === nearest)?.entity : undefined;
}

/** "the state capital, X", "the province's X district": the article's one region of that kind. */
function referredRegion(before: string, place: Placed, placed: readonly Placed[]): Entity | undefined {
  const capital = REFERRED_CAPITAL.exec(before);
  const owner = capital ? undefined : REFERRED_OWNER.exec(before);
  const kind = capital ? (capital[1] ?? REGION_ADJECTIVES[capital[2]]) : owner?.[1];
  if (!kind) return undefined;
  const ofKind = placed.filter((p) => p.kind === kind && p.entity.id !== place.entity.id);
  const regions = new Map(ofKind.map((p) => [p.entity.id, p.entity]));
  // the article's one region of the kind, told before the place or in its sentence: "the
  // provincial capital of X" before any province is named refers to none yet (round 40)
  const toldBy = (p: Placed) =>
    p.mention.start < place.mention.start || p.mention.sentenceIndex === place.mention.sentenceIndex;
  if (regions.size === 1) return ofKind.some(toldBy) ? [...regions.values()][0] : undefined;
  // several regions of the kind in the article: "the province" is the one told last before it,
  // when its sentence tells no other ("fighting in A province and B province" leaves it open)
  const told = ofKind.filter((p) => p.mention.start < place.mention.start);
  if (!told.length) return undefined;
  const last = told.reduce((a, p) => (p.mention.start > a.mention.start ? p : a));
  const alone = told.every(
    (p) => p.entity.id === last.entity.id || p.mention.sentenceIndex !== last.mention.sentenceIndex,
  );
  return alone ? last.entity : undefined;
}

/** Between a place's kind after its name and the region it is of: " district of ", " province of the ". */
const KIND_OF_BETWEEN = new RegExp(`^ (?:[a-z-]+ )?(${KIND_WORDS}) of (?:the )?$`);

/**
 * "X district of Y came under attack", with Y a province elsewhere in the article: a place
 * written with its kind, then "of" and a region the article ranks higher, lies in that region.
 */
function ownerAfterOf(
  place: Placed,
  placed: readonly Placed[],
  rankOf: ReadonlyMap<string, number>,
  sentences: readonly Sentence[],
): Entity | undefined {
  const m = place.mention;
  const after = placed.filter((p) => p.mention.sentenceIndex === m.sentenceIndex && p.mention.start >= m.end);
  const next = after.reduce<Placed | undefined>(
    (a, p) => (a && a.mention.start <= p.mention.start ? a : p),
    undefined,
  );
  if (!next || next.entity.id === place.entity.id) return undefined;
  // a region of unknown rank holds a district or province written so ("X district of Y"); a
  // town's noun may also name the larger place before it ("the Y Strip city of X"): ranks decide
  const owner = rankOf.get(next.entity.id) ?? Infinity;
  if (owner >= place.rank && !(owner === Infinity && place.rank <= 2)) return undefined;
  const sentence = sentences[m.sentenceIndex];
  const between = sentence.text.slice(m.end - sentence.start, next.mention.start - sentence.start);
  // the noun between must be the place's own ("X district of Y"), not a smaller place's
  // ("the Y state community of X", where the name after "of" is the smaller one)
  const kind = KIND_OF_BETWEEN.exec(between)?.[1];
  return kind && kind === place.kind && !KIND_IN_NAME.test(place.entity.name) ? next.entity : undefined;
}
