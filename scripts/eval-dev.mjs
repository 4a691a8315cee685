#!/usr/bin/env node
// Scores extraction on a folder of gold articles the way the issue measures it: gold → bare
// articles (to-jsonl.mjs) → `newsgraph extract` (the built CLI, sources' cleaning included)
// → score.mjs. Needs ../shared/eval beside the project and a build (the npm scripts build first).
//   npm run eval            — the shared dev set, ../shared/eval/dev
//   npm run eval:heldout    — our own held-out articles, test/heldout
//   node scripts/eval-dev.mjs [--gold DIR] [--verbose] — --verbose lists missed (-) and spurious (+) relations
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const evalDir = resolve(root, '../shared/eval');
if (!existsSync(evalDir)) {
  console.error(`no eval set at ${evalDir}`);
  process.exit(2);
}
const goldFlag = process.argv.indexOf('--gold');
const goldDir = goldFlag > 0 ? resolve(process.argv[goldFlag + 1]) : join(evalDir, 'dev');
const passOn = process.argv.slice(2).filter((a, i, all) => a !== '--gold' && all[i - 1] !== '--gold');

const work = mkdtempSync(join(tmpdir(), 'ng-eval-'));
const articles = join(work, 'articles.jsonl');
const predictions = join(work, 'pred.json');
writeFileSync(articles, execFileSync('node', [join(evalDir, 'to-jsonl.mjs'), goldDir], { encoding: 'utf8' }));
const cli = join(root, 'bin/newsgraph.js');
writeFileSync(
  predictions,
  execFileSync('node', [cli, 'extract', articles, '--format', 'json'], { maxBuffer: 1 << 30 }),
);
const args = [join(evalDir, 'score.mjs'), goldDir, predictions, ...passOn];
process.stdout.write(execFileSync('node', args, { encoding: 'utf8' }));
