// Extraction over all cores: worker threads (piscina), each loading compromise once.
// extractInWorkers is a pulled stage (STYLE.md §4): it reads the next article only while
// fewer than `inFlight` are being extracted, and yields extractions in input order.
// With one worker, for a single article, or where the compiled worker is missing (ts-jest
// runs the .ts sources), extraction runs in this thread instead: same results, no threads.
// Only then does this thread load the extractor (compromise and the lexicons).
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Piscina } from 'piscina';
import type { Article, Extraction } from '../model';
import { ErrorCode } from '../errors';
import type { InputFailure } from '../sources';
import type { ExtractOptions } from '../extract';
import type { WorkerResult, WorkerTask } from './extract-worker';
import { extractInSegments } from './extract-in-segments';

const WORKER_FILE = path.join(__dirname, 'extract-worker.js');

export interface ExtractPoolOptions {
  /** Worker threads; 0 or 1 extracts in this thread. Default: one per core. */
  workers?: number;
  /** Which engine reads the acts (extractArticle's option). */
  relations?: ExtractOptions['relations'];
}

export interface ExtractPool {
  /** Threads in use; 0 when extraction runs in this thread. */
  readonly threads: number;
  extract(article: Article): Promise<Extraction>;
  /** Stops the threads; the pool cannot be used afterwards. */
  close(): Promise<void>;
}

export function defaultWorkers(): number {
  return os.availableParallelism();
}

/** A pool to call directly, e.g. once per batch: `await Promise.all(batch.map(pool.extract))`. */
export function createExtractPool({
  workers = defaultWorkers(),
  relations,
}: ExtractPoolOptions = {}): ExtractPool {
  const options: ExtractOptions = relations ? { relations } : {};
  if (workers <= 1 || !fs.existsSync(WORKER_FILE)) {
    return {
      threads: 0,
      extract: (article) => extractInSegments(article, (segment) => extractInThisThread(segment, options)),
      close: async () => undefined,
    };
  }
  const piscina = new Piscina<WorkerTask, WorkerResult>({
    filename: WORKER_FILE,
    minThreads: workers,
    maxThreads: workers,
  });
  return {
    threads: workers,
    extract: (article) => extractInSegments(article, (segment) => piscina.run({ article: segment, options })),
    close: () => piscina.destroy(),
  };
}

export interface ExtractInWorkersOptions extends ExtractPoolOptions {
  /** An article whose extraction throws is reported here and skipped; without it the error propagates. */
  onFailure?: (failure: InputFailure) => void;
  /** Articles being extracted at once (default: two per thread, so no thread waits for work). */
  inFlight?: number;
  /** A pool to use (and leave open) instead of starting one: e.g. one pool for many batches. */
  pool?: ExtractPool;
}

type Outcome = { ok: true; extraction: Extraction } | { ok: false; article: Article; error: unknown };

/** Articles → extractions, in input order, over worker threads. Stops the threads it started. */
export async function* extractInWorkers(
  articles: AsyncIterable<Article> | Iterable<Article>,
  options: ExtractInWorkersOptions = {},
): AsyncGenerator<Extraction> {
  const source = toAsyncIterator(articles);
  const pending: Promise<Outcome>[] = [];
  let pool: ExtractPool | undefined; // the pool to close: only one started here
  let exhausted = false;
  const pull = async (): Promise<Article | undefined> => {
    const next = await source.next();
    exhausted = next.done === true;
    return next.done ? undefined : next.value;
  };
  try {
    // Two articles are read before any thread starts: one article alone is not worth a
    // thread per core, each loading compromise.
    const head: Article[] = [];
    while (head.length < 2 && !exhausted) {
      const article = await pull();
      if (article) head.push(article);
    }
    const threadPool =
      options.pool ?? createExtractPool(head.length < 2 ? { ...options, workers: 0 } : options);
    if (!options.pool) pool = threadPool;
    const limit = Math.max(1, options.inFlight ?? threadPool.threads * 2);
    const settle = (article: Article): Promise<Outcome> =>
      threadPool.extract(article).then(
        (extraction) => ({ ok: true, extraction }),
        (error: unknown) => ({ ok: false, article, error }),
      );
    pending.push(...head.map(settle));
    for (;;) {
      while (!exhausted && pending.length < limit) {
        const article = await pull();
        if (article) pending.push(settle(article));
      }
      const outcome = await pending.shift();
      if (!outcome) return;
      if (outcome.ok) yield outcome.extraction;
      else if (options.onFailure) options.onFailure(extractionFailure(outcome.article, outcome.error));
      else throw outcome.error;
    }
  } finally {
    if (!exhausted) await source.return?.();
    await Promise.allSettled(pending);
    await pool?.close();
  }
}

async function extractInThisThread(article: Article, options: ExtractOptions): Promise<Extraction> {
  const { extractArticle } = await import('../extract');
  return extractArticle(article, options);
}

function extractionFailure(article: Article, error: unknown): InputFailure {
  const message = error instanceof Error ? error.message : String(error);
  return { input: article.source, code: ErrorCode.INPUT_INVALID, message: `extraction failed: ${message}` };
}

function toAsyncIterator<T>(items: AsyncIterable<T> | Iterable<T>): AsyncIterator<T> {
  if (Symbol.asyncIterator in items) return items[Symbol.asyncIterator]();
  const iterator = items[Symbol.iterator]();
  return {
    next: async () => iterator.next(),
    return: async (value?: unknown) => iterator.return?.(value) ?? { done: true, value },
  };
}
