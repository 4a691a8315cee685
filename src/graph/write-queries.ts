// The Cypher of one ingest write, in the order the writer runs it inside one transaction.
// Values are always $params; the only text spliced in is a label from ENTITY_TYPES or a
// relationship type from PREDICATES, checked against those whitelists here.
//
// Concurrency: two ingests may touch the same entities and relationships at once. Every
// node or relationship whose properties are recomputed is first written (`_lock`), which
// takes Neo4j's write lock, and only then are its Facts/mentions read — so a recompute sees
// everything the other transaction committed. Deadlocks between the two are transient
// errors, retried by executeWrite.
import { ENTITY_TYPES, PREDICATES, type EntityType, type Predicate } from '../model';

/** Merges the batch's articles, locks them, and says which ones already hold this content. */
export const CLAIM_ARTICLES = `
UNWIND $articles AS a
MERGE (art:Article {id: a.id})
SET art._lock = true
RETURN a.id AS id, coalesce(art.contentHash = a.contentHash, false) AS unchanged`;

/** Deletes the Facts of articles being rewritten, returning the triples they supported. */
export const DELETE_OLD_FACTS = `
MATCH (art:Article)<-[:STATED_IN]-(f:Fact)
WHERE art.id IN $ids
MATCH (s:Entity)<-[:SUBJECT]-(f)-[:OBJECT]->(o:Entity)
WITH f, s.id AS subjectId, f.predicate AS predicate, o.id AS objectId
DETACH DELETE f
RETURN DISTINCT subjectId, predicate, objectId`;

/** Deletes the mentions of articles being rewritten, returning the entities they counted for. */
export const DELETE_OLD_MENTIONS = `
MATCH (e:Entity)-[m:MENTIONED_IN]->(art:Article)
WHERE art.id IN $ids
SET e._lock = true
DELETE m
RETURN DISTINCT e.id AS id`;

/** Sets the articles' properties; the contentHash marks them complete when the transaction commits. */
export const WRITE_ARTICLES = `
UNWIND $articles AS a
MATCH (art:Article {id: a.id})
SET art.title = a.title, art.url = a.url, art.published = a.published, art.source = a.source,
    art.contentHash = a.contentHash, art.ingestedAt = a.ingestedAt
REMOVE art._lock`;

/** Releases (the markers of) the locks on articles left as they were. */
export const RELEASE_ARTICLES = `
MATCH (art:Article) WHERE art.id IN $ids
REMOVE art._lock`;

/** Merges entities of one type; the id fixes name and type, so whoever creates the node sets them. */
export function mergeEntities(type: EntityType): string {
  if (!ENTITY_TYPES.includes(type)) throw new Error(`not an entity type: ${type}`);
  return `
UNWIND $entities AS e
MERGE (n:Entity {id: e.id})
ON CREATE SET n.name = e.name, n.type = e.type, n.aliases = [], n.mentionCount = 0
SET n:${type}, n._lock = true`;
}

export const WRITE_MENTIONS = `
UNWIND $mentions AS m
MATCH (e:Entity {id: m.entityId})
MATCH (art:Article {id: m.articleId})
CREATE (e)-[:MENTIONED_IN {count: toInteger(m.count), aliases: m.aliases, category: m.category}]->(art)`;

export const WRITE_FACTS = `
UNWIND $facts AS f
MATCH (s:Entity {id: f.subjectId})
MATCH (o:Entity {id: f.objectId})
MATCH (art:Article {id: f.articleId})
CREATE (x:Fact {id: f.id, predicate: f.predicate, sentence: f.sentence, start: toInteger(f.start),
                end: toInteger(f.end), confidence: toFloat(f.confidence), reason: f.reason})
CREATE (x)-[:SUBJECT]->(s), (x)-[:OBJECT]->(o), (x)-[:STATED_IN]->(art)`;

/**
 * Recomputes one predicate's typed relationships from their Facts: count, first and last day
 * stated (published, else ingested), and confidence 1 - Π(1 - c). No Fact left: deleted.
 */
export function recomputeRelationships(predicate: Predicate): string {
  if (!PREDICATES.includes(predicate)) throw new Error(`not a predicate: ${predicate}`);
  return `
UNWIND $triples AS t
MATCH (s:Entity {id: t.subjectId})
MATCH (o:Entity {id: t.objectId})
MERGE (s)-[r:${predicate}]->(o)
SET r._lock = true
WITH DISTINCT s, r, o
OPTIONAL MATCH (s)<-[:SUBJECT]-(f:Fact {predicate: $predicate})-[:OBJECT]->(o)
OPTIONAL MATCH (f)-[:STATED_IN]->(art:Article)
WITH r, f, CASE WHEN art.published =~ $dayPattern THEN left(art.published, 10) ELSE left(art.ingestedAt, 10) END AS day
WITH r, count(f) AS n, min(day) AS firstSeen, max(day) AS lastSeen, collect(f.confidence) AS confidences
SET r.count = n, r.firstSeen = firstSeen, r.lastSeen = lastSeen,
    r.confidence = round(1.0 - reduce(p = 1.0, c IN confidences | p * (1.0 - c)), 6)
REMOVE r._lock
WITH r, n WHERE n = 0
DELETE r`;
}

/** An ISO day at the start of Article.published. */
export const DAY_PATTERN = '^\\d{4}-\\d{2}-\\d{2}.*';

/**
 * Recomputes entities from their mentions (mentionCount = Σ count, aliases = union, sorted,
 * category = the one most articles give, ties alphabetical), so the result does not depend on
 * the order articles arrive in; then deletes those no article mentions and no fact names.
 */
export const RECOMPUTE_ENTITIES = `
MATCH (e:Entity) WHERE e.id IN $ids
SET e.mentionCount = reduce(total = 0, c IN [(e)-[m:MENTIONED_IN]->() | m.count] | total + c),
    e.aliases = COLLECT { MATCH (e)-[m:MENTIONED_IN]->() UNWIND m.aliases AS alias RETURN DISTINCT alias ORDER BY alias },
    e.category = COLLECT {
      MATCH (e)-[m:MENTIONED_IN]->() WHERE m.category IS NOT NULL
      WITH m.category AS category, count(*) AS n ORDER BY n DESC, category RETURN category
    }[0]
REMOVE e._lock
WITH e WHERE NOT (e)-[:MENTIONED_IN]->() AND NOT (e)<-[:SUBJECT|OBJECT]-()
DETACH DELETE e`;
