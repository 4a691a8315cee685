// The extraction stage as its callers see it: input order kept, articles pulled only as
// extraction keeps up, a failing article reported and skipped. Under ts-jest the compiled
// worker is absent, so this runs the in-thread path; the CLI test runs the worker threads.
import type { Article, Extraction } from '../model';
import { extractInWorkers, createExtractPool } from './extract-pool';

jest.mock('../extract', () => ({
  extractArticle: (article: Article): Extraction => {
    if (article.text.includes('BOOM')) throw new Error('rule blew up');
    return { article, entities: [], relations: [] };
  },
}));

const article = (id: string, text = `Text of ${id}.`): Article => ({
  id,
  title: id,
  text,
  source: `test#${id}`,
});

async function collect<T>(items: AsyncIterable<T>): Promise<T[]> {
  const out: T[] = [];
  for await (const item of items) out.push(item);
  return out;
}

test('yields one extraction per article, in input order', async () => {
  const ids = Array.from({ length: 20 }, (_, i) => `a${i}`);
  const out = await collect(
    extractInWorkers(
      ids.map((id) => article(id)),
      { workers: 4 },
    ),
  );
  expect(out.map((x) => x.article.id)).toEqual(ids);
});

test('pulls articles only as extraction keeps up', async () => {
  let pulled = 0;
  async function* source() {
    for (let i = 0; i < 100; i++) {
      pulled++;
      yield article(`a${i}`);
    }
  }
  const stage = extractInWorkers(source(), { workers: 1 });
  await stage.next();
  await stage.next();
  expect(pulled).toBeLessThanOrEqual(3);
  await stage.return(undefined);
});

test('an article whose extraction throws is reported and skipped; the rest goes on', async () => {
  const failures: unknown[] = [];
  const input = [article('a'), article('b', 'BOOM'), article('c')];
  const out = await collect(extractInWorkers(input, { onFailure: (f) => failures.push(f) }));
  expect(out.map((x) => x.article.id)).toEqual(['a', 'c']);
  expect(failures).toEqual([
    { input: 'test#b', code: 'INPUT_INVALID', message: 'extraction failed: rule blew up' },
  ]);
});

test('without onFailure the error propagates', async () => {
  await expect(collect(extractInWorkers([article('b', 'BOOM')]))).rejects.toThrow('rule blew up');
});

test('createExtractPool runs in this thread when the compiled worker is absent', async () => {
  const pool = createExtractPool({ workers: 4 });
  expect(pool.threads).toBe(0);
  expect((await pool.extract(article('x'))).article.id).toBe('x');
  await pool.close();
});

test('a pool given is used and left open', async () => {
  const pool = createExtractPool({ workers: 1 });
  const close = jest.spyOn(pool, 'close');
  const out = await collect(extractInWorkers([article('a'), article('b'), article('c')], { pool }));
  expect(out.map((x) => x.article.id)).toEqual(['a', 'b', 'c']);
  expect(close).not.toHaveBeenCalled();
});
