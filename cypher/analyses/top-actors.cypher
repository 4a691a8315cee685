// @question Which actors take part in the most relations: with the most distinct counterparts
//   (degree) or behind the most evidence sentences (evidence)?
// @param limit: int = 10 — how many actors to return
// @param by: degree|evidence = "degree" — what to rank by
// @param type: all|Person|Organization|Country|Location = "all" — only entities of this type
// @column id: string — the entity's id
// @column name: string — the actor's canonical name
// @column type: string — Person, Organization, Country or Location
// @column degree: int — distinct counterparts over all predicates, both directions
// @column evidence: int — evidence sentences behind its relations
// @column predicates: string[] — the predicates it takes part in
MATCH (e:Entity)-[r]-(other:Entity)
WHERE $type = 'all' OR e.type = $type
WITH e, count(DISTINCT other) AS degree, sum(coalesce(r.count, 1)) AS evidence, collect(DISTINCT type(r)) AS predicates
RETURN e.id AS id, e.name AS name, e.type AS type, degree, evidence, predicates
ORDER BY CASE $by WHEN 'evidence' THEN evidence ELSE degree END DESC,
         CASE $by WHEN 'evidence' THEN degree ELSE evidence END DESC, name
LIMIT toInteger($limit)
