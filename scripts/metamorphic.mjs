#!/usr/bin/env node
// Metamorphic check of the frame lexicon: every record's own example sentence is rewritten the
// ways news writes the same fact (a modifier before a name, an apposition after the subject, a
// reporting clause around it, a coordinated side …) and the extractor must still read the fact;
// rewritten the ways that take the fact away (negation, a modal), it must not. No article is
// read: the figures say how well the mechanisms hold across wordings, not on one batch.
// A rewrite (scripts/metamorphic/*.mjs) is { name, keeps, apply(sentence, fact, record),
// expect?(fact), forbid?(fact) }: `keeps` rewrites must give `expect(fact)` (default: the fact
// itself), the others must give no fact of the record's predicate on the object; `forbid(fact)`
// lists partial facts ({ subject?, predicate?, object? }) that must not appear either, such as a
// bystander the rewrite added taking a side.
//   node scripts/metamorphic.mjs                     kept / applicable per rewrite, by family
//   node scripts/metamorphic.mjs --show NAME[,NAME]  the failing variants of those rewrites
//   node scripts/metamorphic.mjs --family F          only one family (scripts/metamorphic/F.mjs;
//                                                    files starting with _ are shared code)
// Needs a build (`npx tsc -p tsconfig.build.json`): it reads dist/.
import { readdirSync, readFileSync } from 'node:fs';
import { resolve, dirname } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { createRequire } from 'node:module';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const { extractArticle } = createRequire(import.meta.url)(resolve(root, 'dist/extract'));
const { frames } = JSON.parse(readFileSync(resolve(root, 'src/extract/lexicon/frames.json'), 'utf8'));

const arg = (name) => {
  const i = process.argv.indexOf(name);
  return i > 0 ? process.argv[i + 1] : undefined;
};
const show = new Set((arg('--show') ?? '').split(',').filter(Boolean));
const onlyFamily = arg('--family');

const familyDir = resolve(root, 'scripts/metamorphic');
const families = [];
for (const file of readdirSync(familyDir)
  .filter((f) => f.endsWith('.mjs') && !f.startsWith('_'))
  .sort()) {
  const name = file.replace(/\.mjs$/, '');
  if (onlyFamily && name !== onlyFamily) continue;
  const { rewrites } = await import(pathToFileURL(resolve(familyDir, file)).href);
  families.push({ name, rewrites });
}

const factsOf = (text) =>
  extractArticle({ id: 'metamorphic', title: '', text }).relations.map((r) => ({
    subject: r.subject,
    predicate: r.predicate,
    object: r.object,
  }));
const sameFact = (a, b) => a.subject === b.subject && a.predicate === b.predicate && a.object === b.object;
/** Whether `fact` fits every field `partial` gives. */
const fits = (fact, partial) => Object.entries(partial).every(([k, v]) => fact[k] === v);

// The records whose own example gives their fact are the ones a rewrite can test.
const cases = [];
let silent = 0;
for (const record of frames) {
  if (!record.positive) continue;
  const fact = factsOf(record.positive).find((f) => f.predicate === record.predicate);
  if (!fact) {
    silent++;
    continue;
  }
  cases.push({ record, sentence: record.positive, fact });
}
console.log(
  `records with an example: ${cases.length + silent}; their own example gives their fact: ${cases.length}`,
);

let allApplied = 0;
let allHeld = 0;
for (const family of families) {
  console.log(`\n${family.name}`);
  for (const rewrite of family.rewrites) {
    let applied = 0;
    const failed = [];
    for (const c of cases) {
      const variant = rewrite.apply(c.sentence, c.fact, c.record);
      if (!variant || variant === c.sentence) continue;
      applied++;
      const facts = factsOf(variant);
      const expected = rewrite.expect ? rewrite.expect(c.fact) : [c.fact];
      const forbidden = rewrite.forbid ? rewrite.forbid(c.fact) : [];
      const held =
        (rewrite.keeps
          ? expected.every((e) => facts.some((f) => sameFact(f, e)))
          : !facts.some(
              (f) => f.predicate === c.fact.predicate && [f.subject, f.object].includes(c.fact.object),
            )) && !facts.some((f) => forbidden.some((p) => fits(f, p)));
      if (!held) failed.push(`${c.record.id}: ${variant}`);
    }
    allApplied += applied;
    allHeld += applied - failed.length;
    const rate = applied ? ((applied - failed.length) / applied).toFixed(3) : '-';
    const verb = rewrite.keeps ? 'kept' : 'dropped';
    console.log(
      `  ${rewrite.name.padEnd(28)} ${verb.padEnd(7)} ${String(applied - failed.length).padStart(4)} of ${String(applied).padStart(4)}  ${rate}`,
    );
    if (show.has(rewrite.name) || show.has('all')) for (const f of failed) console.log(`      ${f}`);
  }
}
console.log(
  `\nall rewrites: held ${allHeld} of ${allApplied} (${(allHeld / Math.max(1, allApplied)).toFixed(3)})`,
);
