// STUB — owned by the relations helper.
import type { Article, Entity, Mention, Relation, Sentence } from '../../model';
export interface RelationInput { article: Article; sentences: Sentence[]; entities: Entity[]; mentions: Mention[] }
export function extractRelations(_input: RelationInput): Relation[] {
  return [];
}
