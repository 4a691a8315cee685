// Every GraphQL request the dashboard makes, with the shapes it reads back. The analyses
// fields (topActors, neighbourhood, timeline, evidence, graphSize) come from cypher/analyses;
// searchEntities and entities are the API's own.

export interface EntitySummary {
  id: string;
  name: string;
  type: string;
  category?: string | null;
  aliases?: string[] | null;
  mentionCount?: number | null;
}

export interface EdgeRow {
  sourceId: string;
  source: string;
  sourceType: string;
  predicate: string;
  targetId: string;
  target: string;
  targetType: string;
  count: number;
  firstSeen: string | null;
  lastSeen: string | null;
}

export interface TimelineRow {
  /** When the act happened (YYYY-MM-DD); empty when undated. */
  factDate: string;
  subject: string;
  predicate: string;
  object: string;
  sentence: string;
  article: string;
  url: string | null;
}

export interface EvidenceRow {
  sentence: string;
  confidence: number | null;
  article: string | null;
  url: string | null;
  /** When the act happened (YYYY-MM-DD); empty when unknown. */
  factDate: string | null;
  published: string | null;
}

export const OVERVIEW = `query Overview {
  graphSize { entities articles facts relations }
  topActors(limit: 12) { id name type degree evidence }
}`;
export interface Overview {
  graphSize: { entities: number; articles: number; facts: number; relations: number }[];
  topActors: (EntitySummary & { degree: number; evidence: number })[];
}

export const SEARCH = `query Search($query: String!) {
  searchEntities(query: $query, limit: 10) { id name type category aliases mentionCount }
}`;
export interface Search {
  searchEntities: EntitySummary[];
}

export const ENTITY = `query Entity($id: ID!, $entity: String!) {
  entities(where: { id: { eq: $id } }) { id name type category aliases mentionCount }
  neighbourhood(entity: $entity) { sourceId source sourceType predicate targetId target targetType count firstSeen lastSeen }
  timeline(entity: $entity) { factDate subject predicate object sentence article url }
}`;
export interface EntityView {
  entities: EntitySummary[];
  neighbourhood: EdgeRow[];
  timeline: TimelineRow[];
}

export const EVIDENCE = `query Evidence($subjectId: String!, $predicate: EvidencePredicate!, $objectId: String!) {
  evidence(subjectId: $subjectId, predicate: $predicate, objectId: $objectId) { sentence confidence article url factDate published }
}`;
export interface Evidence {
  evidence: EvidenceRow[];
}
