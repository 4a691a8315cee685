// The cache of translated reads (src/api/translation-cache.ts), over HTTP against a real
// Neo4j: a repeated question reuses its translation, and a question that differs only in a
// variable's value gets its own answer, never the cached one.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { loadConfig } from '../../src/config';
import { startServer, type RunningServer } from '../../src/api';
import type { Extraction } from '../../src/model';
import { startTestApi, type TestApi } from '../support/api-server';
import { SCHEMA_FILE } from '../../src/api/load-type-defs';
import { translationCacheSize } from '../../src/api/translation-cache';

jest.setTimeout(60_000);

const ENTITY_VIEW = `query View($name: String!) {
  entities(where: { name: { eq: $name } }) { name type attacked { name } evidenceCount }
}`;

const SEED: Extraction = {
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
};

// Other tests' data stays: the names here are this file's own.
let api: TestApi;

beforeAll(async () => {
  api = await startTestApi({ seed: [SEED], clear: false });
});

afterAll(async () => {
  await api?.close();
});

async function ask(target: RunningServer, query: string, variables: Record<string, unknown> = {}) {
  const res = await fetch(target.graphqlUrl, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query, variables }),
  });
  return (await res.json()) as {
    data?: { entities: Array<{ name: string; type: string }> };
    errors?: unknown;
  };
}

const view = (name: string) => ask(api.server, ENTITY_VIEW, { name });

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

it('keeps the translations of two schemas in one process apart', async () => {
  // The same question, to a server whose schema pages entities by one instead of 25.
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'newsgraph-schema-'));
  const schemaFile = path.join(dir, 'schema.graphql');
  const typeDefs = fs.readFileSync(SCHEMA_FILE, 'utf8');
  const paged = typeDefs.replace(
    'type Entity @node @limit(default: 25, max: 100)',
    'type Entity @node @limit(default: 1, max: 100)',
  );
  expect(paged).not.toBe(typeDefs);
  fs.writeFileSync(schemaFile, paged);
  const other = await startServer({
    driver: api.driver,
    config: loadConfig(),
    port: 0,
    host: '127.0.0.1',
    webRoot: null,
    schemaFile,
  });
  try {
    const question = '{ entities(where: { name: { startsWith: "Cachetown" } }) { name } }';
    expect((await ask(api.server, question)).data?.entities).toHaveLength(2);
    expect((await ask(other, question)).data?.entities).toHaveLength(1);
  } finally {
    await other.close();
    fs.rmSync(dir, { recursive: true, force: true });
  }
});
