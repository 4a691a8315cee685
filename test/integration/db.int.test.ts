// The foundation, checked the way a user would: a real Neo4j (started by the global setup when
// NEO4J_URI is unset) answers Cypher and APOC; `db start|stop|status` manage a local Neo4j of
// their own (a separate home and port, so the shared test instance is left alone); a wrong
// password is one clear line, not a stack trace.
import { execFile } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';
import { loadConfig, type Config } from '../../src/config';
import { ErrorCode } from '../../src/errors';
import { connect, type Driver } from '../../src/graph';
import { dbStart, dbStatus, dbStop } from '../../src/cli/commands/db';

// Starts and stops Neo4j: a cold JVM on a machine shared with other work can take a minute.
jest.setTimeout(240_000);

const ROOT = path.resolve(__dirname, '../..');
const CLI = path.join(ROOT, 'bin/newsgraph.js');
const run = promisify(execFile);

/** The CLI's output and exit code, whether it succeeded or not. */
async function newsgraph(args: string[], env: NodeJS.ProcessEnv) {
  try {
    const { stdout, stderr } = await run(process.execPath, [CLI, ...args], {
      cwd: ROOT,
      env,
      timeout: 120_000,
    });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const e = error as { code: number; stdout: string; stderr: string };
    return { code: e.code, stdout: e.stdout, stderr: e.stderr };
  }
}

describe('the Neo4j the tests run against', () => {
  let driver: Driver;
  let config: Config;
  const label = `DbIntTest_${process.pid}`;

  beforeAll(async () => {
    config = loadConfig({ cwd: ROOT });
    driver = await connect(config);
  });
  afterAll(async () => {
    await driver?.executeQuery(`MATCH (n:${label}) DETACH DELETE n`, {}, { database: config.neo4j.database });
    await driver?.close();
  });

  it('takes a write and reads it back', async () => {
    const db = { database: config.neo4j.database };
    await driver.executeQuery(`CREATE (:${label} {name: $name})`, { name: 'Kataib Hezbollah' }, db);
    const { records } = await driver.executeQuery(`MATCH (n:${label}) RETURN n.name AS name`, {}, db);
    expect(records.map((r) => r.get('name'))).toEqual(['Kataib Hezbollah']);
  });

  it('has APOC loaded', async () => {
    const { records } = await driver.executeQuery('RETURN apoc.version() AS version');
    expect(records[0].get('version')).toMatch(/^5\.26\./);
  });

  it('rejects a wrong password with DB_AUTH_FAILED', async () => {
    const wrong = {
      ...config,
      neo4j: { ...config.neo4j, uri: config.neo4j.uri, password: 'not-the-password' },
    };
    await expect(connect(wrong)).rejects.toMatchObject({
      code: ErrorCode.DB_AUTH_FAILED,
      message: expect.stringContaining('rejected the credentials'),
    });
  });

  it('makes the CLI print one clear line for a wrong password, not a stack trace', async () => {
    const env = { ...process.env, NEO4J_URI: config.neo4j.uri ?? '', NEO4J_PASSWORD: 'not-the-password' };
    const r = await newsgraph(['db', 'status'], env);
    expect(r.code).toBe(1);
    const [first, ...rest] = r.stderr.trim().split('\n');
    expect(first).toMatch(/^newsgraph: Neo4j at bolt:\/\/\S+ rejected the credentials of user "neo4j"$/);
    expect(rest.join('\n')).toMatch(/^\s+hint: .*NEO4J_PASSWORD/);
    expect(r.stderr).not.toMatch(/^\s+at /m);
  });

  it('reports an unreachable Neo4j as DB_UNREACHABLE', async () => {
    const nowhere = { ...config, neo4j: { ...config.neo4j, uri: 'bolt://127.0.0.1:1' } };
    await expect(connect(nowhere)).rejects.toMatchObject({
      code: ErrorCode.DB_UNREACHABLE,
      message: 'Neo4j is not reachable at bolt://127.0.0.1:1',
    });
  });
});

describe('newsgraph db start | stop | status', () => {
  // A Neo4j of this test's own: stopping it must not stop the one the other tests use.
  const home = path.join(ROOT, '.newsgraph', 'test-db-commands');
  const port = Number(process.env.NEWSGRAPH_TEST_DB_COMMANDS_PORT ?? 7689);
  const env = {
    ...process.env,
    NEO4J_URI: '',
    NEO4J_PASSWORD: '',
    NEWSGRAPH_HOME: home,
    NEWSGRAPH_BOLT_PORT: String(port),
  };
  const config = loadConfig({ cwd: ROOT, env });

  beforeAll(async () => {
    await dbStop({ config });
    fs.rmSync(home, { recursive: true, force: true });
  });
  afterAll(async () => {
    await dbStop({ config });
  });

  it('starts, says so in status, and a second start is harmless', async () => {
    const first = await dbStart({ config });
    expect(first).toMatchObject({ uri: `bolt://127.0.0.1:${port}`, alreadyRunning: false });
    const { pid } = await dbStatus({ config });

    const again = await newsgraph(['db', 'start'], env);
    expect(again).toMatchObject({ code: 0, stdout: `Neo4j already running at bolt://127.0.0.1:${port}\n` });

    const status = await newsgraph(['db', 'status'], env);
    expect(status.code).toBe(0);
    expect(status.stdout).toContain(`running at bolt://127.0.0.1:${port} (pid ${pid})\n`);
  });

  it('keeps the data across stop and start', async () => {
    const write = await connect(config);
    await write.executeQuery('MERGE (:Survivor {name: $name})', { name: 'Baghdad' });
    await write.close();

    expect(await dbStop({ config })).toEqual({ wasRunning: true });
    const stopped = await newsgraph(['db', 'status'], env);
    expect(stopped.code).toBe(1);
    expect(stopped.stdout).toMatch(/^not running$/m);
    expect(await dbStop({ config })).toEqual({ wasRunning: false });

    const started = await newsgraph(['db', 'start'], env);
    expect(started).toMatchObject({ code: 0, stdout: `Neo4j started at bolt://127.0.0.1:${port}\n` });
    const read = await connect(config);
    const { records } = await read.executeQuery('MATCH (n:Survivor) RETURN n.name AS name');
    await read.close();
    expect(records.map((r) => r.get('name'))).toEqual(['Baghdad']);
  });
});
