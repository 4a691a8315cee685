import { getIntrospectionQuery, parse, type GraphQLSchema } from 'graphql';
import { createSchema } from './create-schema';
import { estimateCost } from './estimate-cost';
import { selectOperation } from './fold-operation';
import { DEFAULT_LIMITS } from './limits';

/** A document of n fragments, each spreading the next twice: 2^n fields once expanded. */
export function fragmentBomb(n: number): string {
  let query = `query { ...F0 } fragment F${n} on Query { __typename } `;
  for (let i = 0; i < n; i++) query += `fragment F${i} on Query { ...F${i + 1} ...F${i + 1} } `;
  return query;
}

describe('estimateCost on the real schema', () => {
  let schema: GraphQLSchema;
  beforeAll(async () => {
    schema = await createSchema({ enableMutations: false });
  });
  const cost = (query: string, variables: Record<string, unknown> = {}) => {
    const document = parse(query);
    return estimateCost({
      schema,
      document,
      operation: selectOperation(document)!,
      variables,
      limits: DEFAULT_LIMITS,
    });
  };
  const { fieldCosts, analysisCost, introspectionCost, pageMax } = DEFAULT_LIMITS;

  it.each([
    // 5 entities × (name + 25 attacked × name)
    ['{ entities(limit: 5) { name attacked { name } } }', 5 * (1 + 1 + 25 * 2)],
    // no limit: the @limit default of 25
    ['{ articles { title } }', 25 * 2],
    // asking for more than the @limit max counts as the max
    ['{ facts(limit: 5000) { sentence } }', 100 * 2],
    // a connection is paged by `first`; its edges are not counted twice
    ['{ entitiesConnection(first: 10) { edges { node { name } } } }', 10 * (1 + 1 + 1 + 1)],
    // a @cypher field adds what one call costs
    ['{ searchEntities(query: "iran", limit: 3) { name } }', fieldCosts['Query.searchEntities'] + 3 * 2],
    ['{ entities(limit: 2) { evidenceCount } }', 2 * (1 + fieldCosts['Entity.evidenceCount'] + 1)],
    // an analysis adds its price, and returns at most pageMax rows whatever its limit
    ['{ timeline(limit: 2147483647) { factDate } }', analysisCost + 100 * 2],
    // skipped rows are read too
    ['{ articles(limit: 10, offset: 1000) { title } }', 1000 + 10 * 2],
  ])('%s costs %i', (query, expected) => {
    expect(cost(query)).toBe(expected);
  });

  it('makes nested lists multiply', () => {
    expect(
      cost('{ entities(limit: 100) { attacked(limit: 100) { supports(limit: 100) { name } } } }'),
    ).toBeGreaterThan(1_000_000);
  });

  it('counts a filter term per compared value, times pageMax per relationship crossed', () => {
    const base = cost('{ entities(limit: 1) { id } }');
    expect(cost('{ entities(limit: 1, where: { name: { in: ["a", "b", "c"] } }) { id } }') - base).toBe(3);
    expect(
      cost('{ entities(limit: 1, where: { attacked: { some: { name: { eq: "a" } } } }) { id } }') - base,
    ).toBe(pageMax);
    // A connection filter crosses one relationship, its node and edge parts none more.
    expect(
      cost(
        '{ entities(limit: 1, where: { attackedConnection: { some: { node: { name: { eq: "a" } }, edge: { count: { gt: 1 } } } } }) { id } }',
      ) - base,
    ).toBe(2 * pageMax);
    let nested = '{ name: { eq: "x" } }';
    for (let i = 0; i < 6; i++) nested = `{ attacked: { some: ${nested} } }`;
    expect(cost(`{ entities(where: ${nested}) { id } }`)).toBeGreaterThan(DEFAULT_LIMITS.maxCost);
  });

  it('reads filters given as variables', () => {
    const or = Array.from({ length: 30 }, (_, i) => ({ name: { eq: `n${i}` } }));
    expect(cost('query($w: EntityWhere) { entities(limit: 1, where: $w) { id } }', { w: { OR: or } })).toBe(
      30 + 2,
    );
  });

  it('prices the full introspection query under the limit, however many descriptions it asks', () => {
    for (const descriptions of [true, false]) {
      const c = cost(
        getIntrospectionQuery({ descriptions, specifiedByUrl: true, inputValueDeprecation: true }),
      );
      expect(c).toBeGreaterThanOrEqual(introspectionCost);
      expect(c).toBeLessThan(DEFAULT_LIMITS.maxCost);
    }
  });

  it('prices many introspections in one request over the limit', () => {
    const aliases = Array.from({ length: 60 }, (_, i) => `s${i}: __schema { types { name } }`).join(' ');
    expect(cost(`{ ${aliases} }`)).toBeGreaterThan(DEFAULT_LIMITS.maxCost);
  });

  it('measures fragments that spread each other exponentially once each', () => {
    // 2^60 __typename fields once expanded: walked expansion by expansion this never ends.
    expect(cost(fragmentBomb(60))).toBe(2 ** 60);
  });

  it('gives a fragment cycle (refused by graphql itself) a finite cost instead of recursing', () => {
    expect(cost('query { ...A } fragment A on Query { ...B __typename } fragment B on Query { ...A }')).toBe(
      1,
    );
  });
});
