#!/usr/bin/env node
// Extraction time and memory against the size of one article (run by `npm run bench:inputs`,
// which builds first): one article of 1, 2, 4 and 8 MB built from the sample texts, then the
// hostile shapes of issue 12 (one line of 20,000 sentences, a 100,000-character word, HTML
// 10,000 elements deep). Each case runs in a fresh process, reading the file through the
// sources and extracting in one thread, so its peak RSS is its own. Linearity shows in the
// last column: seconds per MB against the first row. Prints figures; asserts nothing.
//   node scripts/bench-inputs.mjs                 (all cases)
//   node scripts/bench-inputs.mjs --mb 1,2,4,8    (sizes only)
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createRequire } from 'node:module';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(import.meta.url);
const dist = (p) => require(join(root, 'dist', p));

if (process.argv[2] === '--case') {
  // The child: read one file, extract it in this thread, print one JSON line.
  const { readArticles } = dist('sources/index.js');
  const { createExtractPool } = dist('pipeline/extract-pool.js');
  const file = process.argv[3];
  const started = process.hrtime.bigint();
  const notes = [];
  const pool = createExtractPool({ workers: 0 });
  let relations = 0;
  let chars = 0;
  for await (const article of readArticles([file], { onFailure: (f) => notes.push(f.message) })) {
    chars += article.text.length;
    relations += (await pool.extract(article)).relations.length;
  }
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  const cpu = process.cpuUsage();
  const cpuSeconds = (cpu.user + cpu.system) / 1e6;
  const peakMB = process.resourceUsage().maxRSS / 1024;
  console.log(JSON.stringify({ seconds, cpuSeconds, peakMB, relations, chars, notes }));
  process.exit(0);
}

const HEAP_MB = 512;
const mbArg = process.argv.indexOf('--mb');
const sizes = (mbArg > 0 ? process.argv[mbArg + 1] : '1,2,4,8').split(',').map(Number);
const dir = mkdtempSync(join(tmpdir(), 'ng-bench-inputs-'));

/** Paragraphs of the sample articles, as cleaned (teaser blocks gone): real news prose. */
async function sampleParagraphs() {
  const { readArticles } = dist('sources/index.js');
  const folders = [join(root, 'samples'), resolve(root, '../shared/examples')].filter(existsSync);
  const paragraphs = [];
  for await (const article of readArticles(folders, { onFailure: () => undefined }))
    paragraphs.push(...article.text.split('\n\n'));
  if (paragraphs.length === 0) throw new Error('no sample texts found under samples/');
  return paragraphs;
}

function articleOf(bytes, paragraphs) {
  const parts = [];
  let size = 0;
  for (let i = 0; size < bytes; i++) {
    const p = paragraphs[i % paragraphs.length];
    parts.push(p);
    size += Buffer.byteLength(p) + 2;
  }
  return parts.join('\n\n');
}

function run(name, file, mb) {
  // The heap is capped: a case that needed memory in proportion to its size would fail here.
  const args = [`--max-old-space-size=${HEAP_MB}`, fileURLToPath(import.meta.url), '--case', file];
  const out = execFileSync(process.execPath, args, {
    encoding: 'utf8',
    maxBuffer: 1 << 24,
  });
  const r = JSON.parse(out.trim().split('\n').pop());
  return { name, mb, ...r };
}

const rows = [];
try {
  const paragraphs = await sampleParagraphs();
  for (const mb of sizes) {
    const file = join(dir, `article-${mb}mb.txt`);
    writeFileSync(file, articleOf(mb * 1024 * 1024, paragraphs));
    rows.push(run(`${mb} MB article`, file, mb));
  }
  if (mbArg < 0) {
    const sentence = (i) => `Officials in Paris said the talks with Germany went well, number ${i}.`;
    const hostile = {
      'one line, 20k sentences': Array.from({ length: 20000 }, (_, i) => sentence(i)).join(' '),
      '100k-character word': `${sentence(0)} ${'A.'.repeat(50000)} ${sentence(1)}`,
      '200k-character word': `${sentence(0)} ${'A.'.repeat(100000)} ${sentence(1)}`,
      'HTML 10,000 deep': `<html><body>${'<div>'.repeat(10000)}<p>${sentence(0)} ${sentence(1)} ${sentence(2)}</p>${'</div>'.repeat(10000)}</body></html>`,
    };
    for (const [name, text] of Object.entries(hostile)) {
      const file = join(dir, name.includes('HTML') ? 'deep.html' : `${rows.length}.txt`);
      writeFileSync(file, text);
      rows.push(run(name, file, Buffer.byteLength(text) / 1024 / 1024));
    }
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
}

// CPU seconds, not wall time, carry the comparison: on a shared machine the wall clock
// measures the neighbours too.
const base = rows[0];
console.log(`heap capped at ${HEAP_MB} MB; one thread; ratios from CPU time`);
console.log(
  `${'case'.padEnd(26)} ${'MB'.padStart(6)} ${'wall s'.padStart(8)} ${'CPU s'.padStart(8)} ${'peak RSS'.padStart(9)} ${'relations'.padStart(9)}  CPU s/MB vs first`,
);
for (const r of rows) {
  const perMb = r.cpuSeconds / r.mb / (base.cpuSeconds / base.mb);
  console.log(
    `${r.name.padEnd(26)} ${r.mb.toFixed(2).padStart(6)} ${r.seconds.toFixed(2).padStart(8)} ${r.cpuSeconds.toFixed(2).padStart(8)} ${`${r.peakMB.toFixed(0)} MB`.padStart(9)} ${String(r.relations).padStart(9)}  ${perMb.toFixed(2)}${r.notes.length ? `  (reported: ${r.notes[0]})` : ''}`,
  );
}
