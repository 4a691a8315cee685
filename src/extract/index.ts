// Extraction: Article → Extraction. Pure (no clock, no I/O, no randomness), so the same article
// always gives the same JSON (STYLE.md §5). Three steps, each in its own module:
//   sentences.ts  split the text into sentences with offsets
//   entities/     find the named actors and places, resolve aliases → one Entity per actor
//   relations/    read the facts between those entities from each sentence
import type { Article, Extraction } from '../model';
import { splitSentences } from './sentences';
import { recognizeEntities } from './entities';
import { extractRelations, type RelationEngine } from './relations';

export interface ExtractOptions {
  /** Which engine reads the acts: `frames` (default) or the older regex `rules`. */
  relations?: RelationEngine;
}

export function extractArticle(article: Article, options: ExtractOptions = {}): Extraction {
  const sentences = splitSentences(article.text);
  const { entities, mentions } = recognizeEntities(article, sentences);
  const relations = extractRelations({ article, sentences, entities, mentions, engine: options.relations });
  return { article, entities, relations };
}

export { splitSentences } from './sentences';
export type { RelationEngine } from './relations';
