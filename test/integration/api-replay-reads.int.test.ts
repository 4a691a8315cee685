// Repeated reads answered from their plan (src/api/plugins/replay-reads.ts), over HTTP
// against a real Neo4j: the answer to a repeat is byte for byte the answer GraphQL execution
// gives (status, headers, body), it reads the graph as it is now, and whatever the plan
// cannot answer exactly is answered the normal way.
import { loadConfig } from '../../src/config';
import { writeExtractions } from '../../src/graph';
import type { Extraction } from '../../src/model';
import { replayedReads } from '../../src/api/plugins/replay-reads';
import { startTestApi, type TestApi } from '../support/api-server';
import { makeEntity, relationIn } from '../support/extractions';

jest.setTimeout(60_000);

const TEXT = 'Replayland attacked Echoburg at dawn. Echoburg supports the Mirror Front.';
const REPLAYLAND = makeEntity('country:replayland', 'Replayland', 'Country', ['Replayland']);
const ECHOBURG = makeEntity('location:echoburg', 'Echoburg', 'Location', ['Echoburg']);
const FRONT = makeEntity('organization:mirror-front', 'Mirror Front', 'Organization', ['Mirror Front']);

function article(id: string, text: string, relations: Extraction['relations']): Extraction {
  return {
    article: {
      id,
      title: `Replay test ${id}`,
      text,
      source: 'test/integration/api-replay-reads.int.test.ts',
      published: '2024-03-05',
    },
    entities: [REPLAYLAND, ECHOBURG, FRONT],
    relations,
  };
}

const SEED = article('test:replay-1', TEXT, [
  relationIn(TEXT, REPLAYLAND, 'ATTACKED', ECHOBURG, 'Replayland attacked Echoburg at dawn.', {
    confidence: 0.8,
  }),
  relationIn(TEXT, ECHOBURG, 'SUPPORTS', FRONT, 'Echoburg supports the Mirror Front.', { confidence: 0.7 }),
]);

const ENTITY_VIEW = `query View($name: String!) {
  entities(where: { name: { eq: $name } }) {
    id name type category aliases mentionCount evidenceCount
    attacked { name } attackedBy { name } supports { name type } supportedBy { name }
  }
}`;
const FACTS = `query Facts($text: String!) {
  facts(where: { sentence: { contains: $text } }, sort: [{ confidence: DESC }], limit: 20) {
    id predicate sentence confidence start end date
    subject { name } object { name } article { title url published ingestedAt }
  }
}`;
const ALIASED = `{
  first: entities(where: { name: { startsWith: "Replayland" } }, limit: 1) {
    __typename label: name kind: type hits: mentionCount
  }
}`;

let api: TestApi;

beforeAll(async () => {
  api = await startTestApi({ seed: [SEED], clear: false });
});

afterAll(async () => {
  await api?.close();
});

interface Answer {
  status: number;
  headers: string;
  body: string;
}

async function ask(
  query: string,
  variables: Record<string, unknown> = {},
  headers: Record<string, string> = {},
) {
  const res = await fetch(api.server.graphqlUrl, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify({ query, variables }),
  });
  // Every header but the clock's.
  const shown = [...res.headers].filter(([name]) => name !== 'date');
  return { status: res.status, headers: JSON.stringify(shown), body: await res.text() } satisfies Answer;
}

/**
 * The first answer comes from GraphQL execution and teaches the plan (unless the process's
 * very first read, which also asks Neo4j its version, ran with it: then the second teaches
 * it); the third is answered from the plan.
 */
async function normalThenReplayed(query: string, variables: Record<string, unknown> = {}) {
  const normal = await ask(query, variables);
  const second = await ask(query, variables);
  const before = replayedReads();
  const replayed = await ask(query, variables);
  expect(replayedReads()).toBe(before + 1);
  return { normal, second, replayed };
}

