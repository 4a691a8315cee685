// The Cypher of one ingest write, in the order the writer runs it inside one transaction.
// Values are always $params; the only text spliced in is a relationship type from
// PREDICATES, checked against that whitelist here, and constants. An entity's type label is
// a $param too (`SET n:$(e.type)`), one of ENTITY_TYPES: buildWriteBatch drops any other.
//
// Cost: a batch reads and writes what its own articles say — new facts are added to the
// aggregates they move (typed relationships, RelationTally, entity tallies) — so it does not
// grow with the graph. Only what a rewritten article took away is recomputed, from the
// evidence of that one relationship (Fact.relationKey), never from all of a hub's facts.
//
// Concurrency: two ingests may touch the same entities and relationships at once. Every
// node or relationship whose properties are updated is first written (`_lock`), which
// takes Neo4j's write lock, and only then are its aggregates or Facts read — so an update
// starts from everything the other transaction committed. Deadlocks between the two are transient
// errors, retried by executeWrite.
//
// Planning: these queries seek by unique ids, so their plans do not depend on the graph's
// statistics; yet Neo4j replans a cached query once the statistics drift (an empty graph
// filling up drifts all the time), and planning one of them costs 0.1–0.25 s of Neo4j's
// CPU, more than executing it. `CYPHER replan=skip` keeps the cached plan (a schema change
// still clears the cache).
import { PREDICATES, type Predicate } from '../model';

const PLANNED_ONCE = 'CYPHER replan=skip';

/**
 * Merges the batch's articles, locks them, and says which ones already hold this content and
 * which hold anything at all (facts or mentions to replace): a new article skips the deletes.
 */
export const CLAIM_ARTICLES = `${PLANNED_ONCE}
UNWIND $articles AS a
MERGE (art:Article {id: a.id})
SET art._lock = true
RETURN a.id AS id, coalesce(art.contentHash = a.contentHash, false) AS unchanged,
       COUNT { (art)--() } > 0 AS held`;

/** Deletes the Facts of articles being rewritten, returning the triples they supported. */
export const DELETE_OLD_FACTS = `${PLANNED_ONCE}
MATCH (art:Article)<-[:STATED_IN]-(f:Fact)
WHERE art.id IN $ids
MATCH (s:Entity)<-[:SUBJECT]-(f)-[:OBJECT]->(o:Entity)
WITH f, s.id AS subjectId, f.predicate AS predicate, o.id AS objectId
DETACH DELETE f
RETURN DISTINCT subjectId, predicate, objectId`;

/**
 * Deletes the mentions of articles being rewritten, returning what each contributed to its
 * entity's tally (locked here, so the tally read later is the committed one).
 */
export const DELETE_OLD_MENTIONS = `${PLANNED_ONCE}
MATCH (e:Entity)-[m:MENTIONED_IN]->(art:Article)
WHERE art.id IN $ids
SET e._lock = true
WITH e, m, m.count AS count, m.aliases AS aliases, m.category AS category
DELETE m
RETURN e.id AS entityId, count, aliases, category`;

/** Sets the articles' properties; the contentHash marks them complete when the transaction commits. */
export const WRITE_ARTICLES = `${PLANNED_ONCE}
UNWIND $articles AS a
MATCH (art:Article {id: a.id})
SET art.title = a.title, art.url = a.url, art.source = a.source, art.contentHash = a.contentHash,
    art.published = CASE WHEN a.published IS NULL THEN null ELSE datetime(a.published) END,
    art.ingestedAt = datetime(a.ingestedAt)
REMOVE art._lock`;

/** Releases (the markers of) the locks on articles left as they were. */
export const RELEASE_ARTICLES = `${PLANNED_ONCE}
MATCH (art:Article) WHERE art.id IN $ids
REMOVE art._lock`;

/** An entity's id and stored tally (see tally-mentions.ts), as the writer reads them. */
function tallyColumns(e: string): string {
  return `${e}.id AS id, ${e}.mentionCount AS mentionCount, ${e}.aliases AS aliases,
       ${e}.aliasCounts AS aliasCounts, ${e}.categories AS categories, ${e}.categoryCounts AS categoryCounts`;
}

/**
 * Merges the batch's entities (sorted by id: one lock order for concurrent ingests), locks
 * them and returns their stored tallies, so the tally update needs no second read. The id
 * fixes name and type, so whoever creates the node sets them; the type label is one of
 * ENTITY_TYPES (buildWriteBatch drops any other).
 */
export const MERGE_ENTITIES = `${PLANNED_ONCE}
UNWIND $entities AS e
MERGE (n:Entity {id: e.id})
ON CREATE SET n.name = e.name, n.type = e.type, n.aliases = [], n.mentionCount = 0
SET n:$(e.type), n._lock = true
RETURN ${tallyColumns('n')}`;

export const WRITE_MENTIONS = `${PLANNED_ONCE}
UNWIND $mentions AS m
MATCH (e:Entity {id: m.entityId})
MATCH (art:Article {id: m.articleId})
CREATE (e)-[:MENTIONED_IN {count: toInteger(m.count), aliases: m.aliases, category: m.category}]->(art)`;

/**
 * The key of a typed relationship, (subject id, predicate, object id) as one string: Facts
 * carry it (indexed) so that a relationship's evidence is found without expanding the
 * subject's or the object's facts, and its RelationTally is found by it. Cypher, so that
 * every query that needs the key builds it the same way.
 */
export function relationKey(subjectId: string, predicate: string, objectId: string): string {
  return `${subjectId} + '|' + ${predicate} + '|' + ${objectId}`;
}

