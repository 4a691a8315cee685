#!/usr/bin/env node
// The GraphQL API measured on loopback (run by `npm run bench:api`, which builds first).
//   default      GraphQL against the hand-written Cypher of the same questions (the entity
//                view, and facts with their evidence), one after the other in one run:
//                median and p95 latency one request at a time, then throughput under
//                BENCH_CLIENTS (10) concurrent clients for BENCH_SECONDS (5) each, the ways
//                taking turns so that they see the same load, with the server process's CPU
//                time per request under that load. A third row serves the hand-written
//                Cypher behind a bare node:http JSON endpoint, so that what GraphQL itself
//                costs is told apart from what any HTTP API costs.
//   --attacks    the attacks of issue 12, one at a time, each with a 20 s client budget.
// The API and the bare endpoint run as a server does, in a process of their own (a child of
// this one, on the same Neo4j); BENCH_SERVER=inline serves them from this process instead,
// where the clients' own HTTP work competes with the server for one thread.
// BENCH_PROFILE=<folder> writes the server process's CPU profile there (node --cpu-prof) when
// it stops (open it in Chrome's DevTools' Performance panel).
// It needs a Neo4j (NEO4J_URI, or the local one: `newsgraph db start`); it ingests samples/
// and test/gold/train (idempotent; about a minute the first time) so that the questions have
// answers. Prints figures; asserts nothing.
//   ROOT=<another checkout with dist/> compares an older build on the same Neo4j.
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createRequire } from 'node:module';
import { performance } from 'node:perf_hooks';
import http from 'node:http';
import { spawn } from 'node:child_process';

const root = resolve(process.env.ROOT ?? join(dirname(fileURLToPath(import.meta.url)), '..'));
const require = createRequire(join(root, 'package.json'));
const dist = (p) => require(join(root, 'dist', p));
const { loadConfig } = dist('config/index.js');
const { connect, migrate } = dist('graph/index.js');
const { ingest } = dist('pipeline/index.js');
const { startServer } = dist('api/index.js');
const { getIntrospectionQuery } = require('graphql');

const CLIENTS = Number(process.env.BENCH_CLIENTS ?? 10);
const SECONDS = Number(process.env.BENCH_SECONDS ?? 5);
const SAMPLES = Number(process.env.BENCH_SAMPLES ?? 200);
const ENTITY = process.env.BENCH_ENTITY ?? 'United States';
const SERVER = process.env.BENCH_SERVER ?? 'process';
// The sample articles and the 70 of the training gold: enough that the questions have real
// answers (United States has 17 relationships, ATTACKED 24 facts), where samples/ alone gave
// an entity view of empty lists and no ATTACKED fact at all.
const INPUTS = [join(root, 'samples'), join(root, 'test', 'gold', 'train')];

const ENTITY_VIEW_GRAPHQL = `query View($name: String!) {
  entities(where: { name: { eq: $name } }) {
    name type evidenceCount
    attacked { name } attackedBy { name } supports { name } supportedBy { name }
    members { name } memberOf { name }
  }
}`;
const ENTITY_VIEW_CYPHER = `
MATCH (e:Entity {name: $name})
RETURN e.name AS name, e.type AS type,
  COUNT { MATCH (f:Fact)-[:SUBJECT|OBJECT]->(e) RETURN DISTINCT f } AS evidenceCount,
  [(e)-[:ATTACKED]->(o:Entity) | o {.name}][..25] AS attacked,
  [(e)<-[:ATTACKED]-(o:Entity) | o {.name}][..25] AS attackedBy,
  [(e)-[:SUPPORTS]->(o:Entity) | o {.name}][..25] AS supports,
  [(e)<-[:SUPPORTS]-(o:Entity) | o {.name}][..25] AS supportedBy,
  [(e)<-[:MEMBER_OF]-(o:Entity) | o {.name}][..25] AS members,
  [(e)-[:MEMBER_OF]->(o:Entity) | o {.name}][..25] AS memberOf
LIMIT 25`;
const FACTS_GRAPHQL = `query Facts($predicate: Predicate!) {
  facts(where: { predicate: { eq: $predicate } }, sort: [{ confidence: DESC }], limit: 20) {
    predicate sentence confidence
    subject { name } object { name } article { title url published }
  }
}`;
const FACTS_CYPHER = `
MATCH (f:Fact {predicate: $predicate})
WITH f ORDER BY f.confidence DESC LIMIT 20
RETURN f.predicate AS predicate, f.sentence AS sentence, f.confidence AS confidence,
  [(f)-[:SUBJECT]->(s:Entity) | s {.name}][0] AS subject,
  [(f)-[:OBJECT]->(o:Entity) | o {.name}][0] AS object,
  [(f)-[:STATED_IN]->(a:Article) | a {.title, .url, .published}][0] AS article`;

