// Inputs that once slipped past the limits (issue 12): each is refused, bounded or read, with
// one failure naming the input and the problem, and the good inputs still come through.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Article } from '../model';
import { readArticles, type InputFailure } from '.';
import { MAX_ID_CHARS, MAX_TITLE_CHARS } from './make-article';
import { boundNesting, MAX_HTML_DEPTH } from './bound-nesting';

const GOOD = 'Officials in Paris said on Monday that the talks would resume.';

async function read(inputs: string[], maxInputBytes?: number) {
  const failures: InputFailure[] = [];
  const articles: Article[] = [];
  for await (const article of readArticles(inputs, { maxInputBytes, onFailure: (f) => failures.push(f) }))
    articles.push(article);
  return { articles, failures };
}

let dir = '';
beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ng-hostile-'));
});
afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));
const file = (name: string, content: string | Buffer) => {
  const full = path.join(dir, name);
  fs.writeFileSync(full, content);
  return full;
};
const record = (fields: object) => JSON.stringify({ text: GOOD, ...fields });

describe('special files are refused, not read', () => {
  test('/dev/zero: refused at once, whatever the size limit', async () => {
    const good = file('good.txt', GOOD);
    const { articles, failures } = await read(['/dev/zero', good]);
    expect(failures).toEqual([
      { input: '/dev/zero', code: 'INPUT_UNREADABLE', message: 'not a regular file (a device)' },
    ]);
    expect(articles.map((a) => a.source)).toEqual([good]);
  });

  test('a FIFO, given or met in a directory, is refused without waiting for a writer', async () => {
    const fifo = path.join(dir, 'pipe.txt');
    execFileSync('mkfifo', [fifo]);
    file('good.txt', GOOD);
    const direct = await read([fifo]);
    expect(direct.failures).toEqual([
      { input: fifo, code: 'INPUT_UNREADABLE', message: 'not a regular file (a FIFO)' },
    ]);
    const walked = await read([dir]);
    expect(walked.failures).toEqual(direct.failures);
    expect(walked.articles).toHaveLength(1);
  });
});

test('a symbolic link loop is followed once: every file read once', async () => {
  fs.mkdirSync(path.join(dir, 'a'));
  fs.writeFileSync(path.join(dir, 'a', 'story.txt'), GOOD);
  fs.symlinkSync('..', path.join(dir, 'a', 'up'));
  fs.symlinkSync(path.join(dir, 'a', 'story.txt'), path.join(dir, 'same.txt'));
  const { articles, failures } = await read([dir]);
  expect(failures).toEqual([]);
  expect(articles).toHaveLength(1);
});

test('a file over the size limit is refused after reading at most the limit', async () => {
  const big = file('big.txt', 'word '.repeat(1000));
  const { failures } = await read([big], 100);
  expect(failures).toEqual([
    { input: big, code: 'INPUT_TOO_LARGE', message: expect.stringMatching(/^too large: 5000 bytes/) },
  ]);
});

describe('JSON Lines: a bad record costs that record only', () => {
  test('a NUL byte in one record of the first 8 KB: the other 9 records are read', async () => {
    const lines = Array.from({ length: 10 }, (_, i) => record({ id: `r${i}` }));
    lines[3] = lines[3].replace('Paris', 'Par\0is');
    const jsonl = file('nul.jsonl', lines.join('\n') + '\n');
    const { articles, failures } = await read([jsonl]);
    expect(articles.map((a) => a.id)).toEqual(['r0', 'r1', 'r2', 'r4', 'r5', 'r6', 'r7', 'r8', 'r9']);
    expect(failures).toEqual([
      { input: `${jsonl}:4`, code: 'INPUT_INVALID', message: 'not text (a NUL byte)' },
    ]);
  });

  test('a record over the limit is skipped to its end, and the next read', async () => {
    const jsonl = file(
      'long.jsonl',
      [record({ id: 'a', text: 'x '.repeat(200000) }), record({ id: 'b' })].join('\n'),
    );
    const { articles, failures } = await read([jsonl], 1000);
    expect(articles.map((a) => a.id)).toEqual(['b']);
    expect(failures).toEqual([
      {
        input: `${jsonl}:1`,
        code: 'INPUT_TOO_LARGE',
        message: expect.stringMatching(/^too large: \d+ bytes/),
      },
    ]);
  });

  test('an empty .jsonl is reported', async () => {
    const empty = file('empty.jsonl', '');
    expect((await read([empty])).failures).toEqual([
      { input: empty, code: 'INPUT_INVALID', message: 'no records (an empty JSON Lines file)' },
    ]);
  });

  test('UTF-16 with a byte order mark is read, as text and as JSON Lines', async () => {
    const utf16 = (text: string) => Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]);
    const txt = file('wide.txt', utf16(`Café talks. ${GOOD}`));
    const jsonl = file('wide.jsonl', utf16(`${record({ id: 'w1' })}\n${record({ id: 'w2' })}\n`));
    const { articles, failures } = await read([txt, jsonl]);
    expect(failures).toEqual([]);
    expect(articles.map((a) => a.text)).toEqual([`Café talks. ${GOOD}`, GOOD, GOOD]);
    expect(articles.map((a) => a.id).slice(1)).toEqual(['w1', 'w2']);
  });
});

