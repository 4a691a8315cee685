#!/usr/bin/env node
// Write cost against graph size (run by `npm run bench:scale`, which builds first). Writes
// pre-extracted synthetic batches — no extraction — with a news-like skew: entity popularity
// is Zipf-distributed over --entities entities, and a few hubs ("United States") are named in
// most articles. It prints the write time per batch around 10%, 50% and 100% of --facts,
// and at each of those sizes Neo4j's store size and the latency of every analysis and of a
// GraphQL entity query. Prints figures; asserts nothing. Never run by CI (it takes ~30 min).
//
//   npm run bench:scale -- --facts 1000000          the full run (docs/benchmarks.md, "Scale")
//   npm run bench:scale -- --facts 100000 --dist /path/to/old/dist   another build's write path
//   npm run bench:scale -- --facts 100000 --before-analyses .work/analyses-before
//       also times another set of analyses (e.g. `git show <rev>:cypher/analyses/…`) at each
//       size, one after the other on the same graph, so before and after are one run's figures
//   node scripts/bench-scale.mjs --reuse --before-analyses …   no wipe, no writes: only the reads,
//       on the graph an earlier run left (one row, at its size)
//
// Neo4j: NEO4J_URI, or the local one (NEWSGRAPH_HOME, NEWSGRAPH_BOLT_PORT, NEWSGRAPH_HEAP),
// started here with --pagecache if it is not running. Its database must be empty or hold only
// an earlier run of this bench: it is wiped first.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(import.meta.url);
const { values: flags } = parseArgs({
  options: {
    facts: { type: 'string', default: '1000000' },
    entities: { type: 'string', default: '20000' },
    batch: { type: 'string', default: '100' }, // articles per write transaction
    'facts-per-article': { type: 'string', default: '25' },
    dist: { type: 'string', default: join(root, 'dist') }, // whose graph/ writes (before/after)
    pagecache: { type: 'string', default: '512m' },
    'query-timeout': { type: 'string', default: '20' }, // seconds per analysis
    'no-queries': { type: 'boolean', default: false },
    'before-analyses': { type: 'string' }, // a directory of .cypher analyses to time as well
    reuse: { type: 'boolean', default: false },
  },
});
const totalFacts = Number(flags.facts);
const entityCount = Number(flags.entities);
const batchArticles = Number(flags.batch);
const factsPerArticle = Number(flags['facts-per-article']);
const queryTimeoutMs = Number(flags['query-timeout']) * 1000;
const withQueries = !flags['no-queries'];
const dist = (p) => require(join(root, 'dist', p));
const graph = require(join(resolve(flags.dist), 'graph/index.js'));
const { loadConfig } = dist('config/index.js');
const local = dist('graph/local/index.js');
const { loadAnalyses, convertParams } = dist('graph/analyses/index.js');
const { startServer } = dist('api/index.js');
const PREDICATES = dist('model/index.js').PREDICATES;
const TYPES = ['Person', 'Organization', 'Country', 'Location'];

// ---- the synthetic archive (deterministic) ----
let seed = 20261202;
function random() {
  // mulberry32
  seed = (seed + 0x6d2b79f5) | 0;
  let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
  t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
}

const entities = Array.from({ length: entityCount }, (_, rank) => {
  const type = TYPES[rank % TYPES.length];
  const name = `${type} ${rank + 1}`;
  return { id: `${type.toLowerCase()}:scale-${rank + 1}`, name, type, aliases: [name, `${type[0]}${rank + 1}`] };
});
/** Zipf(s = 1) over ranks: cumulative weights, sampled by binary search. */
const cumulative = [];
for (let k = 1, sum = 0; k <= entityCount; k++) cumulative.push((sum += 1 / k));
function zipfEntity() {
  const x = random() * cumulative[cumulative.length - 1];
  let lo = 0;
  let hi = cumulative.length - 1;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (cumulative[mid] < x) lo = mid + 1;
    else hi = mid;
  }
  return entities[lo];
}
/** The hubs and how often an article names each. */
const HUBS = [
  [0, 0.7],
  [1, 0.5],
  [2, 0.4],
];
const PREDICATE_WEIGHTS = PREDICATES.map((_, i) => 1 / (i + 1));

function pick(list, weights) {
  let x = random() * weights.reduce((a, b) => a + b, 0);
  for (let i = 0; i < list.length; i++) if ((x -= weights[i]) < 0) return list[i];
  return list[list.length - 1];
}

