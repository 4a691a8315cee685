// One walk over an operation that visits each fragment once. The depth limit, the cost
// estimate and the argument bounds all fold the selection tree into one value; expanding
// fragment spreads instead (as graphql-depth-limit and graphql-query-complexity do) makes
// a 1 KB document of fragments that each spread the next twice cost 2^n steps. Here a
// fragment's value is computed once and reused, so the walk is linear in the document, and
// a fragment met again while it is being computed (a cycle, which graphql's own
// NoFragmentCyclesRule reports) counts as empty instead of recursing forever.
import {
  getArgumentValues,
  getNamedType,
  isCompositeType,
  isInterfaceType,
  isObjectType,
  Kind,
  SchemaMetaFieldDef,
  TypeMetaFieldDef,
  TypeNameMetaFieldDef,
  type DocumentNode,
  type FieldNode,
  type FragmentDefinitionNode,
  type GraphQLCompositeType,
  type GraphQLField,
  type GraphQLSchema,
  type OperationDefinitionNode,
  type SelectionSetNode,
} from 'graphql';

export interface FieldVisit {
  field: GraphQLField<unknown, unknown>;
  parentType: GraphQLCompositeType;
  node: FieldNode;
  /** The field's arguments with variables and defaults applied; {} when they do not coerce. */
  args: () => Record<string, unknown>;
}

export interface FoldOptions<T> {
  schema: GraphQLSchema;
  document: DocumentNode;
  operation: OperationDefinitionNode;
  variables?: Record<string, unknown>;
  /** The value of an empty selection set. */
  empty: T;
  /** Joins the values of two selections of one set (sum for a cost, max for a depth). */
  combine: (a: T, b: T) => T;
  /** A field's value from its own visit and the value of its selection set. */
  field: (visit: FieldVisit, child: T) => T;
}

export function foldOperation<T>({
  schema,
  document,
  operation,
  variables = {},
  empty,
  combine,
  field,
}: FoldOptions<T>): T {
  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const d of document.definitions)
    if (d.kind === Kind.FRAGMENT_DEFINITION) fragments.set(d.name.value, d);
  const done = new Map<string, T>();
  const inProgress = new Set<string>();

  const spread = (name: string): T => {
    const known = done.get(name);
    if (known !== undefined) return known;
    const definition = fragments.get(name);
    if (!definition || inProgress.has(name)) return empty;
    const type = schema.getType(definition.typeCondition.name.value);
    inProgress.add(name);
    const value = isCompositeType(type) ? selections(definition.selectionSet, type) : empty;
    inProgress.delete(name);
    done.set(name, value);
    return value;
  };

  const selections = (set: SelectionSetNode, parentType: GraphQLCompositeType): T => {
    let value = empty;
    for (const selection of set.selections) {
      if (selection.kind === Kind.FRAGMENT_SPREAD) {
        value = combine(value, spread(selection.name.value));
      } else if (selection.kind === Kind.INLINE_FRAGMENT) {
        const type = selection.typeCondition
          ? schema.getType(selection.typeCondition.name.value)
          : parentType;
        if (isCompositeType(type)) value = combine(value, selections(selection.selectionSet, type));
      } else {
        const definition = fieldDefinition(schema, parentType, selection.name.value);
        if (!definition) continue; // graphql's FieldsOnCorrectTypeRule reports it
        const named = getNamedType(definition.type);
        const child =
          selection.selectionSet && isCompositeType(named)
            ? selections(selection.selectionSet, named)
            : empty;
        const args = () => {
          try {
            return getArgumentValues(definition, selection, variables);
          } catch {
            return {};
          }
        };
        value = combine(value, field({ field: definition, parentType, node: selection, args }, child));
      }
    }
    return value;
  };

  const root =
    operation.operation === 'query'
      ? schema.getQueryType()
      : operation.operation === 'mutation'
        ? schema.getMutationType()
        : schema.getSubscriptionType();
  return root ? selections(operation.selectionSet, root) : empty;
}

/** The operation a request runs: the named one, or the only one. */
export function selectOperation(
  document: DocumentNode,
  operationName?: string | null,
): OperationDefinitionNode | undefined {
  const operations = document.definitions.filter(
    (d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION,
  );
  if (operationName) return operations.find((o) => o.name?.value === operationName);
  return operations.length === 1 ? operations[0] : undefined;
}

function fieldDefinition(
  schema: GraphQLSchema,
  parentType: GraphQLCompositeType,
  name: string,
): GraphQLField<unknown, unknown> | undefined {
  if (name === TypeNameMetaFieldDef.name) return TypeNameMetaFieldDef;
  if (parentType === schema.getQueryType()) {
    if (name === SchemaMetaFieldDef.name) return SchemaMetaFieldDef;
    if (name === TypeMetaFieldDef.name) return TypeMetaFieldDef;
  }
  if (isObjectType(parentType) || isInterfaceType(parentType)) return parentType.getFields()[name];
  return undefined;
}