const config = loadConfig({ cwd: root });
const driver = await connect(config);
let served;
let agent;
try {
  if (process.argv.includes('--serve')) await serveForParent();
  else {
    await migrate(driver, { database: config.neo4j.database });
    await ingest({ driver, database: config.neo4j.database, inputs: INPUTS, workers: 0 });
    served = await serveBoth();
    // One keep-alive pool for every request: fetch's own client costs more CPU than the server
    // it measures, and that CPU is taken from the server on this shared machine.
    agent = new http.Agent({ keepAlive: true, maxSockets: CLIENTS });
    if (process.argv.includes('--attacks')) await attacks();
    else await compare();
  }
} finally {
  agent?.destroy();
  await served?.close();
  await driver.close();
}

/** The GraphQL API and the bare Cypher endpoint, in this process or in a child of their own. */
async function serveBoth() {
  if (SERVER !== 'process') return serveHere();
  const profile = process.env.BENCH_PROFILE ? ['--cpu-prof', `--cpu-prof-dir=${process.env.BENCH_PROFILE}`] : [];
  const child = spawn(process.execPath, [...profile, fileURLToPath(import.meta.url), '--serve'], {
    env: process.env,
    stdio: ['pipe', 'pipe', 'inherit'],
  });
  const ports = await new Promise((done, fail) => {
    let out = '';
    child.stdout.on('data', (chunk) => {
      out += chunk;
      if (out.includes('\n')) done(JSON.parse(out));
    });
    child.once('exit', (code) => fail(new Error(`the server process ended (${code}) before listening`)));
  });
  return {
    ...ports,
    close: () =>
      new Promise((done) => {
        child.once('exit', done);
        child.stdin.end(); // the child stops when its stdin closes
      }),
  };
}

async function serveHere() {
  const server = await startServer({ driver, config, port: 0, host: '127.0.0.1', webRoot: null });
  const plain = await plainCypherServer();
  return {
    graphqlPort: server.port,
    plainPort: plain.address().port,
    close: async () => {
      plain.close();
      await server.close();
    },
  };
}

/** The child of BENCH_SERVER=process: serves, says its ports on one line, stops with its stdin. */
async function serveForParent() {
  const here = await serveHere();
  process.stdout.write(`${JSON.stringify({ graphqlPort: here.graphqlPort, plainPort: here.plainPort })}\n`);
  process.stdin.resume();
  await new Promise((done) => process.stdin.once('end', done));
  await here.close();
}

/** POSTs a JSON body on the keep-alive pool; resolves with the status and the body's text. */
function post(target, body) {
  return new Promise((resolve, reject) => {
    const req = http.request(target, {
      method: 'POST',
      agent,
      headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) },
    });
    req.on('response', (res) => {
      let text = '';
      res.setEncoding('utf8');
      res.on('data', (chunk) => (text += chunk));
      res.on('end', () => resolve({ status: res.statusCode, text }));
      res.on('error', reject);
    });
    req.on('error', reject);
    req.end(body);
  });
}

/** The hand-written Cypher as a bare HTTP API: POST {name} or {predicate}, rows as JSON. */
async function plainCypherServer() {
  const queries = { '/entity': ENTITY_VIEW_CYPHER, '/facts': FACTS_CYPHER };
  const plainServer = http.createServer((req, res) => {
    if (req.method === 'GET' && req.url === '/cpu') {
      // The server process's CPU time so far, in µs: what each way costs it per request.
      const { user, system } = process.cpuUsage();
      res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(user + system));
      return;
    }
    let body = '';
    req.on('data', (chunk) => (body += chunk));
    req.on('end', async () => {
      try {
        const { records } = await cypher(queries[req.url], JSON.parse(body));
        res.writeHead(200, { 'content-type': 'application/json' });
        res.end(JSON.stringify(records.map((r) => r.toObject())));
      } catch (error) {
        res.writeHead(500).end(String(error));
      }
    });
  });
  await new Promise((done) => plainServer.listen(0, '127.0.0.1', done));
  return plainServer;
}

