// Writes a batch of extractions into Neo4j in ONE managed transaction (executeWrite retries
// it on transient errors such as deadlocks or a leader switch). An article is complete when
// its contentHash is set, and that happens in the same transaction as its facts: a crash
// mid-ingest leaves either the whole article or none of it, and a re-run finishes the job.
//
// Re-writing an article (same id, new content) replaces its Facts and MENTIONED_IN; every
// typed relationship and entity the old or new version touched is then recomputed from the
// evidence that remains, so counts are right whatever order articles arrive in.
import type { Driver, ManagedTransaction } from 'neo4j-driver';
import { ENTITY_TYPES, type Extraction, type Predicate } from '../model';
import { affectedTriples, buildWriteBatch, type DroppedRelation, type WriteBatch } from './write-batch';
import * as q from './write-queries';

export interface WriteExtractionsOptions {
  driver: Driver;
  /** Defaults to the server's default database. */
  database?: string;
  extractions: readonly Extraction[];
  /** ISO date-time recorded as Article.ingestedAt; defaults to now. */
  ingestedAt?: string;
  /** Rewrite articles even when their contentHash says they are already in the graph. */
  force?: boolean;
}

export interface WriteResult {
  /** Ids of the articles written (new or changed). */
  written: string[];
  /** Ids of the articles skipped because the graph already holds this exact content. */
  unchanged: string[];
  /** Distinct entities in the written articles. */
  entityIds: string[];
  facts: number;
  dropped: DroppedRelation[];
}

export async function writeExtractions({
  driver,
  database,
  extractions,
  ingestedAt = new Date().toISOString(),
  force = false,
}: WriteExtractionsOptions): Promise<WriteResult> {
  if (extractions.length === 0) return { written: [], unchanged: [], entityIds: [], facts: 0, dropped: [] };
  const all = buildWriteBatch(extractions, ingestedAt);
  const session = driver.session({ database });
  try {
    return await session.executeWrite((tx) => writeBatch(tx, all, extractions, ingestedAt, force));
  } finally {
    await session.close();
  }
}

async function writeBatch(
  tx: ManagedTransaction,
  all: WriteBatch,
  extractions: readonly Extraction[],
  ingestedAt: string,
  force: boolean,
): Promise<WriteResult> {
  const claimed = await tx.run(q.CLAIM_ARTICLES, {
    articles: all.articles.map((a) => ({ id: a.id, contentHash: a.contentHash })),
  });
  const unchanged = force
    ? []
    : claimed.records.filter((r) => r.get('unchanged') === true).map((r) => r.get('id') as string);
  if (unchanged.length > 0) await tx.run(q.RELEASE_ARTICLES, { ids: unchanged });
  const skip = new Set(unchanged);
  const batch =
    skip.size === 0
      ? all
      : buildWriteBatch(
          extractions.filter((x) => !skip.has(x.article.id)),
          ingestedAt,
        );
  const ids = batch.articles.map((a) => a.id);
  if (ids.length === 0) return { written: [], unchanged, entityIds: [], facts: 0, dropped: [] };

  const oldFacts = await tx.run(q.DELETE_OLD_FACTS, { ids });
  const oldMentions = await tx.run(q.DELETE_OLD_MENTIONS, { ids });
  await tx.run(q.WRITE_ARTICLES, { articles: batch.articles });
  for (const type of ENTITY_TYPES) {
    const entities = batch.entitiesByType[type];
    if (entities?.length) await tx.run(q.mergeEntities(type), { entities });
  }
  await tx.run(q.WRITE_MENTIONS, { mentions: batch.mentions });
  await tx.run(q.WRITE_FACTS, { facts: batch.facts });

  const previous = oldFacts.records.map((r) => ({
    subjectId: r.get('subjectId') as string,
    predicate: r.get('predicate') as Predicate,
    objectId: r.get('objectId') as string,
  }));
  const triples = affectedTriples([...previous, ...batch.facts]);
  for (const [predicate, list] of Object.entries(triples) as [
    Predicate,
    { subjectId: string; objectId: string }[],
  ][]) {
    await tx.run(q.recomputeRelationships(predicate), {
      triples: list,
      predicate,
      dayPattern: q.DAY_PATTERN,
    });
  }
  const entityIds = batch.entities.map((e) => e.id);
  const touched = new Set([...entityIds, ...oldMentions.records.map((r) => r.get('id') as string)]);
  await tx.run(q.RECOMPUTE_ENTITIES, { ids: [...touched].sort() });
  return { written: ids, unchanged, entityIds, facts: batch.facts.length, dropped: batch.dropped };
}
