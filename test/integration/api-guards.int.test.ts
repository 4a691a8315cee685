// The API's defences, over HTTP against a real Neo4j: read-only by default, depth and cost
// limits, introspection, CORS, /health, and mutations only behind a valid JWT when enabled.
/* eslint-disable @typescript-eslint/no-explicit-any -- each query shapes its own response; the assertions check it. */
import fs from 'node:fs';
import path from 'node:path';
import { buildClientSchema, getIntrospectionQuery, parse, validate, type IntrospectionQuery } from 'graphql';
// Only the unreachable driver is made by hand: connect() would refuse it.
import neo4j, { type Driver } from 'neo4j-driver';
import { loadConfig, type Config } from '../../src/config';
import { connect } from '../../src/graph';
import { startServer, type RunningServer } from '../../src/api';
import { jwt } from '../support/jwt';

// Starting servers and Neo4j round trips take longer than jest's default 5 s.
jest.setTimeout(60_000);

const SECRET = 'a-test-secret-of-at-least-32-characters!';

async function post(server: RunningServer, query: string, headers: Record<string, string> = {}) {
  const res = await fetch(server.graphqlUrl, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify({ query }),
  });
  const body = (await res.json()) as {
    data?: any;
    errors?: Array<{ message: string; extensions?: { code?: string } }>;
  };
  return { status: res.status, headers: res.headers, ...body };
}

function withServer(overrides: Partial<Config['server']>) {
  const config = loadConfig();
  return { ...config, server: { ...config.server, ...overrides } };
}

let driver: Driver;

beforeAll(async () => {
  driver = await connect(loadConfig());
});

afterAll(async () => {
  await driver?.close();
});

