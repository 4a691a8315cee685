import { batch } from './batch';
import { readAhead } from './read-ahead';

async function collect<T>(source: AsyncIterable<T>): Promise<T[]> {
  const out: T[] = [];
  for await (const x of source) out.push(x);
  return out;
}

describe('batch', () => {
  it('groups items, the last group shorter', async () => {
    expect(await collect(batch([1, 2, 3, 4, 5], 2))).toEqual([[1, 2], [3, 4], [5]]);
  });
  it('refuses a size below one', async () => {
    await expect(collect(batch([1], 0))).rejects.toThrow(RangeError);
  });
});

describe('readAhead', () => {
  it('keeps order and reads at most depth + 1 items ahead', async () => {
    let produced = 0;
    async function* source() {
      for (let i = 0; i < 5; i++) {
        produced++;
        yield i;
      }
    }
    const seen: [number, number][] = [];
    for await (const x of readAhead(source(), 1)) {
      await new Promise((r) => setTimeout(r, 5));
      seen.push([x, produced]);
    }
    expect(seen.map(([x]) => x)).toEqual([0, 1, 2, 3, 4]);
    for (const [x, p] of seen) expect(p - x).toBeLessThanOrEqual(3);
  });

  it('keeps a producer failure for the consumer, without an unhandled rejection', async () => {
    const unhandled: unknown[] = [];
    const onUnhandled = (reason: unknown) => unhandled.push(reason);
    process.on('unhandledRejection', onUnhandled);
    try {
      async function* source() {
        yield 1;
        throw new Error('Neo4j gone');
      }
      const seen: number[] = [];
      const consume = async () => {
        for await (const x of readAhead(source(), 1)) {
          await new Promise((r) => setTimeout(r, 20)); // the failure happens meanwhile
          seen.push(x);
        }
      };
      await expect(consume()).rejects.toThrow('Neo4j gone');
      expect(seen).toEqual([1]);
      await new Promise((r) => setImmediate(r));
      expect(unhandled).toEqual([]);
    } finally {
      process.off('unhandledRejection', onUnhandled);
    }
  });
});
