// The foundation, checked the way a user would: a real Neo4j (started by the global setup when
// NEO4J_URI is unset) answers Cypher and APOC; `db start|stop|status` manage a local Neo4j of
// their own (a separate home and port, so the shared test instance is left alone); a wrong
// password is one clear line, not a stack trace.
import { execFile } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { promisify } from 'node:util';
import { loadConfig, type Config } from '../../src/config';
import { ErrorCode } from '../../src/errors';
import { connect, type Driver } from '../../src/graph';
import { LEGACY_DEFAULT_PASSWORD, localHomeLayout, readLocalPassword } from '../../src/graph/local';
import { dbStart, dbStatus, dbStop } from '../../src/cli/commands/db';
import { launcherPids, OWN_NEO4J_PORT, ownLocalNeo4jEnv } from '../support/neo4j';

// Starts and stops Neo4j: a cold JVM on a machine shared with other work can take a minute.
jest.setTimeout(420_000);

const ROOT = path.resolve(__dirname, '../..');
const CLI = path.join(ROOT, 'bin/newsgraph.js');
const run = promisify(execFile);

/** The CLI's output and exit code, whether it succeeded or not. */
async function newsgraph(args: string[], env: NodeJS.ProcessEnv) {
  try {
    const { stdout, stderr } = await run(process.execPath, [CLI, ...args], {
      cwd: ROOT,
      env,
      timeout: 300_000,
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
  const port = OWN_NEO4J_PORT;
  const env = {
    ...ownLocalNeo4jEnv(home, port),
    // Short, so that a runaway query can be seen being stopped.
    NEWSGRAPH_DB_TRANSACTION_TIMEOUT: '5s',
  };
  const config = loadConfig({ cwd: ROOT, env });
  const layout = localHomeLayout(home);
  const withPassword = (password: string): Config => ({ ...config, neo4j: { ...config.neo4j, password } });

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

  it('keeps its home private and has a random password of its own, not the published one', async () => {
    expect(privateViolations(home)).toEqual([]);
    expect(fs.statSync(home).mode & 0o777).toBe(0o700);
    expect(fs.statSync(layout.passwordFile).mode & 0o777).toBe(0o600);
    const password = readLocalPassword(home);
    expect(password).toMatch(/^[\w-]{32}$/);

    await expect(connect(withPassword(LEGACY_DEFAULT_PASSWORD))).rejects.toMatchObject({
      code: ErrorCode.DB_AUTH_FAILED,
      hint: expect.stringContaining(layout.passwordFile),
    });
    const driver = await connect(config); // NEO4J_PASSWORD unset: the home's own
    await driver.close();
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

  it('tells a login rate limit apart from a wrong password', async () => {
    const wrong = { ...env, NEO4J_URI: `bolt://127.0.0.1:${port}`, NEO4J_PASSWORD: 'not-the-password' };
    const limited = `newsgraph: Neo4j at bolt://127.0.0.1:${port} refused the login: too many failed logins; wait a few seconds`;
    // Neo4j locks the user after three failed logins; on a loaded machine a CLI run may take long
    // enough for a lock to lapse between tries, so try until the lock is met (at most eight times)
    const lines: string[] = [];
    for (let i = 0; i < 8 && lines.at(-1) !== limited; i++)
      lines.push((await newsgraph(['db', 'status'], wrong)).stderr.split('\n')[0]);
    expect(lines[0]).toMatch(/rejected the credentials of user "neo4j"$/);
    expect(lines.at(-1)).toBe(limited);
    await sleep(6_000); // Neo4j's lock time (5 s) passes, then the right password works again
    const driver = await connect(config);
    await driver.close();
  });

  it("stops a runaway query at the database's transaction timeout", async () => {
    const driver = await connect(config);
    try {
      const started = Date.now();
      await expect(driver.executeQuery('CALL apoc.util.sleep(60000)')).rejects.toMatchObject({
        code: expect.stringMatching(/Transaction(TimedOut|Terminated)/),
      });
      expect(Date.now() - started).toBeLessThan(40_000);
    } finally {
      await driver.close();
    }
  });

  it('never says "not running" while the JVM lives, and never starts a second one on its store', async () => {
    const { pid } = await dbStatus({ config });
    // What the old shutdown hook did first: the pid file goes, the JVM stays.
    fs.rmSync(layout.pidFile);

    const status = await newsgraph(['db', 'status'], env);
    expect(status.code).toBe(1);
    expect(status.stdout).not.toMatch(/^not running$/m);
    expect(status.stdout).toContain(`its process (pid ${pid}) still holds the store`);

    const again = await newsgraph(['db', 'start'], env);
    expect(again.code).toBe(1);
    expect(again.stderr).toContain(`newsgraph: A Neo4j (pid ${pid}) still holds the store in ${home}`);
    expect(launcherPids(home)).toEqual([pid]);

    expect(await newsgraph(['db', 'stop'], env)).toMatchObject({ code: 0, stdout: 'Neo4j stopped\n' });
    expect(launcherPids(home)).toEqual([]);
  });

  it('kills a Neo4j that does not stop in time, and the store recovers', async () => {
    await dbStart({ config });
    const { pid } = await dbStatus({ config });
    process.kill(pid!, 'SIGSTOP'); // deaf to SIGTERM, like a JVM stuck in a query
    const stopping = newsgraph(['db', 'stop', '--timeout', '3'], env);
    await sleep(1_000);
    const during = await newsgraph(['db', 'status'], env);
    expect(during.stdout).toContain(`(pid ${pid})`);
    expect(during.stdout).not.toMatch(/^not running$/m);

    const stopped = await stopping;
    if (stopped.code !== 0) console.error(`db stop failed: ${stopped.stderr}`); // why, in CI's log
    expect(stopped).toMatchObject({ code: 0, stdout: 'Neo4j killed (it recovers on its next start)\n' });
    expect(stopped.stderr).toContain(`Neo4j (pid ${pid}) did not stop within 3 s; killing it`);
    expect(launcherPids(home)).toEqual([]);
    expect((await newsgraph(['db', 'status'], env)).stdout).toMatch(/^not running$/m);
  });

  it('moves a home made with the published password onto a random one, and makes it private', async () => {
    await dbStart({ config }); // the first start after the kill: the store recovers
    const driver = await connect(config);
    await driver.executeQuery(
      'ALTER CURRENT USER SET PASSWORD FROM $own TO $legacy',
      { own: readLocalPassword(home), legacy: LEGACY_DEFAULT_PASSWORD },
      { database: 'system' },
    );
    await driver.close();
    await dbStop({ config });
    // Now the home is as an older newsgraph left it: the published password, no password file,
    // readable by everyone.
    fs.rmSync(layout.passwordFile);
    fs.chmodSync(home, 0o755);
    fs.chmodSync(layout.logFile, 0o644);

    expect(await newsgraph(['db', 'start'], env)).toMatchObject({ code: 0 });
    expect(privateViolations(home)).toEqual([]);
    expect(readLocalPassword(home)).toMatch(/^[\w-]{32}$/);
    await expect(connect(withPassword(LEGACY_DEFAULT_PASSWORD))).rejects.toMatchObject({
      code: ErrorCode.DB_AUTH_FAILED,
    });
    const read = await connect(config);
    const { records } = await read.executeQuery('MATCH (n:Survivor) RETURN n.name AS name');
    await read.close();
    expect(records.map((r) => r.get('name'))).toEqual(['Baghdad']);
  });
});

/** Entries under `dir` that its group or others may read, write or enter. */
function privateViolations(dir: string): string[] {
  const found: string[] = [];
  const walk = (entry: string) => {
    const stat = fs.lstatSync(entry);
    if (stat.isSymbolicLink()) return;
    if ((stat.mode & 0o077) !== 0)
      found.push(`${path.relative(dir, entry)} ${(stat.mode & 0o777).toString(8)}`);
    if (stat.isDirectory()) for (const name of fs.readdirSync(entry)) walk(path.join(entry, name));
  };
  walk(dir);
  return found;
}
