// newsgraph db start|stop|status: the local Neo4j that newsgraph runs when NEO4J_URI is unset.
// Each returns data; src/cli/index.ts prints it.
import type { Config } from '../../config';
import { localNeo4jOptions, localStatus, startLocalNeo4j, stopLocalNeo4j } from '../../graph';

export interface DbOptions {
  config: Config;
  /** Progress lines while starting (first run: Maven download); the CLI passes stderr. */
  onProgress?: (message: string) => void;
}

export async function dbStart({
  config,
  onProgress,
}: DbOptions): Promise<{ uri: string; alreadyRunning: boolean; logFile: string }> {
  const started = await startLocalNeo4j(localNeo4jOptions(config, { onProgress }));
  return { uri: started.uri, alreadyRunning: started.alreadyRunning, logFile: started.logFile };
}

export async function dbStop({ config }: DbOptions): Promise<{ wasRunning: boolean }> {
  return stopLocalNeo4j(config.local.home);
}

export async function dbStatus({
  config,
}: DbOptions): Promise<{ running: boolean; uri?: string; pid?: number; home: string; logFile: string }> {
  const s = localStatus(config.local.home);
  return { running: s.running, uri: s.uri, pid: s.pid, home: s.home, logFile: s.logFile };
}
