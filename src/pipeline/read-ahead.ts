// Lets the stage upstream run `depth` items ahead of the consumer, so extraction of the next
// batch overlaps the write of this one. Still pulled: at most `depth` items wait in memory,
// and when the consumer (Neo4j) is slow, the producer waits too.
export async function* readAhead<T>(source: AsyncIterable<T>, depth = 1): AsyncGenerator<T> {
  if (!Number.isInteger(depth) || depth < 1)
    throw new RangeError(`read-ahead depth must be a positive whole number, not ${depth}`);
  const iterator = source[Symbol.asyncIterator]();
  const pending: Promise<IteratorResult<T>>[] = [];
  const fill = () => {
    while (pending.length < depth) {
      const next = iterator.next();
      // A producer failing while the consumer is busy (Neo4j gone, say) must not become an
      // unhandled rejection that kills the process: it is rethrown when the consumer pulls it.
      next.catch(() => undefined);
      pending.push(next);
    }
  };
  try {
    fill();
    for (;;) {
      const next = await pending.shift()!;
      if (next.done) return;
      fill();
      yield next.value;
    }
  } finally {
    // The consumer stopped early or failed: let the producer clean up (close files, workers).
    await Promise.allSettled(pending);
    await iterator.return?.();
  }
}
