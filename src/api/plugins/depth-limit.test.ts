import { buildSchema, parse, validate } from 'graphql';
import { depthLimitRule } from './depth-limit';

const schema = buildSchema(`
  type Entity { name: String, attacked: [Entity!]! }
  type Query { entities: [Entity!]! }
`);

function errors(query: string, maxDepth: number): string[] {
  return validate(schema, parse(query), [depthLimitRule(maxDepth)]).map((e) => e.message);
}

describe('depthLimitRule', () => {
  it.each([
    ['{ entities { name } }', 1],
    ['{ entities { attacked { name } } }', 2],
    ['{ entities { attacked { attacked { name } } } }', 3],
  ])('lets %s (depth %i) through a limit of 3', (query) => {
    expect(errors(query, 3)).toEqual([]);
  });

  it('refuses a deeper query, saying its depth and the limit', () => {
    expect(errors('{ entities { attacked { attacked { attacked { name } } } } }', 3)).toEqual([
      expect.stringMatching(/^The query is too deep: 4 levels of nested fields, the limit is 3\./),
    ]);
  });

  it('names the operation when it has a name, and counts fragments', () => {
    const query = 'query Deep { entities { ...F } } fragment F on Entity { attacked { attacked { name } } }';
    expect(errors(query, 2)).toEqual([expect.stringMatching(/^Operation 'Deep' is too deep: 3 levels/)]);
  });

  it('does not count introspection fields', () => {
    expect(errors('{ __schema { types { fields { type { ofType { name } } } } } }', 2)).toEqual([]);
  });

  it('measures fragments that spread each other exponentially in one pass', () => {
    let query = 'query { ...F0 } fragment F60 on Entity { name } ';
    query = query.replace('query { ...F0 }', 'query { entities { ...F0 } }');
    for (let i = 0; i < 60; i++)
      query += `fragment F${i} on Entity { attacked { ...F${i + 1} } ...F${i + 1} } `;
    expect(errors(query, 10)).toEqual([expect.stringMatching(/^The query is too deep: 61 levels/)]);
  });

  it('leaves a fragment cycle to the standard rules instead of recursing', () => {
    const query =
      '{ entities { ...A } } fragment A on Entity { attacked { ...B } } fragment B on Entity { ...A }';
    expect(errors(query, 10)).toEqual([]);
  });

  it('leaves an unknown fragment to the standard rules instead of throwing', () => {
    expect(errors('{ entities { ...Missing } }', 3)).toEqual([]);
  });
});