function article(i, totalArticles) {
  const named = new Map();
  for (const [rank, p] of HUBS) if (random() < p) named.set(entities[rank].id, entities[rank]);
  while (named.size < 8) {
    const e = zipfEntity();
    named.set(e.id, e);
  }
  const cast = [...named.values()];
  const relations = [];
  const n = Math.max(1, Math.round(factsPerArticle * (0.5 + random())));
  for (let k = 0; k < n; k++) {
    const s = cast[Math.floor(random() * cast.length)];
    let o = cast[Math.floor(random() * cast.length)];
    if (o === s) o = cast[(cast.indexOf(s) + 1) % cast.length];
    const predicate = pick(PREDICATES, PREDICATE_WEIGHTS);
    const sentence = `${s.name} ${predicate.toLowerCase()} ${o.name}, sources said in report ${i} (${k}).`;
    relations.push({
      subjectId: s.id,
      predicate,
      objectId: o.id,
      sentence,
      start: k * 100,
      end: k * 100 + sentence.length,
      confidence: 0.5 + Math.floor(random() * 10) / 20,
      reason: 'bench:synthetic',
    });
  }
  // An archive ingested in order: four years of days, a few articles a day.
  const day = new Date(Date.UTC(2020, 0, 1) + Math.floor((i / totalArticles) * 4 * 365) * 86400000);
  return {
    article: {
      id: `scale:${i}`,
      title: `Report ${i}`,
      text: `Report ${i}: ${relations.map((r) => r.sentence).join(' ')}`,
      source: 'bench:scale',
      published: day.toISOString().slice(0, 10),
    },
    entities: cast.map((e) => ({
      ...e,
      mentionCount: 1 + Math.floor(random() * 4),
      category: e.type === 'Organization' ? ['armed_group', 'government', 'military'][Math.floor(random() * 3)] : undefined,
    })),
    relations,
  };
}

// ---- Neo4j ----
async function openGraph(config) {
  if (config.neo4j.uri === undefined) {
    await local.startLocalNeo4j(local.localNeo4jOptions(config, { pageCache: flags.pagecache }));
  }
  return dist('graph/index.js').connect(config);
}

async function memorySettings(driver, database) {
  const out = {};
  try {
    const { records } = await driver.executeQuery(
      `SHOW SETTINGS YIELD name, value WHERE name IN ['server.memory.pagecache.size', 'server.memory.heap.max_size'] RETURN name, value`,
      {},
      { database },
    );
    for (const r of records) out[r.get('name')] = r.get('value');
  } catch {
    // not allowed on this server: the figures say "unknown"
  }
  try {
    const { records } = await driver.executeQuery(
      `CALL dbms.queryJmx('java.lang:type=Memory') YIELD attributes RETURN attributes.HeapMemoryUsage.value.properties.max AS max`,
      {},
      { database },
    );
    out['jvm heap max'] = `${Math.round(Number(records[0].get('max')) / 2 ** 20)} MiB`;
  } catch {
    // idem
  }
  return out;
}

async function storeSize(config) {
  if (config.neo4j.uri !== undefined) return 'n/a (remote)';
  const dir = join(resolve(config.local.home), 'neo4j', 'data');
  if (!existsSync(dir)) return 'n/a';
  return execFileSync('du', ['-sh', dir], { encoding: 'utf8' }).split('\t')[0];
}

async function wipe(driver, database) {
  const { records } = await driver.executeQuery(
    `MATCH (a:Article) RETURN count(a) AS all, count(CASE WHEN a.id STARTS WITH 'scale:' THEN 1 END) AS bench`,
    {},
    { database },
  );
  if (Number(records[0].get('all')) !== Number(records[0].get('bench')) && process.env.BENCH_WIPE !== '1') {
    throw new Error('the database holds articles other than this bench\'s; point NEO4J_URI elsewhere or set BENCH_WIPE=1');
  }
  const session = driver.session({ database });
  try {
    // Relationships first: DETACH DELETE of a hub would delete its ~10^5 relationships in one
    // inner transaction, more than a 1 GiB heap holds.
    await session.run('MATCH ()-[r]->() CALL { WITH r DELETE r } IN TRANSACTIONS OF 10000 ROWS');
    await session.run('MATCH (n) CALL { WITH n DELETE n } IN TRANSACTIONS OF 10000 ROWS');
  } finally {
    await session.close();
  }
}

// ---- reads at each size ----
function analysisParams(analysis, probe) {
  const given = {
    entity: probe.name,
    from: probe.name,
    to: entities[0].name,
    subjectId: entities[0].id,
    objectId: entities[1].id,
    predicate: 'ATTACKED',
    since: '2023-01-01',
  };
  return Object.fromEntries(analysis.params.filter((p) => p.name in given).map((p) => [p.name, given[p.name]]));
}

async function timeAnalyses(driver, database, probe, dir) {
  const out = [];
  for (const analysis of loadAnalyses(dir)) {
    const params = convertParams(analysis, analysisParams(analysis, probe));
    // Twice: the first run includes planning the query, the second reuses Neo4j's cached plan.
    const times = [];
    for (let run = 0; run < 2; run++) {
      const session = driver.session({ database, defaultAccessMode: 'READ' });
      const started = performance.now();
      try {
        await session.executeRead((tx) => tx.run(analysis.cypher, params), { timeout: queryTimeoutMs });
        times.push(Math.round(performance.now() - started));
      } catch (e) {
        times.push(/timeout|terminated/i.test(String(e?.message)) ? `> ${queryTimeoutMs / 1000} s` : `error: ${e?.code ?? e}`);
        break; // a failure would only fail again
      } finally {
        await session.close();
      }
    }
    out.push([analysis.name, times.join(' / ')]);
  }
  return out;
}

