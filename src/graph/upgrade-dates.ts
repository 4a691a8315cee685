// Graphs written before dates were temporal values hold them as strings: Article.published and
// ingestedAt as text, typed relationships' firstSeen/lastSeen as days counted from the article
// (or the ingestion time), Facts with no date of their own. migrate() calls this after
// upgradeTallies; it asks in O(1) whether the one-off conversion ran (a marker node) and, if
// not, converts in batches: dates become Neo4j DateTime/Date, an old fact takes its article's
// date (precision day), and every relationship's firstSeen/lastSeen is recomputed from its facts.
// Idempotent: each step touches only what is still a string or undated, so a crash mid-way is
// finished by the next run; the marker is written last.
import type { Session } from 'neo4j-driver';
import { PREDICATES } from '../model';
import { retallyRelationships } from './upgrade-tallies';

const MARKER = 'temporal-dates';

const DONE = `RETURN EXISTS { MATCH (m:NewsgraphMigration {id: $id}) } AS done`;

// A string that is not an ISO date or instant becomes null: an unreadable date is no date.
const ARTICLES = `
MATCH (a:Article) WHERE a.published IS :: STRING OR a.ingestedAt IS :: STRING
CALL {
  WITH a
  SET a.published = CASE
        WHEN NOT a.published IS :: STRING THEN a.published
        WHEN a.published =~ '\\\\d{4}-\\\\d{2}-\\\\d{2}' THEN datetime(a.published + 'T00:00:00Z')
        WHEN a.published =~ '\\\\d{4}-\\\\d{2}-\\\\d{2}T\\\\d{2}:\\\\d{2}(:\\\\d{2}(\\\\.\\\\d+)?)?(Z|[+-]\\\\d{2}:?\\\\d{2})?' THEN datetime(a.published)
        ELSE null END,
      a.ingestedAt = CASE WHEN a.ingestedAt IS :: STRING THEN datetime(a.ingestedAt) ELSE a.ingestedAt END
} IN TRANSACTIONS OF 5000 ROWS`;

const FACTS = `
MATCH (f:Fact)-[:STATED_IN]->(a:Article)
WHERE f.datePrecision IS NULL AND f.date IS NULL AND a.published IS NOT NULL
CALL { WITH f, a SET f.date = date(a.published), f.datePrecision = 'day' } IN TRANSACTIONS OF 10000 ROWS`;

/** Runs in an auto-commit session (CALL … IN TRANSACTIONS needs one). */
export async function upgradeDates(session: Session): Promise<void> {
  if ((await session.run(DONE, { id: MARKER })).records[0].get('done') === true) return;
  await session.run(ARTICLES);
  await session.run(FACTS);
  // Their first and last dates are recomputed from the facts, as every write computes them.
  await session.run(retallyRelationships('r.firstSeen IS :: STRING OR r.lastSeen IS :: STRING'), {
    predicates: [...PREDICATES],
  });
  // No timestamp: the same graph must read the same whenever it was migrated.
  await session.run('MERGE (m:NewsgraphMigration {id: $id})', { id: MARKER });
}
