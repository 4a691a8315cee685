// Issue 12's hostile inputs, replayed through the real `newsgraph ingest` against the real
// Neo4j (loopback only, every case bounded in size and time): no crash, every good record
// written, each bad one reported on one line naming its file (and line) and the problem,
// exit status 3 — and a re-run completes nothing more because nothing was left undone.
import { execFile, execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Driver } from 'neo4j-driver';
import { ingest } from '../../src/pipeline';
import { migrate } from '../../src/graph';
import type { Article } from '../../src/model';
import { clearGraph, invariantViolations, openDriver } from './ingest-helpers';

const ROOT = path.resolve(__dirname, '../..');
const MAX_INPUT_BYTES = 300_000;

let driver: Driver;
let dir = '';

beforeAll(async () => {
  driver = openDriver();
  await migrate(driver);
});
afterAll(async () => driver.close());
beforeEach(async () => {
  await clearGraph(driver);
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ng-hostile-ingest-'));
});
afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

/** A short article of our own, different for every n. */
const story = (n: number) =>
  `Officials in Geneva said on Monday that delegates met for round ${n} of the talks. ` +
  `The mediators in round ${n} said progress was slow.`;

function put(name: string, content: string | Buffer): string {
  const file = path.join(dir, name);
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, content);
  return file;
}

/** The built CLI in a child process, as a user runs it: its exit status and its stderr lines. */
function runIngest(inputs: string[]): Promise<{ status: number; stderr: string[] }> {
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      [path.join(ROOT, 'bin/newsgraph.js'), 'ingest', ...inputs, '--workers', '1'],
      {
        env: { ...process.env, NEWSGRAPH_MAX_INPUT_BYTES: String(MAX_INPUT_BYTES) },
        timeout: 240_000,
        maxBuffer: 1 << 22,
      },
      (error, _stdout, stderr) => {
        const status = error ? (typeof error.code === 'number' ? error.code : -1) : 0;
        resolve({ status, stderr: stderr.split('\n').filter(Boolean) });
      },
    );
  });
}

async function articleIds(): Promise<string[]> {
  const r = await driver.executeQuery('MATCH (a:Article) RETURN a.id AS id ORDER BY id');
  return r.records.map((x) => x.get('id') as string);
}

test('a directory of good and hostile inputs: the good all written, each bad one named, exit 3', async () => {
  // Good inputs: plain text, JSON Lines (around bad records), UTF-16, deep HTML, a long word.
  for (let n = 0; n < 12; n++) put(`good/story-${String(n).padStart(2, '0')}.txt`, story(n));
  const records = Array.from({ length: 10 }, (_, i) =>
    JSON.stringify({ id: `rec-${i}`, text: story(100 + i) }),
  );
  records[2] = JSON.stringify({ id: 'x'.repeat(9000), text: story(200) });
  records[5] = JSON.stringify({ id: 'rec-5', text: story(105) }).replace('Geneva', 'Gen\0eva');
  records[7] = '{"id": "rec-7", "text": ';
  const jsonl = put('records.jsonl', records.join('\n') + '\n');
  put('wide.txt', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(story(300), 'utf16le')]));
  put(
    'deep.html',
    `<html><body>${'<div>'.repeat(10000)}<p>${story(400)} ${story(401)}</p>${'</div>'.repeat(10000)}</body></html>`,
  );
  const longWord = put('long-word.txt', `${story(500)} ${'A.'.repeat(50000)} ${story(501)}`);
  // Bad inputs: empty JSON Lines, a FIFO, a file over the limit, a symlink loop, /dev/zero.
  const empty = put('empty.jsonl', '');
  const fifo = path.join(dir, 'pipe.txt');
  execFileSync('mkfifo', [fifo]);
  const big = put('big.txt', `${story(600)}\n\n`.repeat(Math.ceil(MAX_INPUT_BYTES / 100)));
  fs.symlinkSync('.', path.join(dir, 'loop'));

  const first = await runIngest([dir, '/dev/zero']);
  expect(first.stderr).toEqual(
    expect.arrayContaining([
      `newsgraph: skipped ${empty}: no records (an empty JSON Lines file)`,
      expect.stringMatching(
        new RegExp(`^newsgraph: skipped ${big}: too large: \\d+ bytes, the limit is ${MAX_INPUT_BYTES}`),
      ),
      `newsgraph: skipped ${longWord}: left out a word over 500 characters (the longest 100000)`,
      `newsgraph: skipped ${fifo}: not a regular file (a FIFO)`,
      `newsgraph: skipped ${jsonl}#3: id too long: 9000 characters, the limit is 512`,
      `newsgraph: skipped ${jsonl}:6: not text (a NUL byte)`,
      expect.stringMatching(new RegExp(`^newsgraph: skipped ${jsonl}:8: invalid JSON`)),
      'newsgraph: skipped /dev/zero: not a regular file (a device)',
    ]),
  );
  expect(first.stderr.filter((l) => l.startsWith('newsgraph: skipped'))).toHaveLength(8);
  expect(first.status).toBe(3);

  const ids = await articleIds();
  expect(ids.filter((id) => id.startsWith('rec-'))).toEqual([
    'rec-0',
    'rec-1',
    'rec-3',
    'rec-4',
    'rec-6',
    'rec-8',
    'rec-9',
  ]);
  expect(ids).toHaveLength(12 + 7 + 3); // the stories, the good records, wide + deep + long word
  const sources = await driver.executeQuery(
    'MATCH (a:Article) WHERE a.source IN $sources RETURN a.source AS source ORDER BY source',
    { sources: [path.join(dir, 'deep.html'), longWord, path.join(dir, 'wide.txt')] },
  );
  expect(sources.records.map((r) => r.get('source'))).toEqual(
    [path.join(dir, 'deep.html'), longWord, path.join(dir, 'wide.txt')].sort(),
  );
  expect(await invariantViolations(driver)).toEqual([]);

  // A re-run: the same reports, nothing new written, the same graph.
  const again = await runIngest([dir, '/dev/zero']);
  expect(again.status).toBe(3);
  expect(again.stderr.filter((l) => l.startsWith('newsgraph: skipped'))).toHaveLength(8);
  expect(await articleIds()).toEqual(ids);
});

test('an article Neo4j refuses costs that article only: the batch is split, the rest written', async () => {
  const articles: Article[] = Array.from({ length: 10 }, (_, i) => ({
    id: `batch-${i}`,
    title: `Round ${i}`,
    text: story(700 + i),
    source: `memory.jsonl#${i + 1}`,
  }));
  // Past the source's bounds (a caller handing articles in directly): the index refuses it.
  articles[6] = { ...articles[6], id: 'y'.repeat(9000) };
  const failures: string[] = [];
  const summary = await ingest({
    articles,
    driver,
    workers: 0,
    batchSize: 10,
    migrate: false,
    onFailure: (f) => failures.push(`${f.input}: ${f.message}`),
  });
  expect(failures).toEqual([
    'memory.jsonl#7: Neo4j refused the article (the rest is written): Property value is too large to index, please see index documentation for limitations',
  ]);
  expect(summary.written).toBe(9);
  expect(await articleIds()).toEqual(
    articles
      .filter((_, i) => i !== 6)
      .map((a) => a.id)
      .sort(),
  );
  expect(await invariantViolations(driver)).toEqual([]);
});
