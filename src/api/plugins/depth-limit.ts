// Refuses queries nested deeper than `maxDepth`, before anything reaches Neo4j. The depth of
// a field is 1 + the depth of its selections; introspection fields (`__schema`, `__type`)
// are not counted, because their nesting is the schema's, not the data's. The walk visits
// each fragment once (fold-operation.ts), so a document of fragments that spread each
// other exponentially is measured in linear time, and a fragment cycle (which graphql's
// NoFragmentCyclesRule reports) cannot recurse.
import { GraphQLError, Kind, type ValidationContext, type ValidationRule } from 'graphql';
import { foldOperation } from '../fold-operation';

export function depthLimitRule(maxDepth: number): ValidationRule {
  return (context: ValidationContext) => ({
    Document: {
      leave(document) {
        for (const operation of document.definitions) {
          if (operation.kind !== Kind.OPERATION_DEFINITION) continue;
          const depth = foldOperation({
            schema: context.getSchema(),
            document,
            operation,
            empty: 0,
            combine: Math.max,
            field: ({ node }, child) =>
              node.name.value.startsWith('__') ? 0 : node.selectionSet ? 1 + child : 0,
          });
          if (depth <= maxDepth) continue;
          const which = operation.name ? `Operation '${operation.name.value}'` : 'The query';
          context.reportError(
            new GraphQLError(
              `${which} is too deep: ${depth} levels of nested fields, the limit is ${maxDepth}. ` +
                'Ask for fewer nested relationships, or run a second query from the ids of the first.',
              // Apollo gives every validation error the code GRAPHQL_VALIDATION_FAILED.
              { nodes: [operation], extensions: { depth, maxDepth } },
            ),
          );
        }
      },
    },
  });
}