describe('fields bounded before the database', () => {
  test('an id over the limit refuses that record only, naming file and line', async () => {
    const lines = [record({ id: 'ok-1' }), record({ id: 'x'.repeat(9000) }), record({ id: 'ok-2' })];
    const jsonl = file('ids.jsonl', lines.join('\n'));
    const { articles, failures } = await read([jsonl]);
    expect(articles.map((a) => a.id)).toEqual(['ok-1', 'ok-2']);
    expect(failures).toEqual([
      {
        input: `${jsonl}#2`,
        code: 'INPUT_INVALID',
        message: `id too long: 9000 characters, the limit is ${MAX_ID_CHARS}`,
      },
    ]);
  });

  test('a long title is shortened and a long URL left out (noted); the article is kept', async () => {
    const jsonl = file(
      'fields.jsonl',
      record({ id: 'f', title: 'Word '.repeat(5000), url: `https://x.invalid/${'a'.repeat(3000)}` }),
    );
    const { articles, failures } = await read([jsonl]);
    expect(articles).toHaveLength(1);
    expect(articles[0].title.length).toBeLessThanOrEqual(MAX_TITLE_CHARS + 1);
    expect(articles[0].url).toBeUndefined();
    expect(failures.map((f) => f.message)).toEqual([expect.stringMatching(/^url left out: 3018 characters/)]);
  });

  test('a 100,000-character word is left out of the text and reported; the rest is read', async () => {
    const txt = file('word.txt', `${GOOD} ${'A.'.repeat(50000)} ${GOOD}`);
    const { articles, failures } = await read([txt]);
    expect(articles[0].text).toBe(`${GOOD} ${GOOD}`);
    expect(failures).toEqual([
      {
        input: txt,
        code: 'INPUT_INVALID',
        message: 'left out a word over 500 characters (the longest 100000)',
      },
    ]);
  });

  test('a 100,000-character stretch without a sentence end is reported', async () => {
    const txt = file('stretch.txt', 'word '.repeat(20000));
    const { articles, failures } = await read([txt]);
    expect(articles).toHaveLength(1);
    expect(failures.map((f) => f.message)).toEqual([
      'a stretch of 99999 characters without a sentence end is read in pieces of at most 2000',
    ]);
  });
});

describe('HTML of any depth', () => {
  test('10,000 nested <div>s read as the text they hold', async () => {
    const para = `<p>${GOOD} ${GOOD} ${GOOD} ${GOOD}</p>`;
    const html = file(
      'deep.html',
      `<html><body>${'<div>'.repeat(10000)}${para}${'</div>'.repeat(10000)}</body></html>`,
    );
    const { articles, failures } = await read([html]);
    expect(failures).toEqual([]);
    expect(articles[0].text).toBe(`${GOOD} ${GOOD} ${GOOD} ${GOOD}`);
  });

  test('nesting is cut at the limit; a shallow page is left as it is', () => {
    const shallow = '<div><p>a<br>b</p><script>"<div>"</script></div>';
    expect(boundNesting(shallow)).toBe(shallow);
    const deep = boundNesting(
      `${'<div>'.repeat(MAX_HTML_DEPTH + 10)}x${'</div>'.repeat(MAX_HTML_DEPTH + 10)}`,
    );
    expect(deep.match(/<div>/g)).toHaveLength(MAX_HTML_DEPTH);
    expect(deep.match(/<\/div>/g)).toHaveLength(MAX_HTML_DEPTH);
    expect(deep).toContain('x');
  });
});
