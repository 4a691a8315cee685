// Writes a batch of extractions into Neo4j in ONE managed transaction (executeWrite retries
// it on transient errors such as deadlocks or a leader switch). An article is complete when
// its contentHash is set, and that happens in the same transaction as its facts: a crash
// mid-ingest leaves either the whole article or none of it, and a re-run finishes the job.
//
// Re-writing an article (same id, new content) replaces its Facts and MENTIONED_IN; every
// typed relationship and entity the old or new version touched is then recomputed from the
// evidence that remains, so counts are right whatever order articles arrive in.
import { isInt, type Driver, type ManagedTransaction, type Record as Neo4jRecord } from 'neo4j-driver';
import type { Extraction, Predicate } from '../model';
import { buildWriteBatch, relationshipUpdates, type DroppedRelation, type WriteBatch } from './write-batch';
import { tallyMentions, type EntityTally, type MentionContribution } from './tally-mentions';
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

  // Only articles that already hold facts or mentions have any to replace.
  const held = claimed.records
    .filter((r) => r.get('held') === true && !skip.has(r.get('id')))
    .map((r) => r.get('id') as string);
  const oldFacts = held.length > 0 ? (await tx.run(q.DELETE_OLD_FACTS, { ids: held })).records : [];
  const oldMentions = held.length > 0 ? (await tx.run(q.DELETE_OLD_MENTIONS, { ids: held })).records : [];
  await tx.run(q.WRITE_ARTICLES, { articles: batch.articles });
  const merged =
    batch.entities.length > 0 ? (await tx.run(q.MERGE_ENTITIES, { entities: batch.entities })).records : [];
  await tx.run(q.WRITE_MENTIONS, { mentions: batch.mentions });
  await tx.run(q.WRITE_FACTS, { facts: batch.facts });

  const deleted = oldFacts.map((r) => ({
    subjectId: r.get('subjectId') as string,
    predicate: r.get('predicate') as Predicate,
    objectId: r.get('objectId') as string,
  }));
  const { added, recomputed } = relationshipUpdates(deleted, batch.facts);
  for (const [predicate, triples] of entriesOf(added))
    await tx.run(q.addToRelationships(predicate), { triples, predicate });
  for (const [predicate, triples] of entriesOf(recomputed))
    await tx.run(q.recomputeRelationships(predicate), { triples, predicate });

  const removed = oldMentions.map((r) => ({
    entityId: r.get('entityId') as string,
    count: toNumber(r.get('count')),
    aliases: (r.get('aliases') as string[] | null) ?? [],
    category: (r.get('category') as string | null) ?? null,
  }));
  await updateEntityTallies(tx, merged, removed, batch.mentions);
  const entityIds = batch.entities.map((e) => e.id);
  return { written: ids, unchanged, entityIds, facts: batch.facts.length, dropped: batch.dropped };
}

/**
 * Entities: each touched one's tally moves by the mentions removed and added (tally-mentions.ts),
 * so a hub costs what this batch says of it, not what the archive says of it. The batch's own
 * entities came back with their tallies from the merge; only those that lost mentions and
 * are not in the batch are read here.
 */
async function updateEntityTallies(
  tx: ManagedTransaction,
  merged: readonly Neo4jRecord[],
  removed: readonly (MentionContribution & { entityId: string })[],
  added: readonly (MentionContribution & { entityId: string })[],
): Promise<void> {
  const read = new Set(merged.map((r) => r.get('id') as string));
  const unread = [...new Set(removed.map((m) => m.entityId))].filter((id) => !read.has(id)).sort();
  const stored =
    unread.length > 0
      ? [...merged, ...(await tx.run(q.READ_ENTITY_TALLIES, { ids: unread })).records]
      : merged;
  if (stored.length === 0) return;
  const removedBy = groupBy(removed);
  const addedBy = groupBy(added);
  const entities = stored.map((r) => {
    const id = r.get('id') as string;
    const tally: EntityTally = {
      mentionCount: toNumber(r.get('mentionCount') ?? 0),
      aliases: (r.get('aliases') as string[] | null) ?? [],
      aliasCounts: ((r.get('aliasCounts') as unknown[] | null) ?? []).map(toNumber),
      categories: (r.get('categories') as string[] | null) ?? [],
      categoryCounts: ((r.get('categoryCounts') as unknown[] | null) ?? []).map(toNumber),
    };
    return { id, ...tallyMentions(tally, removedBy.get(id) ?? [], addedBy.get(id) ?? []) };
  });
  await tx.run(q.WRITE_ENTITY_TALLIES, { entities });
}

function groupBy<T extends { entityId: string }>(rows: readonly T[]): Map<string, T[]> {
  const out = new Map<string, T[]>();
  for (const row of rows) (out.get(row.entityId) ?? out.set(row.entityId, []).get(row.entityId)!).push(row);
  return out;
}

function entriesOf<T>(byPredicate: Partial<Record<Predicate, T>>): [Predicate, T][] {
  return Object.entries(byPredicate) as [Predicate, T][];
}

function toNumber(value: unknown): number {
  return isInt(value) ? value.toNumber() : Number(value);
}
