// newsgraph as an installable package: `npm pack` holds what the CLI needs at run time and
// nothing it does not, and the tarball, installed into an empty folder as a user would
// (npm install <tarball>, dependencies from the registry), runs from there.
import { execFile } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { ownLocalNeo4jEnv } from '../support/neo4j';

const ROOT = path.resolve(__dirname, '..', '..');
const built = fs.existsSync(path.join(ROOT, 'dist', 'cli', 'index.js'));
const run = promisify(execFile);

/** Output and exit code of a command, whether it succeeded or not. */
async function sh(file: string, args: string[], options: { cwd: string; env?: NodeJS.ProcessEnv }) {
  try {
    const { stdout, stderr } = await run(file, args, { ...options, timeout: 600_000, maxBuffer: 64 << 20 });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const e = error as { code: number; stdout: string; stderr: string };
    return { code: e.code, stdout: e.stdout, stderr: e.stderr };
  }
}

(built ? describe : describe.skip)('the npm package', () => {
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'newsgraph-pack-'));
  const app = path.join(tmp, 'app');
  const installed = path.join(app, 'node_modules', 'newsgraph');
  let files: string[];
  // The user's shell: no test Neo4j, a home of its own.
  const home = path.join(tmp, 'home');
  const env = ownLocalNeo4jEnv(home, 1);
  const newsgraph = (args: string[]) =>
    sh(path.join(app, 'node_modules', '.bin', 'newsgraph'), args, { cwd: app, env });

  beforeAll(async () => {
    const packed = await sh('npm', ['pack', '--json', '--pack-destination', tmp], { cwd: ROOT });
    expect(packed.code).toBe(0);
    const [info] = JSON.parse(packed.stdout) as { filename: string; files: { path: string }[] }[];
    files = info.files.map((f) => f.path);
    fs.mkdirSync(app);
    const install = await sh('npm', ['install', '--no-audit', '--no-fund', path.join(tmp, info.filename)], {
      cwd: app,
    });
    expect(install).toMatchObject({ code: 0 });
  }, 900_000);
  afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

  it('holds the CLI, its schema, queries, dashboard, launcher project and samples', () => {
    for (const needed of [
      'bin/newsgraph.js',
      'dist/cli/index.js',
      'dist/pipeline/extract-worker.js',
      'schema.graphql',
      'cypher/schema.cypher',
      'web/dist/index.html',
      'web/dist/app.js',
      'neo4j/pom.xml',
      'neo4j/src/main/java/newsgraph/LocalNeo4j.java',
    ])
      expect(files).toContain(needed);
    expect(files.some((f) => f.startsWith('cypher/analyses/') && f.endsWith('.cypher'))).toBe(true);
    expect(files.some((f) => f.startsWith('samples/'))).toBe(true);
  });

  it('holds nothing it does not need: no tests, fixtures, sources, local data or builds', () => {
    const unwanted = files.filter((f) =>
      /^(test|src|docs|scripts|web\/src|\.newsgraph|neo4j\/target|node_modules)\/|\.test\.|\.map$|^\.env/.test(
        f,
      ),
    );
    expect(unwanted).toEqual([]);
  });

  it('runs newsgraph --help from the installed package', async () => {
    const r = await newsgraph(['--help']);
    expect(r.code).toBe(0);
    for (const command of ['db', 'extract', 'ingest', 'serve', 'analyze', 'demo'])
      expect(r.stdout).toContain(command);
  });

  it('extracts a sample article with the installed package', async () => {
    const r = await newsgraph(['extract', path.join(installed, 'samples', 'eu-sanctions-shipping.txt')]);
    expect(r.code).toBe(0);
    const { documents } = JSON.parse(r.stdout) as {
      documents: { title: string; entities: { name: string }[] }[];
    };
    expect(documents).toHaveLength(1);
    expect(documents[0].entities.map((e) => e.name)).toContain('European Union');
  });

  it('says the local Neo4j of a new home is not running', async () => {
    const r = await newsgraph(['db', 'status']);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe(`not running\nhome: ${home}\nlog:  ${path.join(home, 'neo4j.log')}\n`);
  });
});
