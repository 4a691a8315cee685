// Lets the stage upstream run `depth` items ahead of the consumer, so extraction of the next
// batch overlaps the write of this one. Still pulled: at most `depth` items wait in memory,
// and when the consumer (Neo4j) is slow, the producer waits too.
import { mergeWaiting } from './merge-waiting';

export async function* readAhead<T>(source: AsyncIterable<T>, depth = 1): AsyncGenerator<T> {
  async function* single(): AsyncGenerator<T[]> {
    for await (const item of source) yield [item];
  }
  // Taking at most one item at a time, mergeWaiting never merges: it only reads ahead.
  for await (const [item] of mergeWaiting(single(), depth, 1)) yield item;
}
