// @question How are two actors connected? The shortest chain of relations between them (either
//   direction, up to 6 hops), with the predicate and one evidence sentence on each hop.
// @param from: string — the first entity: id, name or alias (case-insensitive)
// @param to: string — the second entity: id, name or alias (case-insensitive)
// @column hop: int — 1 for the first hop
// @column from: string — the entity the hop starts at
// @column predicate: string — the relation on this hop
// @column direction: string — "->" when from is the subject, "<-" when it is the object
// @column to: string — the entity the hop ends at
// @column evidence: int — evidence sentences for this relation
// @column sentence: string — the most confident evidence sentence
// @column article: string — the title of that sentence's article
// @column url: string — that article's URL
MATCH (a:Entity)
WHERE a.id = $from OR toLower(a.name) = toLower($from)
   OR any(alias IN coalesce(a.aliases, []) WHERE toLower(alias) = toLower($from))
WITH a ORDER BY a.mentionCount DESC LIMIT 1
MATCH (b:Entity)
WHERE b.id = $to OR toLower(b.name) = toLower($to)
   OR any(alias IN coalesce(b.aliases, []) WHERE toLower(alias) = toLower($to))
WITH a, b ORDER BY b.mentionCount DESC LIMIT 1
WITH a, b WHERE a <> b
MATCH p = shortestPath((a)-[:ATTACKED|KILLED|SUPPORTS|CRITICIZED|THREATENED|DEMANDED|COOPERATED|SANCTIONED|LEADS|MEMBER_OF|LOCATED_IN*..6]-(b))
UNWIND range(0, length(p) - 1) AS i
WITH i, nodes(p)[i] AS here, nodes(p)[i + 1] AS there, relationships(p)[i] AS r
CALL {
  WITH r
  OPTIONAL MATCH (f:Fact {predicate: type(r)})-[:SUBJECT]->(s:Entity), (f)-[:OBJECT]->(o:Entity), (f)-[:STATED_IN]->(art:Article)
  WHERE s = startNode(r) AND o = endNode(r)
  RETURN f, art ORDER BY f.confidence DESC LIMIT 1
}
RETURN i + 1 AS hop, here.name AS from, type(r) AS predicate,
       CASE WHEN startNode(r) = here THEN '->' ELSE '<-' END AS direction,
       there.name AS to, coalesce(r.count, 1) AS evidence,
       f.sentence AS sentence, art.title AS article, art.url AS url
ORDER BY hop
