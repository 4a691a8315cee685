#!/usr/bin/env node
// Ingest throughput next to extract-only, on the same corpus (run by `npm run bench`, which
// builds first). The corpus is samples/, ../shared/examples and the dev texts of
// ../shared/eval, repeated with varied ids up to BENCH_ARTICLES (default 300).
// It needs a Neo4j (NEO4J_URI, or the local one: `newsgraph db start`) whose database is
// empty or holds only an earlier bench: it wipes it, and refuses to touch anything else
// unless BENCH_WIPE=1. Prints figures; asserts nothing.
//   BENCH_ARTICLES=600 BENCH_WORKERS=2 BENCH_BATCH=50 npm run bench
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join, resolve, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createRequire } from 'node:module';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(import.meta.url);
const dist = (p) => require(join(root, 'dist', p));
const { loadConfig } = dist('config/index.js');
const { readArticles } = dist('sources/index.js');
const { splitSentences } = dist('extract/index.js');
const { extractInWorkers } = dist('pipeline/extract-pool.js');
const { ingest } = dist('pipeline/index.js');
const graph = dist('graph/index.js');

const target = Number(process.env.BENCH_ARTICLES ?? 300);
const workers = process.env.BENCH_WORKERS === undefined ? undefined : Number(process.env.BENCH_WORKERS);
const batchSize = Number(process.env.BENCH_BATCH ?? 50);

async function buildCorpus() {
  const inputs = [join(root, 'samples'), resolve(root, '../shared/examples')].filter(existsSync);
  const dev = resolve(root, '../shared/eval/dev');
  if (existsSync(dev)) {
    const jsonl = execFileSync('node', [resolve(root, '../shared/eval/to-jsonl.mjs'), dev], {
      encoding: 'utf8',
    });
    const file = join(mkdtempSync(join(tmpdir(), 'ng-bench-')), 'dev.jsonl');
    writeFileSync(file, jsonl);
    inputs.push(file);
  }
  const base = [];
  for await (const a of readArticles(inputs, {
    onFailure: (f) => console.error(`skipped ${f.input}: ${f.message}`),
  }))
    base.push(a);
  if (base.length === 0) throw new Error('no articles found for the bench corpus');
  return Array.from({ length: target }, (_, i) => {
    const a = base[i % base.length];
    return { ...a, id: `bench:${Math.floor(i / base.length)}:${a.id}` };
  });
}

/**
 * CPU seconds so far of this process (worker threads included) and of the local Neo4j, when
 * its pid is known: on a shared machine the wall clock measures the neighbours too, CPU
 * seconds only the work.
 */
function cpuNow() {
  const own = process.cpuUsage();
  let neo4j;
  try {
    const { pid } = JSON.parse(readFileSync(join(config.local.home, 'neo4j.pid'), 'utf8'));
    const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
    neo4j = (Number(fields[11]) + Number(fields[12])) / 100; // utime + stime, in clock ticks
  } catch {
    neo4j = undefined; // not the local Neo4j, or not Linux
  }
  return { own: (own.user + own.system) / 1e6, neo4j };
}

async function timed(phase) {
  const cpu = cpuNow();
  const result = await phase();
  const after = cpuNow();
  result.cpu = after.own - cpu.own;
  result.neo4jCpu = cpu.neo4j === undefined ? undefined : after.neo4j - cpu.neo4j;
  return result;
}

async function extractOnly(corpus) {
  const started = process.hrtime.bigint();
  const extractions = [];
  for await (const x of extractInWorkers(corpus, { workers })) extractions.push(x);
  const facts = extractions.reduce((n, x) => n + x.relations.length, 0);
  return { seconds: Number(process.hrtime.bigint() - started) / 1e9, facts, extractions };
}

/** The graph side alone: the same extractions, written batch by batch. */
async function writeOnly(driver, database, extractions) {
  const started = process.hrtime.bigint();
  let facts = 0;
  for (let i = 0; i < extractions.length; i += batchSize) {
    facts += (
      await graph.writeExtractions({ driver, database, extractions: extractions.slice(i, i + batchSize) })
    ).facts;
  }
  return { seconds: Number(process.hrtime.bigint() - started) / 1e9, facts };
}