async function plainCall(path, params) {
  const { status, text } = await post(`http://127.0.0.1:${served.plainPort}${path}`, JSON.stringify(params));
  if (status !== 200) throw new Error(`the plain endpoint answered ${status}: ${text.slice(0, 200)}`);
}

async function graphql(query, variables, budgetMs = 20_000) {
  const res = await fetch(graphqlUrl(), {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: typeof query === 'string' && query.startsWith('{"') ? query : JSON.stringify({ query, variables }),
    signal: AbortSignal.timeout(budgetMs),
  });
  const text = await res.text();
  return { status: res.status, text };
}

function graphqlUrl() {
  return `http://127.0.0.1:${served.graphqlPort}/graphql`;
}

function cypher(query, params) {
  return driver.executeQuery(query, params, { database: config.neo4j.database, routing: 'READ' });
}

// The machine is shared and its load moves within seconds, so the ways of asking are measured
// in turns: one request of each per sample, and one-second throughput slices taken in turn.
async function latencies(runs) {
  for (let i = 0; i < 20; i++) for (const run of runs) await run(); // warm up
  const ms = runs.map(() => []);
  for (let i = 0; i < SAMPLES; i++) {
    for (const [k, run] of runs.entries()) {
      const t = performance.now();
      await run();
      ms[k].push(performance.now() - t);
    }
  }
  return ms.map((m) => {
    m.sort((a, b) => a - b);
    return { median: m[Math.floor(m.length / 2)], p95: m[Math.floor(m.length * 0.95)] };
  });
}

/** The server process's CPU time so far (µs); only its own when it runs in a process of its own. */
function serverCpu() {
  return new Promise((resolve, reject) => {
    http
      .get({ host: '127.0.0.1', port: served.plainPort, path: '/cpu', agent }, (res) => {
        let text = '';
        res.on('data', (chunk) => (text += chunk));
        res.on('end', () => resolve(Number(text)));
      })
      .on('error', reject);
  });
}

async function throughput(runs) {
  const done = runs.map(() => 0);
  const errors = runs.map(() => 0);
  const cpu = runs.map(() => 0);
  for (let slice = 0; slice < SECONDS; slice++) {
    for (const [k, run] of runs.entries()) {
      const cpuBefore = await serverCpu();
      const until = performance.now() + 1000;
      await Promise.all(
        Array.from({ length: CLIENTS }, async () => {
          while (performance.now() < until) {
            try {
              await run();
              done[k]++;
            } catch {
              errors[k]++;
            }
          }
        }),
      );
      cpu[k] += (await serverCpu()) - cpuBefore;
    }
  }
  return done.map((n, k) => ({ perSecond: n / SECONDS, errors: errors[k], serverMicros: cpu[k] / n }));
}

