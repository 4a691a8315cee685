// The fingerprint of an article's content: what ingest compares to skip an article it already
// wrote. Everything that reaches the graph is in it (title, text, url, published); `source`
// is not, so the same article read from another file is still the same article.
import { createHash } from 'node:crypto';
import type { Article } from '../model';

export function articleContentHash(article: Article): string {
  const fields = [article.title, article.text, article.url ?? '', article.published ?? ''];
  return createHash('sha256').update(JSON.stringify(fields)).digest('hex');
}
