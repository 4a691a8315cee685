// How big the graph is: nodes per label and relationships per type. Ingest prints it in its
// summary; tests compare it before and after a re-ingest. Every figure comes from Neo4j's
// count store (a single label, a single type), so this costs the same at a million facts as
// at ten — it runs after every ingest.
import { isInt, type Driver, type ManagedTransaction } from 'neo4j-driver';

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
    return await session.executeRead(async (tx) => {
      const labels = await names(tx, 'CALL db.labels() YIELD label RETURN label AS name');
      const types = await names(
        tx,
        'CALL db.relationshipTypes() YIELD relationshipType RETURN relationshipType AS name',
      );
      return {
        nodes: await counts(tx, labels, (l) => `MATCH (x:${quoted(l)}) RETURN count(x) AS n`),
        relationships: await counts(tx, types, (t) => `MATCH ()-[x:${quoted(t)}]->() RETURN count(x) AS n`),
      };
    });
  } finally {
    await session.close();
  }
}

async function names(tx: ManagedTransaction, query: string): Promise<string[]> {
  return (await tx.run(query)).records.map((r) => r.get('name') as string).sort();
}

/** Labels and types that no node or relationship has any more are left out, as a scan would. */
async function counts(
  tx: ManagedTransaction,
  names: string[],
  query: (name: string) => string,
): Promise<Record<string, number>> {
  const out: Record<string, number> = {};
  for (const name of names) {
    const n = toNumber((await tx.run(query(name))).records[0].get('n'));
    if (n > 0) out[name] = n;
  }
  return out;
}

/** A label or type read from the database itself, as a Cypher identifier. */
function quoted(name: string): string {
  return `\`${name.replace(/`/g, '``')}\``;
}

function toNumber(value: unknown): number {
  return isInt(value) ? value.toNumber() : Number(value);
}
