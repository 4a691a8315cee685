// @question What happened when? Facts in the order their acts happened (the date a sentence
//   gives, else its article's), optionally only those about one entity; undated facts come last.
// @param entity: string = "" — only facts whose subject or object is this entity (id, name or alias); empty for all
// @param since: date = null — only facts dated from this ISO date on (e.g. 2024-02-01); null for all, undated ones included
// @param limit: int = 500 — how many facts to return
// @column factDate: string — when the act happened, YYYY-MM-DD; empty when undated
// @column precision: string — how exactly factDate is known: day, week, month or year; empty when undated
// @column subject: string — who did it
// @column predicate: string — what was done
// @column object: string — to whom
// @column sentence: string — the evidence sentence
// @column article: string — the article's title
// @column url: string — the article's URL

// Reads the facts it returns, not every fact. The fact_date index gives facts in date order:
// the first $limit from `since` on end on some day, and only the facts up to that day (all of
// it, for the order within a day) can be returned. Undated facts are read only when fewer
// than $limit dated ones match. An entity named in few facts is read from its own facts; a
// much-named one (over 20,000 facts) walks the index too, keeping its own facts.
MATCH (e:Entity)
WHERE $entity <> '' AND (e.id = $entity OR toLower(e.name) = toLower($entity)
   OR any(alias IN coalesce(e.aliases, []) WHERE toLower(alias) = toLower($entity)))
WITH collect(e) AS asked
WITH asked, CASE WHEN $since IS NULL OR toString($since) = '' THEN null ELSE date($since) END AS since,
     reduce(n = 0, e IN asked | n + COUNT { (e)<-[:SUBJECT]-() } + COUNT { (e)<-[:OBJECT]-() }) AS askedFacts
WITH asked, since, coalesce(since, date('-999999999-01-01')) AS from,
     $entity <> '' AND askedFacts <= 20000 AS fromEntities
// the walk: how many facts match (up to $limit), and the day of the last
CALL {
  WITH asked, from, fromEntities
  WITH asked, from WHERE NOT fromEntities
  MATCH (f:Fact) WHERE f.date >= from
    AND ($entity = '' OR EXISTS { MATCH (f)-[:SUBJECT|OBJECT]->(x) WHERE x IN asked })
  WITH f ORDER BY f.date LIMIT toInteger($limit)
  RETURN count(f) AS walked, max(f.date) AS lastDay
}
CALL {
  WITH asked, from, lastDay
  MATCH (f:Fact) WHERE f.date >= from AND f.date <= lastDay
    AND ($entity = '' OR EXISTS { MATCH (f)-[:SUBJECT|OBJECT]->(x) WHERE x IN asked })
  RETURN f
  UNION
  WITH asked, since, fromEntities, walked
  WITH asked WHERE NOT fromEntities AND since IS NULL AND walked < toInteger($limit)
  OPTIONAL MATCH (f:Fact) WHERE $entity = '' AND f.date IS NULL
  RETURN f
  UNION
  WITH asked, since, fromEntities, walked
  WITH asked WHERE NOT fromEntities AND since IS NULL AND walked < toInteger($limit)
  UNWIND asked AS e
  MATCH (f:Fact)-[:SUBJECT|OBJECT]->(e) WHERE f.date IS NULL
  RETURN f
  UNION
  WITH asked, since, fromEntities
  WITH asked, since WHERE fromEntities
  UNWIND asked AS e
  MATCH (f:Fact)-[:SUBJECT|OBJECT]->(e) WHERE since IS NULL OR f.date >= since
  RETURN f
}
MATCH (f)-[:STATED_IN]->(art:Article), (f)-[:SUBJECT]->(s:Entity), (f)-[:OBJECT]->(o:Entity)
RETURN coalesce(toString(f.date), '') AS factDate, coalesce(f.datePrecision, '') AS precision,
       s.name AS subject, f.predicate AS predicate, o.name AS object, f.sentence AS sentence,
       art.title AS article, art.url AS url
ORDER BY f.date IS NULL, f.date, article, f.start, predicate
LIMIT toInteger($limit)
