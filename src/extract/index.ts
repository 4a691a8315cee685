// Extraction: Article → Extraction. Pure (no clock, no I/O, no randomness), so the same article
// always gives the same JSON (STYLE.md §5). Three steps, each in its own module:
//   sentences.ts  split the text into sentences with offsets
//   entities/     find the named actors and places, resolve aliases → one Entity per actor
//   relations/    read the facts between those entities from each sentence
import type { Article, Extraction } from '../model';
import { splitSentences } from './sentences';
import { recognizeEntities } from './entities';
import { extractRelations } from './relations';

export function extractArticle(article: Article): Extraction {
  const sentences = splitSentences(article.text);
  const { entities, mentions } = recognizeEntities(article, sentences);
  // Pronoun mentions (coref:pronoun, coref:we) break the regex engine's patterns ("condemned what
  // he called …"): it reads names only; a frame engine that reads them takes the whole list.
  const named = mentions.filter((m) => !/^coref:(?:pronoun|we)$/.test(m.reason));
  const relations = extractRelations({ article, sentences, entities, mentions: named });
  return { article, entities, relations };
}

export { splitSentences } from './sentences';
