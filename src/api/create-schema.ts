// schema.graphql → an executable GraphQLSchema whose resolvers @neo4j/graphql translates
// into Cypher. Only the driver comes from src/graph.
import { Neo4jGraphQL } from '@neo4j/graphql';
import type { GraphQLSchema } from 'graphql';
import type { Driver } from '../graph';
import { loadTypeDefs } from './load-type-defs';
import { strictTemporalLiterals } from './strict-temporal-literals';
import { installTranslationCache } from './translation-cache';

export interface CreateSchemaOptions {
  /** Runs the queries; without it the schema can be printed or validated but not executed. */
  driver?: Driver;
  enableMutations: boolean;
  /** Verifies the JWTs that mutations need; required when mutations are enabled. */
  jwtSecret?: string;
  schemaFile?: string;
}

export async function createSchema({
  driver,
  enableMutations,
  jwtSecret,
  schemaFile,
}: CreateSchemaOptions): Promise<GraphQLSchema> {
  // Without it every read is translated anew: slower, still correct.
  if (!installTranslationCache())
    process.emitWarning('@neo4j/graphql moved translateRead: reads are not cached');
  const neo4jGraphQL = new Neo4jGraphQL({
    typeDefs: loadTypeDefs({ enableMutations, file: schemaFile }),
    driver,
    features: {
      // Only the v7 filter forms (`name: { eq: … }`): half the schema, one way to write a query.
      excludeDeprecatedFields: {
        mutationOperations: true,
        aggregationFilters: true,
        aggregationFiltersOutsideConnection: true,
        relationshipFilters: true,
        attributeFilters: true,
      },
      ...(jwtSecret ? { authorization: { key: jwtSecret } } : {}),
    },
  });
  return strictTemporalLiterals(await neo4jGraphQL.getSchema());
}
