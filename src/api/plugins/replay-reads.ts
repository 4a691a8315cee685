// A dashboard asks the same questions again and again: the same document with the same
// variables. For such a repeat of a query that is one @neo4j/graphql read, the server already
// knows the Cypher it becomes and how its records become the answer, so it runs that Cypher
// and shapes the records directly (shape-read.ts), instead of building the resolve tree,
// looking up the translation and walking the records through graphql-js field by field.
//
// Nothing a request must pass is skipped: this runs in Apollo's responseForOperation, after
// the body limit, the Host and CORS checks, parsing (maxTokens), validation (the depth limit)
// and every didResolveOperation guard (read-only, argument bounds, the cost limit) have
// passed this very request. The read goes through the request's own sessions, so the query
// timeout and the request deadline (context.ts, request-deadline.ts) hold as before, and
// every willSendResponse hook still sees the answer.
//
// A plan is learnt from a request answered the normal way: one read ran, the answer has data
// and no errors, and shaping that read's records gives exactly (as JSON) the data graphql-js
// gave; only then is the read's Cypher, parameters and configuration kept for the document
// and those variables. A request that carries credentials is never answered from a plan
// (custom Cypher may read the JWT). If the replay fails for any reason, or its records are
// not what graphql-js would shape the same way, the request is answered the normal way, so
// errors keep their usual form.
import { HeaderMap, type ApolloServerPlugin } from '@apollo/server';
import type { DocumentNode, OperationDefinitionNode } from 'graphql';
import type { ApiContext, RequestRead } from '../context';
import { compileRead, type ShapeRead } from '../shape-read';
import { requestKey } from './operation-check';

/** Variable values remembered per document; a document asked with more starts over. */
export const MAX_PLANS_PER_DOCUMENT = 256;

let replays = 0;

/** How many requests this process answered from a plan (for tests and benchmarks). */
export function replayedReads(): number {
  return replays;
}

interface Plan {
  read: Omit<RequestRead, 'result'>;
  shape: ShapeRead;
}

interface QueryResult {
  records: Parameters<ShapeRead>[0];
}

export function replayReadsPlugin(): ApolloServerPlugin<ApiContext> {
  // Per server; a document Apollo's document cache forgets is forgotten here too.
  const plans = new WeakMap<DocumentNode, Map<string, Plan>>();
  const shapes = new WeakMap<OperationDefinitionNode, ShapeRead | null>();
  return {
    async requestDidStart() {
      let replayed = false;
      return {
        async responseForOperation({ request, document, contextValue }) {
          if (contextValue.token !== undefined) return null;
          const key = requestKey(request.operationName, request.variables ?? {});
          const plan = key === undefined ? undefined : plans.get(document)?.get(key);
          if (!plan) return null;
          const data = await replay(plan, contextValue).catch(() => undefined);
          if (data === undefined) return null;
          replayed = true;
          replays++;
          return {
            http: { status: undefined, headers: new HeaderMap() },
            body: { kind: 'single', singleResult: { data } },
          };
        },

        async willSendResponse({ request, document, operation, response, schema, contextValue }) {
          if (replayed || !document || !operation || contextValue.token !== undefined) return;
          if (contextValue.deadlinePassed() || contextValue.reads.length !== 1) return;
          if (response.http.status !== undefined && response.http.status !== 200) return;
          if (response.body.kind !== 'single') return;
          const { data, errors, extensions } = response.body.singleResult;
          if (!data || errors || extensions) return;
          const key = requestKey(request.operationName, request.variables ?? {});
          if (key === undefined || plans.get(document)?.has(key)) return;
          let shape = shapes.get(operation);
          if (shape === undefined) {
            shape = compileRead(schema, operation) ?? null;
            shapes.set(operation, shape);
          }
          if (!shape) return;
          const [{ result, ...read }] = contextValue.reads;
          try {
            if (JSON.stringify(shape((result as QueryResult).records)) !== JSON.stringify(data)) return;
          } catch {
            return;
          }
          const known = plans.get(document) ?? new Map<string, Plan>();
          if (known.size >= MAX_PLANS_PER_DOCUMENT) known.clear();
          known.set(key, { read, shape });
          plans.set(document, known);
        },
      };
    },
  };
}

/** The plan's read on a session of this request, shaped; throws when that cannot be done. */
async function replay({ read, shape }: Plan, context: ApiContext): Promise<Record<string, unknown>> {
  const session = context.executionContext.session(read.sessionConfig);
  try {
    const result = (await session.executeRead(
      (tx) => tx.run(read.query, read.parameters),
      read.config,
    )) as unknown as QueryResult;
    return shape(result.records);
  } finally {
    await session.close();
  }
}
