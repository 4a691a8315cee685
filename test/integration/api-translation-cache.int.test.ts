// The cache of translated reads (src/api/translation-cache.ts), over HTTP against a real
// Neo4j: a repeated question reuses its translation, and a question that differs only in a
// variable's value gets its own answer, never the cached one.
import { loadConfig } from '../../src/config';
import { connect, migrate, writeExtractions, type Driver } from '../../src/graph';
import { startServer, type RunningServer } from '../../src/api';
import { translationCacheSize } from '../../src/api/translation-cache';

jest.setTimeout(60_000);

const ENTITY_VIEW = `query View($name: String!) {
  entities(where: { name: { eq: $name } }) { name type attacked { name } evidenceCount }
}`;

let driver: Driver;
let server: RunningServer;

beforeAll(async () => {
  const config = loadConfig();
  driver = await connect(config);
  await migrate(driver, { database: config.neo4j.database });
  await writeExtractions({
    driver,
    database: config.neo4j.database,
    force: true,
    extractions: [
      {
        article: {
          id: 'test:translation-cache',
          title: 'Translation cache test',
          text: 'Cachetown Alpha and Cachetown Beta.',
          source: 'test/integration/api-translation-cache.int.test.ts',
        },
        entities: [
          {
            id: 'location:cachetown-alpha',
            name: 'Cachetown Alpha',
            type: 'Location',
            aliases: [],
            mentionCount: 1,
          },
          {
            id: 'location:cachetown-beta',
            name: 'Cachetown Beta',
            type: 'Location',
            aliases: [],
            mentionCount: 1,
          },
        ],
        relations: [],
      },
    ],
  });
  server = await startServer({ driver, config, port: 0, host: '127.0.0.1', webRoot: null });
});

afterAll(async () => {
  await server?.close();
  await driver?.close();
});

async function view(name: string) {
  const res = await fetch(server.graphqlUrl, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query: ENTITY_VIEW, variables: { name } }),
  });
  return (await res.json()) as {
    data?: { entities: Array<{ name: string; type: string }> };
    errors?: unknown;
  };
}

it('answers a repeated question from the cached translation, and another value with its own', async () => {
  const first = await view('Cachetown Alpha');
  expect(first.errors).toBeUndefined();
  expect(first.data?.entities.map((e) => e.name)).toEqual(['Cachetown Alpha']);
  const kept = translationCacheSize();
  expect(kept).toBeGreaterThan(0);

  expect((await view('Cachetown Alpha')).data).toEqual(first.data);
  expect(translationCacheSize()).toBe(kept);

  const other = await view('Cachetown Beta');
  expect(other.data?.entities.map((e) => e.name)).toEqual(['Cachetown Beta']);
  expect(translationCacheSize()).toBe(kept + 1);
});
