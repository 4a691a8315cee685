// @question How big is the graph: how many entities, articles, facts and typed relations?
// @column entities: int — entities (people, organisations, countries, locations)
// @column articles: int — articles ingested
// @column facts: int — evidence sentences (facts)
// @column relations: int — typed relationships between entities
RETURN COUNT { (:Entity) } AS entities, COUNT { (:Article) } AS articles, COUNT { (:Fact) } AS facts,
       COUNT { (:Entity)-[]->(:Entity) } AS relations
