// What a GraphQL caller sees when something fails below the API: a lost Neo4j becomes one
// clear sentence instead of a driver stack; every other error passes through unchanged.
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
  return formatted;
}
