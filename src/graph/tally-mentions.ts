// An entity's aggregates, kept so that a write batch updates them from its own mentions alone
// instead of re-reading every MENTIONED_IN of the entity (for a hub such as United States,
// most of the archive). Pure: the writer reads the stored tally, applies the mentions it
// removed and added, and writes the result back.
//
// The tally is canonical — the same set of mentions gives the same tally, whatever order they
// arrived in — so a graph built incrementally equals one recomputed from the evidence:
//   mentionCount    Σ count over the entity's mentions
//   aliases         the union of the mentions' aliases, sorted
//   aliasCounts     how many mentions (articles) give each alias, aligned with `aliases`
//   categories      the categories the mentions give, sorted; categoryCounts: how many give each
//   category        the one most mentions give, ties alphabetical; null when none gives one

export interface EntityTally {
  mentionCount: number;
  aliases: string[];
  aliasCounts: number[];
  categories: string[];
  categoryCounts: number[];
}

export interface TalliedEntity extends EntityTally {
  category: string | null;
}

/** What one mention (one article's MENTIONED_IN) contributes. */
export interface MentionContribution {
  count: number;
  aliases: readonly string[];
  category: string | null;
}

export const EMPTY_TALLY: EntityTally = {
  mentionCount: 0,
  aliases: [],
  aliasCounts: [],
  categories: [],
  categoryCounts: [],
};

export function tallyMentions(
  tally: EntityTally,
  removed: readonly MentionContribution[],
  added: readonly MentionContribution[],
): TalliedEntity {
  const aliases = toCounts(tally.aliases, tally.aliasCounts);
  const categories = toCounts(tally.categories, tally.categoryCounts);
  let mentionCount = tally.mentionCount;
  const apply = (mentions: readonly MentionContribution[], sign: 1 | -1) => {
    for (const m of mentions) {
      mentionCount += sign * m.count;
      for (const alias of new Set(m.aliases)) bump(aliases, alias, sign);
      if (m.category !== null) bump(categories, m.category, sign);
    }
  };
  apply(removed, -1);
  apply(added, 1);
  const [aliasList, aliasCounts] = fromCounts(aliases);
  const [categoryList, categoryCounts] = fromCounts(categories);
  return {
    mentionCount,
    aliases: aliasList,
    aliasCounts,
    categories: categoryList,
    categoryCounts,
    category: mostGiven(categoryList, categoryCounts),
  };
}

function toCounts(keys: readonly string[], counts: readonly number[]): Map<string, number> {
  return new Map(keys.map((k, i) => [k, counts[i] ?? 0]));
}

function bump(counts: Map<string, number>, key: string, by: number): void {
  counts.set(key, (counts.get(key) ?? 0) + by);
}

/** Keys still counted (> 0), sorted by UTF-16 code unit as Cypher's ORDER BY sorts strings. */
function fromCounts(counts: Map<string, number>): [string[], number[]] {
  const kept = [...counts].filter(([, n]) => n > 0).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return [kept.map(([k]) => k), kept.map(([, n]) => n)];
}

/** Sorted keys: the first with the highest count wins, which breaks ties alphabetically. */
function mostGiven(keys: readonly string[], counts: readonly number[]): string | null {
  let best = -1;
  for (let i = 0; i < keys.length; i++) if (best < 0 || counts[i] > counts[best]) best = i;
  return best < 0 ? null : keys[best];
}