const ENTITY_VIEW = `query EntityView($name: String!) {
  entities(where: { name: { eq: $name } }) {
    name type
    attacked { name } attackedBy { name } supports { name } supportedBy { name }
    members { name } memberOf { name }
    factsAsSubjectConnection { totalCount }
  }
}`;

async function timeGraphql(server, name, runs = 5) {
  const times = [];
  for (let i = 0; i < runs; i++) {
    const started = performance.now();
    const res = await fetch(server.graphqlUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: ENTITY_VIEW, variables: { name } }),
    });
    const body = await res.json();
    if (body.errors) throw new Error(`GraphQL: ${body.errors[0].message}`);
    times.push(performance.now() - started);
  }
  return Math.round(times.sort((a, b) => a - b)[Math.floor(runs / 2)]);
}

/** Every analysis (and the before set, if given) and the GraphQL entity view, into row. */
async function timeReads(driver, database, config, row) {
  const probe = entities[49]; // popular, not a hub
  if (flags.reuse) {
    const { records } = await driver.executeQuery('MATCH (f:Fact) RETURN count(f) AS n', {}, { database });
    console.log(`reads on the graph as it is: ${records[0].get('n')} facts`);
  }
  const sets = flags['before-analyses'] ? [['before', resolve(flags['before-analyses'])], ['after', undefined]] : [['', undefined]];
  for (const [label, dir] of sets) {
    row[`analyses${label}`] = await timeAnalyses(driver, database, probe, dir);
    console.log(
      `  analyses${label ? ` ${label}` : ''} (ms, first / second run; entity = ${probe.name}): ${row[`analyses${label}`].map(([n, ms]) => `${n} ${ms}`).join(', ')}`,
    );
  }
  const server = await startServer({ driver, config, port: 0, host: '127.0.0.1', webRoot: null });
  try {
    row.graphqlHub = await timeGraphql(server, entities[0].name);
    row.graphqlTail = await timeGraphql(server, entities[999].name);
  } finally {
    await server.close();
  }
  console.log(
    `  GraphQL entity view (median of 5): hub ${entities[0].name} ${row.graphqlHub} ms, ${entities[999].name} ${row.graphqlTail} ms`,
  );
}

// ---- the run ----
const WARM_UP = 2; // batches
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

async function main() {
  const config = loadConfig();
  const database = config.neo4j.database;
  const driver = await openGraph(config);
  try {
    if (flags.reuse) {
      await timeReads(driver, database, config, {});
      return;
    }
    await wipe(driver, database);
    await graph.migrate(driver, { database });
    const memory = await memorySettings(driver, database);
    const totalArticles = Math.ceil(totalFacts / factsPerArticle);
    console.log(
      `bench:scale  write path ${flags.dist}\n  target ${totalFacts} facts (~${totalArticles} articles), ${entityCount} entities (Zipf s=1, hubs in ${HUBS.map(([, p]) => `${p * 100}%`).join('/')} of articles), ${batchArticles} articles per batch`,
    );
    console.log(`  Neo4j memory: ${Object.entries(memory).map(([k, v]) => `${k} = ${v}`).join(', ') || 'unknown'}`);

    const checkpoints = [0.1, 0.5, 1].map((f) => Math.round(f * totalFacts));
    const window = Math.max(3, Math.round((totalArticles / batchArticles) * 0.04)); // batches measured before a checkpoint
    let facts = 0;
    let i = 0;
    const recent = [];
    const figures = [];
    const started = performance.now();
    for (const target of checkpoints) {
      while (facts < target) {
        const batch = [];
        for (let k = 0; k < batchArticles; k++) batch.push(article(i++, totalArticles));
        const t0 = performance.now();
        const written = await graph.writeExtractions({ driver, database, extractions: batch });
        // The first batches plan every query and warm the JIT: not what a batch costs.
        if (i > WARM_UP * batchArticles) recent.push({ ms: performance.now() - t0, facts: written.facts });
        if (recent.length > window) recent.shift();
        facts += written.facts;
      }
      const perBatch = median(recent.map((r) => r.ms));
      const rate = recent.reduce((n, r) => n + r.facts, 0) / (recent.reduce((n, r) => n + r.ms, 0) / 1000);
      const row = {
        facts,
        articles: i,
        elapsed: Math.round((performance.now() - started) / 1000),
        perBatch: Math.round(perBatch),
        rate: Math.round(rate),
        store: await storeSize(config),
      };
      console.log(
        `\n@ ${row.facts} facts (${row.articles} articles, ${row.elapsed} s in): write ${row.perBatch} ms per batch (median of the last ${recent.length}), ${row.rate} facts/s; store ${row.store}`,
      );
      if (withQueries) await timeReads(driver, database, config, row);
      figures.push(row);
    }
    const [first, , last] = figures;
    console.log(
      `\nper-batch write time at 100% / at 10%: ${(last.perBatch / first.perBatch).toFixed(2)}x (${last.perBatch} / ${first.perBatch} ms)`,
    );
  } finally {
    await driver.close();
  }
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
