import type { GraphQLSchema } from 'graphql';
import { createSchema } from './create-schema';

describe('createSchema (schema.graphql through @neo4j/graphql)', () => {
  let readOnly: GraphQLSchema;
  beforeAll(async () => {
    readOnly = await createSchema({ enableMutations: false });
  });

  it('is read-only by default: no Mutation type at all', async () => {
    expect(readOnly.getMutationType()).toBeUndefined();
    expect(Object.keys(readOnly.getQueryType()!.getFields())).toEqual(
      expect.arrayContaining(['entities', 'articles', 'facts', 'entitiesConnection', 'searchEntities']),
    );
  });

  it('generates mutations only when they are enabled (each then needs a JWT)', async () => {
    const schema = await createSchema({ enableMutations: true, jwtSecret: 'x'.repeat(32) });
    expect(Object.keys(schema.getMutationType()!.getFields())).toEqual(
      expect.arrayContaining(['createEntities', 'updateFacts', 'deleteArticles']),
    );
  });

  it('gives Entity every typed relationship both ways, with its properties', async () => {
    const fields = readOnly.getType('Entity')!.toConfig() as { fields: Record<string, unknown> };
    for (const name of [
      'attacked',
      'attackedBy',
      'supports',
      'supportedBy',
      'cooperatedWith',
      'memberOf',
      'members',
      'locatedIn',
      'contains',
    ]) {
      expect(fields.fields).toHaveProperty(name);
      expect(fields.fields).toHaveProperty(`${name}Connection`);
    }
    expect(Object.keys((readOnly.getType('Relation')!.toConfig() as { fields: object }).fields)).toEqual([
      'count',
      'firstSeen',
      'lastSeen',
      'confidence',
    ]);
  });
});
