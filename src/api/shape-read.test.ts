import { parse, type GraphQLSchema, type OperationDefinitionNode } from 'graphql';
import neo4j from 'neo4j-driver';
import { createSchema } from './create-schema';
import { compileRead } from './shape-read';

describe('compileRead on the real schema', () => {
  let schema: GraphQLSchema;
  beforeAll(async () => {
    schema = await createSchema({ enableMutations: false });
  });
  const compile = (query: string) =>
    compileRead(schema, parse(query).definitions[0] as OperationDefinitionNode);
  /** Records as the driver gives them: values under `this`. */
  const records = (...items: unknown[]) =>
    items.map((item) => ({ get: (key: string) => ({ this: item })[key] }));

  it.each([
    ['the entity view', '{ entities { id name type evidenceCount attacked { name } } }'],
    [
      'facts with their article',
      '{ facts(limit: 2) { predicate confidence date article { title published } } }',
    ],
    ['aliases and __typename', '{ e: entities { __typename n: name } }'],
  ])('walks %s', (_name, query) => {
    expect(compile(query)).toBeInstanceOf(Function);
  });

  it.each([
    ['two top-level fields', '{ entities { name } facts { predicate } }'],
    ['a fragment', '{ entities { ...F } } fragment F on Entity { name }'],
    ['an inline fragment', '{ entities { ... on Entity { name } } }'],
    ['a directive', '{ entities { name @include(if: true) } }'],
    ['one response key twice', '{ entities { name name } }'],
    ['a connection', '{ entitiesConnection { totalCount } }'],
    ['a connection below a read', '{ entities { attackedConnection { totalCount } } }'],
    ['an analysis', '{ topActors { name } }'],
    ['introspection', '{ __schema { queryType { name } } }'],
    ['a mutation', 'mutation { __typename }'],
  ])('leaves %s to graphql-js', (_name, query) => {
    expect(compile(query)).toBeUndefined();
  });

  it('shapes records as graphql-js does: aliases, integers, lists, nulls', () => {
    const shape = compile(
      '{ e: entities { __typename label: name evidenceCount aliases category attacked { name } } }',
    )!;
    const item = {
      label: 'Replayland',
      evidenceCount: neo4j.int(3),
      aliases: ['R'],
      category: null,
      attacked: [{ name: 'Echoburg' }],
    };
    expect(shape(records(item))).toEqual({
      e: [
        {
          __typename: 'Entity',
          label: 'Replayland',
          evidenceCount: 3,
          aliases: ['R'],
          category: null,
          attacked: [{ name: 'Echoburg' }],
        },
      ],
    });
  });

  it('throws where graphql-js would answer with an error', () => {
    const shape = compile('{ entities { name type } }')!;
    expect(() => shape(records({ name: 'No Type', type: null }))).toThrow();
    expect(() => shape(records({ name: 'Odd Type', type: 'Planet' }))).toThrow();
    expect(() => shape(records(null))).toThrow();
  });
});
