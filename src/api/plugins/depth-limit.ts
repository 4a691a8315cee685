// Refuses queries nested deeper than `maxDepth`, before anything reaches Neo4j. The depth is
// measured by graphql-depth-limit; the error is ours, because its own names the operation
// as '' when it is anonymous and gives no hint.
import {
  GraphQLError,
  Kind,
  visit,
  type DocumentNode,
  type ValidationContext,
  type ValidationRule,
} from 'graphql';
import depthLimit from 'graphql-depth-limit';

export function depthLimitRule(maxDepth: number): ValidationRule {
  return (context: ValidationContext) => {
    // The library throws (and logs) on an unknown fragment; graphql's own rules report that one.
    if (hasUnknownFragment(context.getDocument())) return {};
    let depths: Record<string, number> = {};
    // Infinity: measure only; the library would otherwise report its own error too.
    depthLimit(Infinity, {}, (measured) => {
      depths = measured;
    })(context);
    for (const [name, depth] of Object.entries(depths)) {
      if (depth > maxDepth) {
        const which = name ? `Operation '${name}'` : 'The query';
        context.reportError(
          new GraphQLError(
            `${which} is too deep: ${depth} levels of nested fields, the limit is ${maxDepth}. ` +
              'Ask for fewer nested relationships, or run a second query from the ids of the first.',
            // Apollo gives every validation error the code GRAPHQL_VALIDATION_FAILED.
            { extensions: { depth, maxDepth } },
          ),
        );
      }
    }
    return {};
  };
}

function hasUnknownFragment(document: DocumentNode): boolean {
  const defined = new Set(
    document.definitions.flatMap((d) => (d.kind === Kind.FRAGMENT_DEFINITION ? [d.name.value] : [])),
  );
  let unknown = false;
  visit(document, {
    FragmentSpread(node) {
      if (!defined.has(node.name.value)) unknown = true;
    },
  });
  return unknown;
}
