// The local Neo4j's options as the Config gives them.
import type { Config } from '../../config';
import type { LocalNeo4jOptions } from './start-local-neo4j';

export function localNeo4jOptions(config: Config, extra: Partial<LocalNeo4jOptions> = {}): LocalNeo4jOptions {
  return {
    home: config.local.home,
    boltPort: config.local.boltPort,
    heap: config.local.heap,
    transactionTimeout: config.local.transactionTimeout,
    username: config.neo4j.username,
    password: config.neo4j.password,
    ...extra,
  };
}
