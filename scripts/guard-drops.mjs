#!/usr/bin/env node
// Which guards drop facts the gold holds (docs/extraction.md, "Guards that drop right facts, round
// 31"). Runs `newsgraph extract` with the guard trace on (src/extract/relations/guard-trace.ts, one
// worker) over a gold folder and joins each dropped fact with that article's gold and with the
// final output, names matched as ../shared/eval/score.mjs matches them:
//   right-dropped    a gold fact the output lacks (the guard lost it)
//   gold, read       a gold fact another reader states anyway
//   wrong-prevented  no gold fact (the guard kept a wrong fact out)
// One row per guard (the rules' guards by name, stands-as-actor by the pattern that refused the
// subject), counted once per article and fact, most right-dropped first.
//   node scripts/guard-drops.mjs --gold DIR [--cases FILE] [--frame-returns]
//     --cases FILE      writes every dropped fact with its verdict, guard, rule and sentence (with
//                       --frame-returns, also each gold fact missed at a return: `frame-missed`)
//     --frame-returns   also counts the frame engine's early returns (`return []` in
//                       src/extract/frames/read-frames.ts's readers, by function and line of the
//                       built file): a patched copy of dist/ records each, with the sentence's
//                       names; a gold fact the output lacks, of the frame's predicate, both of
//                       whose names are in that sentence and whose evidence is that sentence, is
//                       counted for every return there (so an upper bound, not a drop)
// Never run it on test/gold/test, test/gold/blind or any unseen check: it prints per-fact lines.
import { execFileSync } from 'node:child_process';
import {
  mkdtempSync,
  writeFileSync,
  appendFileSync,
  readFileSync,
  readdirSync,
  cpSync,
  symlinkSync,
  existsSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { norm } from './gold-names.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const evalDir = resolve(root, '../shared/eval');
const argv = process.argv.slice(2);
const valueOf = (flag) => (argv.includes(flag) ? argv[argv.indexOf(flag) + 1] : undefined);
const goldDir = valueOf('--gold') && resolve(valueOf('--gold'));
const casesFile = valueOf('--cases');
if (!goldDir) {
  console.error('usage: guard-drops.mjs --gold DIR [--cases FILE] [--frame-returns]');
  process.exit(2);
}
if (/test\/gold\/(test|blind|test-adjudicated)\/?$|b\d+-check\/?$/.test(goldDir)) {
  console.error('an unseen or frozen split: score it only with `node scripts/eval-dev.mjs`');
  process.exit(2);
}

const big = { encoding: 'utf8', maxBuffer: 1 << 30 };
const work = mkdtempSync(join(tmpdir(), 'ng-guards-'));
const articles = join(work, 'articles.jsonl');
writeFileSync(articles, execFileSync('node', [join(evalDir, 'to-jsonl.mjs'), goldDir], big));
const cli = [join(root, 'bin/newsgraph.js'), 'extract', articles, '--format', 'json', '--workers', '1'];
// the trace goes to stderr: one worker, so its lines keep the order of the articles
const traceFile = join(work, 'trace.txt');
const outFile = join(work, 'out.json');
execFileSync('sh', ['-c', 'node "$@" > "$OUT" 2> "$TRACE"', 'sh', ...cli], {
  env: { ...process.env, NEWSGRAPH_GUARD_TRACE: '1', OUT: outFile, TRACE: traceFile },
});
const predicted = JSON.parse(readFileSync(outFile, 'utf8'));
const preds = new Map(predicted.documents.map((d) => [String(d.id), d]));

const golds = new Map();
for (const f of readdirSync(goldDir).filter((f) => f.endsWith('.json'))) {
  const g = JSON.parse(readFileSync(join(goldDir, f), 'utf8'));
  golds.set(String(g.id), g);
}
const SYMMETRIC = new Set(['COOPERATED']);
const keyOf = (s, p, o) => (SYMMETRIC.has(p) && o < s ? `${o}|${p}|${s}` : `${s}|${p}|${o}`);

/** score.mjs's name resolution for one article, its gold facts and the output's facts. */
const infos = new Map();
function infoOf(id) {
  if (infos.has(id)) return infos.get(id);
  const gold = golds.get(id);
  const pred = preds.get(id) ?? { entities: [], relations: [] };
  const gEnts = gold.entities.map((e) => ({ ...e, keys: new Set([e.name, ...(e.aliases ?? [])].map(norm)) }));
  const lookup = (name) => gEnts.find((g) => g.keys.has(norm(name)));
  const nameToGold = new Map();
  for (const p of pred.entities ?? []) {
    const names = [p.name, ...(p.aliases ?? [])];
    const g = lookup(p.name) ?? names.map(lookup).find(Boolean);
    for (const n of names) if (g && !nameToGold.has(norm(n))) nameToGold.set(norm(n), g);
  }
  const resolveName = (name) => (nameToGold.get(norm(name)) ?? lookup(name))?.name;
  const goldKeys = new Set(gold.relations.map((r) => keyOf(r.subject, r.predicate, r.object)));
  const outKeys = new Set();
  for (const r of pred.relations ?? []) {
    const [s, o] = [resolveName(r.subject), resolveName(r.object)];
    if (s && o) outKeys.add(keyOf(s, r.predicate, o));
  }
  const evidence = new Map();
  for (const r of gold.relations)
    evidence.set(keyOf(r.subject, r.predicate, r.object), [
      ...(evidence.get(keyOf(r.subject, r.predicate, r.object)) ?? []),
      r.evidence ?? '',
    ]);
  const info = { resolveName, goldKeys, outKeys, evidence };
  infos.set(id, info);
  return info;
}
const batchOf = (id) => id.split('-')[0];

// the guard trace: marker lines name the article, the others a dropped fact
const rows = new Map();
const cases = [];
let article;
for (const line of readFileSync(traceFile, 'utf8').split('\n')) {
  if (!line.startsWith('{')) continue;
  const d = JSON.parse(line);
  if (d.article !== undefined) {
    article = String(d.article);
    continue;
  }
  if (!d.guard || !golds.has(article)) continue;
  const guard = d.guard.replace(/\[.*$/s, '');
  const { resolveName, goldKeys, outKeys } = infoOf(article);
  const [s, o] = [resolveName(d.subject), resolveName(d.object)];
  const key = s && o ? keyOf(s, d.predicate, o) : `?${d.subject}|${d.predicate}|${d.object}`;
  const verdict = goldKeys.has(key) ? (outKeys.has(key) ? 'gold-read' : 'right-dropped') : 'wrong-prevented';
  const row = rows.get(guard) ?? {
    'right-dropped': new Set(),
    'gold-read': new Set(),
    'wrong-prevented': new Set(),
  };
  rows.set(guard, row);
  const id = `${article}|${key}`;
  if (!row[verdict].has(id)) cases.push(`${verdict} ${article} ${key} [${d.guard}]\n    ${d.sentence ?? ''}`);
  row[verdict].add(id);
}
console.log(
  '| guard | right-dropped | gold, read elsewhere | wrong-prevented | batches of the right-dropped |',
);
console.log('|---|---|---|---|---|');
const ordered = [...rows].sort(
  ([, a], [, b]) =>
    b['right-dropped'].size - a['right-dropped'].size ||
    b['wrong-prevented'].size - a['wrong-prevented'].size,
);
for (const [guard, row] of ordered) {
  const batches = [...new Set([...row['right-dropped']].map((id) => batchOf(id)))].sort();
  console.log(
    `| ${guard} | ${row['right-dropped'].size} | ${row['gold-read'].size} | ${row['wrong-prevented'].size} | ${batches.length}${batches.length ? `: ${batches.join(' ')}` : ''} |`,
  );
}
if (casesFile) writeFileSync(casesFile, `${cases.join('\n')}\n`);

if (argv.includes('--frame-returns')) frameReturns();

/**
 * The frame engine's early returns, counted on a patched copy of dist/ (see the header): each
 * `return [];` of the main readers records its function and line and the sentence's names.
 */
function frameReturns() {
  const copy = join(work, 'dist');
  cpSync(join(root, 'dist'), copy, { recursive: true });
  if (!existsSync(join(work, 'node_modules')))
    symlinkSync(join(root, 'node_modules'), join(work, 'node_modules'));
  const file = join(copy, 'extract/frames/read-frames.js');
  const readers = new Set(['verbFacts', 'nounFacts', 'ownLightFacts', 'movedFacts']);
  let fn;
  const lines = readFileSync(file, 'utf8')
    .split('\n')
    .map((l, n) => {
      fn = /^function (\w+)\(/.exec(l)?.[1] ?? fn;
      if (!readers.has(fn) || !l.includes('return [];')) return l;
      const frame = 'typeof frame !== "undefined" ? frame : undefined';
      const at = 'typeof i !== "undefined" ? i : -1';
      return l.replace(
        'return [];',
        `return globalThis.__frameReturn('${fn}:${n + 1}', ${frame}, units, ${at});`,
      );
    });
  writeFileSync(file, lines.join('\n'));
  const runner = join(work, 'frame-returns.cjs');
  writeFileSync(
    runner,
    `const fs = require('fs');
const out = [];
let article = '';
globalThis.__frameReturn = (label, frame, units) => {
  if (frame) out.push(JSON.stringify({ article, label, predicate: frame.predicate,
    names: [...new Set(units.filter((u) => u.entity).map((u) => u.entity.name))],
    text: units.map((u) => u.lower).join(' ') }));
  return [];
};
const { extractArticle } = require(${JSON.stringify(join(copy, 'extract/index.js'))});
for (const line of fs.readFileSync(${JSON.stringify(articles)}, 'utf8').split('\\n').filter(Boolean)) {
  const a = JSON.parse(line);
  article = String(a.id);
  try { extractArticle(a); } catch (e) { console.error(a.id, e.message); }
}
fs.writeFileSync(process.argv[2], out.join('\\n'));`,
  );
  const records = join(work, 'frame-returns.jsonl');
  execFileSync('node', [runner, records], { stdio: 'inherit' });
  const words = (t) => new Set(t.toLowerCase().match(/[a-z]{3,}/g) ?? []);
  const sameSentence = (evidence, text) => {
    const [e, t] = [words(evidence), words(text)];
    return e.size > 0 && [...e].filter((w) => t.has(w)).length >= 0.8 * e.size;
  };
  const byLabel = new Map();
  const returnCases = new Map();
  for (const line of readFileSync(records, 'utf8').split('\n').filter(Boolean)) {
    const r = JSON.parse(line);
    if (!golds.has(r.article)) continue;
    const { resolveName, goldKeys, outKeys, evidence } = infoOf(r.article);
    const names = new Set(r.names.map(resolveName).filter(Boolean));
    const row = byLabel.get(r.label) ?? { returns: 0, missed: new Set(), read: new Set(), none: 0 };
    byLabel.set(r.label, row);
    row.returns++;
    let any = false;
    for (const key of goldKeys) {
      const [s, p, o] = key.split('|');
      if (p !== r.predicate || !names.has(s) || !names.has(o)) continue;
      if (!(evidence.get(key) ?? []).some((e) => sameSentence(e, r.text))) continue;
      any = true;
      const missed = !outKeys.has(key);
      (missed ? row.missed : row.read).add(`${r.article}|${key}`);
      if (missed && !returnCases.has(`${r.label}|${r.article}|${key}`)) {
        returnCases.set(
          `${r.label}|${r.article}|${key}`,
          `frame-missed ${r.label} ${r.article} ${key}\n    ${evidence.get(key).find((e) => sameSentence(e, r.text))}`,
        );
      }
    }
    if (!any) row.none++;
  }
  if (casesFile) appendFileSync(casesFile, `${[...returnCases.values()].join('\n')}\n`);
  console.log(
    '\n| frame return (built file line) | returns | gold facts missed there | gold facts read there | returns with no gold fact there | batches of the missed |',
  );
  console.log('|---|---|---|---|---|---|');
  for (const [label, row] of [...byLabel].sort(([, a], [, b]) => b.missed.size - a.missed.size)) {
    const batches = new Set([...row.missed].map(batchOf));
    console.log(
      `| ${label} | ${row.returns} | ${row.missed.size} | ${row.read.size} | ${row.none} | ${batches.size} |`,
    );
  }
}
