#!/usr/bin/env node
// compromise's parse with its own sweep (A: methods.one.bulkMatch as compromise ships it) and with
// ours (B: src/extract/sweep.ts, as nlp.ts registers it), alternated article by article in one
// process, CPU time, and the rest of the extraction after each parse:
//   node scripts/sweep-cost-ab.mjs [ROUNDS]      (after npm run build)
// extract-cost-ab.mjs cannot show this: two builds loaded in one process share one compromise.
// The corpus is the ../shared/eval dev texts and test/gold/train.
import { join, resolve, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createRequire } from 'node:module';
import { cpu, goldArticles } from './cost-corpus.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(import.meta.url);
const shipped = require('compromise/two').methods().one.bulkMatch; // before nlp.ts replaces it
const { nlp, termsOf } = require(join(root, 'dist/extract/nlp.js'));
const { extractArticle } = require(join(root, 'dist/extract/index.js'));
const { casedText } = require(join(root, 'dist/extract/entities/cased-text.js'));
const one = nlp.methods().one;
const sweeps = { A: shipped, B: one.bulkMatch };
if (sweeps.A === sweeps.B) throw new Error('nlp.ts did not replace compromise bulkMatch');
const rounds = Number(process.argv[2] ?? 2);

const articles = goldArticles(root);
for (const a of articles.slice(0, 20)) extractArticle(a); // warm up
const time = { A: { parse: 0, rest: 0 }, B: { parse: 0, rest: 0 } };
for (let r = 0; r < rounds; r++) {
  articles.forEach((a, k) => {
    for (const name of (k + r) % 2 ? ['A', 'B'] : ['B', 'A']) {
      one.bulkMatch = sweeps[name];
      // a trailing space of its own per side, so termsOf's one-text memo does not serve the other
      const article = { ...a, text: a.text + (name === 'A' ? ' ' : '  ') };
      const t0 = cpu();
      termsOf(casedText(article.text));
      const t1 = cpu();
      extractArticle(article);
      time[name].parse += t1 - t0;
      time[name].rest += cpu() - t1;
    }
  });
}
one.bulkMatch = sweeps.B;
const s = (us) => `${(us / 1e6).toFixed(2)} s`;
const { A, B } = time;
console.log(
  `${articles.length} articles × ${rounds}: parse A ${s(A.parse)}, B ${s(B.parse)} (B/A ${(B.parse / A.parse).toFixed(3)}); ` +
    `the rest A ${s(A.rest)}, B ${s(B.rest)}; extraction B/A ${((B.parse + B.rest) / (A.parse + A.rest)).toFixed(3)}`,
);
