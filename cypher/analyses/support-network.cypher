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
MATCH (x:Entity)-[s:SUPPORTS]->(y:Entity)
OPTIONAL MATCH (y)-[act:ATTACKED|KILLED|THREATENED]->(z:Entity)
WITH x, s, y, act, z
WHERE $entity = ''
   OR any(e IN [x, y, z] WHERE e IS NOT NULL AND (e.id = $entity OR toLower(e.name) = toLower($entity)
          OR any(alias IN coalesce(e.aliases, []) WHERE toLower(alias) = toLower($entity))))
RETURN x.name AS supporter, y.name AS supported, coalesce(s.count, 1) AS support,
       coalesce(type(act), '') AS action, coalesce(z.name, '') AS target,
       CASE WHEN act IS NULL THEN 0 ELSE coalesce(act.count, 1) END AS actionEvidence
ORDER BY support DESC, supporter, supported, actionEvidence DESC, target
LIMIT toInteger($limit)
