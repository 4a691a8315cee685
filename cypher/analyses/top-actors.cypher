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
// @column predicates: string[] — the predicates it takes part in (in the ontology's order)

// Never reads every relationship. Two figures Neo4j keeps per node cost nothing to read: an
// entity's evidence is the number of facts naming it as subject or object (each fact counts
// once in its relationship's count), and its number of typed relationships bounds its degree
// from above. Only the entities that can make the top $limit have their degree counted: the
// $limit best by the bound give a degree T that the top $limit all reach, so entities whose
// bound is under T cannot be among them. (Typed relationships only join entities: their
// other ends need no label check.)
MATCH (e:Entity)
WHERE $type = 'all' OR e.type = $type
WITH e, COUNT { (e)<-[:SUBJECT]-() } + COUNT { (e)<-[:OBJECT]-() } AS evidence,
     COUNT { (e)-[:ATTACKED|KILLED|SUPPORTS|CRITICIZED|THREATENED|DEMANDED|COOPERATED|SANCTIONED|LEADS|MEMBER_OF|LOCATED_IN]-() } AS relations
WHERE relations > 0
WITH e, evidence, CASE $by WHEN 'evidence' THEN evidence ELSE relations END AS bound
WITH collect({e: e, evidence: evidence, bound: bound}) AS all
// the rank-$limit value of the figure ranked by, among the $limit best by its bound
CALL {
  WITH all
  UNWIND all AS x
  WITH x ORDER BY x.bound DESC LIMIT toInteger($limit)
  WITH x.e AS e, x.evidence AS evidence
  CALL { WITH e MATCH (e)-[:ATTACKED|KILLED|SUPPORTS|CRITICIZED|THREATENED|DEMANDED|COOPERATED|SANCTIONED|LEADS|MEMBER_OF|LOCATED_IN]-(o) RETURN count(DISTINCT o) AS degree }
  RETURN CASE WHEN count(*) < toInteger($limit) THEN 0
              ELSE min(CASE $by WHEN 'evidence' THEN evidence ELSE degree END) END AS reached
}
UNWIND all AS x
WITH x WHERE x.bound >= reached
WITH x.e AS e, x.evidence AS evidence
CALL { WITH e MATCH (e)-[:ATTACKED|KILLED|SUPPORTS|CRITICIZED|THREATENED|DEMANDED|COOPERATED|SANCTIONED|LEADS|MEMBER_OF|LOCATED_IN]-(o) RETURN count(DISTINCT o) AS degree }
WITH e, degree, evidence
ORDER BY CASE $by WHEN 'evidence' THEN evidence ELSE degree END DESC,
         CASE $by WHEN 'evidence' THEN degree ELSE evidence END DESC, e.name
LIMIT toInteger($limit)
RETURN e.id AS id, e.name AS name, e.type AS type, degree, evidence,
       [p IN [['ATTACKED', COUNT { (e)-[:ATTACKED]-() }],
                  ['KILLED', COUNT { (e)-[:KILLED]-() }],
                  ['SUPPORTS', COUNT { (e)-[:SUPPORTS]-() }],
                  ['CRITICIZED', COUNT { (e)-[:CRITICIZED]-() }],
                  ['THREATENED', COUNT { (e)-[:THREATENED]-() }],
                  ['DEMANDED', COUNT { (e)-[:DEMANDED]-() }],
                  ['COOPERATED', COUNT { (e)-[:COOPERATED]-() }],
                  ['SANCTIONED', COUNT { (e)-[:SANCTIONED]-() }],
                  ['LEADS', COUNT { (e)-[:LEADS]-() }],
                  ['MEMBER_OF', COUNT { (e)-[:MEMBER_OF]-() }],
                  ['LOCATED_IN', COUNT { (e)-[:LOCATED_IN]-() }]] WHERE p[1] > 0 | p[0]] AS predicates
