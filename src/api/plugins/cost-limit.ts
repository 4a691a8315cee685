// Refuses queries whose estimated cost (estimate-cost.ts) is above `maxCost`, before
// anything reaches Neo4j. It runs once the operation is known, because page sizes and
// filters may come from variables.
import { GraphQLError } from 'graphql';
import type { ApolloServerPlugin } from '@apollo/server';
import { estimateCost, type CostLimits } from '../estimate-cost';
import type { ApiLimits } from '../limits';
import { operationCheckPlugin } from './operation-check';

export function costLimitPlugin(limits: CostLimits & Pick<ApiLimits, 'maxCost'>): ApolloServerPlugin {
  return operationCheckPlugin((request) => {
    const cost = estimateCost({ ...request, limits });
    if (cost <= limits.maxCost) return;
    const shown = Number.isFinite(cost) && cost < 1e15 ? String(Math.round(cost)) : 'over 10^15';
    throw new GraphQLError(
      `The query is too expensive: its estimated cost is ${shown}, the limit is ${limits.maxCost}. ` +
        'Ask for smaller pages (limit/first), fewer nested lists or aliases, or simpler filters.',
      {
        extensions: {
          code: 'QUERY_TOO_COSTLY',
          cost: Number.isFinite(cost) ? cost : null,
          maxCost: limits.maxCost,
          http: { status: 400 },
        },
      },
    );
  });
}
