// @question Who supports whom, and what do the supported do: chains where X supports Y and Y
//   attacked, killed or threatened Z?
// @param limit: int = 100 — how many rows to return
// @param entity: string = "" — only rows that involve this entity (id, name or alias) anywhere in the chain; empty for all
// @column supporter: string — X, who supports
// @column supported: string — Y, who is supported
// @column support: int — evidence sentences for X SUPPORTS Y
// @column action: string — what Y did next (ATTACKED, KILLED, THREATENED), empty when nothing
// @column target: string — Z, whom Y acted against, empty when nothing
// @column actionEvidence: int — evidence sentences for Y's action

// Rows come strongest support first, and a SUPPORTS relationship gives one row per action of
// the supported (one row when it has none), so the first $limit rows come from the fewest
// strongest SUPPORTS relationships whose rows add up to $limit. Only candidates are read: the
// SUPPORTS relationships counting at least as much as the $limit-th strongest (found by the
// count index) or, with an entity, the chains through it (it supports, is supported, or is
// the target of someone supported). How many rows a pair gives is a degree Neo4j keeps, not
// counted; names are read only for the pairs at the strongest counts, and actions only for
// the pairs whose rows are returned — never every chain in the graph.
MATCH (e:Entity)
WHERE $entity <> '' AND (e.id = $entity OR toLower(e.name) = toLower($entity)
   OR any(alias IN coalesce(e.aliases, []) WHERE toLower(alias) = toLower($entity)))
WITH collect(e) AS asked
// candidates: a SUPPORTS relationship, and the target its supported's actions must have (null: any)
CALL {
  WITH asked
  WITH asked WHERE $entity = ''
  CALL {
    MATCH ()-[s:SUPPORTS]->() WHERE s.count IS NOT NULL
    RETURN s.count AS weakest ORDER BY s.count DESC LIMIT toInteger($limit)
  }
  WITH min(weakest) AS weakest
  WHERE $entity = ''
  MATCH (:Entity)-[s:SUPPORTS]->(:Entity) WHERE s.count >= weakest
  RETURN s, null AS toward
  UNION
  WITH asked
  UNWIND asked AS e
  MATCH (e)-[s:SUPPORTS]-(:Entity)
  RETURN s, null AS toward
  UNION
  WITH asked
  UNWIND asked AS e
  MATCH (:Entity)-[s:SUPPORTS]->(:Entity)-[:ATTACKED|KILLED|THREATENED]->(e)
  RETURN s, e AS toward
}
WITH s, startNode(s) AS x, endNode(s) AS y, count(toward) < count(*) AS anyAction, collect(toward) AS towards
WITH s, x, y, anyAction, towards,
     CASE WHEN anyAction THEN COUNT { (y)-[:ATTACKED|KILLED|THREATENED]->() } + 1
          ELSE reduce(n = 0, t IN towards | n + COUNT { (y)-[:ATTACKED|KILLED|THREATENED]->(t) }) END AS rows
ORDER BY coalesce(s.count, 1) DESC
// the count of the pair whose rows reach $limit: weaker pairs cannot be returned
WITH collect({s: s, x: x, y: y, anyAction: anyAction, towards: towards, rows: rows, count: coalesce(s.count, 1)}) AS pairs
WITH pairs, reduce(acc = {rows: 0, count: 0}, p IN pairs |
       CASE WHEN acc.rows >= toInteger($limit) THEN acc ELSE {rows: acc.rows + p.rows, count: p.count} END).count AS weakest
UNWIND pairs AS p
WITH p WHERE p.count >= weakest
WITH p ORDER BY p.count DESC, p.x.name, p.y.name
WITH collect(p) AS pairs
WITH pairs, reduce(acc = [0, 0], p IN pairs |
       CASE WHEN acc[0] >= toInteger($limit) THEN acc ELSE [acc[0] + p.rows, acc[1] + 1] END)[1] AS needed
UNWIND pairs[..needed] AS p
WITH p.x AS x, p.s AS s, p.y AS y, p.anyAction AS anyAction, p.towards AS towards
CALL {
  WITH y, anyAction, towards
  OPTIONAL MATCH (y)-[act:ATTACKED|KILLED|THREATENED]->(z:Entity)
  WHERE anyAction OR z IN towards
  WITH act, z ORDER BY coalesce(act.count, 1) DESC, z.name, type(act)
  LIMIT toInteger($limit)
  RETURN act, z
}
RETURN x.name AS supporter, y.name AS supported, coalesce(s.count, 1) AS support,
       coalesce(type(act), '') AS action, coalesce(z.name, '') AS target,
       CASE WHEN act IS NULL THEN 0 ELSE coalesce(act.count, 1) END AS actionEvidence
ORDER BY support DESC, supporter, supported, actionEvidence DESC, target, action
LIMIT toInteger($limit)
