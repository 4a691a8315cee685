// `newsgraph extract`, run as a user runs it: the built CLI (bin/newsgraph.js → dist/), so
// build first (`npm test` does). No database is touched, hence a unit-cost test.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { spawnSync } from 'node:child_process';

const root = path.resolve(__dirname, '../..');
const shared = path.resolve(root, '../shared');
const built = fs.existsSync(path.join(root, 'dist/cli/index.js'));
const fixtures = path.join(root, 'test/fixtures/sources');

interface Document {
  id: string;
  title: string;
  entities: Array<Record<string, unknown>>;
  relations: Array<Record<string, unknown>>;
}

function newsgraph(args: string[], input?: string) {
  const r = spawnSync(process.execPath, [path.join(root, 'bin/newsgraph.js'), ...args], {
    cwd: root,
    input,
    encoding: 'utf8',
    env: { ...process.env, NEO4J_URI: '' },
    timeout: 60_000,
  });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

if (!built) console.warn('extract-cli.test.ts skipped: dist/ is missing, run `npm run build` first');

(built ? describe : describe.skip)('newsgraph extract', () => {
  test('prints {"documents":[…]} with the contract fields for every article of every input', () => {
    const r = newsgraph(['extract', 'samples', path.join(fixtures, 'headline.txt'), '--format', 'json']);
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    const { documents } = JSON.parse(r.stdout) as { documents: Document[] };
    expect(documents.map((d) => d.title)).toContain(
      'Ministers meet in Geneva to discuss “new” ceasefire plan',
    );
    expect(documents.length).toBeGreaterThanOrEqual(7);
    for (const d of documents) {
      expect(Object.keys(d)).toEqual(['id', 'title', 'entities', 'relations']);
      for (const e of d.entities)
        expect(Object.keys(e)).toEqual(expect.arrayContaining(['id', 'name', 'type', 'aliases']));
      for (const rel of d.relations) {
        expect(Object.keys(rel)).toEqual([
          'subject',
          'predicate',
          'object',
          'sentence',
          'start',
          'end',
          'confidence',
          'reason',
        ]);
        expect(rel.reason).toEqual(expect.any(String));
      }
    }
  });

  test('bad inputs: one stderr line each naming the file and the problem, the rest printed, exit status 3', () => {
    const r = newsgraph(['extract', '/nonexistent/story.txt', path.join(fixtures, 'records.jsonl')]);
    expect(r.status).toBe(3);
    const lines = r.stderr.trim().split('\n');
    expect(lines).toEqual([
      'newsgraph: /nonexistent/story.txt: no such file or directory [INPUT_NOT_FOUND]',
      expect.stringMatching(/records\.jsonl:2: invalid JSON/),
      expect.stringMatching(/records\.jsonl:4: missing "text"/),
    ]);
    expect((JSON.parse(r.stdout) as { documents: Document[] }).documents.map((d) => d.id)).toEqual([
      'rec-1',
      expect.any(String),
      '42',
    ]);
  });

  test('reads stdin for "-"', () => {
    const r = newsgraph(
      ['extract', '-'],
      '{"id":"piped","title":"Piped","text":"Talks resumed in Doha on Monday."}\n',
    );
    expect(r.status).toBe(0);
    expect(JSON.parse(r.stdout).documents).toEqual([
      expect.objectContaining({ id: 'piped', title: 'Piped' }),
    ]);
  });

  test('worker threads give the same output as one thread', () => {
    const inputs = ['samples', ...(fs.existsSync(shared) ? [path.join(shared, 'examples')] : [])];
    const threads = newsgraph(['extract', ...inputs, '--workers', '2']);
    const single = newsgraph(['extract', ...inputs, '--workers', '1']);
    expect(threads.status).toBe(0);
    expect(threads.stdout).toBe(single.stdout);
  });

  test('--format table prints a readable summary per document', () => {
    const r = newsgraph(['extract', path.join(fixtures, 'page.html'), '--format', 'table']);
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(
      /^Council approves bridge repairs {2}\[[0-9a-f]{16}\]\n\d+ entities, \d+ relations\n/,
    );
    expect(r.stdout).toMatch(/1 document\n$/);
  });

  (fs.existsSync(path.join(shared, 'eval/dev')) ? test : test.skip)(
    'its JSON is what ../shared/eval/score.mjs reads',
    () => {
      const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ng-extract-cli-'));
      try {
        const jsonl = spawnSync(
          process.execPath,
          [path.join(shared, 'eval/to-jsonl.mjs'), path.join(shared, 'eval/dev')],
          { encoding: 'utf8' },
        );
        fs.writeFileSync(path.join(dir, 'dev.jsonl'), jsonl.stdout);
        const r = newsgraph(['extract', path.join(dir, 'dev.jsonl'), '--format', 'json']);
        expect(r.status).toBe(0);
        fs.writeFileSync(path.join(dir, 'pred.json'), r.stdout);
        const score = spawnSync(
          process.execPath,
          [path.join(shared, 'eval/score.mjs'), path.join(shared, 'eval/dev'), path.join(dir, 'pred.json')],
          {
            encoding: 'utf8',
          },
        );
        expect(score.status).toBe(0);
        expect(score.stdout).toMatch(/summary: entity F1 \d\.\d{3} relation F1 \d\.\d{3}/);
        const gold = fs.readdirSync(path.join(shared, 'eval/dev')).filter((f) => f.endsWith('.json'));
        expect(JSON.parse(r.stdout).documents).toHaveLength(gold.length);
      } finally {
        fs.rmSync(dir, { recursive: true, force: true });
      }
    },
  );
});
