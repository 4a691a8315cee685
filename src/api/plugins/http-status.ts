// GraphQL answers 200 even when it refuses; HTTP clients and proxies also deserve the status
// that says why. A request refused for its credentials answers 401 (UNAUTHENTICATED) or 403
// (FORBIDDEN), as the errors' codes say once format-error.ts has given them.
//
// Every answer also says `cache-control: no-store`: answers come from a graph that changes
// with every ingest. Apollo's cache-control plugin said so before, but it is disabled
// (create-app.ts): no type of the schema has a cache hint, and its per-field hook made Apollo
// wrap every resolver of the schema and call it for every field of every answer.
import type { ApolloServerPlugin } from '@apollo/server';

const STATUS_BY_CODE: Record<string, number> = { UNAUTHENTICATED: 401, FORBIDDEN: 403 };

export function httpStatusPlugin(): ApolloServerPlugin {
  return {
    async requestDidStart() {
      return {
        async willSendResponse({ response }) {
          if (!response.http.headers.has('cache-control'))
            response.http.headers.set('cache-control', 'no-store');
          if (response.body.kind !== 'single') return;
          for (const error of response.body.singleResult.errors ?? []) {
            const status = STATUS_BY_CODE[String(error.extensions?.code)];
            if (status) {
              response.http.status = status;
              return;
            }
          }
        },
      };
    },
  };
}
