// @question Which actors matter most in the relation graph? PageRank over the typed relations,
//   weighted by evidence, in plain Cypher (a fixed number of iterations; no Graph Data Science
//   needed): an actor ranks high when important actors act on it, support it or belong to it.
// @param iterations: int = 20 — PageRank iterations
// @param damping: float = 0.85 — PageRank damping factor
// @param limit: int = 10 — how many actors to return
// @column rank: int — 1 for the most influential
// @column name: string — the actor's canonical name
// @column type: string — Person, Organization, Country or Location
// @column score: float — PageRank score (all scores sum to at most 1)
// @column inDegree: int — relations pointing at it
// @column outDegree: int — relations starting from it
MATCH (e:Entity)
WITH collect(e) AS nodes
WITH nodes, size(nodes) AS n, apoc.map.fromLists([x IN nodes | elementId(x)], range(0, size(nodes) - 1)) AS index
CALL {
  WITH nodes, index
  UNWIND nodes AS s
  MATCH (s)-[r]->(t:Entity)
  WITH index, s, collect({t: t, w: toFloat(coalesce(r.count, 1))}) AS outs
  WITH index, s, outs, reduce(total = 0.0, o IN outs | total + o.w) AS outWeight
  UNWIND outs AS o
  WITH toString(index[elementId(o.t)]) AS target, [index[elementId(s)], o.w / outWeight] AS edge
  WITH target, collect(edge) AS edges
  RETURN apoc.map.fromPairs(collect([target, edges])) AS incoming
}
WITH nodes, n, [i IN range(0, n - 1) | coalesce(incoming[toString(i)], [])] AS inbound
WITH nodes, n,
     reduce(score = [i IN range(1, n) | 1.0 / n], step IN range(1, toInteger($iterations)) |
       [i IN range(0, n - 1) |
         (1.0 - toFloat($damping)) / n + toFloat($damping) * reduce(acc = 0.0, edge IN inbound[i] | acc + score[edge[0]] * edge[1])]
     ) AS scores
UNWIND range(0, n - 1) AS i
WITH nodes[i] AS e, scores[i] AS score
ORDER BY score DESC, e.name
LIMIT toInteger($limit)
WITH collect({e: e, score: score}) AS ranked
UNWIND range(0, size(ranked) - 1) AS i
WITH i, ranked[i].e AS e, ranked[i].score AS score
RETURN i + 1 AS rank, e.name AS name, e.type AS type, round(score, 5) AS score,
       COUNT { (e)<-[]-(:Entity) } AS inDegree, COUNT { (e)-[]->(:Entity) } AS outDegree
ORDER BY rank
