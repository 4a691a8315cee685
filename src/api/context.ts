// The per-request context @neo4j/graphql reads: which database to use, the bearer token that
// @authentication verifies when mutations are enabled, and the request's budget in Neo4j.
// Every transaction the request opens carries a timeout, so Neo4j ends a runaway query by
// itself; and the request gets its own view of the driver that remembers the sessions it
// opened, so that when the client goes away or the request outlives its deadline they are
// closed, which resets the Bolt connection and makes Neo4j stop the query at once. Its reads
// go to Neo4j in one round trip (auto-commit-reads.ts).
import type { Request, Response } from 'express';
import type { Driver } from '../graph';
import { autoCommitReads, type ReadDone } from './auto-commit-reads';

type Session = ReturnType<Driver['session']>;
type SessionConfig = Parameters<Driver['session']>[0];

/** A read the request ran: the session it opened, the query, and what came back. */
export interface RequestRead extends ReadDone {
  sessionConfig: SessionConfig;
}

export interface ApiContext {
  token?: string;
  sessionConfig: { database: string };
  /** Read by @neo4j/graphql for every transaction it runs. */
  transaction: { timeout: number };
  /** The driver @neo4j/graphql opens its sessions from: the request's own view of it. */
  executionContext: Pick<Driver, 'session' | 'executeQueryBookmarkManager'>;
  /** Whether the request's deadline passed and its sessions were closed (plugins/request-deadline.ts). */
  deadlinePassed: () => boolean;
  /** The reads the request ran, in order (plugins/replay-reads.ts learns from them). */
  reads: RequestRead[];
}

export interface ContextOptions {
  driver: Driver;
  database: string;
  /** Transaction timeout for every query of the request, in ms. */
  queryTimeoutMs: number;
  /** After this many ms the request's sessions are closed whatever they are doing. */
  requestTimeoutMs: number;
}

export function createContext({ driver, database, queryTimeoutMs, requestTimeoutMs }: ContextOptions) {
  return async ({ req, res }: { req: Request; res: Response }): Promise<ApiContext> => {
    const open = new Set<Session>();
    let ended = false;
    let expired = false;
    const end = () => {
      if (ended) return;
      ended = true;
      clearTimeout(deadline);
      for (const session of open) void session.close().catch(() => undefined);
      open.clear();
    };
    const deadline = setTimeout(() => {
      expired = true;
      end();
    }, requestTimeoutMs);
    deadline.unref();
    // 'close' fires when the response is done or the connection dropped; either way nothing
    // the request started is still wanted.
    res.once('close', end);
    const reads: RequestRead[] = [];
    return {
      token: req.headers.authorization,
      sessionConfig: { database },
      transaction: { timeout: queryTimeoutMs },
      deadlinePassed: () => expired,
      reads,
      executionContext: {
        executeQueryBookmarkManager: driver.executeQueryBookmarkManager,
        session: ((config) => {
          const session = autoCommitReads(driver.session(config), (read) =>
            reads.push({ ...read, sessionConfig: config }),
          );
          if (ended) {
            void session.close();
          } else {
            open.add(session);
            const close = session.close.bind(session);
            session.close = async () => {
              open.delete(session);
              await close();
            };
          }
          return session;
        }) as Driver['session'],
      },
    };
  };
}
