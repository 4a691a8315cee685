// Extractions → the parameters of one write transaction. Pure (no driver, no clock): the
// writer passes `ingestedAt`, and the same extractions always give the same batch, so this is
// where the graph's shape is decided and unit-tested. Values only ever travel as $params;
// labels and relationship types come from the ENTITY_TYPES and PREDICATES whitelists.
import { createHash } from 'node:crypto';
import { ENTITY_TYPES, PREDICATES, type EntityType, type Extraction, type Predicate } from '../model';
import { articleContentHash } from './content-hash';

export interface ArticleRow {
  id: string;
  title: string;
  url: string | null;
  /** ISO 8601 instant (stored as a Neo4j DateTime), or null when the input gives no readable date. */
  published: string | null;
  source: string;
  contentHash: string;
  ingestedAt: string;
}

export interface EntityRow {
  id: string;
  name: string;
  type: string;
  category: string | null;
}

export interface MentionRow {
  entityId: string;
  articleId: string;
  count: number;
  aliases: string[];
  /** The category this article gives the entity; the entity's is the most frequent one. */
  category: string | null;
}

export interface FactRow {
  id: string;
  articleId: string;
  subjectId: string;
  objectId: string;
  predicate: Predicate;
  sentence: string;
  start: number;
  end: number;
  confidence: number;
  reason: string;
  /** When the act happened (ISO date, stored as a Neo4j Date), its precision and its words. */
  date: string | null;
  datePrecision: string | null;
  dateText: string | null;
}

/** A relation the graph cannot hold: its predicate is unknown or an entity is missing. */
export interface DroppedRelation {
  articleId: string;
  subjectId: string;
  predicate: string;
  objectId: string;
  why: string;
}

export interface WriteBatch {
  articles: ArticleRow[];
  /** Entities merged across the batch, sorted by id (a stable lock order for concurrent ingests). */
  entities: EntityRow[];
  /** The same entities, grouped by their type label. */
  entitiesByType: Partial<Record<EntityType, EntityRow[]>>;
  mentions: MentionRow[];
  facts: FactRow[];
  dropped: DroppedRelation[];
}

const PREDICATE_SET: ReadonlySet<string> = new Set(PREDICATES);
const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;
const ISO_INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})$/;

/**
 * A fact's date as extraction gave it; a relation without one (built by hand, or by an older
 * extractor) takes its article's day, as extraction itself does.
 */
function factDate(
  r: Extraction['relations'][number],
  published: string | null,
): Pick<FactRow, 'date' | 'datePrecision' | 'dateText'> {
  if (r.date && ISO_DAY.test(r.date))
    return { date: r.date, datePrecision: r.datePrecision ?? 'day', dateText: r.dateText ?? null };
  return {
    date: published ? published.slice(0, 10) : null,
    datePrecision: published ? 'day' : null,
    dateText: null,
  };
}

/**
 * An article's date as one ISO instant, the single format Article.published is stored in: a
 * bare day is midnight UTC, a local time without zone is read as UTC, any other form the
 * sources pass on (RFC 2822 from feeds) goes through Date; unreadable → null, never today.
 */
export function isoInstant(published: string | undefined): string | null {
  const text = published?.trim();
  if (!text) return null;
  if (ISO_DAY.test(text)) return `${text}T00:00:00Z`;
  if (ISO_INSTANT.test(text) && !Number.isNaN(Date.parse(text))) return text;
  const zoneless = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?$/.test(text) ? `${text}Z` : text;
  const ms = Date.parse(zoneless);
  return Number.isNaN(ms) ? null : new Date(ms).toISOString();
}
const TYPE_SET: ReadonlySet<string> = new Set(ENTITY_TYPES);

export function buildWriteBatch(extractions: readonly Extraction[], ingestedAt: string): WriteBatch {
  const articles = new Map<string, ArticleRow>();
  const entities = new Map<string, EntityRow>();
  const mentions = new Map<string, MentionRow>();
  const facts = new Map<string, FactRow>();
  const dropped: DroppedRelation[] = [];

  // An article given twice in one batch: the last one wins, as a later write would.
  const latest = new Map(extractions.map((x) => [x.article.id, x]));
  for (const { article, entities: found, relations } of latest.values()) {
    const published = isoInstant(article.published);
    articles.set(article.id, {
      id: article.id,
      title: article.title,
      url: article.url ?? null,
      published,
      source: article.source,
      contentHash: articleContentHash(article),
      ingestedAt,
    });
    const known = new Set<string>();
    for (const e of found) {
      if (!TYPE_SET.has(e.type)) continue; // no label to give it: its relations are dropped below
      known.add(e.id);
      if (!entities.has(e.id))
        entities.set(e.id, { id: e.id, name: e.name, type: e.type, category: e.category ?? null });
      const key = `${e.id}\u0000${article.id}`;
      const previous = mentions.get(key);
      mentions.set(key, {
        entityId: e.id,
        articleId: article.id,
        count: (previous?.count ?? 0) + Math.max(0, Math.round(e.mentionCount)),
        aliases: uniqueSorted([...(previous?.aliases ?? []), e.name, ...e.aliases]),
        category: e.category ?? previous?.category ?? null,
      });
    }
    for (const r of relations) {
      const why = !PREDICATE_SET.has(r.predicate)
        ? 'unknown predicate'
        : !known.has(r.subjectId) || !known.has(r.objectId)
          ? 'subject or object is not among the article entities'
          : undefined;
      if (why) {
        dropped.push({
          articleId: article.id,
          subjectId: r.subjectId,
          predicate: r.predicate,
          objectId: r.objectId,
          why,
        });
        continue;
      }
      const id = factId(article.id, r.subjectId, r.predicate, r.objectId, r.start, r.end);
      facts.set(id, {
        id,
        articleId: article.id,
        subjectId: r.subjectId,
        objectId: r.objectId,
        predicate: r.predicate,
        sentence: r.sentence,
        start: r.start,
        end: r.end,
        confidence: Math.min(1, Math.max(0, r.confidence)),
        reason: r.reason,
        ...factDate(r, published),
      });
    }
  }

  const sortedEntities = [...entities.values()].sort((a, b) => compare(a.id, b.id));
  const entitiesByType: Partial<Record<EntityType, EntityRow[]>> = {};
  for (const e of sortedEntities) {
    (entitiesByType[e.type as EntityType] ??= []).push(e);
  }
  return {
    articles: [...articles.values()].sort((a, b) => compare(a.id, b.id)),
    entities: sortedEntities,
    entitiesByType,
    mentions: [...mentions.values()],
    facts: [...facts.values()],
    dropped,
  };
}

