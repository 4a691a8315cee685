#!/usr/bin/env node
// Scores extraction on gold articles the way the issue measures it: gold → bare articles
// (to-jsonl.mjs) → `newsgraph extract` (the built CLI, sources' cleaning included) → score.mjs.
// Needs ../shared/eval beside the project and a build (the npm scripts build first).
//   npm run eval          — every split, each with its summary line: the shared dev set
//                           (../shared/eval/dev), train (test/gold/train), test (test/gold/test),
//                           test-adjudicated (the same 25 articles brought in line with the
//                           written conventions in round 13), and the round's new batch: fresh (test/gold/fresh), blind (test/gold/blind);
//                           a split whose folder is missing or empty is skipped
//   npm run eval:heldout  — our own held-out articles, test/heldout
//   node scripts/eval-dev.mjs [--gold DIR] [--verbose] [--relations combined|frames|rules] [--both]
//     --gold DIR        one folder only, with score.mjs's per-article lines
//     --verbose         lists missed (-) and spurious (+) relations
//     --relations X     the engine that reads the acts (default: the CLI's default, combined)
//     --both            every split with every engine (rules, frames, combined), one summary line each
//     --evidence        with --gold and --verbose: under each missed relation the gold evidence,
//                       under each spurious one the sentence and reason it was read from
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync, readFileSync, existsSync, readdirSync } from 'node:fs';
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
const engines = argv.includes('--both') ? ['rules', 'frames', 'combined'] : [valueOf('--relations')];
const withEvidence = argv.includes('--evidence');
const passOn = argv.filter(
  (a, i) =>
    !['--gold', '--relations', '--both', '--evidence'].includes(a) &&
    !['--gold', '--relations'].includes(argv[i - 1]),
);

/** score.mjs's output for one gold folder and engine. */
function score(dir, engine) {
  const work = mkdtempSync(join(tmpdir(), 'ng-eval-'));
  const articles = join(work, 'articles.jsonl');
  const predictions = join(work, 'pred.json');
  // train's JSONL passed 1 MB, execFileSync's default buffer, with round 30's 547 articles
  const big = { encoding: 'utf8', maxBuffer: 1 << 30 };
  writeFileSync(articles, execFileSync('node', [join(evalDir, 'to-jsonl.mjs'), dir], big));
  const cli = [join(root, 'bin/newsgraph.js'), 'extract', articles, '--format', 'json'];
  if (engine) cli.push('--relations', engine);
  writeFileSync(predictions, execFileSync('node', cli, { maxBuffer: 1 << 30 }));
  const out = execFileSync('node', [join(evalDir, 'score.mjs'), dir, predictions, ...passOn], big);
  return withEvidence ? withSentences(out, dir, JSON.parse(readFileSync(predictions, 'utf8'))) : out;
}

/** score.mjs's verbose lines with the sentence behind each missed (gold) or spurious (ours) relation. */
function withSentences(out, dir, predicted) {
  const byId = new Map(predicted.documents.map((d) => [d.id, d]));
  const plain = (name) => name.replace(/^\?/, '').toLowerCase();
  let gold;
  let ours;
  return out
    .split('\n')
    .flatMap((line) => {
      const header = /^(\S+\.json) /.exec(line);
      if (header) {
        gold = JSON.parse(readFileSync(join(dir, header[1]), 'utf8'));
        ours = byId.get(gold.id);
        return [line];
      }
      const row = /^ {2}([-+]) (.*)\|([A-Z_]+)\|(.*)$/.exec(line);
      if (!row || !gold) return [line];
      const [, sign, s, p, o] = row;
      const same = (r) => plain(r.subject) === plain(s) && r.predicate === p && plain(r.object) === plain(o);
      if (sign === '-') {
        const g = gold.relations.find(same);
        return [line, `      gold: ${g?.evidence ?? '?'}`];
      }
      // score.mjs prints our names as matched to gold, so fall back to the predicate and subject.
      const mine = (ours?.relations ?? []).filter((x) => x.predicate === p);
      const hit = mine.find(same) ?? mine.find((x) => plain(x.subject) === plain(s)) ?? mine[0];
      return [line, `      ours (${hit?.reason ?? '?'}): ${hit?.sentence ?? '?'}`];
    })
    .join('\n');
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
    ['test-adjudicated', join(root, 'test/gold/test-adjudicated')],
    ['fresh', join(root, 'test/gold/fresh')],
    ['blind', join(root, 'test/gold/blind')],
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
      console.log(
        `${name.padEnd(6)}${engine ? ` ${engine.padEnd(6)}` : ''} ${files.length} articles  ${summary}`,
      );
    }
  }
}
