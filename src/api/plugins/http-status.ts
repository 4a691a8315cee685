// GraphQL answers 200 even when it refuses; HTTP clients and proxies also deserve the status
// that says why. A request refused for its credentials answers 401 (UNAUTHENTICATED) or 403
// (FORBIDDEN), as the errors' codes say once format-error.ts has given them.
import type { ApolloServerPlugin } from '@apollo/server';

const STATUS_BY_CODE: Record<string, number> = { UNAUTHENTICATED: 401, FORBIDDEN: 403 };

export function httpStatusPlugin(): ApolloServerPlugin {
  return {
    async requestDidStart() {
      return {
        async willSendResponse({ response }) {
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
