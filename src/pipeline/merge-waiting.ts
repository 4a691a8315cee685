// readAhead for batches, where the batches that waited are taken together: when the writer
// (Neo4j) falls behind extraction, the next write takes every extracted batch already waiting,
// up to `most` items, in one transaction instead of one each. Each transaction and each query
// costs Neo4j CPU whatever its size, and batches written together share their entities and
// relationships, so the writer catches up by writing more per transaction, while a writer that
// keeps up still writes batch by batch. Still pulled: at most `depth` batches wait in memory.
export async function* mergeWaiting<T>(
  source: AsyncIterable<T[]>,
  depth: number,
  most: number,
): AsyncGenerator<T[]> {
  if (!Number.isInteger(depth) || depth < 1)
    throw new RangeError(`read-ahead depth must be a positive whole number, not ${depth}`);
  const iterator = source[Symbol.asyncIterator]();
  const pending: { result: Promise<IteratorResult<T[]>>; settled: boolean }[] = [];
  const fill = () => {
    while (pending.length < depth) {
      const entry = { result: iterator.next(), settled: false };
      // A producer failing while the consumer is busy (Neo4j gone, say) must not become an
      // unhandled rejection that kills the process: it is rethrown when the consumer pulls it.
      entry.result.then(
        () => (entry.settled = true),
        () => (entry.settled = true),
      );
      pending.push(entry);
    }
  };
  try {
    fill();
    for (;;) {
      const first = await pending.shift()!.result;
      if (first.done) return;
      const together = [...first.value];
      // Only batches already extracted join: waiting for one would idle the writer.
      while (pending.length > 0 && pending[0].settled) {
        const next = await pending[0].result.catch(() => undefined);
        if (!next || next.done || together.length + next.value.length > most) break;
        pending.shift();
        together.push(...next.value);
      }
      fill();
      yield together;
    }
  } finally {
    // The consumer stopped early or failed: let the producer clean up (close files, workers).
    await Promise.allSettled(pending.map((p) => p.result));
    await iterator.return?.();
  }
}
