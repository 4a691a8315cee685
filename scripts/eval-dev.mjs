#!/usr/bin/env node
// Scores extraction on a folder of gold articles, in process (no CLI needed):
//   npm run eval            (builds first)   — the shared dev set, ../shared/eval/dev
//   npm run eval:heldout                     — our own held-out articles, test/heldout
//   node scripts/eval-dev.mjs [--gold DIR] [--verbose] — --verbose lists missed (-) and spurious (+) relations
// The official measurement goes through the CLI (see README, "Measuring extraction").
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createRequire } from 'node:module';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const evalDir = resolve(root, '../shared/eval');
if (!existsSync(evalDir)) {
  console.error(`no eval set at ${evalDir}`);
  process.exit(2);
}
const require = createRequire(import.meta.url);
const { extractArticle } = require(join(root, 'dist/extract/index.js'));
const goldFlag = process.argv.indexOf('--gold');
const goldDir = goldFlag > 0 ? resolve(process.argv[goldFlag + 1]) : join(evalDir, 'dev');
const passOn = process.argv.slice(2).filter((a, i, all) => a !== '--gold' && all[i - 1] !== '--gold');
const jsonl = execFileSync('node', [join(evalDir, 'to-jsonl.mjs'), goldDir], { encoding: 'utf8' });
const documents = jsonl
  .split('\n')
  .filter(Boolean)
  .map((line) => {
    const a = JSON.parse(line);
    const x = extractArticle({ ...a, source: 'dev' });
    return { id: a.id, title: a.title, entities: x.entities, relations: x.relations };
  });
const out = join(mkdtempSync(join(tmpdir(), 'ng-eval-')), 'pred.json');
writeFileSync(out, JSON.stringify({ documents }));
const args = [join(evalDir, 'score.mjs'), goldDir, out, ...passOn];
process.stdout.write(execFileSync('node', args, { encoding: 'utf8' }));
