// `get-graphql-schema`, the command many users reach for to save a server's schema, run as they
// would run it (npm exec, its own install and its own graphql): it sends the standard
// introspection query, which must pass the API's limits and give back the whole schema.
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { startTestApi, type TestApi } from '../support/api-server';

jest.setTimeout(300_000);

let api: TestApi;

beforeAll(async () => {
  api = await startTestApi();
});

afterAll(async () => {
  await api?.close();
});

it('get-graphql-schema prints the whole schema and exits 0', async () => {
  const { stdout } = await promisify(execFile)(
    'npm',
    [
      'exec',
      '--yes',
      '--package=get-graphql-schema@2.1.2',
      '--',
      'get-graphql-schema',
      api.server.graphqlUrl,
    ],
    { maxBuffer: 1 << 26, env: { ...process.env, npm_config_update_notifier: 'false' } },
  );
  for (const part of ['type Entity', 'enum Predicate', 'enum EntityType', 'scalar DateTime', 'type Query']) {
    expect(stdout).toContain(part);
  }
  expect(stdout).toMatch(/topActors\(/);
});
