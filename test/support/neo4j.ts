// The Neo4j the integration tests use (the global setup starts it and sets NEO4J_URI), and a
// way to empty it: every integration test file starts from a clean graph.
import fs from 'node:fs';
import neo4j, { type Config, type Driver } from 'neo4j-driver';
import { loadConfig } from '../../src/config';
import { errorContext } from '../../src/graph';
import { readLocalPassword } from '../../src/graph/local';

/** The port of the tests that start a local Neo4j of their own (db commands, the demo). */
export const OWN_NEO4J_PORT = Number(process.env.NEWSGRAPH_TEST_DB_COMMANDS_PORT ?? 7689);

/**
 * A user's shell with no Neo4j configured: newsgraph starts a local one of its own in `home`,
 * listening on `port`, and never touches the Neo4j the other tests use.
 */
export function ownLocalNeo4jEnv(home: string, port: number): NodeJS.ProcessEnv {
  return {
    ...process.env,
    NEO4J_URI: '',
    NEO4J_PASSWORD: '',
    NEWSGRAPH_HOME: home,
    NEWSGRAPH_BOLT_PORT: String(port),
  };
}

export function testNeo4jUri(): string {
  return errorContext(loadConfig()).uri;
}

export function openDriver(uri = testNeo4jUri(), options: Config = {}): Driver {
  const config = loadConfig();
  // The global setup puts the test Neo4j's password in NEO4J_PASSWORD; else the home's own.
  const password = config.neo4j.password ?? readLocalPassword(config.local.home) ?? '';
  return neo4j.driver(uri, neo4j.auth.basic(config.neo4j.username, password), {
    disableLosslessIntegers: true,
    logging: { level: 'error', logger: () => undefined },
    ...options,
  });
}

export async function clearGraph(driver: Driver): Promise<void> {
  // CALL … IN TRANSACTIONS needs an auto-commit transaction: session.run, not executeQuery.
  const session = driver.session();
  try {
    await session.run('MATCH (n) CALL { WITH n DETACH DELETE n } IN TRANSACTIONS OF 5000 ROWS');
  } finally {
    await session.close();
  }
}

/** The local-Neo4j launcher JVMs alive on a home, by their command line (Linux /proc). */
export function launcherPids(home: string): number[] {
  return fs
    .readdirSync('/proc')
    .filter((name) => /^\d+$/.test(name))
    .filter((pid) => {
      try {
        const args = fs.readFileSync(`/proc/${pid}/cmdline`, 'utf8').split('\0');
        return args.includes('newsgraph.LocalNeo4j') && args[args.indexOf('--home') + 1] === home;
      } catch {
        return false;
      }
    })
    .map(Number);
}
