// @question How big is the graph: how many entities, articles, facts and typed relations?
// @column entities: int — entities (people, organisations, countries, locations)
// @column articles: int — articles ingested
// @column facts: int — evidence sentences (facts)
// @column relations: int — typed relationships between entities

// Every figure is one label or one relationship type, which Neo4j answers from its count
// store: the same cost at a million facts as at ten. Typed relationships only ever join two
// entities, so counting the predicates' types counts the relations.
MATCH ()-[r:ATTACKED|KILLED|SUPPORTS|CRITICIZED|THREATENED|DEMANDED|COOPERATED|SANCTIONED|LEADS|MEMBER_OF|LOCATED_IN]->()
WITH count(r) AS relations
RETURN COUNT { (:Entity) } AS entities, COUNT { (:Article) } AS articles, COUNT { (:Fact) } AS facts, relations
