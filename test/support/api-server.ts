// The API as the integration tests meet it: the test Neo4j, migrated, holding only the given
// extractions (the graph is cleared first unless told not to), and a server on a free port.
import { loadConfig } from '../../src/config';
import { connect, migrate, writeExtractions, type Driver } from '../../src/graph';
import { startServer, type RunningServer } from '../../src/api';
import type { Extraction } from '../../src/model';
import { clearGraph } from './neo4j';

export interface TestApi {
  driver: Driver;
  server: RunningServer;
  /** Stops the server, then closes the driver. */
  close(): Promise<void>;
}

export async function startTestApi({
  seed = [],
  clear = seed.length > 0,
}: { seed?: Extraction[]; clear?: boolean } = {}): Promise<TestApi> {
  const config = loadConfig();
  const driver = await connect(config);
  await migrate(driver, { database: config.neo4j.database });
  if (clear) await clearGraph(driver);
  if (seed.length) await writeExtractions({ driver, database: config.neo4j.database, extractions: seed });
  const server = await startServer({ driver, config, port: 0, host: '127.0.0.1', webRoot: null });
  return {
    driver,
    server,
    close: async () => {
      await server.close();
      await driver.close();
    },
  };
}
