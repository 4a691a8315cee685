// @question What surrounds one actor: every relation between it and its direct neighbours, and
//   among those neighbours (its ego network)? The dashboard's graph.
// @param entity: string — the entity: id, name or alias (case-insensitive)
// @param limit: int = 300 — how many relations to return
// @column sourceId: string — the subject's id
// @column source: string — the subject's name
// @column sourceType: string — the subject's type
// @column predicate: string — the relation
// @column targetId: string — the object's id
// @column target: string — the object's name
// @column targetType: string — the object's type
// @column count: int — evidence sentences for the relation
// @column firstSeen: string — the date of the earliest act behind the relation (YYYY-MM-DD); empty when no fact is dated
// @column lastSeen: string — the date of the latest act behind the relation; empty when no fact is dated
MATCH (c:Entity)
WHERE c.id = $entity OR toLower(c.name) = toLower($entity)
   OR any(alias IN coalesce(c.aliases, []) WHERE toLower(alias) = toLower($entity))
WITH c ORDER BY c.mentionCount DESC LIMIT 1
OPTIONAL MATCH (c)--(n:Entity)
WITH c, collect(DISTINCT n) + [c] AS ego
UNWIND ego AS a
MATCH (a)-[r]->(b:Entity)
WHERE b IN ego
RETURN a.id AS sourceId, a.name AS source, a.type AS sourceType, type(r) AS predicate,
       b.id AS targetId, b.name AS target, b.type AS targetType, coalesce(r.count, 1) AS count,
       coalesce(toString(r.firstSeen), '') AS firstSeen, coalesce(toString(r.lastSeen), '') AS lastSeen
ORDER BY CASE WHEN a = c OR b = c THEN 0 ELSE 1 END, count DESC, source, target
LIMIT toInteger($limit)
