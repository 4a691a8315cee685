// The graph's front door: the only folder that imports neo4j-driver.

// Connection and the local Neo4j (foundation)
export { connect, errorContext, toNewsgraphError } from './connect';
export type { ConnectOptions, ErrorContext } from './connect';
export { startLocalNeo4j, stopLocalNeo4j, localStatus, localNeo4jOptions, buildLauncher } from './local';
export type { LocalNeo4jOptions, StartedNeo4j, StoppedNeo4j, LocalStatus } from './local';

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

// Cypher analyses (cypher/analyses): catalogue, parameters, read-only runner
export { loadAnalyses, findAnalysis, parseParamPairs, runAnalysis } from './analyses';
export type { Analysis, AnalysisResult } from './analyses';
