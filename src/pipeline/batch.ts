// Groups an async iterable into arrays of `size` (the last one may be shorter). Pulled: it
// reads the next item only when the consumer asks for the next batch.
export async function* batch<T>(source: AsyncIterable<T> | Iterable<T>, size: number): AsyncGenerator<T[]> {
  if (!Number.isInteger(size) || size < 1)
    throw new RangeError(`batch size must be a positive whole number, not ${size}`);
  let current: T[] = [];
  for await (const item of source) {
    current.push(item);
    if (current.length >= size) {
      yield current;
      current = [];
    }
  }
  if (current.length > 0) yield current;
}
