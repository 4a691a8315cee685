// @question What is known about one actor: every fact it is the subject or object of, with the
//   evidence sentence and the article it was read from?
// @param entity: string — the entity: id, name or alias (case-insensitive)
// @param limit: int = 500 — how many facts to return
// @column role: string — "subject" or "object": the entity's side of the fact
// @column subject: string — who did it
// @column predicate: string — what was done
// @column object: string — to whom
// @column sentence: string — the evidence sentence
// @column confidence: float — how sure the extraction rule was (0..1)
// @column article: string — the article's title
// @column url: string — the article's URL
// @column factDate: string — when the act happened (YYYY-MM-DD; the sentence's date, else the article's); empty when unknown
// @column published: string — when the article was published; empty when it does not say
MATCH (e:Entity)
WHERE e.id = $entity OR toLower(e.name) = toLower($entity)
   OR any(alias IN coalesce(e.aliases, []) WHERE toLower(alias) = toLower($entity))
WITH e ORDER BY e.mentionCount DESC LIMIT 1
MATCH (f:Fact)-[side:SUBJECT|OBJECT]->(e)
MATCH (f)-[:SUBJECT]->(s:Entity), (f)-[:OBJECT]->(o:Entity), (f)-[:STATED_IN]->(art:Article)
RETURN toLower(type(side)) AS role, s.name AS subject, f.predicate AS predicate, o.name AS object,
       f.sentence AS sentence, f.confidence AS confidence, art.title AS article, art.url AS url,
       coalesce(toString(f.date), '') AS factDate, coalesce(toString(date(art.published)), '') AS published
ORDER BY f.date IS NULL, f.date, art.title, f.start, predicate
LIMIT toInteger($limit)
