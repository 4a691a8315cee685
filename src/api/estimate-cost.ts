// The cost estimate of one operation: about the number of values Neo4j reads and returns.
//  - A list of objects costs (its page size) × (1 + what each item selects), the page size
//    taken from `limit`/`first` or the schema's @limit default and clamped to its max, so
//    nested lists multiply, as they do in the database. A connection is paged by `first`.
//  - `where` filters add one per compared value, times pageMax for each relationship the
//    filter crosses (`attacked: { some: … }` is a subquery per candidate), so nested `some`
//    filters grow as fast as the work they ask for; `offset` adds the rows it skips.
//  - `@cypher` fields add what one call costs (limits.fieldCosts, analyses limits.analysisCost);
//    introspection adds a fixed price per `__schema`/`__type`, its lists not multiplied.
import {
  getNamedType,
  getNullableType,
  isInputObjectType,
  isListType,
  isObjectType,
  type DocumentNode,
  type GraphQLInputType,
  type GraphQLSchema,
  type OperationDefinitionNode,
} from 'graphql';
import { foldOperation, type FieldVisit } from './fold-operation';
import type { ApiLimits } from './limits';

export type CostLimits = Pick<
  ApiLimits,
  'pageDefault' | 'pageMax' | 'introspectionCost' | 'analysisCost' | 'fieldCosts'
>;

export interface CostOptions {
  schema: GraphQLSchema;
  document: DocumentNode;
  operation: OperationDefinitionNode;
  variables?: Record<string, unknown>;
  limits: CostLimits;
}

export function estimateCost({ limits, ...walk }: CostOptions): number {
  return foldOperation({
    ...walk,
    empty: 0,
    combine: (a, b) => a + b,
    field: (visit, child) => fieldCost(visit, child, limits),
  });
}

/** True for the generated analysis fields: Query fields whose items are `…Row` objects. */
export function isAnalysisField({ field, parentType }: Pick<FieldVisit, 'field' | 'parentType'>): boolean {
  const returned = getNullableType(field.type);
  return parentType.name === 'Query' && isListType(returned) && getNamedType(returned).name.endsWith('Row');
}

function fieldCost(visit: FieldVisit, child: number, limits: CostLimits): number {
  const { field, parentType } = visit;
  const name = field.name;
  if (name === '__schema' || name === '__type') return limits.introspectionCost + child;
  const returned = getNullableType(field.type);
  const named = getNamedType(returned);
  // The introspection types (__Type, __Field, …) describe the schema: their lists are its size.
  if (named.name.startsWith('__')) return 1 + child;
  const args = visit.args();
  const own =
    (limits.fieldCosts[`${parentType.name}.${name}`] ?? (isAnalysisField(visit) ? limits.analysisCost : 0)) +
    whereCost(args.where, field.args.find((a) => a.name === 'where')?.type, limits.pageMax) +
    (typeof args.offset === 'number' ? Math.max(args.offset, 0) : 0);
  const isConnection = isObjectType(returned) && named.name.endsWith('Connection');
  const isObjectList = isListType(returned) && isObjectType(named);
  // A connection's `edges` are paged by the connection's `first`, counted one level up.
  const paged = isConnection || (isObjectList && !parentType.name.endsWith('Connection'));
  return own + (paged ? pageSize(args, limits) * (1 + child) : 1 + child);
}

function pageSize(args: Record<string, unknown>, { pageDefault, pageMax }: CostLimits): number {
  const asked =
    typeof args.limit === 'number' ? args.limit : typeof args.first === 'number' ? args.first : pageDefault;
  return Math.min(Math.max(asked, 1), pageMax);
}

/** Logical operators and a connection filter's parts stay on the same node; any other filter field typed `…Where` crosses a relationship. */
const SAME_NODE = new Set(['AND', 'OR', 'NOT', 'node', 'edge']);

/** One per compared value, times pageMax per relationship crossed. */
export function whereCost(
  value: unknown,
  type: GraphQLInputType | undefined,
  pageMax: number,
  hops = 0,
): number {
  if (value === null || value === undefined || !type) return 0;
  if (Array.isArray(value))
    return value.reduce((sum: number, v) => sum + whereCost(v, type, pageMax, hops), 0);
  const named = getNamedType(type);
  if (!isInputObjectType(named) || typeof value !== 'object') return pageMax ** hops;
  const fields = named.getFields();
  let cost = 0;
  for (const [key, v] of Object.entries(value)) {
    const inner = fields[key]?.type;
    if (!inner) continue;
    const innerNamed = getNamedType(inner);
    const crosses = isInputObjectType(innerNamed) && innerNamed.name.endsWith('Where') && !SAME_NODE.has(key);
    cost += whereCost(v, inner, pageMax, crosses ? hops + 1 : hops);
  }
  return cost;
}
