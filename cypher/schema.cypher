// newsgraph's graph schema: constraints and indexes. Applied by migrate() (src/graph/migrate.ts)
// at the start of every ingest; every statement is idempotent (IF NOT EXISTS), so running it
// again changes nothing. One statement per `;`.
//
// The model
//   (:Entity {id, name, type, category, aliases, mentionCount}) plus one label per type:
//       :Person :Organization :Country :Location. `id` is stable across articles
//       ("country:united-states"); `aliases` is the union of the surface forms seen in every
//       article; `mentionCount` is the sum of its MENTIONED_IN counts.
//   (:Article {id, title, url, published, source, contentHash, ingestedAt})
//       `contentHash` is set in the same transaction that writes the article's facts: an
//       article with a hash is complete, and re-ingesting the same content is skipped.
//   (:Entity)-[:MENTIONED_IN {count, aliases}]->(:Article)
//       how often the article names the entity, and the forms it used.
//   (:Entity)-[:<PREDICATE> {count, firstSeen, lastSeen, confidence}]->(:Entity)
//       one relationship type per predicate of ONTOLOGY.md (ATTACKED, KILLED, SUPPORTS, ...).
//       count = number of evidence sentences (Facts); firstSeen/lastSeen = 'YYYY-MM-DD' of the
//       earliest/latest article stating it (published, else ingested); confidence =
//       1 - Π(1 - fact.confidence): independent evidence makes it surer. Kept up to date as
//       facts are added, recomputed from the Facts when an article rewritten removes some,
//       and deleted when no Fact remains.
//   (:Fact {id, predicate, sentence, start, end, confidence, reason})
//       -[:SUBJECT]->(:Entity), -[:OBJECT]->(:Entity), -[:STATED_IN]->(:Article)
//       the evidence behind every typed relationship. `relationKey` = 'subjectId|PREDICATE|objectId'
//       finds one relationship's evidence without expanding a hub's facts.
//   (:RelationTally {key, missLog})
//       one per typed relationship (same key): Σ -ln(1 - fact.confidence) in nano-units, an
//       exact integer, so that a write adds its facts' share to the confidence without reading
//       the older facts. Entities keep theirs too: aliasCounts (mentions giving each alias),
//       categories and categoryCounts (see src/graph/tally-mentions.ts).

CREATE CONSTRAINT entity_id IF NOT EXISTS FOR (e:Entity) REQUIRE e.id IS UNIQUE;
CREATE CONSTRAINT article_id IF NOT EXISTS FOR (a:Article) REQUIRE a.id IS UNIQUE;
CREATE CONSTRAINT fact_id IF NOT EXISTS FOR (f:Fact) REQUIRE f.id IS UNIQUE;
CREATE CONSTRAINT relation_tally_key IF NOT EXISTS FOR (k:RelationTally) REQUIRE k.key IS UNIQUE;

// Full-text search over names and aliases ("hezbollah", "U.S."); the GraphQL API queries it
// by this name.
CREATE FULLTEXT INDEX entityNames IF NOT EXISTS FOR (e:Entity) ON EACH [e.name, e.aliases];

// Reads: look-ups by name and type, articles by date, facts by predicate and confidence.
CREATE INDEX entity_name IF NOT EXISTS FOR (e:Entity) ON (e.name);
CREATE INDEX entity_type IF NOT EXISTS FOR (e:Entity) ON (e.type);
CREATE INDEX entity_mention_count IF NOT EXISTS FOR (e:Entity) ON (e.mentionCount);
CREATE INDEX article_published IF NOT EXISTS FOR (a:Article) ON (a.published);
CREATE INDEX fact_predicate IF NOT EXISTS FOR (f:Fact) ON (f.predicate);
CREATE INDEX fact_confidence IF NOT EXISTS FOR (f:Fact) ON (f.confidence);
// Writes: one typed relationship's evidence, when an article rewritten takes some of it away.
CREATE INDEX fact_relation_key IF NOT EXISTS FOR (f:Fact) ON (f.relationKey);
// Analyses (cypher/analyses): facts by the date of their act (timeline walks them in date
// order), and the strongest relations of a type first (who-attacked-whom, support-network
// start from the most evidenced relationships instead of reading them all).
CREATE INDEX fact_date IF NOT EXISTS FOR (f:Fact) ON (f.date);
CREATE INDEX attacked_count IF NOT EXISTS FOR ()-[r:ATTACKED]-() ON (r.count);
CREATE INDEX killed_count IF NOT EXISTS FOR ()-[r:KILLED]-() ON (r.count);
CREATE INDEX supports_count IF NOT EXISTS FOR ()-[r:SUPPORTS]-() ON (r.count);
