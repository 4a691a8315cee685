// Plurals that stand for a list of actors named before them, read by ../frames/listed-sides.ts:
// "both sides", "the two countries", "the warring parties" for the article's two sides; "X and
// her counterparts" for the people X just met.

/**
 * Heads of a plural that names the article's two sides, and whether a body (not only a state)
 * may be one of them: "both sides" of a war may be an army and a rebel group, "the two countries"
 * are states.
 */
export const SIDE_HEADS: ReadonlyMap<string, boolean> = new Map([
  ['sides', true],
  ['parties', true],
  ['countries', false],
  ['nations', false],
  ['governments', false],
  ['neighbors', false],
  ['neighbours', false],
]);

/** Words that count a plural as two: "both sides", "the two countries". */
export const PAIR_COUNTS: ReadonlySet<string> = new Set(['both', 'two']);

/** Words before "two" in a plural for the two sides: "the two sides", "our two countries". */
export const SIDE_DETERMINERS: ReadonlySet<string> = new Set(['the', 'our', 'these']);

/** What the two sides may be sides of: "both sides of the conflict" (not "of the border"). */
export const SIDE_CONTESTS: ReadonlySet<string> = new Set([
  'conflict',
  'war',
  'fighting',
  'dispute',
  'crisis',
  'talks',
  'negotiations',
]);

/** Owners of "counterparts" that tie them to the name before "and": "X and her counterparts". */
export const COUNTERPART_OWNERS: ReadonlySet<string> = new Set(['his', 'her', 'their']);

/**
 * Heads that name the people met by the name before "and" ("X and his counterparts"), and whether
 * the head is plural (two or more of them) or names one.
 */
export const COUNTERPART_HEADS: ReadonlyMap<string, boolean> = new Map([
  ['counterpart', false],
  ['counterparts', true],
]);

/**
 * Counts of a set of more than two actors named before it ("all three countries", "the four
 * groups"): the set is the one a recent sentence names with exactly that many (round 49).
 */
export const SET_COUNTS: ReadonlyMap<string, number> = new Map([
  ['three', 3],
  ['four', 4],
  ['five', 5],
  ['six', 6],
]);

/** Words before a counted set: "all three countries", "the four groups", "these three nations". */
export const SET_DETERMINERS: ReadonlySet<string> = new Set(['the', 'all', 'these', 'those', 'our']);

/**
 * Heads of a counted set and the kinds of actor it counts: "countries" are states, "groups"
 * bodies, "sides" and "parties" either.
 */
export const SET_HEADS: ReadonlyMap<string, readonly string[]> = new Map([
  ['countries', ['Country']],
  ['nations', ['Country']],
  ['governments', ['Country']],
  ['states', ['Country']],
  ['sides', ['Country', 'Organization']],
  ['parties', ['Country', 'Organization']],
  ['groups', ['Organization']],
  ['organizations', ['Organization']],
  ['organisations', ['Organization']],
]);
