// What a GraphQL caller sees when something fails: a code and one sentence, never a stack,
// a file path or the database's own message (those go to the server's log, log-errors.ts).
//  - a lost Neo4j: DB_UNREACHABLE;
//  - a missing or bad JWT on a guarded mutation: UNAUTHENTICATED / FORBIDDEN (HTTP 401 / 403,
//    set by plugins/http-status.ts);
//  - a query stopped by its transaction timeout or its request deadline: QUERY_TIMEOUT;
//  - any other database or internal failure: INTERNAL_SERVER_ERROR with a fixed sentence.
// Refused requests (read-only, too deep, too costly, bad input, a typo in a field) are
// GraphQLErrors of our own or of graphql's validation and pass unchanged.
import { GraphQLError, type GraphQLFormattedError } from 'graphql';
import { unwrapResolverError } from '@apollo/server/errors';

const UNREACHABLE_CODES = new Set(['ServiceUnavailable', 'SessionExpired']);
const TIMEOUT_CODES = new Set([
  'Neo.ClientError.Transaction.TransactionTimedOut',
  'Neo.ClientError.Transaction.TransactionTimedOutClientConfiguration',
  'Neo.ClientError.Transaction.Terminated',
  'Neo.TransientError.Transaction.Terminated',
  'Neo.TransientError.Transaction.LockClientStopped',
]);

type Replacement = Pick<GraphQLFormattedError, 'message'> & { code: string };

export function formatError(formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError {
  const original = unwrapResolverError(error);
  const replacement = replace(original, formatted);
  const { stacktrace: _dropped, ...extensions } = formatted.extensions ?? {};
  if (!replacement) return { ...formatted, extensions };
  return {
    message: replacement.message,
    locations: formatted.locations,
    path: formatted.path,
    extensions: { code: replacement.code },
  };
}

function replace(original: unknown, formatted: GraphQLFormattedError): Replacement | undefined {
  const { code, message } = (original ?? {}) as { code?: unknown; message?: unknown };
  // @neo4j/graphql does not export its error classes, and graphql names every GraphQLError
  // "GraphQLError"; the class's own name tells them apart.
  const name = (original as object | undefined)?.constructor?.name;
  if (typeof code === 'string' && UNREACHABLE_CODES.has(code))
    return {
      code: 'DB_UNREACHABLE',
      message: 'Neo4j is not reachable, so the API cannot answer now; GET /health shows when it is back.',
    };
  // @neo4j/graphql throws a bare Neo4jGraphQLError("Unauthenticated") when the JWT is missing.
  if (
    name === 'Neo4jGraphQLAuthenticationError' ||
    (name === 'Neo4jGraphQLError' && message === 'Unauthenticated')
  )
    return {
      code: 'UNAUTHENTICATED',
      message: 'Unauthenticated: this operation needs a valid JWT in the Authorization header (Bearer …).',
    };
  if (name === 'Neo4jGraphQLForbiddenError')
    return { code: 'FORBIDDEN', message: 'Forbidden: the JWT given does not allow this operation.' };
  if (typeof code === 'string' && TIMEOUT_CODES.has(code))
    return {
      code: 'QUERY_TIMEOUT',
      message:
        'The query ran past the time the server allows and was stopped. Ask for smaller pages, fewer nested lists or simpler filters.',
    };
  // @neo4j/graphql's refusals of a request (a bad filter value, a relationship rule) are the caller's.
  if (typeof name === 'string' && name.startsWith('Neo4jGraphQL'))
    return { code: 'BAD_USER_INPUT', message: formatted.message };
  // So are our own refusals and graphql's validation and coercion errors.
  if (original instanceof GraphQLError || original === undefined) return undefined;
  return {
    code: 'INTERNAL_SERVER_ERROR',
    message: 'The server could not answer this query; its log has the details.',
  };
}
