// The graph's front door: the only folder that imports neo4j-driver.

// Ingest writes (graph helper)
export type { Driver } from 'neo4j-driver';
export { migrate, cypherStatements, SCHEMA_FILE } from './migrate';
export { writeExtractions, type WriteExtractionsOptions, type WriteResult } from './write-extractions';
export { findUnchangedArticles } from './find-unchanged';
export { articleContentHash } from './content-hash';
export {
  buildWriteBatch,
  affectedTriples,
  factId,
  type WriteBatch,
  type DroppedRelation,
} from './write-batch';
export { countGraph, type GraphCounts } from './graph-counts';
export { graphError, isUnreachable } from './driver-errors';
