// The country an article is mostly about, for national titles written without a country
// ("Defense Secretary X", "President Y"). Only a clear leader counts: named at least twice and
// more often than any other country; otherwise no title is attached. The caller also asks that
// the title's sentence name it, so a US secretary in a story about Yemen is not made Yemeni.
import type { Entity, Mention } from '../../model';

export function dominantCountry(entities: Entity[], mentions: Mention[]): Entity | undefined {
  const counts = new Map<string, number>();
  for (const m of mentions) counts.set(m.entityId, (counts.get(m.entityId) ?? 0) + 1);
  const ranked = entities
    .filter((e) => e.type === 'Country')
    .map((e) => ({ e, n: counts.get(e.id) ?? 0 }))
    .sort((a, b) => b.n - a.n);
  const [top, second] = ranked;
  if (!top || top.n < 2 || (second && second.n === top.n)) return undefined;
  return top.e;
}
