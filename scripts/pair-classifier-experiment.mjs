#!/usr/bin/env node
// Round 24's experiment: can a learned pair classifier add the facts the readers miss on unseen
// news? For every two entities our entity step finds in one sentence it predicts a predicate
// and direction (or none) from words, not names: the entity types, the words between and around
// the two mentions, their distance, and (with --triggers) the frame lexicon's verbs and nouns
// seen there. It is multinomial logistic regression trained by AdaGrad on the gold relations
// whose evidence sentence holds both entities. It adds a fact only for a pair the extractor left
// unrelated, and only above a probability threshold.
//
// Judged the way unseen text is: each batch is extracted by the build of the round when it was
// still blind (test/gold/README's start commit), and the model is trained only on the batches
// annotated before it. Train itself is no guide: its readers are fitted, so what they leave
// there is what no reader finds.
//   node scripts/pair-classifier-experiment.mjs [--triggers] BATCH=ROOT ...
//     BATCH  a gold file prefix in test/gold/train (b20, b21, ...)
//     ROOT   a built checkout of the round's start commit (its dist/ is read)
// Training features come from this checkout's build (npm run build first).
import { readFileSync, readdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, resolve, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const argv = process.argv.slice(2);
const withTriggers = argv.includes('--triggers');
const batches = argv.filter((a) => a.includes('=')).map((a) => a.split('='));
const trainDir = join(root, 'test/gold/train');
const THRESHOLDS = [0.7, 0.8, 0.9, 0.95];
const SYMMETRIC = new Set(['COOPERATED']);
const PREDICATES = ['ATTACKED', 'KILLED', 'SUPPORTS', 'CRITICIZED', 'THREATENED', 'DEMANDED',
  'COOPERATED', 'SANCTIONED', 'LEADS', 'MEMBER_OF', 'LOCATED_IN'];
const LABELS = ['NONE', ...PREDICATES.flatMap((p) => (SYMMETRIC.has(p) ? [`${p}=`] : [`${p}>`, `${p}<`]))];
const WORD = /[A-Za-z][A-Za-z'’-]*|\d+|[^\sA-Za-z\d]/g;

// score.mjs's name normalisation, so a fact counts exactly as the scorer counts it
const norm = (s) =>
  String(s ?? '').normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toLowerCase()
    .replace(/[’'`]s\b/g, '').replace(/^the\s+/, '').replace(/[.,'’`"“”()\-–—_]/g, ' ')
    .replace(/\s+/g, ' ').trim();
const stem = (w) => (w.length > 5 ? w.toLowerCase().replace(/(ing|ed|es|s)$/, '') : w.toLowerCase());
const num = (file) => Number(/^b(\d+)-/.exec(file)?.[1] ?? 0);

const lexicon = JSON.parse(readFileSync(join(root, 'src/extract/lexicon/frames.json'), 'utf8')).frames
  .filter((r) => r.lemma && !/\s/.test(r.lemma));
const triggerCache = new Map();
/** The predicates whose lexicon lemma this word is a form of ("condemned" → CRITICIZED). */
function triggers(word) {
  const w = word.toLowerCase();
  if (!triggerCache.has(w)) {
    const found = lexicon.filter((r) => {
      const base = r.lemma.replace(/(e|y)$/, '');
      return w === r.lemma || (w.startsWith(base) && /^(s|es|ed|d|ing|ies|ied|e|y|ment|ments)$/.test(w.slice(base.length)));
    });
    triggerCache.set(w, [...new Set(found.map((r) => r.predicate))]);
  }
  return triggerCache.get(w);
}

/** One build's reading of a gold folder's articles: sentences, mentions, entities and facts. */
function readWith(buildRoot, files) {
  const load = createRequire(join(buildRoot, 'package.json'));
  const { splitSentences } = load(join(buildRoot, 'dist/extract/sentences'));
  const { recognizeEntities } = load(join(buildRoot, 'dist/extract/entities'));
  const { extractRelations } = load(join(buildRoot, 'dist/extract/relations'));
  return files.map((file) => {
    const gold = JSON.parse(readFileSync(join(trainDir, file), 'utf8'));
    const article = { id: gold.id, title: gold.title, text: gold.text, url: gold.source, published: gold.published };
    const sentences = splitSentences(article.text);
    const { entities, mentions } = recognizeEntities(article, sentences);
    const relations = extractRelations({ article, sentences, entities, mentions, engine: 'combined' });
    return { file, gold, text: article.text, sentences, entities, mentions, relations };
  });
}

/** Every pair of entities met in one sentence, with its features and gold label. */
function pairsOf(doc) {
  const goldKeys = doc.gold.entities.map((e) => ({ name: e.name, keys: new Set([e.name, ...(e.aliases ?? [])].map(norm)) }));
  const lookup = (n) => goldKeys.find((g) => g.keys.has(norm(n)));
  const toGold = new Map(doc.entities.map((e) => [e.id, (lookup(e.name) ?? e.aliases.map(lookup).find(Boolean))?.name ?? `?${e.name}`]));
  const byId = new Map(doc.entities.map((e) => [e.id, e]));
  const related = new Set(doc.relations.flatMap((r) => [`${r.subjectId}|${r.objectId}`, `${r.objectId}|${r.subjectId}`]));
  const pairs = [];
  for (const s of doc.sentences) {
    const ms = doc.mentions.filter((m) => m.sentenceIndex === s.index).sort((a, b) => a.start - b.start);
    const toks = [...s.text.matchAll(WORD)].map((m) => ({ w: m[0], a: s.start + m.index, b: s.start + m.index + m[0].length }));
    const tokAt = (off) => { const i = toks.findIndex((t) => t.b > off); return i < 0 ? toks.length : i; };
    const seen = new Set();
    for (let i = 0; i < ms.length; i++) for (let j = i + 1; j < ms.length; j++) {
      const [A, B] = [ms[i], ms[j]];
      const [ea, eb] = [byId.get(A.entityId), byId.get(B.entityId)];
      if (!ea || !eb || A.entityId === B.entityId || B.start < A.end || seen.has(`${A.entityId}|${B.entityId}`)) continue;
      seen.add(`${A.entityId}|${B.entityId}`).add(`${B.entityId}|${A.entityId}`);
      const [a0, a1, b0, b1] = [tokAt(A.start), tokAt(A.end - 1) + 1, tokAt(B.start), tokAt(B.end - 1) + 1];
      const between = toks.slice(a1, b0).map((t) => stem(t.w));
      const before = toks.slice(Math.max(0, a0 - 3), a0).map((t) => stem(t.w));
      const after = toks.slice(b1, b1 + 3).map((t) => stem(t.w));
      const kind = (e) => e.type + (e.category ? `/${e.category}` : '');
      const form = (m, e) => (m.text === e.name ? 'name' : /^[a-z]/.test(m.text) ? 'lower' : 'alias');
      const f = [`ta=${kind(ea)}`, `tb=${kind(eb)}`, `tt=${kind(ea)}_${kind(eb)}`,
        `ra=${A.reason.split(':')[0]}`, `rb=${B.reason.split(':')[0]}`, `mta=${form(A, ea)}`, `mtb=${form(B, eb)}`,
        `d=${Math.min(between.length, 11)}`,
        `mid=${Math.min(ms.filter((x) => x.start >= A.end && x.end <= B.start).length, 3)}`,
        ...between.map((w) => `bw=${w}`), ...between.slice(1).map((w, k) => `bb=${between[k]}_${w}`),
        ...before.map((w) => `pre=${w}`), ...after.map((w) => `post=${w}`)];
      if (between.length) f.push(`b0=${between[0]}`, `bl=${between.at(-1)}`);
      else f.push('adjacent');
      if (between.length <= 4) f.push(`short=${between.join('_')}`);
      if (withTriggers) for (const w of toks.slice(a1, b0)) for (const p of triggers(w.w)) f.push(`trig=${p}`);
      // the label: a gold relation between the two whose evidence is this sentence; a gold
      // relation stated only elsewhere leaves the pair out of training
      const [ga, gb] = [toGold.get(A.entityId), toGold.get(B.entityId)];
      const here = norm(s.text);
      const inThis = (r) => { const e = norm(r.evidence); return e && (here.includes(e.slice(0, 60)) || e.includes(here.slice(0, 60))); };
      const hits = doc.gold.relations.flatMap((r) =>
        r.subject === ga && r.object === gb ? [[r, '>']] : r.subject === gb && r.object === ga ? [[r, '<']] : []);
      const stated = hits.find(([r]) => inThis(r));
      const label = stated ? LABELS.indexOf(SYMMETRIC.has(stated[0].predicate) ? `${stated[0].predicate}=` : stated[0].predicate + stated[1]) : 0;
      pairs.push({ f: [...f, 'bias'], label, skip: !stated && hits.length > 0, ga, gb, related: related.has(`${A.entityId}|${B.entityId}`) });
    }
  }
  return { doc, toGold, pairs };
}

function softmax(W, features) {
  const z = new Float64Array(LABELS.length);
  for (const f of features) { const w = W.get(f); if (w) for (let k = 0; k < z.length; k++) z[k] += w[k]; }
  const top = Math.max(...z);
  let sum = 0;
  for (let k = 0; k < z.length; k++) sum += z[k] = Math.exp(z[k] - top);
  return z.map((v) => v / sum);
}

function train(pairs, epochs = 8, rate = 0.2) {
  const W = new Map(), G = new Map();
  const data = pairs.filter((p) => !p.skip);
  let seed = 7;
  const random = () => (seed = (seed * 16807) % 2147483647) / 2147483647;
  for (let epoch = 0; epoch < epochs; epoch++) {
    for (let i = data.length - 1; i > 0; i--) { const j = Math.floor(random() * (i + 1)); [data[i], data[j]] = [data[j], data[i]]; }
    for (const p of data) {
      const prob = softmax(W, p.f);
      for (const f of p.f) {
        if (!W.has(f)) { W.set(f, new Float64Array(LABELS.length)); G.set(f, new Float64Array(LABELS.length).fill(1e-8)); }
        const [w, g] = [W.get(f), G.get(f)];
        for (let k = 0; k < w.length; k++) {
          const grad = prob[k] - (k === p.label ? 1 : 0);
          g[k] += grad * grad;
          w[k] -= (rate * grad) / Math.sqrt(g[k]);
        }
      }
    }
  }
  return W;
}

/** Relation P/R/F1 over the documents, the extractor's facts plus those the model adds. */
function score(read, W, threshold) {
  let [tp, fp, fn, right, wrong] = [0, 0, 0, 0, 0];
  for (const { doc, toGold, pairs } of read) {
    const key = (s, p, o) => (SYMMETRIC.has(p) && o < s ? `${o}|${p}|${s}` : `${s}|${p}|${o}`);
    const gold = new Set(doc.gold.relations.map((r) => key(r.subject, r.predicate, r.object)));
    const ours = new Set(doc.relations.map((r) => key(toGold.get(r.subjectId), r.predicate, toGold.get(r.objectId))));
    if (W) for (const p of pairs) {
      if (p.related) continue;
      const prob = softmax(W, p.f);
      const best = prob.indexOf(Math.max(...prob));
      if (best === 0 || prob[best] < threshold) continue;
      const [predicate, way] = [LABELS[best].slice(0, -1), LABELS[best].slice(-1)];
      const k = way === '<' ? key(p.gb, predicate, p.ga) : key(p.ga, predicate, p.gb);
      if (ours.has(k)) continue;
      ours.add(k);
      if (gold.has(k)) right++;
      else wrong++;
    }
    for (const k of ours) {
      if (gold.has(k)) tp++;
      else fp++;
    }
    for (const k of gold) if (!ours.has(k)) fn++;
  }
  const [P, R] = [tp / (tp + fp), tp / (tp + fn)];
  return { line: `${P.toFixed(3)}/${R.toFixed(3)}/${((2 * P * R) / (P + R)).toFixed(3)}`, right, wrong };
}

const files = readdirSync(trainDir).filter((f) => f.endsWith('.json')).sort();
const current = readWith(root, files).map(pairsOf);
const total = Object.fromEntries(THRESHOLDS.map((t) => [t, [0, 0]]));
for (const [batch, buildRoot] of batches) {
  const n = num(`${batch}-`);
  const unseen = readWith(resolve(buildRoot), files.filter((f) => num(f) === n)).map(pairsOf);
  const W = train(current.filter((r) => num(r.doc.file) < n).flatMap((r) => r.pairs));
  const cells = THRESHOLDS.map((t) => {
    const s = score(unseen, W, t);
    total[t][0] += s.right;
    total[t][1] += s.wrong;
    return `≥${t}: ${s.line} (+${s.right} right, +${s.wrong} wrong)`;
  });
  console.log(`${batch} (${unseen.length} articles) extractor ${score(unseen).line} | ${cells.join(' | ')}`);
}
for (const t of THRESHOLDS) console.log(`threshold ${t}: added ${total[t][0]} right, ${total[t][1]} wrong`);
