// How big the graph is: nodes per label and relationships per type. Ingest prints it in its
// summary; tests compare it before and after a re-ingest.
import { isInt, type Driver } from 'neo4j-driver';

export interface GraphCounts {
  nodes: Record<string, number>;
  relationships: Record<string, number>;
}

export async function countGraph(
  driver: Driver,
  { database }: { database?: string } = {},
): Promise<GraphCounts> {
  const session = driver.session({ database });
  try {
    const nodes = await session.executeRead((tx) =>
      tx.run('MATCH (n) UNWIND labels(n) AS label RETURN label, count(*) AS n ORDER BY label'),
    );
    const rels = await session.executeRead((tx) =>
      tx.run('MATCH ()-[r]->() RETURN type(r) AS type, count(*) AS n ORDER BY type'),
    );
    return {
      nodes: Object.fromEntries(nodes.records.map((r) => [r.get('label') as string, toNumber(r.get('n'))])),
      relationships: Object.fromEntries(
        rels.records.map((r) => [r.get('type') as string, toNumber(r.get('n'))]),
      ),
    };
  } finally {
    await session.close();
  }
}

function toNumber(value: unknown): number {
  return isInt(value) ? value.toNumber() : Number(value);
}
