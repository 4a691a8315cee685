#!/usr/bin/env node
// Scores extraction on gold articles the way the issue measures it: gold → bare articles
// (to-jsonl.mjs) → `newsgraph extract` (the built CLI, sources' cleaning included) → score.mjs.
// Needs ../shared/eval beside the project and a build (the npm scripts build first).
//   npm run eval          — every split, each with its summary line: the shared dev set
//                           (../shared/eval/dev), train (test/gold/train), test (test/gold/test);
//                           a split whose folder is missing or empty is skipped
//   npm run eval:heldout  — our own held-out articles, test/heldout
//   node scripts/eval-dev.mjs [--gold DIR] [--verbose] [--relations frames|rules] [--both]
//     --gold DIR        one folder only, with score.mjs's per-article lines
//     --verbose         lists missed (-) and spurious (+) relations
//     --relations X     the engine that reads the acts (default: the CLI's default, frames)
//     --both            every split with both engines, one summary line each
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync, existsSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const evalDir = resolve(root, '../shared/eval');
if (!existsSync(evalDir)) {
  console.error(`no eval set at ${evalDir}`);
  process.exit(2);
}
const argv = process.argv.slice(2);
const valueOf = (flag) => (argv.includes(flag) ? argv[argv.indexOf(flag) + 1] : undefined);
const goldDir = valueOf('--gold');
const engines = argv.includes('--both') ? ['rules', 'frames'] : [valueOf('--relations')];
const passOn = argv.filter(
  (a, i) => !['--gold', '--relations', '--both'].includes(a) && !['--gold', '--relations'].includes(argv[i - 1]),
);

/** score.mjs's output for one gold folder and engine. */
function score(dir, engine) {
  const work = mkdtempSync(join(tmpdir(), 'ng-eval-'));
  const articles = join(work, 'articles.jsonl');
  const predictions = join(work, 'pred.json');
  writeFileSync(articles, execFileSync('node', [join(evalDir, 'to-jsonl.mjs'), dir], { encoding: 'utf8' }));
  const cli = [join(root, 'bin/newsgraph.js'), 'extract', articles, '--format', 'json'];
  if (engine) cli.push('--relations', engine);
  writeFileSync(predictions, execFileSync('node', cli, { maxBuffer: 1 << 30 }));
  return execFileSync('node', [join(evalDir, 'score.mjs'), dir, predictions, ...passOn], { encoding: 'utf8' });
}

if (goldDir) {
  for (const engine of engines) {
    if (engine) console.log(`== ${engine}`);
    process.stdout.write(score(resolve(goldDir), engine));
  }
} else {
  const splits = [
    ['dev', join(evalDir, 'dev')],
    ['train', join(root, 'test/gold/train')],
    ['test', join(root, 'test/gold/test')],
  ];
  for (const [name, dir] of splits) {
    const files = existsSync(dir) ? readdirSync(dir).filter((f) => f.endsWith('.json')) : [];
    if (!files.length) {
      console.log(`${name.padEnd(6)} skipped: no gold articles in ${dir}`);
      continue;
    }
    for (const engine of engines) {
      const summary = score(dir, engine)
        .split('\n')
        .filter((l) => /^summary:|^relations {2,}P/.test(l))
        .join('  ');
      console.log(`${name.padEnd(6)}${engine ? ` ${engine.padEnd(6)}` : ''} ${files.length} articles  ${summary}`);
    }
  }
}
