import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { ErrorCode, NewsgraphError } from '../errors';
import { DEFAULT_QUERY_TIMEOUT_MS, loadConfig } from '.';

const emptyDir = () => fs.mkdtempSync(path.join(os.tmpdir(), 'ng-config-'));

function problemOf(env: NodeJS.ProcessEnv): NewsgraphError {
  try {
    loadConfig({ env, cwd: emptyDir() });
  } catch (error) {
    return error as NewsgraphError;
  }
  throw new Error('expected loadConfig to fail');
}

describe('loadConfig', () => {
  it('gives a new user the local Neo4j, with no published password (it makes its own)', () => {
    const c = loadConfig({ env: {}, cwd: '/srv/news' });
    expect(c.neo4j).toEqual({
      uri: undefined,
      username: 'neo4j',
      password: undefined,
      database: 'neo4j',
      queryTimeoutMs: DEFAULT_QUERY_TIMEOUT_MS,
    });
    expect(c.local).toEqual({
      home: '/srv/news/.newsgraph',
      boltPort: 7687,
      heap: '1g',
      transactionTimeout: '120s',
    });
    expect(c.server).toMatchObject({
      port: 4000,
      host: '127.0.0.1',
      corsOrigins: [],
      allowedHosts: [],
      requestTimeoutMs: 30_000,
      enableMutations: false,
    });
  });

  it('reads .env beneath the environment, never over it', () => {
    const dir = emptyDir();
    fs.writeFileSync(path.join(dir, '.env'), 'PORT=5000\nNEO4J_DATABASE=news\n');
    const c = loadConfig({ env: { PORT: '6000' }, cwd: dir });
    expect(c.server.port).toBe(6000);
    expect(c.neo4j.database).toBe('news');
  });

  it('reports every invalid variable at once, with a hint', () => {
    const e = problemOf({
      NEO4J_URI: 'http://db:7474',
      PORT: 'eighty',
      LOG_LEVEL: 'loud',
      NEWSGRAPH_DB_TRANSACTION_TIMEOUT: 'forever',
    });
    expect(e.code).toBe(ErrorCode.CONFIG_INVALID);
    expect(e.message).toMatch(/NEO4J_URI/);
    expect(e.message).toMatch(/PORT/);
    expect(e.message).toMatch(/LOG_LEVEL/);
    expect(e.message).toMatch(/NEWSGRAPH_DB_TRANSACTION_TIMEOUT: must look like 30s/);
    expect(e.hint).toMatch(/docs\/operations.md/);
  });

  it('asks for the password of a Neo4j the user points at', () => {
    expect(problemOf({ NEO4J_URI: 'neo4j+s://abc.databases.example:7687' }).message).toMatch(
      /NEO4J_PASSWORD is required/,
    );
  });

  it('exposes mutations only behind a JWT secret', () => {
    expect(problemOf({ NEWSGRAPH_ENABLE_MUTATIONS: 'true' }).message).toMatch(/NEWSGRAPH_JWT_SECRET/);
    const c = loadConfig({
      env: { NEWSGRAPH_ENABLE_MUTATIONS: 'yes', NEWSGRAPH_JWT_SECRET: 'x'.repeat(32) },
      cwd: emptyDir(),
    });
    expect(c.server.enableMutations).toBe(true);
  });

  it('splits CORS origins and turns introspection off in production', () => {
    const c = loadConfig({
      env: { NEWSGRAPH_CORS_ORIGINS: 'https://a.example, https://b.example', NODE_ENV: 'production' },
      cwd: emptyDir(),
    });
    expect(c.server.corsOrigins).toEqual(['https://a.example', 'https://b.example']);
    expect(c.server.introspection).toBe(false);
  });

  it('reads allowed hosts, "*" for any, and the query and request timeouts', () => {
    const c = loadConfig({
      env: {
        NEWSGRAPH_ALLOWED_HOSTS: 'news.internal, news',
        NEWSGRAPH_CORS_ORIGINS: '*',
        NEWSGRAPH_QUERY_TIMEOUT_MS: '2500',
        NEWSGRAPH_REQUEST_TIMEOUT_MS: '5000',
      },
      cwd: emptyDir(),
    });
    expect(c.server).toMatchObject({
      allowedHosts: ['news.internal', 'news'],
      corsOrigins: '*',
      requestTimeoutMs: 5000,
    });
    expect(c.neo4j.queryTimeoutMs).toBe(2500);
  });

  it('refuses a timeout that is not a positive number of milliseconds', () => {
    expect(problemOf({ NEWSGRAPH_QUERY_TIMEOUT_MS: '0' }).message).toMatch(/NEWSGRAPH_QUERY_TIMEOUT_MS/);
  });
});
