// The analyses' own `limit` defaults suit the CLI (timeline: 500 rows), but through GraphQL
// no list returns more than pageMax items, as @limit ensures for entities, articles and
// facts. @neo4j/graphql reads a @cypher field's arguments from the query itself, so the cap
// is applied to what the field returns; the transaction timeout bounds the work behind it.
import type { GraphQLSchema } from 'graphql';
import { isAnalysisField } from './estimate-cost';

export function capAnalysisRows(schema: GraphQLSchema, pageMax: number): GraphQLSchema {
  const query = schema.getQueryType();
  if (!query) return schema;
  for (const field of Object.values(query.getFields())) {
    const resolve = field.resolve;
    if (!resolve || !isAnalysisField({ field, parentType: query })) continue;
    field.resolve = async (...args) => {
      const rows: unknown = await resolve(...args);
      return Array.isArray(rows) ? rows.slice(0, pageMax) : rows;
    };
  }
  return schema;
}
