// @neo4j/graphql's DateTime scalar checks a date given as a variable but takes any string written
// in the query itself, so `published: { gte: "yesterday" }` passed validation and failed inside
// Neo4j. Here a literal goes through the scalar's own variable check, so validation refuses it
// with GraphQL's usual message ("Expected value of type DateTime…"), as it refuses "last week"
// for a Date.
import { Kind, type GraphQLSchema, type GraphQLScalarType, type ValueNode } from 'graphql';

const TEMPORAL_SCALARS = ['DateTime', 'Date'];

export function strictTemporalLiterals(schema: GraphQLSchema): GraphQLSchema {
  for (const name of TEMPORAL_SCALARS) {
    const scalar = schema.getType(name) as GraphQLScalarType | undefined;
    if (!scalar) continue;
    const parseLiteral = scalar.parseLiteral.bind(scalar);
    const parseValue = scalar.parseValue.bind(scalar);
    scalar.parseLiteral = (ast: ValueNode, variables?: Record<string, unknown> | null) =>
      ast.kind === Kind.STRING
        ? (parseValue(ast.value), parseLiteral(ast, variables))
        : parseLiteral(ast, variables);
  }
  return schema;
}
