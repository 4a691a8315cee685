// Neo4j going away in the middle of a write surfaces as a driver error (ServiceUnavailable,
// SessionExpired) after executeWrite has used up its retries. Ingest turns it into one
// NewsgraphError that says what happened and what to do: start Neo4j and run the same
// command again (finished articles are skipped, the rest is written).
import { ErrorCode, NewsgraphError, isNewsgraphError } from '../errors';

const UNREACHABLE = new Set(['ServiceUnavailable', 'SessionExpired', 'ECONNREFUSED', 'ECONNRESET']);

export function isUnreachable(error: unknown): boolean {
  const code = (error as { code?: unknown } | undefined)?.code;
  return typeof code === 'string' && UNREACHABLE.has(code);
}

/**
 * The error to show for a failed graph operation: unreachable Neo4j becomes DB_UNREACHABLE,
 * another Neo4j error DB_QUERY_FAILED; anything else (a bug, a NewsgraphError) is returned as is.
 */
export function graphError(error: unknown, doing: string): unknown {
  if (isNewsgraphError(error) || !isNeo4jError(error)) return error;
  const detail = error instanceof Error ? error.message.split('\n')[0] : String(error);
  if (isUnreachable(error)) {
    return new NewsgraphError(ErrorCode.DB_UNREACHABLE, `Neo4j stopped answering while ${doing}: ${detail}`, {
      hint: 'start Neo4j (newsgraph db start, or check NEO4J_URI) and run the same command again: finished articles are skipped',
      cause: error,
    });
  }
  return new NewsgraphError(ErrorCode.DB_QUERY_FAILED, `Neo4j refused a write while ${doing}: ${detail}`, {
    hint: 'run the same command again; if it fails the same way, report it with this message',
    cause: error,
  });
}

function isNeo4jError(error: unknown): boolean {
  return error instanceof Error && (error.name === 'Neo4jError' || isUnreachable(error));
}