/** The same fact (same article, triple and sentence) always gets the same id. */
export function factId(
  articleId: string,
  subjectId: string,
  predicate: string,
  objectId: string,
  start: number,
  end: number,
): string {
  const digest = createHash('sha1')
    .update(JSON.stringify([articleId, subjectId, predicate, objectId, start, end]))
    .digest('hex');
  return `fact:${digest.slice(0, 24)}`;
}

export interface Triple {
  subjectId: string;
  objectId: string;
}

/**
 * The typed relationships a write touches, by predicate: the triples of the new facts plus
 * those of the facts it replaced. Each is recomputed from its Facts after the write.
 */
export function affectedTriples(
  facts: readonly Pick<FactRow, 'subjectId' | 'predicate' | 'objectId'>[],
): Partial<Record<Predicate, Triple[]>> {
  const byPredicate: Partial<Record<Predicate, Map<string, Triple>>> = {};
  for (const f of facts) {
    if (!PREDICATE_SET.has(f.predicate)) continue;
    const map = (byPredicate[f.predicate] ??= new Map());
    map.set(`${f.subjectId}\u0000${f.objectId}`, { subjectId: f.subjectId, objectId: f.objectId });
  }
  const out: Partial<Record<Predicate, Triple[]>> = {};
  for (const p of PREDICATES) {
    const map = byPredicate[p];
    if (map)
      out[p] = [...map.values()].sort(
        (a, b) => compare(a.subjectId, b.subjectId) || compare(a.objectId, b.objectId),
      );
  }
  return out;
}

export interface TripleWithFacts extends Triple {
  /** The ids of the batch's new facts for this triple. */
  factIds: string[];
}

/**
 * How one write moves the typed relationships. Those that lost facts (an article rewritten)
 * are recomputed from the evidence that remains; all others only gain this batch's facts,
 * which are added to their running aggregates without reading older evidence.
 */
export function relationshipUpdates(
  deleted: readonly Pick<FactRow, 'subjectId' | 'predicate' | 'objectId'>[],
  facts: readonly Pick<FactRow, 'id' | 'subjectId' | 'predicate' | 'objectId'>[],
): {
  added: Partial<Record<Predicate, TripleWithFacts[]>>;
  recomputed: Partial<Record<Predicate, Triple[]>>;
} {
  const recomputed = affectedTriples(deleted);
  const lost = new Set(
    Object.entries(recomputed).flatMap(([p, triples]) => triples.map((t) => tripleKey(p, t))),
  );
  const byKey = new Map<string, TripleWithFacts & { predicate: Predicate }>();
  for (const f of facts) {
    const key = tripleKey(f.predicate, f);
    if (!PREDICATE_SET.has(f.predicate) || lost.has(key)) continue;
    const entry = byKey.get(key) ?? {
      predicate: f.predicate,
      subjectId: f.subjectId,
      objectId: f.objectId,
      factIds: [],
    };
    entry.factIds.push(f.id);
    byKey.set(key, entry);
  }
  const added: Partial<Record<Predicate, TripleWithFacts[]>> = {};
  const sorted = [...byKey.values()].sort(
    (a, b) => compare(a.subjectId, b.subjectId) || compare(a.objectId, b.objectId),
  );
  for (const p of PREDICATES) {
    const triples = sorted.filter((t) => t.predicate === p);
    if (triples.length > 0)
      added[p] = triples.map(({ subjectId, objectId, factIds }) => ({
        subjectId,
        objectId,
        factIds: factIds.sort(compare),
      }));
  }
  return { added, recomputed };
}

function tripleKey(predicate: string, t: Triple): string {
  return `${t.subjectId}\u0000${predicate}\u0000${t.objectId}`;
}

function uniqueSorted(values: string[]): string[] {
  return [...new Set(values.map((v) => v.trim()).filter(Boolean))].sort(compare);
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
