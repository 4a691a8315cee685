// newsgraph serve: connect (starting the local Neo4j when NEO4J_URI is unset), make sure the
// indexes the API relies on exist (the full-text index of searchEntities), then serve
// /graphql, /health and the dashboard until `close` is called.
import type { Config } from '../../config';
import { connect, migrate, type Driver } from '../../graph';
import { startServer } from '../../api';
import type { Output } from '../output';

export interface ServeCommandOptions {
  config: Config;
  /** Defaults to config.server.port (PORT, else 4000); 0 picks a free port. */
  port?: number;
  /** Defaults to config.server.host (HOST, else 127.0.0.1). */
  host?: string;
  /** Where progress goes while the local Neo4j starts. */
  err?: NodeJS.WritableStream;
  /** Where progress and the server's log go (the CLI's text or JSON output); wins over `err`. */
  output?: Output;
  /** A connected driver to serve from (the demo's); `close` then leaves it open. */
  driver?: Driver;
}

export interface ServeResult {
  graphqlUrl: string;
  dashboardUrl: string;
  healthUrl: string;
  /** Stops serving (after in-flight requests) and closes the driver; the local Neo4j keeps running. */
  close: () => Promise<void>;
}

export async function serveCommand(o: ServeCommandOptions): Promise<ServeResult> {
  const { config, output, err } = o;
  const say = output ? output.info : err ? (message: string) => err.write(`${message}\n`) : undefined;
  const driver = o.driver ?? (await connect(config, { onProgress: say }));
  const closeDriver = () => (o.driver ? Promise.resolve() : driver.close());
  try {
    await migrate(driver, { database: config.neo4j.database });
    const log = output ? (line: string) => output.error(line) : undefined;
    const server = await startServer({ driver, config, port: o.port, host: o.host, log });
    return {
      graphqlUrl: server.graphqlUrl,
      dashboardUrl: server.dashboardUrl,
      healthUrl: server.healthUrl,
      close: async () => {
        await server.close();
        await closeDriver();
      },
    };
  } catch (error) {
    await closeDriver();
    throw error;
  }
}
