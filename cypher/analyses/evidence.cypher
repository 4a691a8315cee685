// @question Why does the graph say subject —predicate→ object? Every evidence sentence behind one
//   relation, with its article.
// @param subjectId: string — the subject entity's id
// @param predicate: ATTACKED|KILLED|SUPPORTS|CRITICIZED|THREATENED|DEMANDED|COOPERATED|SANCTIONED|LEADS|MEMBER_OF|LOCATED_IN — the relation
// @param objectId: string — the object entity's id
// @param limit: int = 50 — how many sentences to return
// @column sentence: string — the evidence sentence
// @column confidence: float — how sure the extraction rule was (0..1)
// @column reason: string — the rule that read it
// @column articleId: string — the article's id
// @column article: string — the article's title
// @column url: string — the article's URL
// @column factDate: string — when the act happened (YYYY-MM-DD); empty when unknown
// @column published: string — when the article was published; empty when it does not say
MATCH (s:Entity {id: $subjectId})<-[:SUBJECT]-(f:Fact {predicate: toUpper($predicate)})-[:OBJECT]->(o:Entity {id: $objectId})
MATCH (f)-[:STATED_IN]->(art:Article)
RETURN f.sentence AS sentence, f.confidence AS confidence, f.reason AS reason, art.id AS articleId,
       art.title AS article, art.url AS url, coalesce(toString(f.date), '') AS factDate,
       coalesce(toString(date(art.published)), '') AS published
ORDER BY f.date IS NULL, f.date DESC, confidence DESC, f.start
LIMIT toInteger($limit)
