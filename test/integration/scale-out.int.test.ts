// Scale-out (docs/scaling.md): several ingesters, each on its shard of the input, against one
// Neo4j give the graph one ingester gives. Real extraction, real concurrent transactions: the
// shards name the same entities and state the same relationships, so the two processes'
// writes meet on the same nodes and edges.
import path from 'node:path';
import type { Driver } from 'neo4j-driver';
import { ingest } from '../../src/pipeline';
import { migrate } from '../../src/graph';
import { readArticles } from '../../src/sources';
import type { Article } from '../../src/model';
import { clearGraph, dumpGraph, invariantViolations, openDriver } from './ingest-helpers';

const inputs = [
  path.resolve(__dirname, '../../samples'),
  path.resolve(__dirname, '../../../shared/examples'),
];

let driver: Driver;
beforeAll(async () => {
  driver = openDriver();
  await migrate(driver);
});
afterAll(async () => driver.close());

it('two ingesters on the halves of a corpus give the same graph as one ingester on all of it', async () => {
  await clearGraph(driver);
  const one = await ingest({ inputs, driver, workers: 0, batchSize: 2 });
  expect(one.failures).toEqual([]);
  expect(one.facts).toBeGreaterThan(10); // else the corpus proves nothing
  const single = await dumpGraph(driver);
  await clearGraph(driver);

  // Shard by article, as `split` or a job queue would: even and odd articles.
  const all: Article[] = [];
  for await (const a of readArticles(inputs, { onFailure: () => undefined })) all.push(a);
  const other = openDriver(); // its own connections, as a second process would have
  try {
    const halves = await Promise.all([
      ingest({ articles: all.filter((_, i) => i % 2 === 0), driver, workers: 0, batchSize: 2 }),
      ingest({ articles: all.filter((_, i) => i % 2 === 1), driver: other, workers: 0, batchSize: 2 }),
    ]);
    expect(halves[0].written + halves[1].written).toBe(one.written);
  } finally {
    await other.close();
  }
  expect(await dumpGraph(driver)).toEqual(single);
  expect(await invariantViolations(driver)).toEqual([]);
});
