// @question Which entities are named in the same articles, and how often?
// @param entity: string = "" — only pairs with this entity (id, name or alias) as the first; empty for all pairs (names in alphabetical order)
// @param minArticles: int = 1 — only pairs named together in at least this many articles
// @param limit: int = 50 — how many pairs to return
// @column entity: string — the first entity
// @column other: string — the entity named with it
// @column articles: int — articles that name both
// @column titles: string[] — up to three of those articles' titles

// Find the entity first, so that a filtered run expands from it alone.
MATCH (a:Entity)
WHERE $entity = '' OR a.id = $entity OR toLower(a.name) = toLower($entity)
   OR any(alias IN coalesce(a.aliases, []) WHERE toLower(alias) = toLower($entity))
MATCH (a)-[:MENTIONED_IN]->(:Article)<-[:MENTIONED_IN]-(b:Entity)
WHERE a <> b AND ($entity <> '' OR elementId(a) < elementId(b))
// Count first and keep the top pairs (ties broken without reading properties, which is what
// costs on a dense graph); only the pairs kept need their names and titles.
WITH a, b, count(*) AS articles
WHERE articles >= toInteger($minArticles)
ORDER BY articles DESC, elementId(a), elementId(b)
LIMIT toInteger($limit)
// All pairs: each pair once, its names in alphabetical order.
WITH a, b, articles, $entity = '' AND b.name < a.name AS swap
RETURN CASE WHEN swap THEN b.name ELSE a.name END AS entity, CASE WHEN swap THEN a.name ELSE b.name END AS other, articles,
       [(a)-[:MENTIONED_IN]->(art:Article)<-[:MENTIONED_IN]-(b) | art.title][..3] AS titles
ORDER BY articles DESC, entity, other