async function compare() {
  const cases = [
    {
      name: `entity view (${ENTITY})`,
      graphql: async () =>
        check(
          await post(
            graphqlUrl(),
            JSON.stringify({ query: ENTITY_VIEW_GRAPHQL, variables: { name: ENTITY } }),
          ),
        ),
      cypher: () => cypher(ENTITY_VIEW_CYPHER, { name: ENTITY }),
      http: () => plainCall('/entity', { name: ENTITY }),
    },
    {
      name: 'facts with evidence (ATTACKED, 20)',
      graphql: async () =>
        check(
          await post(
            graphqlUrl(),
            JSON.stringify({ query: FACTS_GRAPHQL, variables: { predicate: 'ATTACKED' } }),
          ),
        ),
      cypher: () => cypher(FACTS_CYPHER, { predicate: 'ATTACKED' }),
      http: () => plainCall('/facts', { predicate: 'ATTACKED' }),
    },
  ];
  console.log(
    `GraphQL against hand-written Cypher; ${SAMPLES} sequential samples, then ${CLIENTS} clients × ${SECONDS} s`,
  );
  // Server CPU per request (under load): by the clock of the server's process, so it holds
  // better than the wall-clock figures when the machine is busy. Only with the server in a
  // process of its own, and not for `cypher`, which does not go through it.
  console.log('case                                 via      median ms   p95 ms   req/s  server µs/req');
  for (const c of cases) {
    const [g, y, h] = await latencies([c.graphql, c.cypher, c.http]);
    const [gt, yt, ht] = await throughput([c.graphql, c.cypher, c.http]);
    const row = (via, l, t) => {
      const cpu = SERVER === 'process' && via !== 'cypher' ? t.serverMicros.toFixed(0) : '—';
      console.log(
        `${c.name.padEnd(36)} ${via.padEnd(8)} ${l.median.toFixed(2).padStart(9)} ${l.p95.toFixed(2).padStart(8)} ${t.perSecond.toFixed(0).padStart(7)} ${cpu.padStart(14)}${t.errors ? ` (${t.errors} errors)` : ''}`,
      );
    };
    row('graphql', g, gt);
    row('cypher', y, yt);
    row('http', h, ht);
    const ratio = (label, l, t) =>
      console.log(
        `${''.padEnd(36)} ${label.padEnd(8)} ${(g.median / l.median).toFixed(2).padStart(9)}×${''.padStart(8)} ${(gt.perSecond / t.perSecond).toFixed(2).padStart(7)}×`,
      );
    ratio('/cypher', y, yt);
    ratio('/http', h, ht);
  }
}

function check({ status, text }) {
  if (status !== 200 || text.includes('"errors"'))
    throw new Error(`GraphQL answered ${status}: ${text.slice(0, 200)}`);
}

function fragmentBomb(n) {
  let query = `query { ...F0 } fragment F${n} on Query { __typename } `;
  for (let i = 0; i < n; i++) query += `fragment F${i} on Query { ...F${i + 1} ...F${i + 1} } `;
  return query;
}

function nestedSome(levels) {
  let where = '{ name: { eq: "x" } }';
  for (let i = 0; i < levels; i++) where = `{ attacked: { some: ${where} } }`;
  return `{ entities(where: ${where}) { id } }`;
}

async function attacks() {
  const cases = [
    ['fragment bomb 2^20 spreads', () => graphql(fragmentBomb(20))],
    ['fragment bomb 2^24 spreads', () => graphql(fragmentBomb(24))],
    ['fragment bomb 2^50 spreads', () => graphql(fragmentBomb(50))],
    [
      'fragment cycle',
      () => graphql('query { ...A } fragment A on Query { ...B } fragment B on Query { ...A }'),
    ],
    ['6 levels of attacked.some', () => graphql(nestedSome(6))],
    [
      'OR of 2,000 terms (variables)',
      () =>
        graphql('query($w: EntityWhere) { entities(where: $w) { id } }', {
          w: { OR: Array.from({ length: 2000 }, (_, i) => ({ name: { eq: `n${i}` } })) },
        }),
    ],
    [
      '300 aliases of searchEntities',
      () =>
        graphql(
          `{ ${Array.from({ length: 300 }, (_, i) => `a${i}: searchEntities(query: "iran") { id }`).join(' ')} }`,
        ),
    ],
    ['full introspection query', () => graphql(getIntrospectionQuery({ descriptions: true }))],
    ['entities(limit: -1)', () => graphql('{ entities(limit: -1) { id } }')],
    ['malformed JSON', () => graphql('{"query": ')],
  ];
  console.log('attack                               ms      status  answer');
  for (const [name, run] of cases) {
    const t = performance.now();
    let line;
    try {
      const { status, text } = await run();
      const code =
        /"code":"([A-Z_]+)"/.exec(text)?.[1] ??
        (text.startsWith('<') ? 'HTML page' : text.includes('"data"') ? 'data' : '');
      line = `${String(status).padStart(6)}  ${code}`;
    } catch (error) {
      line = `  none  ${error.name}`;
    }
    console.log(`${name.padEnd(36)} ${(performance.now() - t).toFixed(0).padStart(6)}  ${line}`);
    const h = performance.now();
    await fetch(`http://127.0.0.1:${served.graphqlPort}/health`, { signal: AbortSignal.timeout(20_000) });
    const healthMs = performance.now() - h;
    if (healthMs > 500) console.log(`${''.padEnd(36)} /health then took ${healthMs.toFixed(0)} ms`);
  }
}
