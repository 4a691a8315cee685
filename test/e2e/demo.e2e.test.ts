// The main job, as `npm start` runs it: the built CLI's `newsgraph demo` ingests the sample
// articles and serves the API and dashboard until Ctrl-C. Runs against the test Neo4j (the
// global setup sets NEO4J_URI), on a free port.
import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

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
    child = spawn(process.execPath, [CLI, 'demo', '--port', '0'], { cwd: ROOT, env: process.env });
    graphqlUrl = await waitForServer(child, output);
  }, 300_000);

  afterAll(async () => {
    if (child.exitCode === null) {
      const exited = new Promise((resolve) => child.once('exit', resolve));
      child.kill('SIGINT');
      await exited;
    }
  });

  it('ingests the samples and says so', () => {
    expect(output.text).toMatch(/Ingested \d+ articles/);
    expect(output.text).toMatch(/Dashboard:\s+http:\/\/localhost:\d+\//);
  });

  it('serves a healthy API and the dashboard', async () => {
    const health = await fetch(graphqlUrl.replace(/graphql$/, 'health'));
    expect(health.status).toBe(200);
    const page = await fetch(graphqlUrl.replace(/graphql$/, ''));
    expect(await page.text()).toMatch(/newsgraph/i);
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
