#!/usr/bin/env node
// Scores extraction on the gold dev set in ../shared/eval, in process (no CLI needed):
//   npm run eval            (builds first)   — prints score.mjs's per-article table and summary
//   node scripts/eval-dev.mjs --verbose      — also lists missed (-) and spurious (+) relations
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
const jsonl = execFileSync('node', [join(evalDir, 'to-jsonl.mjs'), join(evalDir, 'dev')], { encoding: 'utf8' });
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
const args = [join(evalDir, 'score.mjs'), join(evalDir, 'dev'), out, ...process.argv.slice(2)];
process.stdout.write(execFileSync('node', args, { encoding: 'utf8' }));
