// What GraphQL execution does with the records of one @neo4j/graphql read, done directly.
// For a query of one top-level read (`entities`, `facts`, …) whose selections are plain
// fields, @neo4j/graphql's Cypher already returns each item in the shape asked for: every
// field below the root is resolved by reading its value from the record (by alias or name),
// numbers and ids converted from Neo4j's integers, and the value then goes through its type's
// serializer. graphql-js does that with a promise, a path and an argument coercion per
// field; for the entity view that was as much of the server's CPU as the read itself.
//
// `compileRead` turns an operation into that walk once, or says it cannot (undefined): a
// fragment, a directive, two fields under one name, an interface or union, a connection, or
// a field @neo4j/graphql resolves some other way all stay with graphql-js. Whatever the walk
// cannot give exactly as graphql-js would (a null where the schema says non-null, a value a
// serializer refuses) makes it throw, and the caller leaves the request to graphql-js, which
// then reports the error its own way.
import {
  getNullableType,
  isLeafType,
  isListType,
  isNonNullType,
  isObjectType,
  Kind,
  type FieldNode,
  type GraphQLObjectType,
  type GraphQLOutputType,
  type GraphQLSchema,
  type OperationDefinitionNode,
  type SelectionSetNode,
} from 'graphql';

/** The records of the read → the operation's `data`. Throws when graphql-js would not give this. */
export type ShapeRead = (
  records: ReadonlyArray<{ get: (key: string) => unknown }>,
) => Record<string, unknown>;
type Complete = (value: unknown) => unknown;
type Resolve = (source: unknown, args: object, context: unknown, info: object) => unknown;

/**
 * @neo4j/graphql's resolvers of fields below a read: the value under the field's alias or
 * name, with Neo4j integers made numbers (numerical) or strings (id). Known by name, as the
 * numerical and id resolvers are bound copies; the answers are compared with graphql-js's
 * before a walk is used (plugins/replay-reads.ts).
 */
const PLAIN_RESOLVERS = new Set(['defaultFieldResolver', 'bound numericalResolver', 'bound idResolver']);

class NotAsGraphQLWould extends Error {}

export function compileRead(
  schema: GraphQLSchema,
  operation: OperationDefinitionNode,
): ShapeRead | undefined {
  const query = schema.getQueryType();
  if (operation.operation !== 'query' || !query || operation.directives?.length) return undefined;
  const [root, ...more] = operation.selectionSet.selections;
  if (more.length || root?.kind !== Kind.FIELD || root.directives?.length || root.selectionSet === undefined)
    return undefined;
  const fields = query.getFields();
  const field = fields[root.name.value];
  // @neo4j/graphql's reads of a node type are `<plural>: [T!]!` beside `<plural>Connection`.
  if (!field || !fields[`${root.name.value}Connection`]) return undefined;
  const item = readItemType(field.type);
  if (!item) return undefined;
  const completeItem = completeObject(item, root.selectionSet);
  if (!completeItem) return undefined;
  const key = root.alias?.value ?? root.name.value;
  return (records) => ({ [key]: records.map((record) => completeItem(record.get('this'))) });
}

function readItemType(type: GraphQLOutputType): GraphQLObjectType | undefined {
  if (!isNonNullType(type) || !isListType(type.ofType)) return undefined;
  const item = type.ofType.ofType;
  return isNonNullType(item) && isObjectType(item.ofType) ? item.ofType : undefined;
}

function completeObject(type: GraphQLObjectType, selectionSet: SelectionSetNode): Complete | undefined {
  if (type.isTypeOf) return undefined;
  const fields = type.getFields();
  const steps: Array<[key: string, value: (source: object) => unknown]> = [];
  for (const selection of selectionSet.selections) {
    if (selection.kind !== Kind.FIELD || selection.directives?.length) return undefined;
    const key = selection.alias?.value ?? selection.name.value;
    // graphql-js merges fields of one response key; that is left to it.
    if (steps.some(([k]) => k === key)) return undefined;
    if (selection.name.value === '__typename') {
      steps.push([key, () => type.name]);
      continue;
    }
    const field = fields[selection.name.value];
    const resolve = field?.resolve as Resolve | undefined;
    if (!resolve || !PLAIN_RESOLVERS.has(resolve.name)) return undefined;
    const complete = completeValue(field.type, selection);
    if (!complete) return undefined;
    const info = { fieldNodes: [selection], fieldName: selection.name.value };
    steps.push([key, (source) => complete(resolve(source, {}, undefined, info))]);
  }
  return (source) => {
    if (typeof source !== 'object' || source === null) throw new NotAsGraphQLWould();
    const out: Record<string, unknown> = {};
    for (const [key, value] of steps) out[key] = value(source);
    return out;
  };
}

function completeValue(type: GraphQLOutputType, node: FieldNode): Complete | undefined {
  if (isNonNullType(type)) {
    const inner = completeValue(type.ofType, node);
    if (!inner) return undefined;
    return (value) => {
      if (value === null || value === undefined) throw new NotAsGraphQLWould();
      return inner(value);
    };
  }
  const inner = completeNullable(getNullableType(type), node);
  if (!inner) return undefined;
  return (value) => (value === null || value === undefined ? null : inner(value));
}

function completeNullable(type: GraphQLOutputType, node: FieldNode): Complete | undefined {
  if (isListType(type)) {
    const item = completeValue(type.ofType, node);
    if (!item) return undefined;
    return (value) => {
      if (!Array.isArray(value)) throw new NotAsGraphQLWould();
      return value.map(item);
    };
  }
  if (isLeafType(type)) {
    if (node.selectionSet) return undefined;
    return (value) => {
      const serialized = type.serialize(value);
      if (serialized === null || serialized === undefined) throw new NotAsGraphQLWould();
      return serialized;
    };
  }
  if (isObjectType(type) && node.selectionSet) return completeObject(type, node.selectionSet);
  return undefined;
}
