// Every source kind, read from fixtures we wrote (test/fixtures/sources), as a user would
// check them: the articles that come out, and a failure naming each bad input and its problem.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Readable } from 'node:stream';
import type { Article } from '../model';
import { readArticles, type InputFailure } from '.';

const fixtures = path.resolve(__dirname, '../../test/fixtures/sources');
const fixture = (name: string) => path.join(fixtures, name);
const shared = path.resolve(__dirname, '../..', '../shared');

async function read(
  inputs: string[],
  options: { maxInputBytes?: number; stdin?: NodeJS.ReadableStream } = {},
) {
  const failures: InputFailure[] = [];
  const articles: Article[] = [];
  for await (const article of readArticles(inputs, { ...options, onFailure: (f) => failures.push(f) }))
    articles.push(article);
  return { articles, failures };
}

let tempRoot = '';
beforeAll(() => {
  tempRoot = fs.mkdtempSync(path.join(os.tmpdir(), 'ng-sources-'));
});
afterAll(() => fs.rmSync(tempRoot, { recursive: true, force: true }));

function tempFile(name: string, content: string | Buffer): string {
  const dir = fs.mkdtempSync(path.join(tempRoot, 'case-'));
  const file = path.join(dir, name);
  fs.writeFileSync(file, content);
  return file;
}

describe('plain text', () => {
  test('the first line is the title when it looks like a headline, and stays in the text', async () => {
    const { articles, failures } = await read([fixture('headline.txt')]);
    expect(failures).toEqual([]);
    expect(articles).toHaveLength(1);
    const [a] = articles;
    expect(a.title).toBe('Ministers meet in Geneva to discuss “new” ceasefire plan');
    expect(a.text.startsWith(a.title + '\n\n')).toBe(true);
    expect(a.source).toBe(fixture('headline.txt'));
  });

  test('text is cleaned: hard wraps joined, NBSP and zero-width gone, broken "U. / S" repaired, teaser dropped', async () => {
    const [a] = (await read([fixture('headline.txt')])).articles;
    expect(a.text).toContain(
      'Foreign ministers from three countries met in Geneva on Friday to discuss a ceasefire plan drafted by mediators',
    );
    expect(a.text).toContain('proposed by the U.S and its partners in March, according to a diplomat');
    expect(a.text).not.toMatch(/Check Also|Portugal|Lisbon|[\u00a0\u200b]/);
  });

  test('without a headline, the title is the start of the text', async () => {
    const [a] = (await read([fixture('no-headline.txt')])).articles;
    expect(a.title).toBe('Café owners in the old town said on Monday that tourism had recovered.');
  });
});