async function emptyDatabase(driver, database) {
  const { records } = await driver.executeQuery(
    `MATCH (a:Article) RETURN count(a) AS all, count(CASE WHEN a.id STARTS WITH 'bench:' THEN 1 END) AS bench`,
    {},
    { database },
  );
  const all = Number(records[0].get('all'));
  const bench = Number(records[0].get('bench'));
  if (all > bench && process.env.BENCH_WIPE !== '1') {
    throw new Error(
      `the database holds ${all - bench} articles that are not the bench's; use a scratch Neo4j or set BENCH_WIPE=1`,
    );
  }
  // CALL … IN TRANSACTIONS needs an auto-commit transaction: session.run, not executeQuery.
  const session = driver.session({ database });
  try {
    await session.run('MATCH (n) CALL { WITH n DETACH DELETE n } IN TRANSACTIONS OF 10000 ROWS');
  } finally {
    await session.close();
  }
}

const row = (name, articles, sentences, facts, seconds, run = {}) =>
  `${name.padEnd(28)} ${seconds.toFixed(2).padStart(8)} s ${(articles / seconds).toFixed(1).padStart(9)} articles/s ${(sentences / seconds).toFixed(0).padStart(8)} sentences/s ${(facts / seconds).toFixed(0).padStart(7)} facts/s` +
  (run.cpu === undefined ? '' : `  cpu ${run.cpu.toFixed(1)} s`) +
  (run.neo4jCpu === undefined ? '' : ` + Neo4j ${run.neo4jCpu.toFixed(1)} s`);

const config = loadConfig();
const corpus = await buildCorpus();
const sentences = corpus.reduce((n, a) => n + splitSentences(a.text).length, 0);
console.log(
  `corpus: ${corpus.length} articles, ${sentences} sentences; workers ${workers ?? 'one per core'}, batch ${batchSize}; load ${loadavg()
    .map((l) => l.toFixed(1))
    .join(' ')}`,
);

const extracted = await timed(() => extractOnly(corpus));
const driver = await graph.connect(config, { onProgress: (m) => console.error(m) });
const database = config.neo4j.database;
try {
  await emptyDatabase(driver, database);
  await graph.migrate(driver, { database });
  const written = await timed(() => writeOnly(driver, database, extracted.extractions));
  await emptyDatabase(driver, database);
  const cold = await timed(() =>
    ingest({ articles: corpus, driver, database, workers, batchSize, migrate: false }),
  );
  const again = await ingest({ articles: corpus, driver, database, workers, batchSize, migrate: false });
  const counts = await graph.countGraph(driver, { database });
  console.log(row('extract only', corpus.length, sentences, extracted.facts, extracted.seconds, extracted));
  console.log(
    row('write only (pre-extracted)', corpus.length, sentences, written.facts, written.seconds, written),
  );
  console.log(row('ingest (empty graph)', corpus.length, sentences, cold.facts, cold.seconds, cold));
  console.log(row('re-ingest (all unchanged)', corpus.length, sentences, 0, again.seconds));
  // Issue 11's target: ingest keeps up with extraction (writes overlapped), ratio >= 0.8.
  console.log(
    `ingest / extract-only rate: ${(extracted.seconds / cold.seconds).toFixed(2)} (${(sentences / cold.seconds).toFixed(0)} against ${(sentences / extracted.seconds).toFixed(0)} sentences/s)`,
  );
  if (cold.neo4jCpu !== undefined) {
    // With every core busy extracting, the writes' CPU cannot hide behind extraction: the
    // best ingest can do is (extract CPU + write CPU) spread over the cores. Neo4j also
    // spends CPU idle (about 0.01 s a second: its timers and housekeeping), which it spends
    // with or without an ingest and which a loaded machine's longer wall clock inflates: the
    // rate it idles at during extract-only (no query runs then) is taken off its ingest CPU.
    const idle = Math.max(0, (extracted.neo4jCpu ?? 0) / extracted.seconds) * cold.seconds;
    const writes = Math.max(0, cold.neo4jCpu - idle);
    const bound = extracted.cpu / (cold.cpu + writes);
    console.log(
      `ingest / extract-only CPU per article: ${bound.toFixed(2)} (ingest ${(cold.cpu + writes).toFixed(1)} s, of which Neo4j ${writes.toFixed(1)} s = ${cold.neo4jCpu.toFixed(1)} s less ${idle.toFixed(1)} s idle; extract ${extracted.cpu.toFixed(1)} s)`,
    );
  }
  console.log(
    `graph: ${JSON.stringify(counts.nodes)}; ${Object.values(counts.relationships).reduce((a, b) => a + b, 0)} relationships`,
  );
} finally {
  await driver.close();
}
