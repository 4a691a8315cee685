// sources → extract → graph, as a pulled chain of async stages (STYLE.md §4):
//   read articles → drop the ones the graph already holds (a query per batch) → extract over
//   the worker threads, streaming → bound names → batch → write each batch in one
//   transaction, while the next batches are extracted.
// Neo4j sets the pace: nothing is read faster than it is written, and memory stays flat.
import type { Article, Extraction } from '../model';
import { ErrorCode, NewsgraphError } from '../errors';
import { readArticles, type InputFailure } from '../sources';
import {
  findUnchangedArticles,
  migrate,
  toNewsgraphError,
  writeExtractions,
  type Driver,
  type ErrorContext,
} from '../graph';
import { batch } from './batch';
import { mergeWaiting } from './merge-waiting';
import { createExtractPool, extractInWorkers, type ExtractPool } from './extract-pool';
import { boundExtraction } from './bound-extraction';
import { writeOrSplit } from './write-or-split';

export type { InputFailure };

interface IngestCommon {
  driver: Driver;
  /** Defaults to the server's default database. */
  database?: string;
  /**
   * Articles per write transaction (default 50); a writer behind extraction takes the batches
   * waiting together, up to WRITE_AHEAD of them.
   */
  batchSize?: number;
  /** Extraction worker threads; 0 extracts in this thread (default: one per core). */
  workers?: number;
  /** Inputs larger than this are reported and skipped. */
  maxInputBytes?: number;
  /** Rewrite articles even when the graph already holds the same content. */
  force?: boolean;
  /** Called after every batch, with the totals so far. */
  onProgress?: (progress: IngestProgress) => void;
  /** Called for every input (or article) that could not be read or extracted; the rest goes on. */
  onFailure?: (failure: InputFailure) => void;
  /** Apply cypher/schema.cypher first (default true). */
  migrate?: boolean;
  /** Where the driver points and whether it is the local Neo4j: only for error messages. */
  errorContext?: ErrorContext;
}

/** Either inputs to read (paths, directories, feeds, `-`) or articles already read. */
export type IngestOptions =
  | (IngestCommon & { inputs: string[]; articles?: undefined })
  | (IngestCommon & { articles: AsyncIterable<Article> | Iterable<Article>; inputs?: undefined });

export interface IngestProgress {
  /** Articles read and done with so far (written, unchanged, or failed in extraction). */
  read: number;
  written: number;
  unchanged: number;
  facts: number;
  failed: number;
}

export interface IngestSummary {
  /** Articles read from the inputs. */
  articles: number;
  /** Articles written (new or changed). */
  written: number;
  /** Articles skipped because the graph already held the same content. */
  unchanged: number;
  /** Distinct entities in the written articles. */
  entities: number;
  /** Facts (evidence sentences) written. */
  facts: number;
  /** Relations the graph could not hold (unknown predicate, or an entity missing). */
  droppedRelations: number;
  failures: InputFailure[];
  seconds: number;
  articlesPerSecond: number;
  factsPerSecond: number;
}

export async function ingest(options: IngestOptions): Promise<IngestSummary> {
  try {
    return await run(options);
  } catch (error) {
    throw ingestError(error, options);
  }
}

/**
 * Neo4j failing mid-ingest (stopped, unreachable, refusing a write) becomes connect's
 * NewsgraphError, with the way out: every finished batch is committed, so running the same
 * ingest again completes the graph. Other errors are bugs and stay as they are.
 */
function ingestError(
  error: unknown,
  { errorContext = { uri: 'its configured address', local: false } }: IngestCommon,
): unknown {
  if (!(error instanceof Error) || error.name !== 'Neo4jError') return error;
  const mapped = toNewsgraphError(error, errorContext);
  return new NewsgraphError(mapped.code, `${mapped.message} (during ingest)`, {
    hint: `${mapped.hint ?? 'fix Neo4j'}; then run the same ingest again: finished articles are skipped, the rest is written`,
    cause: error,
  });
}

