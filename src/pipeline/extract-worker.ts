// The task a worker thread runs: one article → its entities and relations. The article
// itself is not sent back; the pool re-attaches it, saving a copy of every text.
import type { Article, Extraction } from '../model';
import { extractArticle, type ExtractOptions } from '../extract';

export type WorkerResult = Omit<Extraction, 'article'>;
export interface WorkerTask {
  article: Article;
  options: ExtractOptions;
}

export default function extractTask({ article, options }: WorkerTask): WorkerResult {
  const { entities, relations } = extractArticle(article, options);
  return { entities, relations };
}
