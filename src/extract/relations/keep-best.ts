// Drops repeats: one relation per subject, predicate, object and sentence (the most confident),
// and within a sentence a MEMBER_OF where the same person is read as LEADS the same body.
import type { Relation } from '../../model';

const key = (r: Relation, predicate = r.predicate) => `${r.subjectId}|${predicate}|${r.objectId}|${r.start}`;

export function keepBest(relations: Relation[]): Relation[] {
  const best = new Map<string, Relation>();
  for (const r of relations) {
    const k = key(r);
    const seen = best.get(k);
    if (!seen || r.confidence > seen.confidence) best.set(k, r);
  }
  return [...best.values()]
    .filter((r) => r.predicate !== 'MEMBER_OF' || !best.has(key(r, 'LEADS')))
    .sort((a, b) => a.start - b.start);
}
