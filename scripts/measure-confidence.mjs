#!/usr/bin/env node
// Measures each frame's precision on the training gold and writes it into the frame lexicon
// (src/extract/lexicon/frames.json) as the frame's confidence, so that a relation's confidence is
// how often its frame is right. Needs a build (dist/).
//   node scripts/measure-confidence.mjs [--gold DIR ...] [--dry-run]
// A relation is right when the gold of its article holds the same subject, predicate and object
// (by name or alias, COOPERATED in either direction). The rate is shrunk toward a prior
// (Laplace-style, PRIOR seen PRIOR_WEIGHT times), so one lucky or unlucky use does not set it
// to 1 or 0. A frame the gold never uses keeps its confidence: a
// frame switched off (below MIN_CONFIDENCE in src/extract/frames/lexicon.ts) stays off until
// its confidence is reset by hand.
import { readFileSync, readdirSync, writeFileSync, existsSync } from 'node:fs';
import { join, resolve, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createRequire } from 'node:module';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(import.meta.url);
const { extractArticle } = require(join(root, 'dist/extract/index.js'));
const lexiconFile = join(root, 'src/extract/lexicon/frames.json');

const argv = process.argv.slice(2);
const dirs = argv.flatMap((a, i) => (argv[i - 1] === '--gold' ? [resolve(a)] : []));
if (!dirs.length) dirs.push(join(root, 'test/gold/train'));
const PRIOR = 0.6; // what a frame never seen on the gold is worth
const PRIOR_WEIGHT = 2; // as if seen twice at the prior rate
// A frame read wrong once or twice is not switched off on that evidence alone ("denounce" read
// once where the gold has no fact): below this many uses it keeps at least the switch-off floor.
const MIN_USES_TO_SWITCH_OFF = 3;
const { MIN_CONFIDENCE } = require(join(root, 'dist/extract/frames/lexicon.js'));

const norm = (s) =>
  s
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
const counts = new Map(); // frame id → { right, all }
let articles = 0;
for (const dir of dirs.filter(existsSync)) {
  for (const file of readdirSync(dir).filter((f) => f.endsWith('.json'))) {
    const gold = JSON.parse(readFileSync(join(dir, file), 'utf8'));
    articles++;
    // Every gold name and alias → the canonical gold name.
    const canonical = new Map();
    for (const e of gold.entities ?? [])
      for (const n of [e.name, ...(e.aliases ?? [])]) canonical.set(norm(n), e.name);
    const facts = new Set(
      (gold.relations ?? []).flatMap((r) => {
        const key = `${r.subject}|${r.predicate}|${r.object}`;
        return r.predicate === 'COOPERATED' ? [key, `${r.object}|${r.predicate}|${r.subject}`] : [key];
      }),
    );
    const x = extractArticle(
      { id: gold.id ?? file, title: gold.title ?? '', text: gold.text, source: file },
      { relations: 'frames' },
    );
    const byId = new Map(x.entities.map((e) => [e.id, e]));
    const goldName = (id) => {
      const e = byId.get(id);
      for (const n of e ? [e.name, ...e.aliases] : [])
        if (canonical.has(norm(n))) return canonical.get(norm(n));
      return undefined;
    };
    for (const r of x.relations) {
      const id = /^frame:([^:\s]+:[^:\s]+)/.exec(r.reason)?.[1];
      if (!id) continue;
      const c = counts.get(id) ?? { right: 0, all: 0 };
      c.all++;
      if (facts.has(`${goldName(r.subjectId)}|${r.predicate}|${goldName(r.objectId)}`)) c.right++;
      counts.set(id, c);
    }
  }
}

const lexicon = JSON.parse(readFileSync(lexiconFile, 'utf8'));
for (const f of lexicon.frames) {
  const c = counts.get(f.id);
  // Unused on this gold (or switched off, below MIN_CONFIDENCE): the confidence it had stays.
  if (!c) continue;
  f.confidence = Number(((c.right + PRIOR * PRIOR_WEIGHT) / (c.all + PRIOR_WEIGHT)).toFixed(2));
  if (c.all < MIN_USES_TO_SWITCH_OFF) f.confidence = Math.max(f.confidence, MIN_CONFIDENCE);
  if (c.all)
    console.log(
      `${f.id.padEnd(28)} ${String(c.right).padStart(3)}/${String(c.all).padEnd(3)} → ${f.confidence}`,
    );
}
console.log(`${articles} gold articles from ${dirs.join(', ')}`);
if (!argv.includes('--dry-run')) {
  const lines = lexicon.frames.map((f) => `    ${JSON.stringify(f)}`);
  writeFileSync(
    lexiconFile,
    `{\n  "licence": ${JSON.stringify(lexicon.licence)},\n  "frames": [\n${lines.join(',\n')}\n  ]\n}\n`,
  );
}
