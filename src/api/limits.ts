// The guards' numbers in one place, so the docs, the plugins and the tests agree.
// Page sizes themselves are capped in schema.graphql with @limit(default: 25, max: 100);
// PAGE_DEFAULT and PAGE_MAX mirror them so the cost estimate counts what Neo4j would return.

export interface ArgumentBound {
  min?: number;
  max?: number;
}

export interface ApiLimits {
  /** Deepest nesting of selections a query may have (introspection fields are not counted). */
  maxDepth: number;
  /** Highest estimated cost (about the number of values Neo4j reads and returns) a query may have. */
  maxCost: number;
  /** Items a list field returns when the query gives no `limit`/`first` (schema @limit default). */
  pageDefault: number;
  /** Most items a list field returns whatever the query asks (schema @limit max); analyses too. */
  pageMax: number;
  /** Most tokens the GraphQL parser reads from one document before it gives up. */
  maxTokens: number;
  /** Largest request body, in bytes. */
  maxBodyBytes: number;
  /** Most terms (compared values, `in` list items included) all `where` filters of a query may hold. */
  maxFilterTerms: number;
  /** Longest string any argument or filter value may be, in characters. */
  maxStringLength: number;
  /** Bounds on numeric arguments, by argument name, wherever they appear. */
  argumentBounds: Readonly<Record<string, ArgumentBound>>;
  /** What one `__schema` or `__type` costs: it is answered from memory, but is large. */
  introspectionCost: number;
  /** What one call of an analysis field (a Query field returning `…Row` items) costs. */
  analysisCost: number;
  /** What one call of these `@cypher` fields costs, beyond the values it returns ("Type.field"). */
  fieldCosts: Readonly<Record<string, number>>;
}

export const DEFAULT_LIMITS: Readonly<ApiLimits> = Object.freeze({
  maxDepth: 10,
  maxCost: 50_000,
  pageDefault: 25,
  pageMax: 100,
  // The full introspection query is about 200 tokens; an ordinary dashboard query under 300.
  maxTokens: 5_000,
  maxBodyBytes: 1024 * 1024,
  maxFilterTerms: 1_000,
  maxStringLength: 1_000,
  argumentBounds: Object.freeze({
    limit: { min: 0 },
    first: { min: 0 },
    offset: { min: 0, max: 10_000 },
    iterations: { min: 1, max: 100 },
    damping: { min: 0, max: 1 },
    // PageRank's memory and time grow with the actors it ranks; 50,000 is well over a
    // million-fact archive's 20,000 entities.
    actors: { min: 1, max: 50_000 },
  }),
  // 50 full introspections per request at most: generous for every IDE, useless as a flood.
  introspectionCost: 1_000,
  // Each analysis reads the whole graph (or a hub's neighbourhood): at most 25 per request.
  analysisCost: 2_000,
  fieldCosts: Object.freeze({
    // PageRank: `iterations` passes over every relation (up to 100).
    'Query.influence': 10_000,
    // A full-text index lookup: at most 100 per request.
    'Query.searchEntities': 500,
    // One count or one sort of an entity's relationships, per entity.
    'Entity.evidenceCount': 5,
    'Entity.topCounterparts': 10,
  }),
});
