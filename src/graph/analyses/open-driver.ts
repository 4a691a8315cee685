// Kept for callers that adopted it before src/graph had `connect`; prefer `connect` itself,
// which also starts the local Neo4j when NEO4J_URI is unset.
export { connect as openDriver } from '../connect';
