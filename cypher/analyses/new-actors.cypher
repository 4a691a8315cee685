// @question Which actors appear for the first time on or after a date? An actor's first date is
//   that of the earliest act it takes part in, else of the earliest dated article that names it.
// @param since: date — the ISO date (e.g. 2024-02-01) from which an actor counts as new
// @param limit: int = 50 — how many actors to return
// @column name: string — the actor's canonical name
// @column type: string — Person, Organization, Country or Location
// @column firstSeen: string — its first date (YYYY-MM-DD): its earliest dated fact, else its earliest dated article
// @column articles: int — articles that name it
// @column mentions: int — mentions over all articles

// Reads no facts and no mentions of old actors. The earliest act of an actor is the earliest
// firstSeen of its typed relationships (each keeps the first date of its facts), so an actor
// is old as soon as one relationship was first seen before the date: the check stops there.
// Articles are counted by Neo4j's degree of MENTIONED_IN, mentions are the entity's
// mentionCount, and only an actor no dated fact names has its articles' dates read.
MATCH (e:Entity)
WHERE NOT EXISTS {
  MATCH (e)-[r:ATTACKED|KILLED|SUPPORTS|CRITICIZED|THREATENED|DEMANDED|COOPERATED|SANCTIONED|LEADS|MEMBER_OF|LOCATED_IN]-()
  WHERE r.firstSeen < date($since)
}
WITH e, COUNT { (e)-[:MENTIONED_IN]->() } AS articles
WHERE articles > 0
WITH e, articles,
     COLLECT { MATCH (e)-[r:ATTACKED|KILLED|SUPPORTS|CRITICIZED|THREATENED|DEMANDED|COOPERATED|SANCTIONED|LEADS|MEMBER_OF|LOCATED_IN]-()
               WHERE r.firstSeen IS NOT NULL RETURN r.firstSeen ORDER BY r.firstSeen LIMIT 1 }[0] AS firstAct
WITH e, articles,
     coalesce(firstAct, COLLECT { MATCH (e)-[:MENTIONED_IN]->(art:Article) WHERE art.published IS NOT NULL
                                  RETURN date(art.published) AS day ORDER BY day LIMIT 1 }[0]) AS firstSeen
WHERE firstSeen >= date($since)
RETURN e.name AS name, e.type AS type, toString(firstSeen) AS firstSeen, articles, e.mentionCount AS mentions
ORDER BY firstSeen DESC, mentions DESC, name
LIMIT toInteger($limit)
