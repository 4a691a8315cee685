// The pipeline's front door: sources → extract → graph.
export { ingest, type IngestOptions, type IngestProgress, type IngestSummary } from './ingest';
export { batch } from './batch';
export { readAhead } from './read-ahead';
export { createExtractPool, extractInWorkers, type ExtractPool } from './extract-pool';
