// newsgraph db start|stop|status: the local Neo4j that newsgraph runs when NEO4J_URI is unset.
// Each returns data; src/cli/index.ts prints it.
import type { Config } from '../../config';
import { connect, localNeo4jOptions, localStatus, startLocalNeo4j, stopLocalNeo4j } from '../../graph';

export interface DbOptions {
  config: Config;
  /** Progress lines while starting (first run: Maven download); the CLI passes stderr. */
  onProgress?: (message: string) => void;
}

export interface DbStatus {
  /** Bolt answers (the local Neo4j has written its pid file, or NEO4J_URI's Neo4j answered). */
  running: boolean;
  /** A local Neo4j process holds the store but does not answer yet (starting, stopping, stuck). */
  busy?: boolean;
  uri?: string;
  pid?: number;
  /** True when NEO4J_URI names a Neo4j newsgraph does not run; then `running` means "answers". */
  external: boolean;
  home: string;
  logFile: string;
}

export async function dbStart({
  config,
  onProgress,
}: DbOptions): Promise<{ uri: string; alreadyRunning: boolean; logFile: string }> {
  const started = await startLocalNeo4j(localNeo4jOptions(config, { onProgress }));
  return { uri: started.uri, alreadyRunning: started.alreadyRunning, logFile: started.logFile };
}

export async function dbStop({
  config,
  onProgress,
  graceMs,
}: DbOptions & { graceMs?: number }): Promise<{ wasRunning: boolean; killed?: boolean }> {
  return stopLocalNeo4j(config.local.home, { graceMs, onProgress });
}

/**
 * The local Neo4j's state; with NEO4J_URI set, whether that Neo4j answers with these
 * credentials (a wrong password or an unreachable host is thrown as a NewsgraphError).
 */
export async function dbStatus({ config }: DbOptions): Promise<DbStatus> {
  const local = localStatus(config.local.home);
  const files = { home: local.home, logFile: local.logFile };
  if (config.neo4j.uri === undefined) {
    const busy = local.running && !local.ready;
    return { running: local.ready, busy, uri: local.uri, pid: local.pid, external: false, ...files };
  }
  const driver = await connect(config);
  await driver.close();
  return { running: true, uri: config.neo4j.uri, external: true, ...files };
}
