// The main job, as `npm start` runs it: the built CLI's `newsgraph demo` ingests the sample
// articles and serves the API and dashboard until Ctrl-C. The first part runs against the test
// Neo4j (the global setup sets NEO4J_URI), on a free port, in text; the second lets the demo
// start a local Neo4j of its own (the db commands test's port, free by then), in JSON, and
// checks that a stop stops what the run started, and only that.
import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { launcherPids, OWN_NEO4J_PORT, ownLocalNeo4jEnv } from '../support/neo4j';

const ROOT = path.resolve(__dirname, '..', '..');
const CLI = path.join(ROOT, 'bin', 'newsgraph.js');
const SHARED_EXAMPLES = path.resolve(ROOT, '..', 'shared', 'examples');
const built = fs.existsSync(path.join(ROOT, 'dist', 'cli', 'index.js'));

async function graphql<T>(url: string, query: string): Promise<T> {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query }),
  });
  const body = (await response.json()) as { data: T; errors?: unknown[] };
  expect(body.errors).toBeUndefined();
  return body.data;
}

/** Resolves with the GraphQL URL once the demo prints it; rejects if it exits first. */
function waitForServer(child: ChildProcessWithoutNullStreams, output: { text: string }): Promise<string> {
  return new Promise((resolve, reject) => {
    child.stdout.on('data', (chunk: Buffer) => {
      output.text += chunk.toString();
      const url = /GraphQL API: (\S+)/.exec(output.text)?.[1];
      if (url) resolve(url);
    });
    child.stderr.on('data', (chunk: Buffer) => (output.text += chunk.toString()));
    child.on('exit', (code) => reject(new Error(`demo exited with ${code} before serving:\n${output.text}`)));
  });
}

