// Unexpected errors (a Cypher failure, a lost Neo4j) are written to the server's log, one
// line each, because the caller only sees a short message. Refused requests (read-only, too
// deep, a misspelt field) are the caller's to fix and are not logged.
import { GraphQLError } from 'graphql';
import type { ApolloServerPlugin } from '@apollo/server';

export function logErrorsPlugin(log: (line: string) => void): ApolloServerPlugin {
  return {
    async requestDidStart() {
      return {
        async didEncounterErrors({ errors, operationName }) {
          for (const error of errors) {
            const cause = error.originalError;
            if (!cause || cause instanceof GraphQLError) continue;
            const where = error.path ? ` at ${error.path.join('.')}` : '';
            log(
              `graphql: ${operationName ?? 'anonymous operation'}${where}: ${cause.message.split('\n')[0]}`,
            );
          }
        },
      };
    },
  };
}
