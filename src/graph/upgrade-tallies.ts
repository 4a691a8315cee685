// Graphs written before writes kept running aggregates lack them: Fact.relationKey, one
// RelationTally per typed relationship, the entities' alias and category counts. migrate()
// calls this after the schema; it finds out in O(1) whether anything is missing (counts of
// tallies and typed relationships come from Neo4j's count store) and, if so, fills the gaps
// from the evidence once, in batches. Idempotent: a crash or a second ingester doing the same
// leaves nothing half done that the next run would not finish.
import type { Session } from 'neo4j-driver';
import { PREDICATES } from '../model';
import { RECOMPUTE_FROM_EVIDENCE, relationKey } from './write-queries';

const CHECK = `
RETURN COUNT { (:RelationTally) } AS tallies,
       ${PREDICATES.map((p) => `COUNT { ()-[:${p}]->() }`).join(' + ')} AS relations,
       EXISTS { MATCH (e:Entity) WHERE e.aliasCounts IS NULL } AS untalliedEntities`;

const KEY_FACTS = `
MATCH (s:Entity)<-[:SUBJECT]-(f:Fact)-[:OBJECT]->(o:Entity) WHERE f.relationKey IS NULL
CALL { WITH s, f, o SET f.relationKey = ${relationKey('s.id', 'f.predicate', 'o.id')} } IN TRANSACTIONS OF 10000 ROWS`;

/**
 * Recomputes typed relationships (those matching `where`, a Cypher condition on r) and their
 * tallies from their facts. The tally is merged inside, never looked up out here: that would
 * hold a shared lock on its absent key in the unique index, which the MERGE in the inner
 * transaction then waits on for ever.
 */
export function retallyRelationships(where = 'true'): string {
  return `
MATCH (s:Entity)-[r]->(o:Entity) WHERE type(r) IN $predicates AND (${where})
CALL {
  WITH s, r, o
  MERGE (k:RelationTally {key: ${relationKey('s.id', 'type(r)', 'o.id')}})
  WITH r, k
  ${RECOMPUTE_FROM_EVIDENCE}
} IN TRANSACTIONS OF 1000 ROWS`;
}

/** aliases, mentionCount and category were kept right from the mentions; their counts were not. */
const TALLY_ENTITIES = `
MATCH (e:Entity) WHERE e.aliasCounts IS NULL
CALL {
  WITH e
  WITH e, COLLECT {
    MATCH (e)-[m:MENTIONED_IN]->() WHERE m.category IS NOT NULL RETURN DISTINCT m.category AS c ORDER BY c
  } AS categories
  SET e.aliasCounts = [a IN e.aliases | COUNT { (e)-[m:MENTIONED_IN]->() WHERE a IN m.aliases }],
      e.categories = categories,
      e.categoryCounts = [c IN categories | COUNT { (e)-[m:MENTIONED_IN]->() WHERE m.category = c }]
} IN TRANSACTIONS OF 1000 ROWS`;

/** Runs in an auto-commit session (CALL … IN TRANSACTIONS needs one). */
export async function upgradeTallies(session: Session): Promise<void> {
  const check = (await session.run(CHECK)).records[0];
  if (Number(check.get('tallies')) !== Number(check.get('relations'))) {
    await session.run(KEY_FACTS);
    await session.run(retallyRelationships(), { predicates: [...PREDICATES] });
  }
  if (check.get('untalliedEntities') === true) await session.run(TALLY_ENTITIES);
}
