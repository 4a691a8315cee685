// "the Kyiv region", "the Kharkiv oblast": the region named after its city is a place of its
// own, not the city (drones "toward the Kyiv region" did not hit the capital). Only for listed
// cities and capitals: "the Tigray region" is the region Tigray itself.
import { CITIES } from '../lexicon/cities';
import type { Match, SentenceContext } from './context';
import { emit } from './emit';
import { keyOf } from './gazetteer';
import type { Registry } from './registry';

/** Lower-case nouns for the region around a city. */
const REGION_NOUNS: ReadonlySet<string> = new Set(['region', 'oblast']);
const CITY_NAMES: ReadonlySet<string> = new Set(CITIES.map(([name]) => name));

/** The known name is a listed city or capital. */
export const isCityMatch = (known: Match): boolean =>
  known.hit?.kind === 'capital' || (known.hit?.kind === 'name' && CITY_NAMES.has(known.hit.entity.name));

/** Reads "the <city> region" at token i; returns the tokens read, or 0. */
export function readCityRegion(ctx: SentenceContext, i: number, known: Match): number {
  const { tokens } = ctx;
  const city = isCityMatch(known);
  const noun = tokens[i + known.length];
  if (!city || tokens[i - 1]?.norm !== 'the' || !noun || noun.cap || !REGION_NOUNS.has(noun.norm)) return 0;
  if (tokens[i + known.length - 1].possessive) return 0;
  const region = emit(ctx, i, i + known.length + 1, { type: 'Location' }, 'context:city-region');
  // the region's name without its noun stays the city's (registry.ts stems "X region" to "X")
  ctx.registry.unalias(region, keyOf(tokens.slice(i, i + known.length).map((t) => t.norm)));
  return known.length + 1;
}

/**
 * "Farther east in the Kharkiv region, shelling hit two villages": when the article never names
 * the city on its own, "the <city> region" is its only name for that place, and the record takes
 * the city's name ("the Kharkiv region" its alias). With the city named too ("drones toward the
 * Kyiv region … the capital, Kyiv") the two stay two places.
 */
export function nameLoneCityRegions(registry: Registry): void {
  const all = registry.all();
  for (const region of all) {
    if (region.type !== 'Location' || !region.mentions.every((m) => m.reason === 'context:city-region'))
      continue;
    const city = region.name.replace(/\s+\S+$/, '');
    if (city === region.name) continue;
    const named = all.some((d) => d !== region && d.name === city);
    if (!named) registry.rename(region, city);
  }
}
