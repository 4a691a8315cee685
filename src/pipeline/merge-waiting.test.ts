import { mergeWaiting } from './merge-waiting';

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function* batches(count: number, size: number, extractMs: number): AsyncGenerator<number[]> {
  for (let b = 0; b < count; b++) {
    if (extractMs > 0) await pause(extractMs);
    yield Array.from({ length: size }, (_, i) => b * size + i);
  }
}

describe('mergeWaiting', () => {
  it('writes the batches that waited together, in order, never more than the most', async () => {
    const writes: number[][] = [];
    for await (const together of mergeWaiting(batches(7, 2, 0), 3, 4)) {
      writes.push(together);
      await pause(20); // a writer slower than extraction
    }
    expect(writes.flat()).toEqual(Array.from({ length: 14 }, (_, i) => i));
    expect(Math.max(...writes.map((w) => w.length))).toBe(4);
    expect(writes.length).toBeLessThan(7);
  });

  it('writes batch by batch when the writer keeps up', async () => {
    const writes: number[][] = [];
    for await (const together of mergeWaiting(batches(4, 2, 20), 3, 6)) writes.push(together);
    expect(writes).toEqual([
      [0, 1],
      [2, 3],
      [4, 5],
      [6, 7],
    ]);
  });

  it('hands on a failure of the producer after the batches before it', async () => {
    async function* failing(): AsyncGenerator<number[]> {
      yield [1];
      throw new Error('extraction failed');
    }
    const seen: number[][] = [];
    await expect(
      (async () => {
        for await (const together of mergeWaiting(failing(), 2, 10)) {
          seen.push(together);
          await pause(10);
        }
      })(),
    ).rejects.toThrow('extraction failed');
    expect(seen).toEqual([[1]]);
  });
});
