// The per-request context @neo4j/graphql reads: which database to use, and the bearer token
// that @authentication verifies when mutations are enabled.
import type { Request } from 'express';

export interface ApiContext {
  token?: string;
  sessionConfig: { database: string };
}

export function createContext(database: string) {
  return async ({ req }: { req: Request }): Promise<ApiContext> => ({
    token: req.headers.authorization,
    sessionConfig: { database },
  });
}