test('Markdown: markup reduced to words, "# heading" as title, code and "Read more" left out', async () => {
  const [a] = (await read([fixture('article.md')])).articles;
  expect(a.title).toBe('Port workers strike in Rotterdam');
  expect(a.text).toContain(
    "Dock workers in Rotterdam walked out on Monday, halting container traffic at Europe's largest port.",
  );
  expect(a.text).toContain('The union said talks had failed.\n\nManagers said');
  expect(a.text).not.toMatch(/[*#[\]>]|console\.log|Read more|Shipping rates/);
});

test('HTML: main content only, title from the page, date and canonical address from its metadata', async () => {
  const [a] = (await read([fixture('page.html')])).articles;
  expect(a).toMatchObject({
    title: 'Council approves bridge repairs',
    url: 'https://fixture.invalid/bridge',
    published: '2025-03-01',
  });
  expect(a.text.split('\n\n')).toHaveLength(3);
  expect(a.text).toMatch(/^The city council voted on Tuesday/);
  expect(a.text).not.toMatch(/Home|Sport|Most read|library|Share|Subscribe|tracking|Gazette/);
});

describe('JSON Lines', () => {
  test('each good line is an article; each bad line a failure naming file:line; the rest goes on', async () => {
    const file = fixture('records.jsonl');
    const { articles, failures } = await read([file]);
    expect(articles.map((a) => a.id)).toEqual(['rec-1', expect.stringMatching(/^[0-9a-f]{16}$/), '42']);
    expect(articles[0]).toMatchObject({
      title: 'Harbour reopens after storm',
      url: 'https://fixture.invalid/harbour',
      published: '2025-02-10',
      source: `${file}#1`,
    });
    expect(articles[2].published).toBe('2025-02-10T09:00:00.000Z');
    expect(failures).toEqual([
      { input: `${file}:2`, code: 'INPUT_INVALID', message: expect.stringMatching(/^invalid JSON/) },
      { input: `${file}:4`, code: 'INPUT_INVALID', message: 'missing "text" (a non-empty string)' },
    ]);
  });

  test('a .jsonl file is streamed: the size limit applies to each record, not to the file', async () => {
    const small = JSON.stringify({ id: 'small', text: 'Short.' });
    const big = JSON.stringify({ id: 'big', text: 'word '.repeat(40) });
    const file = tempFile('corpus.jsonl', [small, big, small.replace('small', 'small-2')].join('\n'));
    const { articles, failures } = await read([file], { maxInputBytes: 100 });
    expect(articles.map((a) => a.id)).toEqual(['small', 'small-2']);
    expect(failures).toEqual([
      { input: `${file}:2`, code: 'INPUT_TOO_LARGE', message: expect.stringMatching(/^too large/) },
    ]);
  });

  test('a binary .jsonl file is one failure', async () => {
    const file = tempFile('data.jsonl', Buffer.from([0x7b, 0, 0, 0x7d]));
    expect((await read([file])).failures).toEqual([
      { input: file, code: 'INPUT_INVALID', message: 'not text (binary data)' },
    ]);
  });

  test('a .json file with an array of articles reads the same way', async () => {
    const file = tempFile(
      'two.json',
      JSON.stringify([{ id: 'x', text: 'One.' }, { text: 'Two.' }, { title: 'none' }]),
    );
    const { articles, failures } = await read([file]);
    expect(articles.map((a) => a.text)).toEqual(['One.', 'Two.']);
    expect(failures).toEqual([
      { input: `${file}[2]`, code: 'INPUT_INVALID', message: 'missing "text" (a non-empty string)' },
    ]);
  });
});

describe('feeds', () => {
  test('RSS: each item an article, content:encoded preferred, HTML turned to text, empty items reported', async () => {
    const file = fixture('feed-rss.xml');
    const { articles, failures } = await read([file]);
    expect(articles.map((a) => [a.id, a.title, a.text])).toEqual([
      [
        'fixture-rail',
        'Rail strike called off',
        "The rail union called off Friday's strike after a late pay offer.\n\nTrains will run normally, the operator said.",
      ],
      [
        expect.stringMatching(/^[0-9a-f]{16}$/),
        'Snow closes mountain pass',
        'Heavy snow closed the mountain pass on Wednesday.',
      ],
    ]);
    expect(articles[0]).toMatchObject({
      url: 'https://fixture.invalid/rail',
      published: '2025-03-04T12:00:00.000Z',
      source: `${file}#1`,
    });
    expect(failures).toEqual([
      { input: `${file}#3`, code: 'INPUT_INVALID', message: 'feed item has no text' },
    ]);
  });

  test('Atom: entries with HTML content', async () => {
    const [a] = (await read([fixture('feed-atom.xml')])).articles;
    expect(a).toMatchObject({
      id: 'urn:fixture:election',
      title: 'Election date set',
      url: 'https://fixture.invalid/election',
    });
    expect(a.text).toBe('The electoral commission set the vote for the first Sunday of June.');
  });

  test('a broken feed is one failure naming the file', async () => {
    const file = fixture('broken-feed.xml');
    const { articles, failures } = await read([file]);
    expect(articles).toEqual([]);
    expect(failures).toEqual([
      { input: file, code: 'INPUT_INVALID', message: expect.stringMatching(/^not a valid RSS\/Atom feed/) },
    ]);
  });
});

test('directories: walked recursively in sorted order, dotfiles and unknown kinds skipped', async () => {
  const { articles, failures } = await read([fixture('dir')]);
  expect(failures).toEqual([]);
  expect(articles.map((a) => path.relative(fixtures, a.source))).toEqual(['dir/a.txt', 'dir/nested/b.md']);
});

describe('stdin', () => {
  test('"-" reads stdin and sniffs its kind', async () => {
    const jsonl = '{"id":"s1","text":"From a pipe."}\n{"id":"s2","text":"Second."}\n';
    const { articles } = await read(['-'], { stdin: Readable.from([Buffer.from(jsonl)]) });
    expect(articles.map((a) => [a.id, a.source])).toEqual([
      ['s1', 'stdin#1'],
      ['s2', 'stdin#2'],
    ]);
  });

  test('plain text on stdin', async () => {
    const { articles } = await read(['-'], {
      stdin: Readable.from(['Storm hits coast\n\nWinds reached 120 km/h on Sunday.\n']),
    });
    expect(articles).toEqual([expect.objectContaining({ title: 'Storm hits coast', source: 'stdin' })]);
  });
});

describe('ids', () => {
  test('the same text gets the same id, whatever the file or source kind', async () => {
    const text = 'Talks resumed in Doha on Monday.\n\nBoth sides sent delegations.';
    const a = await read([tempFile('a.txt', text)]);
    const b = await read([tempFile('b.md', text.replace(/\n/g, '\r\n'))]);
    const c = await read([tempFile('c.jsonl', JSON.stringify({ text }) + '\n')]);
    const ids = [a, b, c].map((r) => r.articles[0].id);
    expect(ids[0]).toMatch(/^[0-9a-f]{16}$/);
    expect(new Set(ids).size).toBe(1);
  });

  test('different text gets a different id', async () => {
    const a = await read([tempFile('a.txt', 'Talks resumed in Doha on Monday.')]);
    const b = await read([tempFile('a.txt', 'Talks resumed in Doha on Tuesday.')]);
    expect(a.articles[0].id).not.toBe(b.articles[0].id);
  });
});

describe('bad inputs are failures naming the input and the problem; the rest still comes through', () => {
  test.each([
    ['a missing file', () => '/nonexistent/story.txt', 'INPUT_NOT_FOUND', 'no such file or directory'],
    [
      'binary data',
      () => tempFile('photo.txt', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0x0d])),
      'INPUT_INVALID',
      'not text (binary data)',
    ],
    [
      'a file over the size limit',
      () => tempFile('big.txt', 'word '.repeat(100)),
      'INPUT_TOO_LARGE',
      /^too large: 500 bytes, the limit is 100/,
    ],
    [
      'a file that is only furniture',
      () => tempFile('furniture.txt', 'Share this\n\nSubscribe now'),
      'INPUT_INVALID',
      'no article text left after cleaning',
    ],
    [
      'an empty directory',
      () => fs.mkdtempSync(path.join(tempRoot, 'empty-')),
      'INPUT_NOT_FOUND',
      /^directory holds no/,
    ],
  ])('%s', async (_why, makeInput, code, message) => {
    const bad = makeInput();
    const { articles, failures } = await read([bad, fixture('no-headline.txt')], { maxInputBytes: 100 });
    expect(failures).toEqual([
      { input: bad, code, message: typeof message === 'string' ? message : expect.stringMatching(message) },
    ]);
    expect(articles.map((a) => a.source)).toEqual([fixture('no-headline.txt')]);
  });

  test('stdin over the size limit', async () => {
    const { failures } = await read(['-'], { maxInputBytes: 10, stdin: Readable.from(['x'.repeat(50)]) });
    expect(failures).toEqual([
      { input: 'stdin', code: 'INPUT_TOO_LARGE', message: expect.stringMatching(/^too large/) },
    ]);
  });

  test('text that is not UTF-8 is read as Windows-1252', async () => {
    const file = tempFile('latin.txt', Buffer.from('Caf\xe9 owners said so.', 'latin1'));
    expect((await read([file])).articles[0].text).toBe('Café owners said so.');
  });
});

(fs.existsSync(path.join(shared, 'examples')) ? describe : describe.skip)('the shared sample article', () => {
  test('reads whole: "U. / S" joined, the "Check Also" teaser (Bosnia, Moscow, EU) gone', async () => {
    const { articles, failures } = await read([path.join(shared, 'examples')]);
    expect(failures).toEqual([]);
    const a = articles.find((x) => x.source.endsWith('us-strikes-kataib-hezbollah.txt'));
    expect(a?.title).toBe('Iraq: US launches new strikes on Iran-backed militant group');
    expect(a?.text).toContain(
      'attacks against U.S and Coalition personnel in Iraq and Syria by Iranian-sponsored militias',
    );
    expect(a?.text).not.toMatch(/Check Also|Bosnia|Moscow|\bEU\b/);
    expect(a?.text).toMatch(/through the Red Sea and Gulf of Aden\.$/);
  });
});
