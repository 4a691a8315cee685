// Extraction: Article → Extraction. Pure (no clock, no I/O, no randomness), so the same article
// always gives the same JSON (STYLE.md §5). Three steps, each in its own module:
//   sentences.ts  split the text into sentences with offsets
//   entities/     find the named actors and places, resolve aliases → one Entity per actor
//   relations/    read the facts between those entities from each sentence
//   fact-date.ts  date each fact: the date its sentence gives, else the article's
import type { Article, Extraction, Relation } from '../model';
import { splitSentences } from './sentences';
import { recognizeEntities } from './entities';
import { withListedNames } from './entities/listed-names';
import { extractRelations, type RelationEngine } from './relations';
import { factDate } from './fact-date';

export interface ExtractOptions {
  /** Which engine reads the acts: `combined` (default: both), the regex `rules` or the `frames` engine. */
  relations?: RelationEngine;
}

export function extractArticle(article: Article, options: ExtractOptions = {}): Extraction {
  const sentences = splitSentences(article.text);
  const { entities, mentions } = recognizeEntities(article, sentences);
  const engine = options.relations ?? 'combined';
  const relations = extractRelations({ article, sentences, entities, mentions, engine });
  // Listed names join the aliases after the readers ran: the readers look for an entity's
  // aliases in the text, and a name inside a longer form is no mention of its own.
  return {
    article,
    entities: withListedNames(entities, mentions),
    relations: datedRelations(relations, article),
  };
}

/** Each fact gets the date its sentence gives, else the article's (read once per sentence). */
function datedRelations(relations: Relation[], article: Article): Relation[] {
  const bySentence = new Map<number, ReturnType<typeof factDate>>();
  return relations.map((relation) => {
    if (!bySentence.has(relation.start))
      bySentence.set(relation.start, factDate(relation.sentence, article.published));
    const when = bySentence.get(relation.start);
    return when
      ? { ...relation, date: when.date, datePrecision: when.precision, dateText: when.text }
      : relation;
  });
}

export { splitSentences } from './sentences';
export type { RelationEngine } from './relations';
