// Shared by the ingest integration tests: a cuttable relay, a canonical dump of the graph (to
// compare two graphs) and the invariants every ingest keeps.
import net from 'node:net';
import type { Driver } from 'neo4j-driver';
import { PREDICATES, type Entity, type Extraction, type Relation } from '../../src/model';
import { makeEntity, makeRelation } from '../support/extractions';

export { clearGraph, openDriver, testNeo4jUri } from '../support/neo4j';

/**
 * A TCP relay to the test Neo4j that can be cut: to a driver behind it, cutting it is Neo4j
 * stopping mid-ingest — real connections dropped, no mock.
 */
export async function cuttableRelay(
  target: string,
): Promise<{ uri: string; cut: () => void; close: () => Promise<void> }> {
  const { hostname, port } = new URL(target.replace(/^[a-z+]+:/, 'http:'));
  const sockets = new Set<net.Socket>();
  let open = true;
  const server = net.createServer((client) => {
    if (!open) return client.destroy();
    const upstream = net.connect(Number(port), hostname);
    for (const s of [client, upstream]) {
      sockets.add(s);
      s.on('close', () => sockets.delete(s));
      s.on('error', () => s.destroy());
    }
    client.pipe(upstream).pipe(client);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address() as net.AddressInfo;
  const cut = () => {
    open = false;
    for (const s of sockets) s.destroy();
  };
  return {
    uri: `bolt://127.0.0.1:${address.port}`,
    cut,
    close: async () => {
      cut();
      await new Promise((resolve) => server.close(resolve));
    },
  };
}

/** Every node and relationship as sorted JSON lines, without the ingest time. */
export async function dumpGraph(driver: Driver): Promise<string[]> {
  // Migration markers are bookkeeping of when a graph was upgraded, not what it holds.
  const nodes = await driver.executeQuery(
    'MATCH (n) WHERE NOT n:NewsgraphMigration RETURN labels(n) AS labels, properties(n) AS props',
  );
  const rels = await driver.executeQuery(
    'MATCH (a)-[r]->(b) RETURN coalesce(a.id, "?") AS from, type(r) AS type, coalesce(b.id, "?") AS to, properties(r) AS props',
  );
  const lines = [
    ...nodes.records.map((r) => {
      const { ingestedAt: _ignored, ...props } = r.get('props') as Record<string, unknown>;
      return JSON.stringify([(r.get('labels') as string[]).sort(), sortKeys(props)]);
    }),
    ...rels.records.map((r) =>
      JSON.stringify([r.get('from'), r.get('type'), r.get('to'), sortKeys(r.get('props'))]),
    ),
  ];
  return lines.sort();
}

function sortKeys(o: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(o).sort(([a], [b]) => (a < b ? -1 : 1)));
}

export async function countsOf(driver: Driver): Promise<{ nodes: number; relationships: number }> {
  const n = await driver.executeQuery('MATCH (n) RETURN count(n) AS n');
  const r = await driver.executeQuery('MATCH ()-[r]->() RETURN count(r) AS n');
  return { nodes: n.records[0].get('n') as number, relationships: r.records[0].get('n') as number };
}

/** What must hold after any ingest; returns the violations found (empty when all is well). */
export async function invariantViolations(driver: Driver): Promise<string[]> {
  const checks: [string, string][] = [
    [
      'typed relationship whose count differs from its facts',
      `MATCH (s:Entity)-[r]->(o:Entity) WHERE type(r) IN $predicates
       WITH s, r, o, COUNT { (s)<-[:SUBJECT]-(f:Fact)-[:OBJECT]->(o) WHERE f.predicate = type(r) } AS n
       WHERE n <> r.count RETURN s.id + ' ' + type(r) + ' ' + o.id + ': ' + r.count + ' vs ' + n AS problem`,
    ],
    [
      'fact without its typed relationship',
      `MATCH (s:Entity)<-[:SUBJECT]-(f:Fact)-[:OBJECT]->(o:Entity)
       WHERE NOT EXISTS { MATCH (s)-[r]->(o) WHERE type(r) = f.predicate } RETURN f.id AS problem`,
    ],
    [
      'fact without exactly one subject, object and article',
      `MATCH (f:Fact) WHERE COUNT { (f)-[:SUBJECT]->() } <> 1 OR COUNT { (f)-[:OBJECT]->() } <> 1
       OR COUNT { (f)-[:STATED_IN]->() } <> 1 RETURN f.id AS problem`,
    ],
    [
      'entity whose mentionCount is not the sum of its mentions',
      `MATCH (e:Entity) WITH e, reduce(t = 0, c IN [(e)-[m:MENTIONED_IN]->() | m.count] | t + c) AS total
       WHERE total <> e.mentionCount RETURN e.id AS problem`,
    ],
    ['lock marker left behind', `MATCH (n) WHERE n._lock IS NOT NULL RETURN n.id AS problem`],
  ];
  const problems: string[] = [];
  for (const [what, query] of checks) {
    const result = await driver.executeQuery(query, { predicates: [...PREDICATES] });
    for (const r of result.records) problems.push(`${what}: ${String(r.get('problem'))}`);
  }
  return problems;
}

export function entity(
  id: string,
  name: string,
  type: Entity['type'],
  aliases: string[] = [],
  mentionCount = 1,
): Entity {
  return makeEntity(id, name, type, [name, ...aliases], mentionCount);
}

export function relation(
  subject: Entity,
  predicate: Relation['predicate'],
  object: Entity,
  sentence: string,
  start = 0,
  confidence = 0.8,
): Relation {
  return makeRelation(subject, predicate, object, sentence, { start, confidence });
}

export function extraction(
  id: string,
  text: string,
  entities: Entity[],
  relations: Relation[],
  published?: string,
): Extraction {
  return {
    article: { id, title: `Title of ${id}`, text, source: `${id}.txt`, ...(published ? { published } : {}) },
    entities,
    relations,
  };
}
