// Lets the stage upstream run `depth` items ahead of the consumer, so extraction of the next
// batch overlaps the write of this one. Still pulled: at most `depth` items wait in memory,
// and when the consumer (Neo4j) is slow, the producer waits too.
export async function* readAhead<T>(source: AsyncIterable<T>, depth = 1): AsyncGenerator<T> {
  const iterator = source[Symbol.asyncIterator]();
  const pending: Promise<IteratorResult<T>>[] = [];
  const fill = () => {
    while (pending.length < depth + 1) pending.push(iterator.next());
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
