// When a request outlives its deadline, context.ts closes its Neo4j sessions, and the
// queries fail with whatever the driver says about a closed session. The caller is told the
// real reason instead: QUERY_TIMEOUT, as when Neo4j's own transaction timeout stops a query.
import type { ApolloServerPlugin } from '@apollo/server';
import type { ApiContext } from '../context';

export function requestDeadlinePlugin(): ApolloServerPlugin<ApiContext> {
  return {
    async requestDidStart() {
      return {
        async willSendResponse({ response, contextValue }) {
          if (response.body.kind !== 'single' || !contextValue.deadlinePassed()) return;
          const { singleResult } = response.body;
          singleResult.errors = singleResult.errors?.map((error) =>
            error.extensions?.code === 'INTERNAL_SERVER_ERROR'
              ? {
                  ...error,
                  message:
                    'The request ran past the time the server allows and was stopped. Ask for smaller pages, fewer nested lists or simpler filters.',
                  extensions: { code: 'QUERY_TIMEOUT' },
                }
              : error,
          );
        },
      };
    },
  };
}