(built ? describe : describe.skip)('newsgraph demo (the main job)', () => {
  let child: ChildProcessWithoutNullStreams;
  const output = { text: '' };
  let graphqlUrl: string;

  beforeAll(async () => {
    child = spawn(process.execPath, [CLI, 'demo', '--port', '0'], {
      cwd: ROOT,
      env: { ...process.env, LOG_FORMAT: 'text' },
    });
    graphqlUrl = await waitForServer(child, output);
  }, 300_000);

  afterAll(async () => {
    if (child.exitCode === null) {
      const exited = new Promise((resolve) => child.once('exit', resolve));
      child.kill('SIGINT');
      await exited;
    }
  });

  it('ingests the samples and says so, in plain lines only', () => {
    expect(output.text).toMatch(/Ingested \d+ articles in \d+\.\d s/);
    expect(output.text).toMatch(/Dashboard:\s+http:\/\/localhost:\d+\//);
    // Which IDE needs the internet is said where the addresses are.
    expect(output.text).toMatch(/GraphQL API: \S+ +\(Apollo Sandbox in a browser: needs internet\)/);
    expect(output.text).toMatch(/GraphiQL:\s+http:\/\/localhost:\d+\/graphiql\/ +\(works offline\)/);
    expect(output.text.split('\n').filter((line) => line.trimStart().startsWith('{'))).toEqual([]);
  });

  it('serves a healthy API and the dashboard', async () => {
    const health = await fetch(graphqlUrl.replace(/graphql$/, 'health'));
    expect(health.status).toBe(200);
    const page = await fetch(graphqlUrl.replace(/graphql$/, ''));
    expect(await page.text()).toMatch(/newsgraph/i);
    const graphiql = await fetch(graphqlUrl.replace(/graphql$/, 'graphiql/'));
    expect(await graphiql.text()).toMatch(/GraphiQL/);
  });

  it('answers with facts read from our own sample articles', async () => {
    const data = await graphql<{ entities: { ledBy: { name: string }[] }[] }>(
      graphqlUrl,
      '{ entities(where: { name: { eq: "NATO" } }) { ledBy { name } } }',
    );
    expect(data.entities[0].ledBy.map((e) => e.name)).toContain('Mark Rutte');
  });

  (fs.existsSync(SHARED_EXAMPLES) ? it : it.skip)('and from the published sample report', async () => {
    const data = await graphql<{ entities: { attacked: { name: string }[] }[] }>(
      graphqlUrl,
      '{ entities(where: { name: { eq: "United States" } }) { attacked { name } } }',
    );
    expect(data.entities[0].attacked.map((e) => e.name)).toContain('Kataib Hezbollah');
  });

  it('stops cleanly on Ctrl-C', async () => {
    const exited = new Promise<number | null>((resolve) => child.once('exit', resolve));
    child.kill('SIGINT');
    expect(await exited).toBe(0);
  });
});

(built ? describe : describe.skip)('newsgraph demo and serve with a local Neo4j of their own', () => {
  const home = path.join(ROOT, '.newsgraph', 'test-demo');
  const port = OWN_NEO4J_PORT;
  const env = { ...ownLocalNeo4jEnv(home, port), NEWSGRAPH_HEAP: '512m', LOG_FORMAT: '' };
  const cli = (args: string[], extra: NodeJS.ProcessEnv = {}) =>
    new Run(spawn(process.execPath, [CLI, ...args], { cwd: ROOT, env: { ...env, ...extra } }));

  beforeAll(() => fs.rmSync(home, { recursive: true, force: true }));
  afterAll(async () => {
    await cli(['db', 'stop']).exited;
  });

  it('logs JSON only when its output is not a terminal, with Neo4j start-up apart from the ingest', async () => {
    const demo = cli(['demo', '--port', '0']);
    await demo.until((r) => r.json().some((l) => l.msg === 'serving'), 300_000);
    const exit = await demo.stop('SIGTERM');
    expect(exit).toBe(0);

    expect(demo.nonJsonLines()).toEqual([]);
    const logs = demo.json();
    const started = logs.find((l) =>
      /^Neo4j started at bolt:\/\/127\.0\.0\.1:\d+ in [\d.]+ s$/.test(String(l.msg)),
    );
    expect(started).toMatchObject({ level: 'info', name: 'newsgraph', seconds: expect.any(Number) });
    const ingested = logs.find((l) => l.msg === 'ingested');
    expect(ingested).toMatchObject({ articles: expect.any(Number), seconds: expect.any(Number) });
    // Two lines, two times: the Neo4j start-up is reported before, and apart from, the ingest.
    expect(logs.indexOf(started!)).toBeLessThan(logs.indexOf(ingested!));
    expect(logs.map((l) => l.msg)).toContain('stopped the local Neo4j this demo started');
    expect(launcherPids(home)).toEqual([]);
  }, 400_000);

  it('stops the Neo4j it is starting on Ctrl-C, and exits 130', async () => {
    const demo = cli(['demo', '--port', '0'], { LOG_FORMAT: 'text' });
    await demo.until(() => launcherPids(home).length > 0, 120_000);
    expect(await demo.stop('SIGINT')).toBe(130);
    expect(demo.text()).toContain('stopped the local Neo4j this demo started');
    expect(launcherPids(home)).toEqual([]);
  }, 200_000);

  it('keeps its Neo4j with --keep-db, and serve says on exit that it still runs', async () => {
    const demo = cli(['demo', '--port', '0', '--keep-db'], { LOG_FORMAT: 'text' });
    await demo.until((r) => r.text().includes('GraphQL API:'), 300_000);
    expect(await demo.stop('SIGINT')).toBe(0);
    expect(launcherPids(home)).toHaveLength(1);

    const serve = cli(['serve', '--port', '0'], { LOG_FORMAT: 'text' });
    await serve.until((r) => r.text().includes('GraphQL API:'), 120_000);
    expect(await serve.stop('SIGINT')).toBe(0);
    expect(serve.stderr).toMatch(
      /^the local Neo4j is still running at bolt:\/\/127\.0\.0\.1:\d+; stop it with: newsgraph db stop$/m,
    );
    expect(launcherPids(home)).toHaveLength(1);
  }, 500_000);
});

/** A spawned CLI: its output so far, a wait for a condition on it, and a stop by signal. */
class Run {
  stdout = '';
  stderr = '';
  readonly exited: Promise<number | null>;

  constructor(readonly child: ChildProcessWithoutNullStreams) {
    child.stdout.on('data', (chunk: Buffer) => (this.stdout += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (this.stderr += chunk.toString()));
    this.exited = new Promise((resolve) => child.once('exit', (code) => resolve(code)));
  }

  text(): string {
    return `${this.stdout}${this.stderr}`;
  }

  lines(): string[] {
    return this.text()
      .split('\n')
      .filter((line) => line.trim() !== '');
  }

  json(): Record<string, unknown>[] {
    return this.lines().flatMap((line) => {
      try {
        return [JSON.parse(line) as Record<string, unknown>];
      } catch {
        return [];
      }
    });
  }

  nonJsonLines(): string[] {
    return this.lines().filter((line) => {
      try {
        JSON.parse(line);
        return false;
      } catch {
        return true;
      }
    });
  }

  async until(condition: (run: Run) => boolean, timeoutMs: number): Promise<void> {
    const deadline = Date.now() + timeoutMs;
    while (!condition(this)) {
      if (this.child.exitCode !== null)
        throw new Error(`exited with ${this.child.exitCode}:\n${this.text()}`);
      if (Date.now() > deadline) throw new Error(`timed out; output so far:\n${this.text()}`);
      await new Promise((resolve) => setTimeout(resolve, 250));
    }
  }

  stop(signal: NodeJS.Signals): Promise<number | null> {
    this.child.kill(signal);
    return this.exited;
  }
}
