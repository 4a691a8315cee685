#!/usr/bin/env node
// Measures each regex act rule's precision on gold articles, and what it adds to the frame
// engine: the `combined` engine keeps a rule's fact whenever the frame engine did not read it, so
// a rule whose own facts (the "marginal" ones) are mostly wrong lowers combined precision.
// With --write it records the measurement in src/extract/rules/relations/rule-confidence.json:
// each rule's confidence (its precision, shrunk toward a prior as scripts/measure-confidence.mjs
// does for frames) and, for a rule whose marginal facts were mostly wrong, `combined: false`
// (the combined engine leaves it to the frame engine). Needs a build (dist/).
//   node scripts/measure-rules.mjs [--gold DIR ...] [--verbose] [--write]
// Defaults to the train gold and the shared dev set. A fact is counted once per article
// (subject, predicate, object), matched to the gold as ../shared/eval/score.mjs does (names and
// aliases normalised, COOPERATED in either direction). Columns: facts the rule read, right,
// wrong, then the marginal ones (not read by the frame engine anywhere in the article): all,
// right, wrong, and their precision. --verbose lists every fact (right or WRONG, marginal or shared with the frame engine) with its sentence.
import { readFileSync, readdirSync, existsSync, writeFileSync } from 'node:fs';
import { join, resolve, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createRequire } from 'node:module';
import { norm } from './gold-names.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(import.meta.url);
const { extractArticle } = require(join(root, 'dist/extract/index.js'));
const { RELATION_RULES, STRUCTURAL_RULES } = require(join(root, 'dist/extract/rules/relations/index.js'));

const argv = process.argv.slice(2);
const verbose = argv.includes('--verbose');
const dirs = argv.flatMap((a, i) => (argv[i - 1] === '--gold' ? [resolve(a)] : []));
if (!dirs.length) dirs.push(join(root, 'test/gold/train'), resolve(root, '../shared/eval/dev'));

const PRIOR = 0.6; // what a rule never seen on the gold is worth, as for frames
const PRIOR_WEIGHT = 2; // as if seen twice at the prior rate
const MIN_MARGINAL = 2; // marginal facts needed before a rule is left out of combined
const measuredFile = join(root, 'src/extract/rules/relations/rule-confidence.json');

const structural = new Set(STRUCTURAL_RULES.map((r) => r.reason));
const actRules = RELATION_RULES.filter((r) => !structural.has(r.reason));
const confidenceOf = new Map(actRules.map((r) => [r.reason, r.confidence]));

/** Gold-side names of our facts: `s|P|o`, COOPERATED ordered so direction does not matter. */
function keyer(gold, entities) {
  const keys = gold.entities.map((e) => ({
    name: e.name,
    keys: new Set([e.name, ...(e.aliases ?? [])].map(norm)),
  }));
  const lookup = (name) => keys.find((g) => g.keys.has(norm(name)))?.name;
  const byId = new Map(entities.map((e) => [e.id, e]));
  const nameOf = (id) => {
    const e = byId.get(id);
    return (e && (lookup(e.name) ?? e.aliases.map(lookup).find(Boolean))) ?? `?${e?.name ?? id}`;
  };
  const key = (s, p, o) => (p === 'COOPERATED' && o < s ? `${o}|${p}|${s}` : `${s}|${p}|${o}`);
  return {
    ours: (r) => key(nameOf(r.subjectId), r.predicate, nameOf(r.objectId)),
    gold: new Set(gold.relations.map((r) => key(r.subject, r.predicate, r.object))),
  };
}

const rows = new Map(); // rule id → tallies
const wrongs = [];
let articles = 0;
for (const dir of dirs.filter(existsSync)) {
  for (const file of readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .sort()) {
    const gold = JSON.parse(readFileSync(join(dir, file), 'utf8'));
    articles++;
    const article = { id: gold.id ?? file, title: gold.title ?? '', text: gold.text, source: file };
    const ruled = extractArticle(article, { relations: 'rules' });
    const framed = extractArticle(article, { relations: 'frames' });
    const k = keyer(gold, ruled.entities);
    const byFrames = new Set(framed.relations.map(k.ours));
    const counted = new Set(); // rule|fact, once per article
    for (const r of ruled.relations) {
      const id = r.reason.split(' ')[0];
      if (!confidenceOf.has(id)) continue;
      const fact = k.ours(r);
      if (counted.has(`${id}#${fact}`)) continue;
      counted.add(`${id}#${fact}`);
      const t = rows.get(id) ?? { all: 0, right: 0, marginal: 0, marginalRight: 0 };
      const right = k.gold.has(fact);
      const marginal = !byFrames.has(fact);
      t.all++;
      if (right) t.right++;
      if (marginal) t.marginal++;
      if (marginal && right) t.marginalRight++;
      rows.set(id, t);
      wrongs.push(
        `${id}  ${right ? 'right' : 'WRONG'} ${marginal ? 'marginal' : 'shared'}  ${file}  ${fact}\n      ${r.sentence}`,
      );
    }
  }
}

const pad = (v, n) => String(v).padStart(n);
const rate = (a, b) => (b ? (a / b).toFixed(2) : '  - ');
console.log(`${'rule'.padEnd(30)} conf  facts right wrong  P    | marginal right wrong  P`);
const total = { all: 0, right: 0, marginal: 0, marginalRight: 0 };
// Worst first: the lowest precision of marginal facts; rules with none last.
const worst = (t) => (t.marginal ? t.marginalRight / t.marginal : 2);
for (const [id, t] of [...rows].sort((a, b) => worst(a[1]) - worst(b[1]) || b[1].marginal - a[1].marginal)) {
  for (const f of Object.keys(total)) total[f] += t[f];
  console.log(
    `${id.padEnd(30)} ${confidenceOf.get(id).toFixed(2)} ${pad(t.all, 6)} ${pad(t.right, 5)} ${pad(t.all - t.right, 5)}  ${rate(t.right, t.all)} | ${pad(t.marginal, 8)} ${pad(t.marginalRight, 5)} ${pad(t.marginal - t.marginalRight, 5)}  ${rate(t.marginalRight, t.marginal)}`,
  );
}
console.log(
  `${'all act rules'.padEnd(30)}      ${pad(total.all, 6)} ${pad(total.right, 5)} ${pad(total.all - total.right, 5)}  ${rate(total.right, total.all)} | ${pad(total.marginal, 8)} ${pad(total.marginalRight, 5)} ${pad(total.marginal - total.marginalRight, 5)}  ${rate(total.marginalRight, total.marginal)}`,
);
console.log(`${articles} gold articles from ${dirs.filter(existsSync).join(', ')}`);

if (argv.includes('--write')) {
  // Rules with no fact on these golds keep the confidence written in their rule file.
  const measured = {};
  for (const [id, t] of [...rows].sort((a, b) => a[0].localeCompare(b[0]))) {
    const confidence = Number(((t.right + PRIOR * PRIOR_WEIGHT) / (t.all + PRIOR_WEIGHT)).toFixed(2));
    const mostlyWrong = t.marginal >= MIN_MARGINAL && t.marginalRight * 2 < t.marginal;
    measured[id] = { confidence, ...(mostlyWrong ? { combined: false } : {}) };
  }
  const note = `written by scripts/measure-rules.mjs from ${articles} gold articles`;
  writeFileSync(measuredFile, `${JSON.stringify({ note, rules: measured }, null, 2)}\n`);
  console.log(`wrote ${measuredFile}`);
}
if (verbose) for (const w of wrongs.sort()) console.log(w);
