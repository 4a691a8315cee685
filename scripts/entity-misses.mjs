#!/usr/bin/env node
// Lists, per article of a gold folder, the gold entities we did not find (by name or alias) and
// the entities we extracted that are not in gold, each with its type — the entity half of what
// `eval-dev.mjs --verbose` shows for relations. Matching follows ../shared/eval/score.mjs
// (which exports nothing): names are normalised the same way, a predicted entity matches the first
// gold entity any of its names or aliases hits, and a second predicted entity for an already
// matched gold entity counts as spurious (an actor split in two nodes).
//   node scripts/entity-misses.mjs --gold DIR [--summary]
//     --summary   only the totals: missed and spurious by type, duplicates, type mismatches
// Never run it on test/gold/test: that split is frozen and is scored only by its summary line.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync, readFileSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { norm } from './gold-names.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const evalDir = resolve(root, '../shared/eval');
const argv = process.argv.slice(2);
const goldDir = argv.includes('--gold') ? resolve(argv[argv.indexOf('--gold') + 1]) : undefined;
const summaryOnly = argv.includes('--summary');
if (!goldDir) {
  console.error('usage: entity-misses.mjs --gold DIR [--summary]');
  process.exit(2);
}
if (/test\/gold\/test\/?$/.test(goldDir)) {
  console.error('test/gold/test is frozen: score it only with `node scripts/eval-dev.mjs`');
  process.exit(2);
}

const work = mkdtempSync(join(tmpdir(), 'ng-ents-'));
const articles = join(work, 'articles.jsonl');
writeFileSync(
  articles,
  execFileSync('node', [join(evalDir, 'to-jsonl.mjs'), goldDir], { encoding: 'utf8', maxBuffer: 1 << 30 }),
);
const predicted = JSON.parse(
  execFileSync('node', [join(root, 'bin/newsgraph.js'), 'extract', articles, '--format', 'json'], {
    maxBuffer: 1 << 30,
    encoding: 'utf8',
  }),
);
const byId = new Map(predicted.documents.map((d) => [String(d.id), d]));

const totals = { gold: 0, tp: 0, missed: {}, spurious: {}, duplicate: 0, mistyped: {} };
const bump = (bag, key) => (bag[key] = (bag[key] ?? 0) + 1);
for (const f of readdirSync(goldDir)
  .filter((x) => x.endsWith('.json'))
  .sort()) {
  const gold = JSON.parse(readFileSync(join(goldDir, f), 'utf8'));
  const pred = byId.get(String(gold.id)) ?? { entities: [] };
  const gEnts = gold.entities.map((e) => ({ ...e, keys: new Set([e.name, ...(e.aliases ?? [])].map(norm)) }));
  const lookup = (name) => gEnts.find((g) => g.keys.has(norm(name)));
  const hit = new Set();
  const lines = [];
  for (const p of pred.entities ?? []) {
    const names = [p.name, ...(p.aliases ?? [])];
    const g = lookup(p.name) ?? names.map(lookup).find(Boolean);
    const aka = p.aliases?.length ? ` [${p.aliases.join('; ')}]` : '';
    if (!g) {
      bump(totals.spurious, p.type);
      lines.push(`  + ${p.type.padEnd(12)} ${p.name}${aka}`);
    } else if (hit.has(g.name)) {
      totals.duplicate++;
      lines.push(`  = ${p.type.padEnd(12)} ${p.name}${aka}  (second node for gold ${g.name})`);
    } else {
      hit.add(g.name);
      totals.tp++;
      if (p.type !== g.type) {
        bump(totals.mistyped, `${g.type}→${p.type}`);
        lines.push(`  ~ ${p.type.padEnd(12)} ${p.name}  (gold ${g.type} ${g.name})`);
      }
    }
  }
  for (const g of gEnts) {
    totals.gold++;
    if (hit.has(g.name)) continue;
    bump(totals.missed, g.type);
    const aka = g.aliases?.length ? ` [${g.aliases.join('; ')}]` : '';
    lines.push(`  - ${g.type.padEnd(12)} ${g.name}${aka}`);
  }
  if (!summaryOnly && lines.length) console.log(`${f}\n${lines.join('\n')}`);
}
const sum = (bag) => Object.values(bag).reduce((a, b) => a + b, 0);
console.log(
  `\ngold ${totals.gold}  found ${totals.tp}  missed ${sum(totals.missed)} ${JSON.stringify(totals.missed)}` +
    `\nspurious ${sum(totals.spurious)} ${JSON.stringify(totals.spurious)}  second nodes ${totals.duplicate}` +
    `\nfound with another type ${sum(totals.mistyped)} ${JSON.stringify(totals.mistyped)}`,
);
