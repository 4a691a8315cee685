// Stops the test Neo4j, but only if the global setup of this run started it: one that was
// already running (a developer keeping it warm between runs) is left running.
import { stopLocalNeo4j } from '../../src/graph/local';

export default async function globalTeardown(): Promise<void> {
  const home = process.env.NEWSGRAPH_TEST_STARTED_HOME;
  if (!home) return;
  delete process.env.NEWSGRAPH_TEST_STARTED_HOME;
  await stopLocalNeo4j(home);
}
