// Refuses queries whose estimated cost is above `maxCost`, before anything reaches Neo4j.
// The estimate approximates the number of values Neo4j would return: a list of objects
// costs (its page size) × (1 + what each item selects), with the page size taken from
// `limit`/`first` or the schema's @limit default and clamped to its max, so nesting
// lists multiplies, as it does in the database.
import { GraphQLError, getNullableType, isListType, isObjectType, getNamedType } from 'graphql';
import type { ApolloServerPlugin } from '@apollo/server';
import { getComplexity, type ComplexityEstimator } from 'graphql-query-complexity';
import type { ApiLimits } from '../limits';

export function costLimitPlugin(
  limits: Pick<ApiLimits, 'maxCost' | 'pageDefault' | 'pageMax'>,
): ApolloServerPlugin {
  const estimator = listCostEstimator(limits);
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ request, document, schema }) {
          const cost = getComplexity({
            schema,
            query: document,
            operationName: request.operationName ?? undefined,
            variables: request.variables ?? {},
            estimators: [estimator],
          });
          if (cost > limits.maxCost) {
            throw new GraphQLError(
              `The query is too expensive: its estimated cost is ${cost}, the limit is ${limits.maxCost}. ` +
                'Ask for smaller pages (limit/first) or fewer nested lists.',
              {
                extensions: {
                  code: 'QUERY_TOO_COSTLY',
                  cost,
                  maxCost: limits.maxCost,
                  http: { status: 400 },
                },
              },
            );
          }
        },
      };
    },
  };
}

export function listCostEstimator({
  pageDefault,
  pageMax,
}: Pick<ApiLimits, 'pageDefault' | 'pageMax'>): ComplexityEstimator {
  return ({ type, field, args, childComplexity }) => {
    const returned = getNullableType(field.type);
    const named = getNamedType(returned);
    const isConnection = isObjectType(returned) && named.name.endsWith('Connection');
    const isObjectList = isListType(returned) && isObjectType(named);
    // A connection's `edges` are paged by the connection's `first`, counted one level up.
    const paged = isConnection || (isObjectList && !type.name.endsWith('Connection'));
    return paged ? pageSize(args, pageDefault, pageMax) * (1 + childComplexity) : 1 + childComplexity;
  };
}

function pageSize(args: Record<string, unknown>, pageDefault: number, pageMax: number): number {
  const asked =
    typeof args.limit === 'number' ? args.limit : typeof args.first === 'number' ? args.first : pageDefault;
  return Math.min(Math.max(asked, 1), pageMax);
}
