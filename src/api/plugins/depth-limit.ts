// Refuses queries nested deeper than `maxDepth`, before anything reaches Neo4j. The depth is
// measured by graphql-depth-limit; the error is ours, because its own names the operation
// as '' when it is anonymous and gives no hint.
import { GraphQLError, type ValidationContext, type ValidationRule } from 'graphql';
import depthLimit from 'graphql-depth-limit';

export function depthLimitRule(maxDepth: number): ValidationRule {
  return (context: ValidationContext) => {
    let depths: Record<string, number> = {};
    try {
      // Infinity: measure only; the library would otherwise report its own error too.
      depthLimit(Infinity, {}, (measured) => {
        depths = measured;
      })(context);
    } catch {
      // An unknown fragment makes the library throw; graphql's own rules report that one.
      return {};
    }
    for (const [name, depth] of Object.entries(depths)) {
      if (depth > maxDepth) {
        const which = name ? `Operation '${name}'` : 'The query';
        context.reportError(
          new GraphQLError(
            `${which} is too deep: ${depth} levels of nested fields, the limit is ${maxDepth}. ` +
              'Ask for fewer nested relationships, or run a second query from the ids of the first.',
            { extensions: { code: 'QUERY_TOO_DEEP', depth, maxDepth } },
          ),
        );
      }
    }
    return {};
  };
}
