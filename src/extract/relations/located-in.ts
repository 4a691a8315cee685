// A LOCATED_IN fact read from a sentence by an article-level pass (the region told before, a
// capital written as its country's, a listed place's country): the place, where it lies, and the
// sentence that is its evidence.
import type { Entity, Relation, Sentence } from '../../model';

export function locatedIn(
  place: Entity,
  where: Entity,
  sentence: Sentence,
  confidence: number,
  reason: string,
): Relation {
  return {
    subject: place.name,
    predicate: 'LOCATED_IN',
    object: where.name,
    subjectId: place.id,
    objectId: where.id,
    sentence: sentence.text,
    start: sentence.start,
    end: sentence.end,
    confidence,
    reason,
  };
}
