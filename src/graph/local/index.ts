// The local Neo4j that newsgraph runs itself when NEO4J_URI is unset: Neo4j Community and APOC
// from Maven Central (neo4j/pom.xml), started by a small Java launcher in the background.
export { startLocalNeo4j, DEFAULT_TRANSACTION_TIMEOUT } from './start-local-neo4j';
export type { LocalNeo4jOptions, StartedNeo4j } from './start-local-neo4j';
export { stopLocalNeo4j } from './stop-local-neo4j';
export type { StoppedNeo4j, StopOptions } from './stop-local-neo4j';
export { localStatus } from './local-status';
export type { LocalStatus } from './local-status';
export { buildLauncher } from './build-launcher';
export { localNeo4jOptions } from './local-neo4j-options';
export { localHomeLayout } from './paths';
export { readLocalPassword, LEGACY_DEFAULT_PASSWORD } from './local-password';
