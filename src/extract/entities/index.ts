// STUB — owned by the entities helper.
import type { Article, Entity, Mention, Sentence } from '../../model';
export interface EntityRecognition { entities: Entity[]; mentions: Mention[] }
export function recognizeEntities(_article: Article, _sentences: Sentence[]): EntityRecognition {
  return { entities: [], mentions: [] };
}
