// newsgraph serve: connect (starting the local Neo4j when NEO4J_URI is unset), make sure the
// indexes the API relies on exist (the full-text index of searchEntities), then serve
// /graphql, /health and the dashboard until `close` is called.
import type { Config } from '../../config';
import { connect, migrate } from '../../graph';
import { createLogger, startServer } from '../../api';

export interface ServeCommandOptions {
  config: Config;
  /** Defaults to config.server.port (PORT, else 4000); 0 picks a free port. */
  port?: number;
  /** Defaults to config.server.host (HOST, else 127.0.0.1). */
  host?: string;
  /** Where progress goes while the local Neo4j starts. */
  err?: NodeJS.WritableStream;
}

export interface ServeResult {
  graphqlUrl: string;
  dashboardUrl: string;
  healthUrl: string;
  /** Stops serving (after in-flight requests) and closes the driver; the local Neo4j keeps running. */
  close: () => Promise<void>;
}

export async function serveCommand({ config, port, host, err }: ServeCommandOptions): Promise<ServeResult> {
  const driver = await connect(config, {
    onProgress: err ? (message) => err.write(`${message}\n`) : undefined,
  });
  try {
    await migrate(driver, { database: config.neo4j.database });
    const logger = createLogger(config.logLevel);
    const server = await startServer({ driver, config, port, host, log: (line) => logger.error(line) });
    logger.info({ graphql: server.graphqlUrl, database: config.neo4j.database }, 'serving');
    return {
      graphqlUrl: server.graphqlUrl,
      dashboardUrl: server.dashboardUrl,
      healthUrl: server.healthUrl,
      close: async () => {
        await server.close();
        await driver.close();
      },
    };
  } catch (error) {
    await driver.close();
    throw error;
  }
}
