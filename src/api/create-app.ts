// The HTTP application: /graphql (Apollo Server over @neo4j/graphql, Sandbox as landing page),
// /health, and the dashboard's static files at /. It is built but not listening, so tests and
// the demo command choose where it listens (start-server.ts).
import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import express, { type Express } from 'express';
import cors from 'cors';
import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import { expressMiddleware } from '@as-integrations/express5';
import type { Config } from '../config';
import type { Driver } from '../graph';
import { createSchema } from './create-schema';
import { createContext, type ApiContext } from './context';
import { formatError } from './format-error';
import { healthHandler } from './health';
import { DEFAULT_LIMITS, type ApiLimits } from './limits';
import { costLimitPlugin } from './plugins/cost-limit';
import { depthLimitRule } from './plugins/depth-limit';
import { introspectionPlugin } from './plugins/introspection';
import { logErrorsPlugin } from './plugins/log-errors';
import { readOnlyPlugin } from './plugins/read-only';

/** The dashboard's build output (web/dist), two levels up from both src/api and dist/api. */
export const WEB_ROOT = path.resolve(__dirname, '..', '..', 'web', 'dist');

export interface CreateAppOptions {
  driver: Driver;
  config: Pick<Config, 'server' | 'neo4j'>;
  limits?: Partial<ApiLimits>;
  /** Folder served at /; `null` serves no dashboard. Defaults to web/dist when it exists. */
  webRoot?: string | null;
  schemaFile?: string;
  /** Where unexpected errors are reported, one line each (default: stderr). */
  log?: (line: string) => void;
}

export interface App {
  app: Express;
  httpServer: http.Server;
  /** Stops Apollo and closes the HTTP server once in-flight requests are done; the driver stays open. */
  stop: () => Promise<void>;
}

export async function createApp({
  driver,
  config,
  limits,
  webRoot = WEB_ROOT,
  schemaFile,
  log = (line) => process.stderr.write(`${line}\n`),
}: CreateAppOptions): Promise<App> {
  const { server } = config;
  const guard = { ...DEFAULT_LIMITS, ...limits };
  const schema = await createSchema({
    driver,
    enableMutations: server.enableMutations,
    jwtSecret: server.jwtSecret,
    schemaFile,
  });

  const app = express();
  const httpServer = http.createServer(app);
  const apollo = new ApolloServer<ApiContext>({
    schema,
    introspection: server.introspection,
    validationRules: [depthLimitRule(guard.maxDepth)],
    formatError,
    plugins: [
      ApolloServerPluginDrainHttpServer({ httpServer }),
      introspectionPlugin({ enabled: server.introspection }),
      readOnlyPlugin({ enableMutations: server.enableMutations }),
      costLimitPlugin(guard),
      logErrorsPlugin(log),
    ],
  });
  await apollo.start();

  app.disable('x-powered-by');
  app.use(cors({ origin: server.corsOrigins === '*' ? '*' : server.corsOrigins }));
  app.get('/health', healthHandler(driver));
  app.use(
    '/graphql',
    express.json({ limit: '1mb' }),
    expressMiddleware(apollo, { context: createContext(config.neo4j.database) }),
  );
  if (webRoot && fs.existsSync(path.join(webRoot, 'index.html'))) {
    app.use(express.static(webRoot));
  } else {
    app.get('/', (_req, res) => {
      res
        .type('html')
        .send(
          '<p>The dashboard is not built (run <code>npm run build</code>). The GraphQL API is at <a href="/graphql">/graphql</a>.</p>',
        );
    });
  }

  return { app, httpServer, stop: () => apollo.stop() };
}
