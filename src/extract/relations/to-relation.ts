// A candidate fact, as a relation told by the sentence it was read in.
import type { Relation, Sentence } from '../../model';
import type { Candidate } from './apply-rules';

export function toRelation(c: Candidate, sentence: Sentence): Relation {
  return {
    subject: c.subject.name,
    predicate: c.predicate,
    object: c.object.name,
    subjectId: c.subject.id,
    objectId: c.object.id,
    sentence: sentence.text,
    start: sentence.start,
    end: sentence.end,
    confidence: c.confidence,
    reason: c.reason,
  };
}