describe('the default server (read-only, introspection on)', () => {
  let server: RunningServer;

  beforeAll(async () => {
    const config = withServer({
      enableMutations: false,
      introspection: true,
      corsOrigins: ['http://dashboard.example'],
    });
    server = await startServer({ driver, config, port: 0, host: '127.0.0.1', webRoot: null });
  });

  afterAll(async () => {
    await server?.close();
  });

  it('refuses a mutation, saying the API is read-only', async () => {
    const r = await post(server, `mutation { deleteEntities(where: {}) { nodesDeleted } }`);
    expect(r.data).toBeUndefined();
    expect(r.errors?.[0].message).toMatch(/Mutations are disabled: this newsgraph API is read-only/);
    expect(r.errors?.[0].extensions?.code).toBe('READ_ONLY');
    expect(r.errors?.[0].extensions).not.toHaveProperty('stacktrace');
  });

  it('refuses a query nested too deep, saying how deep and the limit', async () => {
    const deep = `{ entities { attacked { attacked { attacked { attacked { attacked { attacked { attacked { attacked { attacked { attacked { name } } } } } } } } } } } }`;
    const r = await post(server, deep);
    expect(r.status).toBe(400);
    expect(r.errors?.[0].message).toMatch(
      /The query is too deep: 11 levels of nested fields, the limit is 10/,
    );
    expect(r.errors?.[0].extensions).toEqual({ code: 'GRAPHQL_VALIDATION_FAILED', depth: 11, maxDepth: 10 });
  });

  it('refuses a query whose estimated cost is too high, before it reaches Neo4j', async () => {
    const costly = `{ entities(limit: 100) { attacked(limit: 100) { supports(limit: 100) { name } } } }`;
    const r = await post(server, costly);
    expect(r.status).toBe(400);
    expect(r.errors?.[0].message).toMatch(
      /The query is too expensive: its estimated cost is \d+, the limit is 50000/,
    );
    expect(r.errors?.[0].extensions?.code).toBe('QUERY_TOO_COSTLY');
  });

  it('answers an ordinary query within the limits', async () => {
    const r = await post(
      server,
      `{ entities(limit: 5) { name attacked { name } } articles(limit: 2) { title } }`,
    );
    expect(r.errors).toBeUndefined();
    expect(Array.isArray(r.data.entities)).toBe(true);
  });

  it('caps page sizes at 100 whatever the query asks', async () => {
    const r = await post(server, `{ entities(limit: 100000) { id } }`);
    expect(r.errors).toBeUndefined();
    expect(r.data.entities.length).toBeLessThanOrEqual(100);
  });

  it('answers introspection, so Apollo Sandbox can show the schema', async () => {
    const r = await post(server, `{ __schema { queryType { name } mutationType { name } } }`);
    expect(r.data.__schema).toEqual({ queryType: { name: 'Query' }, mutationType: null });
  });

  it.each([true, false])(
    'answers the full introspection query of Sandbox, GraphiQL and codegen (descriptions: %s) within the limits',
    async (descriptions) => {
      const query = getIntrospectionQuery({
        descriptions,
        specifiedByUrl: true,
        directiveIsRepeatable: true,
        schemaDescription: true,
        inputValueDeprecation: true,
      });
      const r = await post(server, query);
      expect(r.status).toBe(200);
      expect(r.errors).toBeUndefined();
      const schema = buildClientSchema(r.data as IntrospectionQuery);
      expect(Object.keys(schema.getQueryType()!.getFields())).toEqual(
        expect.arrayContaining(['entities', 'articles', 'facts', 'searchEntities', 'whoAttackedWhom']),
      );
      if (descriptions) expect(schema.getType('Entity')!.description).toMatch(/actor or place/);
    },
  );

  it("validates the documentation's example queries against the schema a client builds, and runs them within the limits", async () => {
    const r = await post(server, getIntrospectionQuery());
    const schema = buildClientSchema(r.data as IntrospectionQuery);
    const examples = graphqlExamples();
    expect(examples.length).toBeGreaterThan(0);
    for (const { file, text } of examples) {
      const errors = validate(schema, parse(text)).map((e) => e.message);
      expect({ file, text, errors }).toEqual({ file, text, errors: [] });
      const answered = await fetch(server.graphqlUrl, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: text, variables: { group: 'Kataib Hezbollah' } }),
      });
      const body = (await answered.json()) as { errors?: Array<{ extensions?: { code?: string } }> };
      const codes = (body.errors ?? []).map((e) => e.extensions?.code);
      expect({ text, codes }).toEqual({ text, codes: [] });
    }
  });

  it('still refuses a deep, a wide and an alias-bomb data query with the limits introspection passes', async () => {
    const wide = `{ entities(limit: 100) { attacked(limit: 100) { id name } supports(limit: 100) { id name } killed(limit: 100) { name } } }`;
    const aliases = `{ ${Array.from({ length: 30 }, (_, i) => `a${i}: entities(limit: 100) { attacked { name } }`).join(' ')} }`;
    expect((await post(server, wide)).errors?.[0].extensions?.code).toBe('QUERY_TOO_COSTLY');
    expect((await post(server, aliases)).errors?.[0].extensions?.code).toBe('QUERY_TOO_COSTLY');
  });

  it('serves Apollo Sandbox as the landing page of /graphql', async () => {
    const res = await fetch(server.graphqlUrl, { headers: { accept: 'text/html' } });
    expect(res.status).toBe(200);
    expect(await res.text()).toMatch(/sandbox/i);
  });

  it('allows the configured CORS origin', async () => {
    const r = await post(server, `{ __typename }`, { origin: 'http://dashboard.example' });
    expect(r.headers.get('access-control-allow-origin')).toBe('http://dashboard.example');
  });

  it('reports a reachable Neo4j on /health', async () => {
    const res = await fetch(server.healthUrl);
    expect(res.status).toBe(200);
    expect(await res.json()).toMatchObject({ status: 'ok', neo4j: { reachable: true } });
  });
});

describe('a server whose Neo4j is unreachable', () => {
  let unreachable: Driver;
  let server: RunningServer;
  const logged: string[] = [];

  beforeAll(async () => {
    // Port 1: nothing listens there, so every connection is refused at once.
    // Short retries: a real driver keeps retrying for 30 s, which a test need not wait for.
    unreachable = neo4j.driver('bolt://127.0.0.1:1', neo4j.auth.basic('neo4j', 'not-a-password'), {
      maxTransactionRetryTime: 500,
    });
    server = await startServer({
      driver: unreachable,
      config: withServer({}),
      port: 0,
      host: '127.0.0.1',
      webRoot: null,
      log: (line) => logged.push(line),
    });
  });

  afterAll(async () => {
    await server?.close();
    await unreachable?.close();
  });

  it('says so on /health with 503', async () => {
    const res = await fetch(server.healthUrl);
    expect(res.status).toBe(503);
    expect(await res.json()).toMatchObject({ status: 'unavailable', neo4j: { reachable: false } });
  });

  it('answers a query with one clear error', async () => {
    const r = await post(server, `{ entities(limit: 1) { name } }`);
    expect(r.errors?.[0]).toMatchObject({ extensions: { code: 'DB_UNREACHABLE' } });
    expect(r.errors?.[0].message).toMatch(/Neo4j is not reachable/);
    expect(logged).toEqual([expect.stringMatching(/^graphql: anonymous operation at entities: /)]);
  });
});

