#!/usr/bin/env node
// The whole extraction's CPU time (parse included) of two builds, alternated article by article in
// one process, so that a busy machine slows both alike:
//   node scripts/build-cost-ab.mjs OTHER_DIST [ROUNDS]   (after npm run build; this build is B)
// OTHER_DIST is another build's dist/ (e.g. a worktree at the round's start, built). Unlike
// extract-cost-ab.mjs the two builds may read different facts (a round's readers are in the cost),
// and each side parses with its own sweep (src/extract/sweep.ts), swapped into the one compromise
// both share. The corpus is the ../shared/eval dev texts and test/gold/train.
import { join, resolve, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createRequire } from 'node:module';
import { cpu, goldArticles } from './cost-corpus.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(import.meta.url);
if (!process.argv[2]) throw new Error('usage: build-cost-ab.mjs OTHER_DIST [ROUNDS]');
const side = (dist) => ({
  extract: require(join(dist, 'extract/index.js')).extractArticle,
  bulk: require(join(dist, 'extract/sweep.js')).bulkMatch,
});
const A = side(resolve(process.argv[2]));
const B = side(join(root, 'dist'));
const one = require(join(root, 'dist/extract/nlp.js')).nlp.methods().one;
const rounds = Number(process.argv[3] ?? 2);
const articles = goldArticles(root);
const run = (s, a) => {
  one.bulkMatch = s.bulk;
  return s.extract(a);
};
const total = { A: 0, B: 0 };
const per = [];
for (let r = 0; r < rounds; r++) {
  const here = { A: 0, B: 0 };
  articles.forEach((a, k) => {
    for (const name of (k + r) % 2 ? ['A', 'B'] : ['B', 'A']) {
      // a changed text each round, so no cache of a build answers for it
      const article = { ...a, text: a.text + ' '.repeat(r + 1) };
      const t0 = cpu();
      run(name === 'A' ? A : B, article);
      here[name] += cpu() - t0;
    }
  });
  total.A += here.A;
  total.B += here.B;
  per.push((here.B / here.A).toFixed(3));
}
const s = (us) => (us / 1e6).toFixed(2);
console.log(
  `${articles.length} articles x ${rounds}: extraction A ${s(total.A)} s, B ${s(total.B)} s, B/A ${(total.B / total.A).toFixed(3)} (rounds ${per.join(' ')})`,
);
