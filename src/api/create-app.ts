// The HTTP application: /graphql (Apollo Server over @neo4j/graphql, Sandbox as landing page),
// /health, and the dashboard's static files at /. It is built but not listening, so tests and
// the demo command choose where it listens (start-server.ts).
import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import express, { type Express } from 'express';
import cors from 'cors';
import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginCacheControlDisabled } from '@apollo/server/plugin/disabled';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import { expressMiddleware } from '@as-integrations/express5';
import type { Config } from '../config';
import type { Driver } from '../graph';
import { capAnalysisRows } from './cap-analysis-rows';
import { createSchema } from './create-schema';
import { createContext, type ApiContext } from './context';
import { corsOptions } from './cors-origin';
import { formatError } from './format-error';
import { healthHandler } from './health';
import { hostCheck } from './host-check';
import { jsonErrors, jsonNotFound } from './json-errors';
import { DEFAULT_LIMITS, type ApiLimits } from './limits';
import { argumentBoundsPlugin } from './plugins/argument-bounds';
import { costLimitPlugin } from './plugins/cost-limit';
import { depthLimitRule } from './plugins/depth-limit';
import { httpStatusPlugin } from './plugins/http-status';
import { introspectionPlugin } from './plugins/introspection';
import { logErrorsPlugin } from './plugins/log-errors';
import { readOnlyPlugin } from './plugins/read-only';
import { replayReadsPlugin } from './plugins/replay-reads';
import { requestDeadlinePlugin } from './plugins/request-deadline';

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
  const schema = capAnalysisRows(
    await createSchema({
      driver,
      enableMutations: server.enableMutations,
      jwtSecret: server.jwtSecret,
      schemaFile,
    }),
    guard.pageMax,
  );

  const app = express();
  const httpServer = http.createServer(app);
  const apollo = new ApolloServer<ApiContext>({
    schema,
    introspection: server.introspection,
    // The parser stops at maxTokens, so no document costs more than that to read.
    parseOptions: { maxTokens: guard.maxTokens },
    validationRules: [depthLimitRule(guard.maxDepth)],
    formatError,
    includeStacktraceInErrorResponses: false,
    // Without introspection, "Did you mean …?" would still reveal the schema field by field.
    hideSchemaDetailsFromClientErrors: !server.introspection,
    plugins: [
      ApolloServerPluginDrainHttpServer({ httpServer }),
      // No type has a cache hint; `cache-control: no-store` comes from httpStatusPlugin.
      ApolloServerPluginCacheControlDisabled(),
      introspectionPlugin({ enabled: server.introspection }),
      readOnlyPlugin({ enableMutations: server.enableMutations }),
      argumentBoundsPlugin(guard),
      costLimitPlugin(guard),
      replayReadsPlugin(),
      requestDeadlinePlugin(),
      httpStatusPlugin(),
      logErrorsPlugin(log),
    ],
  });
  await apollo.start();

  app.disable('x-powered-by');
  app.use(hostCheck({ listenHost: server.host, allowedHosts: server.allowedHosts }));
  app.use(cors(corsOptions(server.corsOrigins)));
  app.get('/health', healthHandler(driver));
  app.use(
    '/graphql',
    express.json({ limit: guard.maxBodyBytes }),
    expressMiddleware(apollo, {
      context: createContext({
        driver,
        database: config.neo4j.database,
        queryTimeoutMs: config.neo4j.queryTimeoutMs,
        requestTimeoutMs: server.requestTimeoutMs,
      }),
    }),
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

  app.use(jsonNotFound);
  app.use(jsonErrors(log));

  return { app, httpServer, stop: () => apollo.stop() };
}
