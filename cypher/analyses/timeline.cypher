// @question What happened when? Facts ordered by the date of their article, optionally only
//   those about one entity.
// @param entity: string = "" — only facts whose subject or object is this entity (id, name or alias); empty for all
// @param since: string = "" — only facts from this ISO date on (e.g. 2024-02-01); empty for all
// @param limit: int = 500 — how many facts to return
// @column date: string — the article's publication date (or ingestion date, when unknown), YYYY-MM-DD
// @column subject: string — who did it
// @column predicate: string — what was done
// @column object: string — to whom
// @column sentence: string — the evidence sentence
// @column article: string — the article's title
// @column url: string — the article's URL
MATCH (f:Fact)-[:STATED_IN]->(art:Article), (f)-[:SUBJECT]->(s:Entity), (f)-[:OBJECT]->(o:Entity)
WITH f, art, s, o, left(toString(coalesce(art.published, art.ingestedAt)), 10) AS date
WHERE ($since = '' OR date >= $since)
  AND ($entity = ''
   OR any(e IN [s, o] WHERE e.id = $entity OR toLower(e.name) = toLower($entity)
          OR any(alias IN coalesce(e.aliases, []) WHERE toLower(alias) = toLower($entity))))
RETURN date, s.name AS subject, f.predicate AS predicate, o.name AS object, f.sentence AS sentence,
       art.title AS article, art.url AS url
ORDER BY date, article, f.start, predicate
LIMIT toInteger($limit)