export const WRITE_FACTS = `${PLANNED_ONCE}
UNWIND $facts AS f
MATCH (s:Entity {id: f.subjectId})
MATCH (o:Entity {id: f.objectId})
MATCH (art:Article {id: f.articleId})
CREATE (x:Fact {id: f.id, predicate: f.predicate, sentence: f.sentence, start: toInteger(f.start),
                end: toInteger(f.end), confidence: toFloat(f.confidence), reason: f.reason,
                date: CASE WHEN f.date IS NULL THEN null ELSE date(f.date) END,
                datePrecision: f.datePrecision, dateText: f.dateText,
                relationKey: ${relationKey('f.subjectId', 'f.predicate', 'f.objectId')}})
CREATE (x)-[:SUBJECT]->(s), (x)-[:OBJECT]->(o), (x)-[:STATED_IN]->(art)`;

/**
 * Confidence is the noisy-or 1 - Π(1 - c) of the facts. It is kept as Σ -ln(1 - c) in
 * nano-units, an integer: integer sums are exact, so adding facts batch by batch gives
 * the very value a recompute from all facts gives, in any order (a running product of
 * floats would differ in its last bits). c = 1 counts as 1 - 1e-12, which rounds to 1.
 */
const WEIGHT_SCALE = '1.0e9';
const factWeight = (f: string) =>
  `toInteger(round(-log(1.0 - CASE WHEN ${f}.confidence > 0.999999999999 THEN 0.999999999999 ELSE ${f}.confidence END) * ${WEIGHT_SCALE}))`;
const confidenceOf = (missLog: string) => `round(1.0 - exp(-toFloat(${missLog}) / ${WEIGHT_SCALE}), 6)`;

/**
 * Rows (r, k, f) grouped by relationship: how many facts, the first and last date of the acts
 * (Fact.date: the sentence's date, else the article's; undated facts give none, and the
 * ingestion time never stands in) and their summed weight. A null f counts nothing.
 */
const EVIDENCE = `
WITH r, k, count(f) AS n, min(f.date) AS firstSeen, max(f.date) AS lastSeen, sum(${factWeight('f')}) AS missLog`;

/**
 * The typed relationship of each triple, locked (written first, so that what is read next is
 * what other transactions committed) with its tally (Σ weight); MERGE creates both if new.
 */
function lockRelationships(predicate: Predicate): string {
  if (!PREDICATES.includes(predicate)) throw new Error(`not a predicate: ${predicate}`);
  return `${PLANNED_ONCE}
UNWIND $triples AS t
MATCH (s:Entity {id: t.subjectId})
MATCH (o:Entity {id: t.objectId})
MERGE (s)-[r:${predicate}]->(o)
SET r._lock = true
MERGE (k:RelationTally {key: ${relationKey('t.subjectId', '$predicate', 't.objectId')}})
WITH r, k, t`;
}

/**
 * Adds a batch's new facts to their typed relationships: count, first and last day, and
 * confidence move by what the new facts bring, reading only those facts — the cost does not
 * depend on how much evidence the relationship already has.
 */
export function addToRelationships(predicate: Predicate): string {
  return `${lockRelationships(predicate)}
UNWIND t.factIds AS factId
MATCH (f:Fact {id: factId})
${EVIDENCE}
WITH r, k, coalesce(r.count, 0) + n AS n,
     CASE WHEN firstSeen IS NULL OR r.firstSeen < firstSeen THEN r.firstSeen ELSE firstSeen END AS firstSeen,
     CASE WHEN lastSeen IS NULL OR r.lastSeen > lastSeen THEN r.lastSeen ELSE lastSeen END AS lastSeen,
     coalesce(k.missLog, 0) + missLog AS missLog
SET r.count = n, r.firstSeen = firstSeen, r.lastSeen = lastSeen, r.confidence = ${confidenceOf('missLog')},
    k.missLog = missLog
REMOVE r._lock`;
}

/**
 * Recomputes typed relationships some of whose facts were deleted (an article rewritten),
 * from the facts that remain — found by their relationKey, so only this relationship's
 * evidence is read, never all of a hub's facts. No fact left: the relationship and its
 * tally are deleted.
 */
export function recomputeRelationships(predicate: Predicate): string {
  return `${lockRelationships(predicate)}
${RECOMPUTE_FROM_EVIDENCE}
REMOVE r._lock
WITH r, k, n WHERE n = 0
DELETE r, k`;
}

/** Given r and its tally k: r's properties and k's sum from all the facts with k's key. */
export const RECOMPUTE_FROM_EVIDENCE = `
OPTIONAL MATCH (f:Fact {relationKey: k.key})
${EVIDENCE}
SET r.count = n, r.firstSeen = firstSeen, r.lastSeen = lastSeen, r.confidence = ${confidenceOf('missLog')},
    k.missLog = missLog`;

/** Locks entities whose tally a write changes (those not merged by it) and reads their tallies. */
export const READ_ENTITY_TALLIES = `${PLANNED_ONCE}
MATCH (e:Entity) WHERE e.id IN $ids
SET e._lock = true
RETURN ${tallyColumns('e')}`;

/**
 * Writes entities' new tallies (see tally-mentions.ts); then deletes those no article
 * mentions and no fact names (a degree check, whatever the entity's size).
 */
export const WRITE_ENTITY_TALLIES = `${PLANNED_ONCE}
UNWIND $entities AS x
MATCH (e:Entity {id: x.id})
SET e.mentionCount = toInteger(x.mentionCount), e.aliases = x.aliases,
    e.aliasCounts = [c IN x.aliasCounts | toInteger(c)], e.category = x.category,
    e.categories = x.categories, e.categoryCounts = [c IN x.categoryCounts | toInteger(c)]
REMOVE e._lock
WITH e WHERE NOT (e)-[:MENTIONED_IN]->() AND NOT (e)<-[:SUBJECT|OBJECT]-()
DETACH DELETE e`;
