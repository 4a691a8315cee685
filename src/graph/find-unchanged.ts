// Which articles the graph already holds with exactly this content: ingest asks before
// extracting, so re-ingesting a corpus costs one read per batch and no extraction.
import type { Driver } from 'neo4j-driver';
import type { Article } from '../model';
import { articleContentHash } from './content-hash';

const QUERY = `
UNWIND $articles AS a
MATCH (art:Article {id: a.id})
WHERE art.contentHash = a.contentHash
RETURN a.id AS id`;

export async function findUnchangedArticles({
  driver,
  database,
  articles,
}: {
  driver: Driver;
  database?: string;
  articles: readonly Article[];
}): Promise<Set<string>> {
  if (articles.length === 0) return new Set();
  const params = { articles: articles.map((a) => ({ id: a.id, contentHash: articleContentHash(a) })) };
  const session = driver.session({ database });
  try {
    const result = await session.executeRead((tx) => tx.run(QUERY, params));
    return new Set(result.records.map((r) => r.get('id') as string));
  } finally {
    await session.close();
  }
}