it.each([
  ['the entity view', ENTITY_VIEW, { name: 'Replayland' }],
  ['facts with their evidence, dates and numbers', FACTS, { text: 'Echoburg' }],
  ['aliases and __typename', ALIASED, {}],
])('answers a repeat of %s byte for byte as GraphQL execution does', async (_name, query, variables) => {
  const { normal, second, replayed } = await normalThenReplayed(query, variables);
  const { data, errors } = JSON.parse(normal.body);
  expect(errors).toBeUndefined();
  expect(Object.values(data)[0]).not.toEqual([]);
  expect(replayed).toEqual(normal);
  expect(second).toEqual(normal);
});

it('reads the graph as it is now, not as it was when the plan was learnt', async () => {
  const view = () => ask(ENTITY_VIEW, { name: 'Echoburg' });
  await view();
  await view();
  const before = JSON.parse((await view()).body).data.entities[0];
  expect(before.supports).toEqual([{ name: 'Mirror Front', type: 'Organization' }]);
  expect(before.attacked).toEqual([]);

  const text = 'Echoburg attacked Replayland in return.';
  const config = loadConfig();
  await writeExtractions({
    driver: api.driver,
    database: config.neo4j.database,
    extractions: [article('test:replay-2', text, [relationIn(text, ECHOBURG, 'ATTACKED', REPLAYLAND, text)])],
  });
  const replays = replayedReads();
  const after = JSON.parse((await view()).body).data.entities[0];
  expect(replayedReads()).toBe(replays + 1);
  expect(after.attacked).toEqual([{ name: 'Replayland' }]);
  expect(after.evidenceCount).toBe(before.evidenceCount + 1);
});

it('gives another value of a variable its own answer', async () => {
  await normalThenReplayed(ENTITY_VIEW, { name: 'Replayland' });
  const other = JSON.parse((await ask(ENTITY_VIEW, { name: 'Mirror Front' })).body);
  expect(other.data.entities.map((e: { name: string }) => e.name)).toEqual(['Mirror Front']);
});

it('never answers a request with credentials from a plan', async () => {
  await normalThenReplayed(ENTITY_VIEW, { name: 'Replayland' });
  const before = replayedReads();
  const answer = await ask(ENTITY_VIEW, { name: 'Replayland' }, { authorization: 'Bearer not-checked' });
  expect(replayedReads()).toBe(before);
  expect(JSON.parse(answer.body).data.entities[0].name).toBe('Replayland');
});

it('still refuses a repeat of a query over the limits', async () => {
  const tooDeep = `{ entities ${'{ attacked '.repeat(10)}{ name }${' }'.repeat(10)} }`;
  for (let i = 0; i < 3; i++) {
    const answer = await ask(tooDeep);
    expect(answer.status).toBe(400);
    expect(answer.body).toMatch(/too deep/);
  }
});

it('answers the normal way, with its error, when the graph no longer fits the plan', async () => {
  const config = loadConfig();
  const cypher = (query: string) => api.driver.executeQuery(query, {}, { database: config.neo4j.database });
  await cypher(
    "MERGE (e:Entity {id: 'location:replay-fading'}) SET e.name = 'Replay Fading', e.type = 'Location', e.aliases = [], e.mentionCount = 1",
  );
  const query = '{ entities(where: { name: { eq: "Replay Fading" } }) { name type } }';
  await ask(query);
  await ask(query);
  expect(JSON.parse((await ask(query)).body).data.entities).toEqual([
    { name: 'Replay Fading', type: 'Location' },
  ]);

  // A type the schema says every entity has is gone: graphql-js reports it (as an internal
  // error, whose details go to the log); so must the repeat.
  await cypher("MATCH (e:Entity {id: 'location:replay-fading'}) REMOVE e.type");
  try {
    const replays = replayedReads();
    const answer = JSON.parse((await ask(query)).body);
    expect(replayedReads()).toBe(replays);
    expect(answer.data).toBeNull();
    expect(answer.errors).toEqual([
      expect.objectContaining({
        extensions: { code: 'INTERNAL_SERVER_ERROR' },
        path: ['entities', 0, 'type'],
      }),
    ]);
  } finally {
    await cypher("MATCH (e:Entity {id: 'location:replay-fading'}) DETACH DELETE e");
  }
});
