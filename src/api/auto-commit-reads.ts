// @neo4j/graphql runs every read as a managed transaction (session.executeRead): BEGIN is
// written to Neo4j on its own, then RUN and PULL, then COMMIT once the records are in, so a
// read costs three writes to the socket and a second round trip for the COMMIT. A read of
// one statement needs none of that: as an auto-commit query (session.run) it is RUN and PULL
// in one write and one round trip, with the same timeout and metadata, the same access mode
// and the same bookmarks. In the API benchmark the socket writes were the largest single
// cost of the server's CPU.
//
// A managed transaction also retries a read that failed with a retryable error (a leader
// switch, a lost connection); this one retries it the managed way once, so nothing is lost.
// Writes (mutations, when enabled) keep their managed transactions.
//
// The driver gives every result the JavaScript stack of its caller (an Error built and
// printed per query, a few percent of the server's CPU) so that a failed query's error shows
// where it was run. Here that place is always @neo4j/graphql's executor, and the API never
// shows or logs a stack, so the read's result is built without one.
import type { Driver } from '../graph';

type Session = ReturnType<Driver['session']>;
type TransactionConfig = Parameters<Session['run']>[2];

/** One read as it went to Neo4j, and what came back: what plugins/replay-reads.ts learns from. */
export interface ReadDone {
  query: string;
  parameters: Record<string, unknown>;
  config: TransactionConfig;
  result: unknown;
}

/** Makes `session.executeRead` run its work as one auto-commit query; `onRead` hears each read that succeeded. */
export function autoCommitReads(session: Session, onRead?: (read: ReadDone) => void): Session {
  const managed = session.executeRead.bind(session);
  session.executeRead = (async (work: (tx: unknown) => unknown, config?: TransactionConfig) => {
    let ran: Omit<ReadDone, 'result'> | undefined;
    try {
      // The work (@neo4j/graphql's Executor) only calls tx.run once and awaits the result.
      const result = await work({
        run: (query: string, parameters: Record<string, unknown> = {}) => {
          ran = { query, parameters, config };
          return runWithoutStack(session, query, parameters, config);
        },
      });
      if (ran) onRead?.({ ...ran, result });
      return result;
    } catch (error) {
      if (!ran || !isRetryable(error)) throw error;
      return managed(work as Parameters<Session['executeRead']>[0], config);
    }
  }) as Session['executeRead'];
  return session;
}

function runWithoutStack(
  session: Session,
  query: string,
  parameters: Record<string, unknown>,
  config: TransactionConfig,
) {
  const limit = Error.stackTraceLimit;
  Error.stackTraceLimit = 0;
  try {
    return session.run(query, parameters, config);
  } finally {
    Error.stackTraceLimit = limit;
  }
}

function isRetryable(error: unknown): boolean {
  return typeof error === 'object' && error !== null && (error as { retryable?: unknown }).retryable === true;
}
