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
MATCH (f:Fact)-[:STATED_IN]->(art:Article), (f)-[:SUBJECT]->(s:Entity), (f)-[:OBJECT]->(o:Entity)
WHERE ($since IS NULL OR toString($since) = '' OR f.date >= date($since))
  AND ($entity = ''
   OR any(e IN [s, o] WHERE e.id = $entity OR toLower(e.name) = toLower($entity)
          OR any(alias IN coalesce(e.aliases, []) WHERE toLower(alias) = toLower($entity))))
RETURN coalesce(toString(f.date), '') AS factDate, coalesce(f.datePrecision, '') AS precision,
       s.name AS subject, f.predicate AS predicate, o.name AS object, f.sentence AS sentence,
       art.title AS article, art.url AS url
ORDER BY f.date IS NULL, f.date, article, f.start, predicate
LIMIT toInteger($limit)
