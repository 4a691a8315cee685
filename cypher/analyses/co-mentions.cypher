// @question Which entities are named in the same articles, and how often?
// @param entity: string = "" — only pairs with this entity (id, name or alias) as the first; empty for all pairs
// @param minArticles: int = 1 — only pairs named together in at least this many articles
// @param limit: int = 50 — how many pairs to return
// @column entity: string — the first entity
// @column other: string — the entity named with it
// @column articles: int — articles that name both
// @column titles: string[] — up to three of those articles' titles
MATCH (a:Entity)-[:MENTIONED_IN]->(:Article)<-[:MENTIONED_IN]-(b:Entity)
WHERE a <> b
  AND CASE WHEN $entity = '' THEN a.id < b.id
      ELSE a.id = $entity OR toLower(a.name) = toLower($entity)
           OR any(alias IN coalesce(a.aliases, []) WHERE toLower(alias) = toLower($entity)) END
// Count first and keep the top pairs; only those need their titles.
WITH a, b, count(*) AS articles
WHERE articles >= toInteger($minArticles)
ORDER BY articles DESC, a.name, b.name
LIMIT toInteger($limit)
RETURN a.name AS entity, b.name AS other, articles,
       [(a)-[:MENTIONED_IN]->(art:Article)<-[:MENTIONED_IN]-(b) | art.title][..3] AS titles
ORDER BY articles DESC, entity, other
