// A driver for the analyses: the configured Neo4j, or the local one newsgraph starts itself.
// Connection problems become errors that say what to do.
import neo4j, { type Driver } from 'neo4j-driver';
import type { Config } from '../../config';
import { ErrorCode, NewsgraphError } from '../../errors';

export async function openDriver(config: Pick<Config, 'neo4j' | 'local'>): Promise<Driver> {
  const uri = config.neo4j.uri ?? `bolt://127.0.0.1:${config.local.boltPort}`;
  const driver = neo4j.driver(uri, neo4j.auth.basic(config.neo4j.username, config.neo4j.password), {
    connectionTimeout: 10_000,
  });
  try {
    await driver.verifyConnectivity({ database: config.neo4j.database });
    return driver;
  } catch (error) {
    await driver.close();
    const code = (error as { code?: string }).code ?? '';
    if (code.includes('Unauthorized') || code.includes('AuthenticationRateLimit')) {
      throw new NewsgraphError(ErrorCode.DB_AUTH_FAILED, `Neo4j at ${uri} refused the username or password`, {
        hint: 'set NEO4J_USERNAME and NEO4J_PASSWORD to the credentials of that Neo4j',
        cause: error,
      });
    }
    throw new NewsgraphError(ErrorCode.DB_UNREACHABLE, `Neo4j is not reachable at ${uri}`, {
      hint: config.neo4j.uri
        ? 'check that Neo4j runs at NEO4J_URI'
        : 'start the local Neo4j with `newsgraph db start`',
      cause: error,
    });
  }
}
