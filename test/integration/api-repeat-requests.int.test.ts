// A dashboard asks the same document again and again with other variables; the server
// remembers what it can of a repeat (src/api/plugins/operation-check.ts remembers the guards'
// passes, translation-cache.ts the Cypher, auto-commit-reads.ts sends a read in one round
// trip). Over HTTP against a real Neo4j: every request is still checked with its own
// variables, and every answer is read from the graph as it is now.
import type { Extraction } from '../../src/model';
import { startTestApi, type TestApi } from '../support/api-server';

jest.setTimeout(60_000);

const SEED: Extraction = {
  article: {
    id: 'test:repeat-requests',
    title: 'Repeat requests test',
    text: 'Repeatland Alpha attacked Repeatland Beta.',
    source: 'test/integration/api-repeat-requests.int.test.ts',
  },
  entities: [
    {
      id: 'location:repeatland-alpha',
      name: 'Repeatland Alpha',
      type: 'Location',
      aliases: [],
      mentionCount: 1,
    },
    {
      id: 'location:repeatland-beta',
      name: 'Repeatland Beta',
      type: 'Location',
      aliases: [],
      mentionCount: 1,
    },
    {
      id: 'location:repeatland-gamma',
      name: 'Repeatland Gamma',
      type: 'Location',
      aliases: [],
      mentionCount: 1,
    },
  ],
  relations: [
    {
      subject: 'Repeatland Alpha',
      object: 'Repeatland Beta',
      subjectId: 'location:repeatland-alpha',
      predicate: 'ATTACKED',
      objectId: 'location:repeatland-beta',
      sentence: 'Repeatland Alpha attacked Repeatland Beta.',
      start: 0,
      end: 42,
      confidence: 0.9,
      reason: 'test',
    },
  ],
};

// Other tests' data stays: the names here are this file's own.
let api: TestApi;

beforeAll(async () => {
  api = await startTestApi({ seed: [SEED], clear: false });
});

afterAll(async () => {
  await api?.driver.executeQuery(
    "MATCH (e:Entity) WHERE e.id STARTS WITH 'location:repeatland-' DETACH DELETE e",
  );
  await api?.close();
});

interface Answer {
  status: number;
  text: string;
  json: { data?: unknown; errors?: Array<{ message: string; extensions?: { code?: string } }> };
}

async function ask(query: string, variables: Record<string, unknown>): Promise<Answer> {
  const res = await fetch(api.server.graphqlUrl, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query, variables }),
  });
  const text = await res.text();
  return { status: res.status, text, json: JSON.parse(text) as Answer['json'] };
}

const codeOf = (a: Answer) => a.json.errors?.[0]?.extensions?.code;

const NESTED = `query Nested($n: Int) {
  entities(where: { name: { startsWith: "Repeatland" } }, limit: $n) {
    name attacked(limit: $n) { name attacked(limit: $n) { name attacked(limit: $n) { name } } }
  }
}`;

it('checks the cost of a repeated document with each request’s own page sizes', async () => {
  const cheap = await ask(NESTED, { n: 2 });
  expect(cheap.json.errors).toBeUndefined();
  expect(codeOf(await ask(NESTED, { n: 100 }))).toBe('QUERY_TOO_COSTLY');
  expect((await ask(NESTED, { n: 2 })).text).toBe(cheap.text);
  expect(codeOf(await ask(NESTED, { n: 100 }))).toBe('QUERY_TOO_COSTLY');
});

it('checks the arguments of a repeated document with each request’s own values', async () => {
  expect((await ask(NESTED, { n: 1 })).json.errors).toBeUndefined();
  const negative = await ask(NESTED, { n: -1 });
  expect(negative.status).toBe(400);
  expect(codeOf(negative)).toBe('BAD_USER_INPUT');
  expect(negative.json.errors?.[0]?.message).toMatch(/must be at least 0; it was -1/);
  expect(codeOf(await ask(NESTED, { n: -1 }))).toBe('BAD_USER_INPUT');
});

it('counts the filter terms of a repeated document with each request’s own filter', async () => {
  const query = 'query Filtered($w: EntityWhere) { entities(where: $w) { name } }';
  const few = { OR: [{ name: { eq: 'Repeatland Alpha' } }, { name: { eq: 'Repeatland Beta' } }] };
  const many = { OR: Array.from({ length: 1_001 }, (_, i) => ({ name: { eq: `Repeatland ${i}` } })) };
  expect((await ask(query, { w: few })).json.data).toEqual({
    entities: expect.arrayContaining([{ name: 'Repeatland Alpha' }, { name: 'Repeatland Beta' }]),
  });
  expect(codeOf(await ask(query, { w: many }))).toBe('BAD_USER_INPUT');
  expect((await ask(query, { w: few })).json.errors).toBeUndefined();
});

it('reads a repeated question from the graph as it is now, not as it was', async () => {
  const view = `query View($name: String!) {
    entities(where: { name: { eq: $name } }) { name evidenceCount attacked { name } }
  }`;
  const before = await ask(view, { name: 'Repeatland Alpha' });
  expect(before.json.data).toEqual({
    entities: [{ name: 'Repeatland Alpha', evidenceCount: 1, attacked: [{ name: 'Repeatland Beta' }] }],
  });
  await api.driver.executeQuery(
    `MATCH (a:Entity {id: 'location:repeatland-alpha'}), (g:Entity {id: 'location:repeatland-gamma'})
     CREATE (a)-[:ATTACKED {count: 1}]->(g)`,
  );
  const after = await ask(view, { name: 'Repeatland Alpha' });
  expect(after.json.data).toEqual({
    entities: [
      {
        name: 'Repeatland Alpha',
        evidenceCount: 1,
        attacked: expect.arrayContaining([{ name: 'Repeatland Beta' }, { name: 'Repeatland Gamma' }]),
      },
    ],
  });
});
