// Jest global setup of the integration project: with NEO4J_URI unset, start (or reuse) a local
// Neo4j kept for tests under <root>/.newsgraph/test, on NEWSGRAPH_TEST_BOLT_PORT (7688 by
// default, so it never meets a developer's Neo4j on 7687). It runs in jest's parent process:
// the variables set here are inherited by the test workers and the CLIs the tests spawn. The
// test Neo4j's password is NEO4J_PASSWORD if set, else the random one kept in its home: it is
// handed on in NEO4J_PASSWORD.
import path from 'node:path';
import { startLocalNeo4j } from '../../src/graph/local';

export const TEST_HOME = path.resolve(__dirname, '../../.newsgraph/test');

export default async function globalSetup(): Promise<void> {
  if (process.env.NEO4J_URI) return;
  const started = await startLocalNeo4j({
    home: TEST_HOME,
    boltPort: Number(process.env.NEWSGRAPH_TEST_BOLT_PORT ?? 7688),
    heap: process.env.NEWSGRAPH_HEAP ?? '768m',
    username: 'neo4j',
    password: process.env.NEO4J_PASSWORD || undefined,
    onProgress: (m) => process.stderr.write(`[global-setup] ${m}\n`),
  });
  process.env.NEO4J_URI = started.uri;
  process.env.NEO4J_USERNAME = 'neo4j';
  process.env.NEO4J_PASSWORD = started.password;
  // Read by the teardown (same process): stop only what this run started.
  if (!started.alreadyRunning) process.env.NEWSGRAPH_TEST_STARTED_HOME = TEST_HOME;
}
