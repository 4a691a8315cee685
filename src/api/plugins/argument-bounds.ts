// Refuses out-of-range arguments with BAD_USER_INPUT before anything reaches Neo4j: a
// negative `limit`, `first` or `offset` (Neo4j's own message would otherwise leak), an
// analysis parameter outside its range (`iterations` of PageRank), a string longer than
// any name, and `where` filters with more terms than any real question needs (an OR of
// 20,000 terms keeps Neo4j's planner busy for minutes).
import { GraphQLError } from 'graphql';
import type { ApolloServerPlugin } from '@apollo/server';
import { foldOperation } from '../fold-operation';
import type { ApiLimits } from '../limits';
import { operationCheckPlugin } from './operation-check';

export type BoundLimits = Pick<ApiLimits, 'argumentBounds' | 'maxStringLength' | 'maxFilterTerms'>;

export function argumentBoundsPlugin(limits: BoundLimits): ApolloServerPlugin {
  return operationCheckPlugin((request) => {
    const terms = foldOperation({
      ...request,
      empty: 0,
      combine: (a, b) => a + b,
      field: ({ field, args }, child) => {
        const values = args();
        for (const [name, value] of Object.entries(values)) checkArgument(field.name, name, value, limits);
        return child + countTerms(values.where);
      },
    });
    if (terms > limits.maxFilterTerms) {
      throw badInput(
        `The query's filters hold ${terms} terms, the limit is ${limits.maxFilterTerms}. ` +
          'Split the question into several queries, or filter on fewer values.',
      );
    }
  });
}

function checkArgument(field: string, name: string, value: unknown, limits: BoundLimits): void {
  const bound = limits.argumentBounds[name];
  if (bound && typeof value === 'number') {
    if (bound.min !== undefined && value < bound.min)
      throw badInput(`Argument "${name}" of "${field}" must be at least ${bound.min}; it was ${value}.`);
    if (bound.max !== undefined && value > bound.max)
      throw badInput(`Argument "${name}" of "${field}" must be at most ${bound.max}; it was ${value}.`);
  }
  const long = longestString(value);
  if (long > limits.maxStringLength) {
    throw badInput(
      `Argument "${name}" of "${field}" holds a string of ${long} characters, the limit is ${limits.maxStringLength}.`,
    );
  }
}

/** Deepest nesting of objects and lists an argument may have: filters nest a few levels. */
const MAX_VALUE_DEPTH = 32;

function longestString(value: unknown, depth = 0): number {
  if (typeof value === 'string') return value.length;
  if (value === null || typeof value !== 'object') return 0;
  if (depth > MAX_VALUE_DEPTH)
    throw badInput(`An argument is nested more than ${MAX_VALUE_DEPTH} levels deep; no filter needs that.`);
  let longest = 0;
  for (const v of Object.values(value)) longest = Math.max(longest, longestString(v, depth + 1));
  return longest;
}

/** Compared values in a filter: each scalar counts one, each item of an `in` list too. */
function countTerms(value: unknown): number {
  if (value === null || value === undefined) return 0;
  if (typeof value !== 'object') return 1;
  let terms = 0;
  for (const v of Object.values(value)) terms += countTerms(v);
  return terms;
}

function badInput(message: string): GraphQLError {
  return new GraphQLError(message, { extensions: { code: 'BAD_USER_INPUT', http: { status: 400 } } });
}
