#!/usr/bin/env node
// Extraction speed, on one core and on all cores, next to raw compromise tagging:
//   npm run bench:extract                 (builds first; a corpus of at least 1 MB)
//   node scripts/bench-extract.mjs --mb 4 (a bigger corpus)
// The corpus is our samples/, ../shared/examples and the ../shared/eval dev texts when
// present, repeated with varied ids. Figures are printed; nothing is asserted.
import { existsSync, mkdtempSync, writeFileSync, rmSync } from 'node:fs';
import { Buffer } from 'node:buffer';
import os from 'node:os';
import { join, resolve, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createRequire } from 'node:module';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(import.meta.url);
const { readArticles } = require(join(root, 'dist/sources/index.js'));
const { splitSentences } = require(join(root, 'dist/extract/index.js'));
const { extractInWorkers, createExtractPool } = require(join(root, 'dist/pipeline/extract-pool.js'));
const nlp = require('compromise');

const mbArg = process.argv.indexOf('--mb');
const targetBytes = (mbArg > 0 ? Number(process.argv[mbArg + 1]) : 1) * 1024 * 1024;
const cores = os.availableParallelism();

// The corpus, built once.
const inputs = [
  join(root, 'samples'),
  resolve(root, '../shared/examples'),
  resolve(root, '../shared/eval/dev'),
].filter(existsSync);
const base = [];
for await (const article of readArticles(inputs, {
  onFailure: (f) => console.error(`skipped ${f.input}: ${f.message}`),
})) {
  base.push(article);
}
if (base.length === 0) throw new Error(`no articles in ${inputs.join(', ')}`);
const corpus = [];
let bytes = 0;
for (let round = 0; bytes < targetBytes; round++) {
  for (const a of base) {
    corpus.push({ ...a, id: `${a.id}~${round}` });
    bytes += Buffer.byteLength(a.text);
  }
}
const words = corpus.reduce((n, a) => n + a.text.split(/\s+/).filter(Boolean).length, 0);
const sentences = corpus.reduce((n, a) => n + splitSentences(a.text).length, 0);
console.log(
  `corpus: ${corpus.length} articles (${base.length} distinct, from ${inputs.length} inputs), ` +
    `${(bytes / 1024 / 1024).toFixed(2)} MB, ${words} words, ${sentences} sentences; ${cores} cores`,
);

// Warm up compromise and our lexicons in this thread, so the one-core runs time only the work:
// every distinct article once each, so the first timed row pays no more JIT than the later ones.
for (const a of base) nlp(a.text);
for await (const _ of extractInWorkers(base, { workers: 1 }));

// Wall-clock rates, and CPU seconds (all threads of this process) as a check when the
// machine is shared: a busy machine lowers the rates but hardly changes the CPU time.
const rows = [];
const rate = (n, seconds) => Math.round(n / seconds).toLocaleString('en');
async function timed(label, run, { rates = true } = {}) {
  const started = process.hrtime.bigint();
  const cpuBefore = process.cpuUsage();
  const extra = await run();
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  const cpu = process.cpuUsage(cpuBefore);
  const cpuSeconds = (cpu.user + cpu.system) / 1e6;
  rows.push({ label, seconds, extra });
  console.log(
    [
      label.padEnd(50),
      `${seconds.toFixed(2).padStart(7)} s`,
      rates ? `${rate(words, seconds).padStart(9)} words/s` : ' '.repeat(17),
      rates ? `${rate(sentences, seconds).padStart(7)} sentences/s` : ' '.repeat(19),
      `cpu ${cpuSeconds.toFixed(2).padStart(6)} s`,
      extra ?? '',
    ].join('  '),
  );
}

await timed('sources: read + clean the corpus as JSON Lines', async () => {
  const dir = mkdtempSync(join(os.tmpdir(), 'ng-bench-'));
  const file = join(dir, 'corpus.jsonl');
  writeFileSync(file, corpus.map(({ id, title, text }) => JSON.stringify({ id, title, text })).join('\n'));
  let read = 0;
  for await (const _ of readArticles([file], { onFailure: () => undefined })) read++;
  rmSync(dir, { recursive: true, force: true });
  return `${read} articles`;
});
await timed('raw compromise nlp(text), 1 core', async () => {
  for (const a of corpus) nlp(a.text);
});
await timed('newsgraph extract, 1 core (in this thread)', async () => {
  let relations = 0;
  for await (const x of extractInWorkers(corpus, { workers: 1 })) relations += x.relations.length;
  return `${relations} relations`;
});
// The default (combined) runs both engines above; each alone here.
for (const engine of ['frames', 'rules']) {
  await timed(`  acts read by the ${engine} engine, 1 core`, async () => {
    let relations = 0;
    for await (const x of extractInWorkers(corpus, { workers: 1, relations: engine })) relations += x.relations.length;
    return `${relations} relations`;
  });
}
// Threads start once per run: timed apart, with a warm-up like the one this thread had.
const pool = createExtractPool({ workers: cores });
await timed(
  `worker start-up + warm-up (${pool.threads} threads, ${base.length * 2} articles)`,
  async () => {
    await Promise.all([...base, ...base].map((a) => pool.extract(a)));
  },
  { rates: false },
);
await timed(`newsgraph extract, ${pool.threads} worker threads`, async () => {
  let relations = 0;
  for await (const x of extractInWorkers(corpus, { pool })) relations += x.relations.length;
  return `${relations} relations`;
});
await pool.close();

const [, raw, one, frames, rules, , all] = rows;
const share = (row) => `${((raw.seconds / row.seconds) * 100).toFixed(0)}%`;
console.log(
  `\nnewsgraph on 1 core runs at ${share(one)} of raw compromise tagging ` +
    `(frames engine ${share(frames)}, rules engine ${share(rules)}); ` +
    `${cores} threads: ${(one.seconds / all.seconds).toFixed(2)}x the speed of 1 core.`,
);
if (one.extra !== all.extra) console.log('relation counts differ: was dist/ rebuilt during the run?');
