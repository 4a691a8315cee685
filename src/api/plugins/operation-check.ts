// The shape the argument bounds and the cost limit share: once the operation a request runs
// is known (page sizes and filters may come from variables), check it and throw to refuse it
// before anything reaches Neo4j.
import type { ApolloServerPlugin } from '@apollo/server';
import type { DocumentNode, GraphQLSchema, OperationDefinitionNode } from 'graphql';
import { selectOperation } from '../fold-operation';

export interface OperationToCheck {
  schema: GraphQLSchema;
  document: DocumentNode;
  operation: OperationDefinitionNode;
  variables: Record<string, unknown>;
}

export function operationCheckPlugin(check: (request: OperationToCheck) => void): ApolloServerPlugin {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ request, document, schema }) {
          const operation = selectOperation(document, request.operationName);
          if (operation) check({ schema, document, operation, variables: request.variables ?? {} });
        },
      };
    },
  };
}
