// `get-graphql-schema`, the command many users reach for to save a server's schema, run as they
// would run it (npm exec, its own install and its own graphql): it sends the standard
// introspection query, which must pass the API's limits and give back the whole schema.
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import type { Driver } from 'neo4j-driver';
import { loadConfig } from '../../src/config';
import { connect, migrate } from '../../src/graph';
import { startServer, type RunningServer } from '../../src/api';

jest.setTimeout(300_000);

let driver: Driver;
let server: RunningServer;

beforeAll(async () => {
  const config = loadConfig();
  driver = await connect(config);
  await migrate(driver, { database: config.neo4j.database });
  server = await startServer({ driver, config, port: 0, host: '127.0.0.1', webRoot: null });
});

afterAll(async () => {
  await server?.close();
  await driver?.close();
});

it('get-graphql-schema prints the whole schema and exits 0', async () => {
  const { stdout } = await promisify(execFile)(
    'npm',
    ['exec', '--yes', '--package=get-graphql-schema@2.1.2', '--', 'get-graphql-schema', server.graphqlUrl],
    { maxBuffer: 1 << 26, env: { ...process.env, npm_config_update_notifier: 'false' } },
  );
  for (const part of ['type Entity', 'enum Predicate', 'enum EntityType', 'scalar DateTime', 'type Query']) {
    expect(stdout).toContain(part);
  }
  expect(stdout).toMatch(/topActors\(/);
});
