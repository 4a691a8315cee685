// Hand-made extractions for tests that need known facts in the graph whatever the extraction
// rules make of a text (graph, API, analyses and dashboard tests seed Neo4j with these).
import type { Entity, Predicate, Relation } from '../../src/model';

export function makeEntity(
  id: string,
  name: string,
  type: Entity['type'],
  aliases: string[],
  mentionCount = 1,
): Entity {
  return { id, name, type, aliases, mentionCount };
}

/** What a relation needs of an entity. */
export interface Named {
  id: string;
  name: string;
}

export interface RelationOptions {
  /** Offset of the sentence in the article text (default 0). */
  start?: number;
  confidence?: number;
  reason?: string;
}

export function makeRelation(
  subject: Named,
  predicate: Predicate,
  object: Named,
  sentence: string,
  { start = 0, confidence = 0.9, reason = 'test' }: RelationOptions = {},
): Relation {
  return {
    subject: subject.name,
    subjectId: subject.id,
    predicate,
    object: object.name,
    objectId: object.id,
    sentence,
    start,
    end: start + sentence.length,
    confidence,
    reason,
  };
}

/** A relation whose sentence stands in `text`, with its offsets found there. */
export function relationIn(
  text: string,
  subject: Named,
  predicate: Predicate,
  object: Named,
  sentence: string,
  options: Omit<RelationOptions, 'start'> = {},
): Relation {
  const start = text.indexOf(sentence);
  if (start < 0) throw new Error(`test data: the sentence is not in the text: ${sentence}`);
  return makeRelation(subject, predicate, object, sentence, { ...options, start });
}
