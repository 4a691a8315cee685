// @question Which actors matter most in the relation graph? PageRank over the typed relations,
//   weighted by evidence, in plain Cypher (a fixed number of iterations; no Graph Data Science
//   needed): an actor ranks high when important actors act on it, support it or belong to it.
// @param iterations: int = 20 — PageRank iterations
// @param damping: float = 0.85 — PageRank damping factor
// @param limit: int = 10 — how many actors to return
// @param actors: int = 2000 — rank only this many actors, the most mentioned (bounds memory and time; the rest pass no score on)
// @column rank: int — 1 for the most influential
// @column name: string — the actor's canonical name
// @column type: string — Person, Organization, Country or Location
// @column score: float — PageRank score (all scores sum to at most 1)
// @column inDegree: int — relations pointing at it
// @column outDegree: int — relations starting from it

// Runs over the typed relationships between entities (never the facts), held as two compact
// lists per actor — where its incoming relations come from, and the share of the source's
// evidence each carries — so memory grows with the number of relations among the ranked
// actors, and $actors caps that (taken by the mentionCount index). A source's shares are
// of all its relations: what it gives to an actor outside the ranked ones is lost, like the
// score of an actor that acts on no one.
MATCH (e:Entity) WHERE e.mentionCount IS NOT NULL
WITH e ORDER BY e.mentionCount DESC LIMIT toInteger($actors)
WITH collect(e) AS nodes
WITH nodes, size(nodes) AS n, apoc.map.fromLists([x IN nodes | elementId(x)], range(0, size(nodes) - 1)) AS index
CALL {
  WITH nodes, index
  UNWIND range(0, size(nodes) - 1) AS i
  WITH index, i, nodes[i] AS s
  MATCH (s)-[r:ATTACKED|KILLED|SUPPORTS|CRITICIZED|THREATENED|DEMANDED|COOPERATED|SANCTIONED|LEADS|MEMBER_OF|LOCATED_IN]->(t)
  WITH index, i, index[elementId(t)] AS j, toFloat(coalesce(r.count, 1)) AS w
  WITH i, collect(j) AS targets, collect(w) AS weights, sum(w) AS outWeight
  UNWIND range(0, size(targets) - 1) AS k
  WITH i, targets[k] AS j, weights[k] / outWeight AS share
  WHERE j IS NOT NULL
  WITH j, collect(i) AS sources, collect(share) AS shares
  RETURN apoc.map.fromLists(collect(toString(j)), collect([sources, shares])) AS incoming
}
WITH nodes, n, [j IN range(0, n - 1) | coalesce(incoming[toString(j)], [[], []])] AS inbound,
     (1.0 - toFloat($damping)) / CASE n WHEN 0 THEN 1 ELSE n END AS base, toFloat($damping) AS d
WITH nodes, n,
     reduce(score = [i IN range(1, n) | 1.0 / n], step IN range(1, toInteger($iterations)) |
       [j IN range(0, n - 1) | base + d * reduce(acc = 0.0, k IN range(0, size(inbound[j][0]) - 1) |
                                                  acc + score[inbound[j][0][k]] * inbound[j][1][k])]
     ) AS scores
UNWIND range(0, n - 1) AS i
WITH nodes[i] AS e, scores[i] AS score
ORDER BY score DESC, e.name
LIMIT toInteger($limit)
WITH collect({e: e, score: score}) AS ranked
UNWIND range(0, size(ranked) - 1) AS i
WITH i, ranked[i].e AS e, ranked[i].score AS score
RETURN i + 1 AS rank, e.name AS name, e.type AS type, round(score, 5) AS score,
       COUNT { (e)<-[:ATTACKED|KILLED|SUPPORTS|CRITICIZED|THREATENED|DEMANDED|COOPERATED|SANCTIONED|LEADS|MEMBER_OF|LOCATED_IN]-() } AS inDegree, COUNT { (e)-[:ATTACKED|KILLED|SUPPORTS|CRITICIZED|THREATENED|DEMANDED|COOPERATED|SANCTIONED|LEADS|MEMBER_OF|LOCATED_IN]->() } AS outDegree
ORDER BY rank
