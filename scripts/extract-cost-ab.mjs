#!/usr/bin/env node
// Our code's CPU time beyond compromise's parse, for two builds alternated article by article in
// one process, so that a busy machine slows both alike (the bench's wall clock cannot show a
// change of a few percent on a shared machine):
//   node scripts/extract-cost-ab.mjs OTHER_DIST [ROUNDS]   (this build's dist/ is B)
// OTHER_DIST is another build's dist/ (e.g. a worktree at the round's start, built). The corpus
// is the ../shared/eval dev texts and test/gold/train. Both builds must give the same relations.
// Each build's parse is timed too (a build may configure compromise to parse faster), and the
// last figure is the whole extraction, parse included, B over A.
import { join, resolve, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createRequire } from 'node:module';
import { cpu, goldArticles } from './cost-corpus.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(import.meta.url);
const load = (dist) => ({
  extract: require(join(dist, 'extract/index.js')).extractArticle,
  termsOf: require(join(dist, 'extract/nlp.js')).termsOf,
  cased: require(join(dist, 'extract/entities/cased-text.js')).casedText,
});
if (!process.argv[2]) throw new Error('usage: extract-cost-ab.mjs OTHER_DIST [ROUNDS]');
const A = load(resolve(process.argv[2]));
const B = load(join(root, 'dist'));
const rounds = Number(process.argv[3] ?? 3);

const articles = goldArticles(root);
for (const a of articles) {
  if (JSON.stringify(A.extract(a).relations) !== JSON.stringify(B.extract(a).relations))
    throw new Error(`the builds differ on ${a.id}`);
}
let parse = 0;
const parsed = { A: 0, B: 0 };
const ours = { A: 0, B: 0 };
const perRound = [];
for (let r = 0; r < rounds; r++) {
  const here = { A: 0, B: 0 };
  articles.forEach((a, k) => {
    for (const name of (k + r) % 2 ? ['A', 'B'] : ['B', 'A']) {
      const build = name === 'A' ? A : B;
      const t0 = cpu();
      build.termsOf(build.cased(a.text)); // the parse, remembered for the extraction that follows
      const t1 = cpu();
      build.extract(a);
      const t2 = cpu();
      parse += t1 - t0;
      parsed[name] += t1 - t0;
      here[name] += t2 - t1;
    }
  });
  ours.A += here.A;
  ours.B += here.B;
  perRound.push((here.B / here.A).toFixed(3));
}
const share = (t) => ((2 * t) / parse).toFixed(3);
console.log(
  `${articles.length} articles × ${rounds}: compromise's parse ${(parse / 2e6).toFixed(2)} s per build; ` +
    `beyond it A ${(ours.A / 1e6).toFixed(2)} s (${share(ours.A)} of the parse), ` +
    `B ${(ours.B / 1e6).toFixed(2)} s (${share(ours.B)}); B/A ${(ours.B / ours.A).toFixed(3)} (rounds ${perRound.join(' ')})`,
);
console.log(
  `parse A ${(parsed.A / 1e6).toFixed(2)} s, B ${(parsed.B / 1e6).toFixed(2)} s (B/A ${(parsed.B / parsed.A).toFixed(3)}); ` +
    `parse and the rest, B/A ${((parsed.B + ours.B) / (parsed.A + ours.A)).toFixed(3)}`,
);
