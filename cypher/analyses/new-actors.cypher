// @question Which actors appear for the first time on or after a date? An actor's first date is
//   that of the earliest act it takes part in, else of the earliest dated article that names it.
// @param since: date — the ISO date (e.g. 2024-02-01) from which an actor counts as new
// @param limit: int = 50 — how many actors to return
// @column name: string — the actor's canonical name
// @column type: string — Person, Organization, Country or Location
// @column firstSeen: string — its first date (YYYY-MM-DD): its earliest dated fact, else its earliest dated article
// @column articles: int — articles that name it
// @column mentions: int — mentions over all articles
MATCH (e:Entity)-[m:MENTIONED_IN]->(art:Article)
WITH e, count(DISTINCT art) AS articles, sum(coalesce(m.count, 1)) AS mentions,
     min(date(art.published)) AS firstArticle
WITH e, articles, mentions,
     coalesce(COLLECT { MATCH (e)<-[:SUBJECT|OBJECT]-(f:Fact) WHERE f.date IS NOT NULL
                        RETURN f.date ORDER BY f.date LIMIT 1 }[0], firstArticle) AS firstSeen
WHERE firstSeen >= date($since)
RETURN e.name AS name, e.type AS type, toString(firstSeen) AS firstSeen, articles, mentions
ORDER BY firstSeen DESC, mentions DESC, name
LIMIT toInteger($limit)
