// The guards' numbers in one place, so the README, the plugins and the tests agree.
// Page sizes themselves are capped in schema.graphql with @limit(default: 25, max: 100);
// PAGE_DEFAULT and PAGE_MAX mirror them so the cost estimate counts what Neo4j would return.

export interface ApiLimits {
  /** Deepest nesting of selections a query may have (introspection fields are not counted). */
  maxDepth: number;
  /** Highest estimated cost (about the number of values returned) a query may have. */
  maxCost: number;
  /** Items a list field returns when the query gives no `limit`/`first` (schema @limit default). */
  pageDefault: number;
  /** Most items a list field returns whatever the query asks (schema @limit max). */
  pageMax: number;
}

export const DEFAULT_LIMITS: Readonly<ApiLimits> = Object.freeze({
  maxDepth: 10,
  maxCost: 50_000,
  pageDefault: 25,
  pageMax: 100,
});
