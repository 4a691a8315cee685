// The shape the argument bounds and the cost limit share: once the operation a request runs
// is known (page sizes and filters may come from variables), check it and throw to refuse it
// before anything reaches Neo4j.
//
// A check depends only on the document, the operation chosen and the variables, so a request
// that repeats one already let through is let through again without walking its selections.
// Apollo keeps each parsed and validated document (keyed by the query's hash) and hands every
// request of the same query the same DocumentNode, so the passes are remembered per document
// object; refusals are not remembered, they are checked again. Every request is still checked:
// a repeat is recognised by its variables' exact values, and anything else is walked.
import type { ApolloServerPlugin } from '@apollo/server';
import type { DocumentNode, GraphQLSchema, OperationDefinitionNode } from 'graphql';
import { selectOperation } from '../fold-operation';

export interface OperationToCheck {
  schema: GraphQLSchema;
  document: DocumentNode;
  operation: OperationDefinitionNode;
  variables: Record<string, unknown>;
}

/** Variables (as JSON) longer than this are checked every time rather than remembered. */
const MAX_KEY_LENGTH = 4_096;
/** Passes remembered per document; a document asked with more variable values starts over. */
export const MAX_PASSES_PER_DOCUMENT = 256;

export function operationCheckPlugin(check: (request: OperationToCheck) => void): ApolloServerPlugin {
  // Per plugin (so per server and its limits); a document Apollo forgets is forgotten here too.
  const passed = new WeakMap<DocumentNode, Set<string>>();
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ request, document, schema }) {
          const operation = selectOperation(document, request.operationName);
          if (!operation) return;
          const variables = request.variables ?? {};
          const key = requestKey(request.operationName, variables);
          const known = passed.get(document);
          if (key !== undefined && known?.has(key)) return;
          check({ schema, document, operation, variables });
          if (key === undefined) return;
          if (!known) passed.set(document, new Set([key]));
          else if (known.size < MAX_PASSES_PER_DOCUMENT) known.add(key);
          else known.clear();
        },
      };
    },
  };
}

/** The operation's name and its variables' values as one string; undefined when too long or not JSON. */
export function requestKey(operationName: string | null | undefined, variables: Record<string, unknown>) {
  try {
    const key = JSON.stringify([operationName ?? null, variables]);
    return key.length <= MAX_KEY_LENGTH ? key : undefined;
  } catch {
    return undefined; // a value JSON cannot hold: checked every time
  }
}
