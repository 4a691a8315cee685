// What a GraphQL caller sees when something fails: a lost Neo4j becomes one clear sentence
// instead of a driver stack, and a refused request (read-only, too deep, a typo in a field)
// carries no server stack trace: only unexpected errors keep theirs (outside production).
import type { GraphQLFormattedError } from 'graphql';
import { unwrapResolverError } from '@apollo/server/errors';

const UNREACHABLE_CODES = new Set(['ServiceUnavailable', 'SessionExpired']);

export function formatError(formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError {
  const original = unwrapResolverError(error) as { code?: unknown } | undefined;
  if (typeof original?.code === 'string' && UNREACHABLE_CODES.has(original.code)) {
    return {
      message: 'Neo4j is not reachable, so the API cannot answer now; GET /health shows when it is back.',
      locations: formatted.locations,
      path: formatted.path,
      extensions: { code: 'DB_UNREACHABLE' },
    };
  }
  if (formatted.extensions?.code === 'INTERNAL_SERVER_ERROR' || !formatted.extensions?.stacktrace)
    return formatted;
  const { stacktrace: _dropped, ...extensions } = formatted.extensions;
  return { ...formatted, extensions };
}
