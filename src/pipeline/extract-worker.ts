// The task a worker thread runs: one article → its entities and relations. The article
// itself is not sent back; the pool re-attaches it, saving a copy of every text.
import type { Article, Extraction } from '../model';
import { extractArticle } from '../extract';

export type WorkerResult = Omit<Extraction, 'article'>;

export default function extractTask(article: Article): WorkerResult {
  const { entities, relations } = extractArticle(article);
  return { entities, relations };
}
