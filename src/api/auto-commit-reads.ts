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
import type { Driver } from '../graph';

type Session = ReturnType<Driver['session']>;

/** Makes `session.executeRead` run its work as one auto-commit query. */
export function autoCommitReads(session: Session): Session {
  const managed = session.executeRead.bind(session);
  session.executeRead = (async (work: (tx: unknown) => unknown, config?: Parameters<Session['run']>[2]) => {
    let ran = false;
    try {
      // The work (@neo4j/graphql's Executor) only calls tx.run once and awaits the result.
      return await work({
        run: (query: string, parameters?: Record<string, unknown>) => {
          ran = true;
          return session.run(query, parameters, config);
        },
      });
    } catch (error) {
      if (!ran || !isRetryable(error)) throw error;
      return managed(work as Parameters<Session['executeRead']>[0], config);
    }
  }) as Session['executeRead'];
  return session;
}

function isRetryable(error: unknown): boolean {
  return typeof error === 'object' && error !== null && (error as { retryable?: unknown }).retryable === true;
}
