// A body's field division named for its city ("the Bureau's Denver Division", "the Phoenix
// Division of the Bureau", "Bureau Boston Division") is no body of its own: the annotations name
// the city as a place and the body, and give the division's agents to the body (round 48: every
// train file with such a division, in five batches). A state's administrative division ("in
// Mandalay Division") and an army's division are read elsewhere: the city must be a listed place
// and the owner a civil body, not an army ("the Corps' Gaza Division").
import type { OrgCategory } from '../../model';
import { longestMatch, tagsOf, type SentenceContext } from './context';
import { GAZETTEER, keyOf } from './gazetteer';

/** Where the parts of a city's division lie in tokens [a, b): the owner's name, if inside, and the city. */
export interface CityDivision {
  owner?: [number, number];
  city: [number, number];
}

/** Owners whose divisions are units of their own (an army's "Gaza Division"). */
const ARMED_CATEGORIES: ReadonlySet<OrgCategory> = new Set(['military', 'armed_group']);

/** The token run [from, to) is exactly one known civil body. */
function civilBodyAt(ctx: SentenceContext, from: number, to: number): boolean {
  const m = longestMatch(ctx, from, to);
  if (!m || m.length !== to - from) return false;
  const type = m.hit?.entity.type ?? m.draft?.type;
  const category = m.hit?.entity.category ?? m.draft?.category;
  return type === 'Organization' && !(category && ARMED_CATEGORIES.has(category));
}

/** The token run [from, to) is exactly a place other than a state: listed, or the article's. */
function listedCityAt(ctx: SentenceContext, from: number, to: number): boolean {
  if (to <= from) return false;
  const listed = GAZETTEER.names.get(keyOf(ctx.tokens.slice(from, to).map((t) => t.norm)));
  const m = longestMatch(ctx, from, to);
  const known = m && m.length === to - from ? (m.hit?.entity.type ?? m.draft?.type) : undefined;
  return (listed?.entity.type ?? known) === 'Location';
}

/** A known civil body ends on the possessive right before token a: "the Bureau's …". */
function civilOwnerBefore(ctx: SentenceContext, a: number): boolean {
  const before = ctx.tokens[a - 1];
  if (!before?.possessive) return false;
  for (let from = a - 1; from >= Math.max(0, a - 6); from--) if (civilBodyAt(ctx, from, a)) return true;
  return false;
}

/** "of the Bureau" right after token b - 1: the owner written after the division. */
function civilOwnerAfter(ctx: SentenceContext, b: number): boolean {
  const { tokens } = ctx;
  if (tokens[b]?.norm !== 'of') return false;
  const from = tokens[b + 1]?.norm === 'the' ? b + 2 : b + 1;
  const m = longestMatch(ctx, from);
  return !!m && civilBodyAt(ctx, from, from + m.length);
}

/** A one-word city no list knows, tagged a place: "Bureau's Tulsa Division". */
function taggedCityAt(ctx: SentenceContext, from: number, to: number): boolean {
  const word = ctx.tokens[from];
  return to === from + 1 && word.cap && !word.punct && !word.possessive && tagsOf(ctx, word).has('Place');
}

/**
 * Tokens [a, b) hold a listed city, then "Division", with a civil owner: inside the run before
 * the city ("Bureau Boston Division"), on a possessive before the run ("the Bureau's Denver
 * Division"), or after "Division of (the)" (inside the run or right after it); undefined otherwise.
 */
export function cityDivision(ctx: SentenceContext, a: number, b: number): CityDivision | undefined {
  const { tokens } = ctx;
  const d = tokens.findIndex((t, k) => k > a && k < b && t.cap && t.norm === 'division');
  if (d < 0) return undefined;
  // the owner after "Division of (the)": inside the run, or the run ends on "Division"
  let ownerAfter: [number, number] | undefined;
  if (d < b - 1) {
    if (tokens[d + 1].norm !== 'of') return undefined;
    const from = tokens[d + 2]?.norm === 'the' ? d + 3 : d + 2;
    if (!civilBodyAt(ctx, from, b)) return undefined;
    ownerAfter = [from, b];
  }
  for (let start = a; start < d; start++) {
    if (!listedCityAt(ctx, start, d) && !taggedCityAt(ctx, start, d)) continue;
    if (start > a) {
      if (ownerAfter || !civilBodyAt(ctx, a, start)) return undefined;
      return { owner: [a, start], city: [start, d] };
    }
    if (ownerAfter) return { owner: ownerAfter, city: [start, d] };
    return civilOwnerBefore(ctx, a) || civilOwnerAfter(ctx, b) ? { city: [start, d] } : undefined;
  }
  return undefined;
}
