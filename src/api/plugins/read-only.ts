// Refuses every mutation unless the server was started with mutations enabled. The schema
// already has no Mutation type then (load-type-defs.ts adds `@mutation(operations: [])`);
// this guard gives the caller a clear answer instead of "schema is not configured", and
// still holds if someone edits the schema.
import { GraphQLError } from 'graphql';
import type { ApolloServerPlugin } from '@apollo/server';

export function readOnlyPlugin({ enableMutations }: { enableMutations: boolean }): ApolloServerPlugin {
  return {
    async requestDidStart() {
      if (enableMutations) return;
      return {
        async didResolveOperation({ operation }) {
          if (operation?.operation !== 'mutation') return;
          throw new GraphQLError(
            'Mutations are disabled: this newsgraph API is read-only. ' +
              'Write with `newsgraph ingest`, or start the server with NEWSGRAPH_ENABLE_MUTATIONS=true and NEWSGRAPH_JWT_SECRET set.',
            { extensions: { code: 'READ_ONLY', http: { status: 403 } } },
          );
        },
      };
    },
  };
}
