// `newsgraph ingest <inputs…>`: reads, extracts and writes articles into Neo4j, with a progress
// line on a terminal and a summary at the end. Bad inputs are reported as they come and
// returned, so the entry point can exit with PARTIAL; everything else is still ingested.
import { MultiBar, type SingleBar } from 'cli-progress';
import type { Config } from '../../config';
import { connect, countGraph, errorContext, type Driver } from '../../graph';
import { ingest, type IngestProgress, type IngestSummary } from '../../pipeline';
import type { InputFailure } from '../../sources';

export interface IngestCommandOptions {
  inputs: string[];
  config: Config;
  batchSize: number;
  workers?: number;
  /** Show the progress line (the entry point passes true only on a terminal). */
  progress: boolean;
  /** Rewrite articles even when the graph already holds the same content. */
  force?: boolean;
  out: NodeJS.WritableStream;
  err: NodeJS.WritableStream;
  /** A driver to use instead of connecting from config (tests); left open. */
  driver?: Driver;
}

export interface IngestCommandResult extends IngestSummary {
  /** Totals of the whole graph after the ingest. */
  graph: { entities: number; articles: number; facts: number };
}

export async function ingestCommand(o: IngestCommandOptions): Promise<IngestCommandResult> {
  const driver = o.driver ?? (await connect(o.config, { onProgress: (m) => o.err.write(`${m}\n`) }));
  const bars = o.progress
    ? new MultiBar({ stream: o.err, format: PROGRESS_FORMAT, hideCursor: true, clearOnComplete: true })
    : undefined;
  const bar: SingleBar | undefined = bars?.create(
    0,
    0,
    payloadOf({ read: 0, written: 0, unchanged: 0, facts: 0, failed: 0 }, 0),
  );
  const started = Date.now();
  const say = (line: string) => (bars ? bars.log(`${line}\n`) : o.err.write(`${line}\n`));
  try {
    const summary = await ingest({
      inputs: o.inputs,
      driver,
      database: o.config.neo4j.database,
      batchSize: o.batchSize,
      workers: o.workers,
      force: o.force,
      maxInputBytes: o.config.ingest.maxInputBytes,
      errorContext: errorContext(o.config),
      onFailure: (f: InputFailure) => say(`newsgraph: skipped ${f.input}: ${f.message}`),
      onProgress: (p: IngestProgress) => bar?.update(p.read, payloadOf(p, (Date.now() - started) / 1000)),
    });
    bars?.stop();
    const counts = await countGraph(driver, { database: o.config.neo4j.database });
    const graph = {
      entities: counts.nodes.Entity ?? 0,
      articles: counts.nodes.Article ?? 0,
      facts: counts.nodes.Fact ?? 0,
    };
    o.out.write(renderSummary(summary, graph));
    return { ...summary, graph };
  } finally {
    bars?.stop();
    if (!o.driver) await driver.close();
  }
}

const PROGRESS_FORMAT =
  'ingesting {value} articles ({written} written, {unchanged} unchanged, {failed} failed), {facts} facts · {rate} articles/s';

function payloadOf(p: Omit<IngestProgress, 'read'> & { read?: number }, seconds: number) {
  const rate = seconds > 0 && p.read ? (p.read / seconds).toFixed(1) : '-';
  return { written: p.written, unchanged: p.unchanged, failed: p.failed, facts: p.facts, rate };
}

export function renderSummary(s: IngestSummary, graph: IngestCommandResult['graph']): string {
  const lines = [
    `Ingested ${count(s.articles, 'article')} in ${s.seconds.toFixed(1)} s: ${s.written} written, ${s.unchanged} skipped unchanged, ${count(s.failures.length, 'input')} failed`,
    `  this run: ${count(s.entities, 'entity', 'entities')}, ${count(s.facts, 'fact')}` +
      (s.droppedRelations
        ? ` (${count(s.droppedRelations, 'relation')} dropped: unknown predicate or entity)`
        : ''),
    `  rate:     ${s.articlesPerSecond.toFixed(1)} articles/s, ${s.factsPerSecond.toFixed(1)} facts/s`,
    `  graph:    ${graph.entities} entities, ${graph.articles} articles, ${graph.facts} facts`,
  ];
  return `${lines.join('\n')}\n`;
}

function count(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`;
}
