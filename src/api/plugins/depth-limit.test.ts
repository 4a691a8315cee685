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

  it('leaves an unknown fragment to the standard rules instead of throwing', () => {
    expect(errors('{ entities { ...Missing } }', 3)).toEqual([]);
  });
});
