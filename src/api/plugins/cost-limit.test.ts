import { parse, type GraphQLSchema } from 'graphql';
import { getComplexity } from 'graphql-query-complexity';
import { createSchema } from '../create-schema';
import { listCostEstimator } from './cost-limit';

describe('listCostEstimator on the real schema', () => {
  const estimators = [listCostEstimator({ pageDefault: 25, pageMax: 100 })];
  let schema: GraphQLSchema;
  beforeAll(async () => {
    schema = await createSchema({ enableMutations: false });
  });
  const cost = async (query: string) => getComplexity({ schema, query: parse(query), estimators });

  it.each([
    // 5 entities × (name + 25 attacked × name)
    ['{ entities(limit: 5) { name attacked { name } } }', 5 * (1 + 1 + 25 * 2)],
    // no limit: the @limit default of 25
    ['{ articles { title } }', 25 * 2],
    // asking for more than the @limit max counts as the max
    ['{ facts(limit: 5000) { sentence } }', 100 * 2],
    // a connection is paged by `first`; its edges are not counted twice
    ['{ entitiesConnection(first: 10) { edges { node { name } } } }', 10 * (1 + 1 + 1 + 1)],
    ['{ searchEntities(query: "iran", limit: 3) { name } }', 3 * 2],
  ])('%s costs %i', async (query, expected) => {
    expect(await cost(query)).toBe(expected);
  });

  it('makes nested lists multiply', async () => {
    expect(
      await cost('{ entities(limit: 100) { attacked(limit: 100) { supports(limit: 100) { name } } } }'),
    ).toBeGreaterThan(1_000_000);
  });
});