describe('a production server (introspection off)', () => {
  let server: RunningServer;

  beforeAll(async () => {
    server = await startServer({
      driver,
      config: withServer({ introspection: false }),
      port: 0,
      host: '127.0.0.1',
      webRoot: null,
    });
  });

  afterAll(async () => {
    await server?.close();
  });

  it('refuses introspection but answers queries', async () => {
    const refused = await post(server, `{ __schema { queryType { name } } }`);
    expect(refused.errors?.[0].message).toMatch(/introspection is not allowed/i);
    const full = await post(server, getIntrospectionQuery());
    expect(full.data).toBeUndefined();
    expect(full.errors?.[0].message).toMatch(/introspection is not allowed/i);
    const r = await post(server, `{ entities(limit: 1) { name } }`);
    expect(r.errors).toBeUndefined();
  });

  it('does not suggest field names ("Did you mean …?") for a misspelt field', async () => {
    const r = await post(server, `{ entitie { name } }`);
    expect(r.status).toBe(400);
    expect(r.errors?.[0].message).not.toMatch(/Did you mean/);
  });
});

describe('a server with mutations enabled', () => {
  let server: RunningServer;
  const id = 'test:api-guards-mutation';

  beforeAll(async () => {
    const config = withServer({ enableMutations: true, jwtSecret: SECRET });
    server = await startServer({ driver, config, port: 0, host: '127.0.0.1', webRoot: null });
  });

  afterAll(async () => {
    await post(server, `mutation { deleteArticles(where: { id: { eq: "${id}" } }) { nodesDeleted } }`, {
      authorization: `Bearer ${jwt({ sub: 'test' }, SECRET)}`,
    });
    await server?.close();
  });

  const create = `mutation { createArticles(input: [{ id: "${id}", title: "Written through GraphQL" }]) { articles { id title } } }`;

  it('refuses a mutation without a token: UNAUTHENTICATED, HTTP 401', async () => {
    const r = await post(server, create);
    expect(r.errors?.[0].message).toMatch(/Unauthenticated/);
    expect(r.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    expect(r.status).toBe(401);
  });

  it('refuses a mutation with a token signed by another secret', async () => {
    const r = await post(server, create, {
      authorization: `Bearer ${jwt({ sub: 'test' }, 'another-secret-of-at-least-32-characters')}`,
    });
    expect(r.errors?.[0].message).toMatch(/Unauthenticated/);
    expect(r.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    expect(r.status).toBe(401);
  });

  it('runs a mutation with a valid token, while queries need none', async () => {
    const r = await post(server, create, { authorization: `Bearer ${jwt({ sub: 'test' }, SECRET)}` });
    expect(r.errors).toBeUndefined();
    expect(r.data.createArticles.articles).toEqual([{ id, title: 'Written through GraphQL' }]);
    const read = await post(server, `{ articles(where: { id: { eq: "${id}" } }) { title } }`);
    expect(read.data.articles).toEqual([{ title: 'Written through GraphQL' }]);
  });
});

/** The ```graphql blocks of the README and of docs/*.md: what a user would paste into an IDE. */
function graphqlExamples(): Array<{ file: string; text: string }> {
  const root = path.resolve(__dirname, '..', '..');
  const docs = path.join(root, 'docs');
  const files = [
    path.join(root, 'README.md'),
    ...(fs.existsSync(docs)
      ? fs
          .readdirSync(docs)
          .filter((f) => f.endsWith('.md'))
          .map((f) => path.join(docs, f))
      : []),
  ];
  return files.flatMap((file) =>
    [...fs.readFileSync(file, 'utf8').matchAll(/```graphql\n([\s\S]*?)```/g)].map((m) => ({
      file: path.relative(root, file),
      text: m[1],
    })),
  );
}
