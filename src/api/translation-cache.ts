// @neo4j/graphql translates every read into Cypher anew: from the request's resolve tree it
// builds a query tree (and prints it for its debug log whether that log is on or not), then
// the Cypher text through @neo4j/cypher-builder. For the entity view that is the largest part
// of the server's own CPU per request, and a dashboard asks the same questions again and
// again. The translation depends only on the resolve tree (fields, arguments and the
// variables' values), the entity, and the caller's JWT (custom Cypher fields receive it), so
// a read that repeats an earlier one reuses its Cypher and parameters. Nothing is skipped but
// the translation: every guard has already run, and the query still goes to Neo4j.
//
// @neo4j/graphql has no public hook for this; its resolvers call `translateRead` through its
// module's exports, so the cache wraps that export once per process. The package exports only
// its index, so the module is required by its file, found beside that index. If an upgrade
// moves it, `installTranslationCache` says so and the server runs without the cache.
import path from 'node:path';
import type * as TranslateReadModule from '@neo4j/graphql/dist/translate/translate-read';

type TranslateRead = typeof TranslateReadModule.translateRead;
type Translation = ReturnType<TranslateRead>;

/** Distinct reads remembered; the oldest used is forgotten first. */
export const TRANSLATION_CACHE_ENTRIES = 256;
/** A resolve tree longer than this (as JSON) is translated every time rather than kept. */
const MAX_KEY_LENGTH = 16_384;

const cache = new Map<string, Translation>();
let installed = false;

/** Wraps @neo4j/graphql's translateRead with the cache; true when it could. Idempotent. */
export function installTranslationCache(): boolean {
  if (installed) return true;
  let translateReadModule: { translateRead: TranslateRead };
  try {
    const index = require.resolve('@neo4j/graphql');
    translateReadModule = require(path.join(path.dirname(index), 'translate', 'translate-read.js'));
  } catch {
    return false;
  }
  const original = translateReadModule.translateRead;
  if (typeof original !== 'function') return false;
  const cached: TranslateRead = (input) => {
    const key = cacheKey(input);
    if (key === undefined) return original(input);
    const hit = cache.get(key);
    if (hit) {
      cache.delete(key); // re-inserted below: a Map iterates oldest first
      cache.set(key, hit);
      return hit;
    }
    const translation = original(input);
    cache.set(key, translation);
    if (cache.size > TRANSLATION_CACHE_ENTRIES) cache.delete(cache.keys().next().value as string);
    return translation;
  };
  // The compiled module defines its exports as plain writable properties.
  translateReadModule.translateRead = cached;
  installed = translateReadModule.translateRead === cached;
  return installed;
}

/** How many translations are kept now (for tests). */
export function translationCacheSize(): number {
  return cache.size;
}

// The entity is named by the object @neo4j/graphql built it as, not by its name: a process
// may serve several schemas (tests do), whose `Entity` types differ.
const adapterIds = new WeakMap<object, number>();
let adapters = 0;

function adapterId(adapter: object): number {
  let id = adapterIds.get(adapter);
  if (id === undefined) adapterIds.set(adapter, (id = ++adapters));
  return id;
}

function cacheKey({ context, entityAdapter, varName }: Parameters<TranslateRead>[0]): string | undefined {
  // Full-text and vector searches carry Cypher variables in the context: not worth keying.
  if (context.fulltext || context.vector) return undefined;
  try {
    const key = JSON.stringify([
      adapterId(entityAdapter),
      varName ?? null,
      context.authorization?.jwt ?? null,
      context.resolveTree,
    ]);
    return key.length <= MAX_KEY_LENGTH ? key : undefined;
  } catch {
    return undefined; // a value JSON cannot hold (a BigInt): translate as usual
  }
}
