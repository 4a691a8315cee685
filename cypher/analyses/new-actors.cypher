// @question Which actors appear for the first time on or after a date?
// @param since: date — the ISO date (e.g. 2024-02-01) from which an actor counts as new
// @param limit: int = 50 — how many actors to return
// @column name: string — the actor's canonical name
// @column type: string — Person, Organization, Country or Location
// @column firstSeen: string — the date of the first article that names it
// @column articles: int — articles that name it
// @column mentions: int — mentions over all articles
MATCH (e:Entity)-[m:MENTIONED_IN]->(art:Article)
WITH e, min(left(toString(coalesce(art.published, art.ingestedAt)), 10)) AS firstSeen,
     count(DISTINCT art) AS articles, sum(coalesce(m.count, 1)) AS mentions
WHERE firstSeen >= left($since, 10)
RETURN e.name AS name, e.type AS type, firstSeen, articles, mentions
ORDER BY firstSeen DESC, mentions DESC, name
LIMIT toInteger($limit)