async function run(options: IngestOptions): Promise<IngestSummary> {
  const { driver, database, batchSize = 50, force = false } = options;
  const started = process.hrtime.bigint();
  const failures: InputFailure[] = [];
  const fail = (failure: InputFailure) => {
    failures.push(failure);
    options.onFailure?.(failure);
  };
  if (options.migrate !== false) await migrate(driver, { database });

  const articles =
    options.inputs !== undefined
      ? readArticles(options.inputs, { maxInputBytes: options.maxInputBytes, onFailure: fail })
      : options.articles;
  const totals = { read: 0, done: 0, written: 0, unchanged: 0, facts: 0, dropped: 0 };
  const entityIds = new Set<string>();

  // Articles the graph already holds with the same content are dropped before extraction,
  // a batch's worth at a time (one query per batch).
  async function* changed(): AsyncGenerator<Article> {
    for await (const group of batch(articles, batchSize)) {
      totals.read += group.length;
      const known = force
        ? new Set<string>()
        : await findUnchangedArticles({ driver, database, articles: group });
      totals.unchanged += known.size;
      totals.done += known.size;
      yield* group.filter((article) => !known.has(article.id));
    }
  }

  // Extraction streams over the worker threads without waiting for a batch to finish; its
  // output is bounded and batched, and up to WRITE_AHEAD batches wait while one is written,
  // so the threads keep extracting during every write; the batches that waited are then
  // written together, in one transaction.
  async function* extracted(pool: ExtractPool): AsyncGenerator<Extraction> {
    const onFailure = (failure: InputFailure) => {
      totals.done++;
      fail(failure);
    };
    for await (const extraction of extractInWorkers(changed(), { pool, onFailure })) {
      const bounded = boundExtraction(extraction);
      for (const note of bounded.notes)
        fail({ input: extraction.article.source, code: ErrorCode.INPUT_INVALID, message: note });
      yield bounded.extraction;
    }
  }

  const write = (extractions: readonly Extraction[]) =>
    writeExtractions({ driver, database, extractions, force });
  const refused = (extraction: Extraction, error: Error) =>
    fail({
      input: extraction.article.source,
      code: ErrorCode.INPUT_INVALID,
      message: `Neo4j refused the article (the rest is written): ${firstSentence(error.message)}`,
    });
  const pool = createExtractPool({ workers: options.workers });
  try {
    for await (const next of mergeWaiting(
      batch(extracted(pool), batchSize),
      WRITE_AHEAD,
      WRITE_AHEAD * batchSize,
    )) {
      const result = await writeOrSplit(next, write, refused);
      totals.done += next.length;
      totals.written += result.written.length;
      totals.unchanged += result.unchanged.length;
      totals.facts += result.facts;
      totals.dropped += result.dropped.length;
      for (const id of result.entityIds) entityIds.add(id);
      options.onProgress?.({
        read: totals.done,
        written: totals.written,
        unchanged: totals.unchanged,
        facts: totals.facts,
        failed: failures.length,
      });
    }
  } finally {
    await pool.close();
  }

  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  return {
    articles: totals.read,
    written: totals.written,
    unchanged: totals.unchanged,
    entities: entityIds.size,
    facts: totals.facts,
    droppedRelations: totals.dropped,
    failures,
    seconds,
    articlesPerSecond: seconds > 0 ? totals.read / seconds : 0,
    factsPerSecond: seconds > 0 ? totals.facts / seconds : 0,
  };
}

/**
 * Extracted batches waiting while one is written: enough to keep the threads busy, and as
 * many as the next write takes together when Neo4j is the slower side.
 */
const WRITE_AHEAD = 3;

/** Neo4j's messages run on with index internals after their first sentence. */
function firstSentence(message: string): string {
  return message.split('\n')[0].split(/\.\s/)[0].replace(/\.$/, '');
}
