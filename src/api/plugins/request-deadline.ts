// When a request outlives its deadline, context.ts closes its Neo4j sessions. What the
// queries then give depends on when the close came: an error about a closed session, or, for
// an auto-commit read whose records were streaming, a result cut short with no error at all.
// Either way nothing the request read can be trusted to be whole, so the caller is told the
// real reason and given no data: QUERY_TIMEOUT, as when Neo4j's own transaction timeout stops
// a query.
import { GraphQLError } from 'graphql';
import type { ApolloServerPlugin } from '@apollo/server';
import type { ApiContext } from '../context';

const STOPPED = new GraphQLError(
  'The request ran past the time the server allows and was stopped. Ask for smaller pages, fewer nested lists or simpler filters.',
  { extensions: { code: 'QUERY_TIMEOUT' } },
).toJSON();

export function requestDeadlinePlugin(): ApolloServerPlugin<ApiContext> {
  return {
    async requestDidStart() {
      return {
        async willSendResponse({ response, contextValue }) {
          if (response.body.kind !== 'single' || !contextValue.deadlinePassed()) return;
          const { singleResult } = response.body;
          // Refusals of the request itself (validation, limits) stand: they were not cut short.
          if (singleResult.errors?.length && singleResult.data === undefined) return;
          singleResult.data = null;
          singleResult.errors = [STOPPED];
        },
      };
    },
  };
}
