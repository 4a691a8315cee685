// The country an article is mostly about, for national titles written without a country
// ("Defense Secretary X", "President Y"). Only a clear leader counts: named at least twice and
// more often than any other country; otherwise no title is attached. The caller also asks that
// the title's sentence name it, so a US secretary in a story about Yemen is not made Yemeni.
//
// The lede (the article's first sentence) says what the story is about, so a country named there
// counts LEDE_WEIGHT times: a story on a country's war that names "U.S. aircraft", "the U.S.
// military", "U.S. troops" and "the U.S. embassy" in passing is still about that country.
import type { Entity, Mention } from '../../model';

const LEDE_WEIGHT = 3;

export function dominantCountry(entities: Entity[], mentions: Mention[]): Entity | undefined {
  const named = new Map<string, number>();
  const score = new Map<string, number>();
  for (const m of mentions) {
    named.set(m.entityId, (named.get(m.entityId) ?? 0) + 1);
    score.set(m.entityId, (score.get(m.entityId) ?? 0) + (m.sentenceIndex === 0 ? LEDE_WEIGHT : 1));
  }
  const ranked = entities
    .filter((e) => e.type === 'Country')
    .map((e) => ({ e, n: named.get(e.id) ?? 0, score: score.get(e.id) ?? 0 }))
    .sort((a, b) => b.score - a.score);
  const [top, second] = ranked;
  if (!top || top.n < 2 || (second && second.score === top.score)) return undefined;
  return top.e;
}
