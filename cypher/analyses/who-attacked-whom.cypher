// @question Who attacked (or killed members of) whom, how often, and when first and last?
// @param limit: int = 50 — how many attacker/target pairs to return
// @param entity: string = "" — only pairs where this entity (id, name or alias) is attacker or target; empty for all
// @column attacker: string — who attacked
// @column target: string — who was attacked
// @column attacks: int — evidence sentences for ATTACKED
// @column killings: int — evidence sentences for KILLED
// @column firstSeen: string — the date of the first attack (the act's date, YYYY-MM-DD); empty when no fact is dated
// @column lastSeen: string — the date of the last attack; empty when no fact is dated

// Reads only the relationships that can make the top $limit, not every attack in the graph.
// A pair's score is attacks + killings, so a pair scoring at least T has an ATTACKED or a
// KILLED relationship with a count of at least T / 2. T is the $limit-th best score among the
// pairs of the $limit strongest ATTACKED and the $limit strongest KILLED relationships (the
// count indexes give those in order): the true top $limit all score at least T, so the pairs
// with a relationship counting T / 2 or more hold all of them, ties included.
// With an entity, its own attacks, given and received, are the candidates.
MATCH (e:Entity)
WHERE $entity <> '' AND (e.id = $entity OR toLower(e.name) = toLower($entity)
   OR any(alias IN coalesce(e.aliases, []) WHERE toLower(alias) = toLower($entity)))
WITH collect(e) AS asked
CALL {
  WITH asked
  WITH asked WHERE $entity = ''
  CALL {
    MATCH ()-[r:ATTACKED]->() WHERE r.count IS NOT NULL
    RETURN r ORDER BY r.count DESC LIMIT toInteger($limit)
    UNION
    MATCH ()-[r:KILLED]->() WHERE r.count IS NOT NULL
    RETURN r ORDER BY r.count DESC LIMIT toInteger($limit)
  }
  WITH DISTINCT startNode(r) AS a, endNode(r) AS b
  WITH reduce(s = 0, c IN [(a)-[x:ATTACKED|KILLED]->(b) | coalesce(x.count, 1)] | s + c) AS score
  ORDER BY score DESC LIMIT toInteger($limit)
  WITH collect(score) AS scores
  WITH CASE WHEN size(scores) < toInteger($limit) THEN 0 ELSE scores[-1] END / 2.0 AS half
  WHERE $entity = ''
  CALL {
    WITH half
    MATCH ()-[r:ATTACKED]->() WHERE r.count >= half RETURN r
    UNION
    WITH half
    MATCH ()-[r:KILLED]->() WHERE r.count >= half RETURN r
  }
  RETURN DISTINCT startNode(r) AS a, endNode(r) AS b
  UNION
  WITH asked
  UNWIND asked AS e
  MATCH (e)-[r:ATTACKED|KILLED]-(:Entity)
  RETURN DISTINCT startNode(r) AS a, endNode(r) AS b
}
MATCH (a)-[r:ATTACKED|KILLED]->(b)
WITH a, b,
     sum(CASE type(r) WHEN 'ATTACKED' THEN coalesce(r.count, 1) ELSE 0 END) AS attacks,
     sum(CASE type(r) WHEN 'KILLED' THEN coalesce(r.count, 1) ELSE 0 END) AS killings,
     min(r.firstSeen) AS firstSeen, max(r.lastSeen) AS lastSeen
RETURN a.name AS attacker, b.name AS target, attacks, killings,
       coalesce(toString(firstSeen), '') AS firstSeen, coalesce(toString(lastSeen), '') AS lastSeen
ORDER BY attacks + killings DESC, attacker, target
LIMIT toInteger($limit)
