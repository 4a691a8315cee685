#!/usr/bin/env node
// Rounds 24 and 48: can a learned pair classifier add the facts the readers miss on unseen news?
// For every two entities our entity step finds in one sentence it predicts a predicate and
// direction (or none) from words, not names: the entity types, the words between and around the
// two mentions, their distance, and (with the full feature set) the frame lexicon's verbs and
// nouns seen there and cues the engines read too (a saying verb, a negation, "if", a passive
// "by", a possessive, coordination). It is multinomial logistic regression trained by AdaGrad on
// the gold relations whose evidence sentence holds both entities. It adds a fact only for a pair
// the extractor left unrelated in the article, and only above a probability threshold.
//
// Judged the way unseen text is: each batch is extracted by the build of the round when it was
// still blind (test/gold/README's start commit), and the model is trained only on the batches
// annotated before it (read with this checkout's build). Cross-validation on train is no guide:
// its readers are fitted, so what they leave there is what no reader finds.
//   node scripts/pair-classifier-experiment.mjs [--list BATCH] [--pool FILE] BATCH=ROOT ...
//     BATCH        a gold file prefix in test/gold/train (b44, b45, ...)
//     ROOT         a built checkout of that batch's start commit (its dist/ is read)
//     --list B     prints batch B's added facts (features full, no gate, ≥ 0.5) with sentences;
//                  refused for the newest batch given, which is the round's blind check
//     --pool FILE  trains on every batch before the newest one given and prints the facts it adds
//                  on FILE (JSON Lines of articles, read with this checkout's build) at ≥ --at
//                  (default 0.5), with the first --config named (default: full features)
//     --config N   only the named configurations (names as printed, joined by ';')
//     --cache DIR  keeps each build's reading of a batch (default /tmp/pair-experiment-cache)
// Scores count as ../shared/eval/score.mjs counts: a fact is right when the gold holds it after
// mapping our names to gold entities by name or alias. For the newest batch only counts print.
import { existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join, resolve, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const argv = process.argv.slice(2);
const valueOf = (flag) => (argv.includes(flag) ? argv[argv.indexOf(flag) + 1] : undefined);
const listBatch = valueOf('--list');
const poolFile = valueOf('--pool');
const cacheDir = valueOf('--cache') ?? join(tmpdir(), 'pair-experiment-cache');
const batches = argv.filter((a) => /^b\d+=/.test(a)).map((a) => a.split('='));
const trainDir = join(root, 'test/gold/train');
const THRESHOLDS = [0.5, 0.6, 0.7, 0.8, 0.9, 0.95];
const SYMMETRIC = new Set(['COOPERATED']);
const PREDICATES = ['ATTACKED', 'KILLED', 'SUPPORTS', 'CRITICIZED', 'THREATENED', 'DEMANDED',
  'COOPERATED', 'SANCTIONED', 'LEADS', 'MEMBER_OF', 'LOCATED_IN'];
const LABELS = ['NONE', ...PREDICATES.flatMap((p) => (SYMMETRIC.has(p) ? [`${p}=`] : [`${p}>`, `${p}<`]))];
const WORD = /[A-Za-z][A-Za-z'’-]*|\d+|[^\sA-Za-z\d]/g;
// Cue words the engines read too, as plain lists: the experiment's features, not the product's.
const SAYING = /^(said|says|say|saying|told|tells|stated|states|announced|added|according|noted|reported|claimed)$/i;
const NEGATION = /^(not|n't|no|never|neither|nor|without|denied|denies|deny|rejected)$/i;
const CONDITION = /^(if|unless|whether|would|could|might|may|should|plans?|planned|intends?|threatens?)$/i;
const ROLE_WORDS = {
  LEADS: /^(leader|leaders|head|heads|chief|chiefs|commander|commanders|president|chairman|chair|director|ceo|founder|premier|king|emir|prime)$/i,
  MEMBER_OF: /^(member|members|official|officials|minister|ministers|spokesman|spokeswoman|spokesperson|secretary|ambassador|envoy|deputy|adviser|advisor|officer|agent|representative|senator|lawmaker|general|unit|wing|affiliate|faction|branch)$/i,
  LOCATED_IN: /^(in|of|near|city|town|province|region|district|village|capital|port|base|border|camp|state)$/i,
};

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
    const predicates = [...new Set(found.map((r) => r.predicate))];
    for (const [p, re] of Object.entries(ROLE_WORDS)) if (p !== 'LOCATED_IN' && re.test(w)) predicates.push(p);
    triggerCache.set(w, predicates);
  }
  return triggerCache.get(w);
}

/** Gold files as the CLI receives them (to-jsonl.mjs's bare articles). */
function jsonlOf(files) {
  return files.map((f) => {
    const g = JSON.parse(readFileSync(join(trainDir, f), 'utf8'));
    return JSON.stringify({ id: g.id, title: g.title, text: g.text, url: g.source, published: g.published });
  }).join('\n') + '\n';
}

/** One build's reading of some articles (the CLI's path: sources' cleaning, extractArticle), cached. */
async function readWith(buildRoot, name, jsonl) {
  mkdirSync(cacheDir, { recursive: true });
  const cache = join(cacheDir, `${name}.json`);
  if (existsSync(cache)) return JSON.parse(readFileSync(cache, 'utf8'));
  const input = join(cacheDir, `${name}.jsonl`);
  writeFileSync(input, jsonl);
  const load = createRequire(join(buildRoot, 'package.json'));
  const { readArticles } = load(join(buildRoot, 'dist/sources'));
  const { extractArticle, splitSentences } = load(join(buildRoot, 'dist/extract'));
  const { recognizeEntities } = load(join(buildRoot, 'dist/extract/entities'));
  const docs = [];
  for await (const article of readArticles([input], { onFailure: (f) => console.error(f.message) })) {
    const sentences = splitSentences(article.text);
    const { mentions } = recognizeEntities(article, sentences);
    const { entities, relations } = extractArticle(article);
    docs.push({
      id: article.id,
      sentences: sentences.map(({ index, start, text }) => ({ index, start, text })),
      mentions: mentions.map(({ entityId, text, start, end, sentenceIndex, reason }) => ({ entityId, text, start, end, sentenceIndex, reason })),
      entities: entities.map(({ id, name, type, category, aliases }) => ({ id, name, type, category, aliases })),
      relations: relations.map(({ subject, object, subjectId, objectId, predicate }) => ({ subject, object, subjectId, objectId, predicate })),
    });
  }
  writeFileSync(cache, JSON.stringify(docs));
  return docs;
}

/** score.mjs's mapping of our names to gold entities, for one document. */
function goldResolver(gold, entities) {
  const gEnts = (gold?.entities ?? []).map((e) => ({ name: e.name, keys: new Set([e.name, ...(e.aliases ?? [])].map(norm)) }));
  const lookup = (n) => gEnts.find((g) => g.keys.has(norm(n)));
  const nameToGold = new Map();
  for (const p of entities) {
    const names = [p.name, ...(p.aliases ?? [])];
    const g = lookup(p.name) ?? names.map(lookup).find(Boolean);
    for (const n of names) if (g && !nameToGold.has(norm(n))) nameToGold.set(norm(n), g);
  }
  return (name) => (nameToGold.get(norm(name)) ?? lookup(name))?.name ?? `?${name}`;
}

/** The features of one pair: round 24's words and types, and with `full` the engines' cues. */
function featuresOf(toks, A, B, ea, eb, ms, full) {
  const tokAt = (off) => { const i = toks.findIndex((t) => t.b > off); return i < 0 ? toks.length : i; };
  const [a0, a1, b0, b1] = [tokAt(A.start), tokAt(A.end - 1) + 1, tokAt(B.start), tokAt(B.end - 1) + 1];
  const gap = toks.slice(a1, b0);
  const between = gap.map((t) => stem(t.w));
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
  const trig = new Set(gap.flatMap((t) => triggers(t.w)));
  for (const p of trig) f.push(`trig=${p}`);
  if (!full) return { f, trig, sentTrig: trig };
  const sentTrig = new Set(toks.flatMap((t) => triggers(t.w)));
  for (const p of sentTrig) if (!trig.has(p)) f.push(`strig=${p}`);
  const tt = `${kind(ea)}_${kind(eb)}`;
  for (const p of trig) f.push(`trigtt=${p}_${tt}`);
  const lead = toks.slice(0, a0);
  if (gap.some((t) => SAYING.test(t.w))) f.push('say-between');
  if (lead.some((t) => SAYING.test(t.w))) f.push('say-before');
  if (gap.some((t) => NEGATION.test(t.w))) f.push('neg-between');
  if ([...lead, ...gap].some((t) => CONDITION.test(t.w))) f.push('cond');
  if (/^by$/i.test(gap.at(-1)?.w ?? '')) f.push('by-before-b');
  if (/^of$/i.test(gap.at(-1)?.w ?? '')) f.push('of-before-b');
  if (/^['’]s?$/.test(gap[0]?.w ?? '')) f.push('possessive-a');
  if (gap.some((t) => /^(and|or)$/i.test(t.w))) f.push('coord-between');
  f.push(`commas=${Math.min(gap.filter((t) => t.w === ',').length, 3)}`);
  if (gap.some((t) => /^[“”"]$/.test(t.w))) f.push('quote-between');
  if (a0 === 0) f.push('a-opens');
  if (gap.some((t) => /^(who|which|that|whose)$/i.test(t.w))) f.push('relative-between');
  for (const [p, re] of Object.entries(ROLE_WORDS)) if ([...gap, ...toks.slice(Math.max(0, a0 - 2), a0)].some((t) => re.test(t.w))) f.push(`role=${p}`);
  return { f, trig, sentTrig };
}

/** Every pair of entities met in one sentence, with its features and gold label. */
function pairsOf(doc, gold, full, engineFlag = false) {
  const resolveName = goldResolver(gold, doc.entities);
  const toGold = new Map(doc.entities.map((e) => [e.id, resolveName(e.name)]));
  const byId = new Map(doc.entities.map((e) => [e.id, e]));
  const related = new Set(doc.relations.flatMap((r) => [`${r.subjectId}|${r.objectId}`, `${r.objectId}|${r.subjectId}`]));
  const pairs = [];
  for (const s of doc.sentences) {
    const ms = doc.mentions.filter((m) => m.sentenceIndex === s.index).sort((a, b) => a.start - b.start);
    if (ms.length < 2) continue;
    const toks = [...s.text.matchAll(WORD)].map((m) => ({ w: m[0], a: s.start + m.index, b: s.start + m.index + m[0].length }));
    const here = norm(s.text);
    const seen = new Set();
    for (let i = 0; i < ms.length; i++) for (let j = i + 1; j < ms.length; j++) {
      const [A, B] = [ms[i], ms[j]];
      const [ea, eb] = [byId.get(A.entityId), byId.get(B.entityId)];
      if (!ea || !eb || A.entityId === B.entityId || B.start < A.end || seen.has(`${A.entityId}|${B.entityId}`)) continue;
      seen.add(`${A.entityId}|${B.entityId}`).add(`${B.entityId}|${A.entityId}`);
      const { f, trig, sentTrig } = featuresOf(toks, A, B, ea, eb, ms, full);
      // the label: a gold relation between the two whose evidence is this sentence; a gold
      // relation stated only elsewhere leaves the pair out of training
      const [ga, gb] = [toGold.get(A.entityId), toGold.get(B.entityId)];
      const inThis = (r) => { const e = norm(r.evidence); return e && (here.includes(e.slice(0, 60)) || e.includes(here.slice(0, 60))); };
      const hits = (gold?.relations ?? []).flatMap((r) =>
        r.subject === ga && r.object === gb ? [[r, '>']] : r.subject === gb && r.object === ga ? [[r, '<']] : []);
      const stated = hits.find(([r]) => inThis(r));
      const label = stated ? LABELS.indexOf(SYMMETRIC.has(stated[0].predicate) ? `${stated[0].predicate}=` : stated[0].predicate + stated[1]) : 0;
      const isRelated = related.has(`${A.entityId}|${B.entityId}`);
      // with engineFlag the model learns the engines' pairs apart from the rest, so its
      // probabilities for the pairs they left unread are not those of the easy pairs they read
      if (engineFlag) f.push(isRelated ? 'engine=read' : 'engine=unread');
      // close: no other actor and no quote between, fewer than 11 words apart
      const close = !f.some((x) => /^mid=[1-9]/.test(x) || x === 'quote-between' || x === 'd=11');
      pairs.push({ f: [...f, 'bias'], label, close, skip: !stated && hits.length > 0, ga, gb, trig, sentTrig,
        related: isRelated, sentence: s.text, a: A.text, b: B.text });
    }
  }
  return { doc, gold, toGold, resolveName, pairs };
}

function softmax(W, features) {
  const z = new Float64Array(LABELS.length);
  for (const f of features) { const w = W.get(f); if (w) for (let k = 0; k < z.length; k++) z[k] += w[k]; }
  const top = Math.max(...z);
  let sum = 0;
  for (let k = 0; k < z.length; k++) sum += z[k] = Math.exp(z[k] - top);
  return z.map((v) => v / sum);
}

/** AdaGrad over the pairs in a seeded order; features seen in fewer than `minCount` pairs are left out. */
function train(pairs, { epochs = 8, rate = 0.2, minCount = 1 } = {}) {
  const data = pairs.filter((p) => !p.skip);
  const count = new Map();
  for (const p of data) for (const f of new Set(p.f)) count.set(f, (count.get(f) ?? 0) + 1);
  const W = new Map(), G = new Map();
  let seed = 7;
  const random = () => (seed = (seed * 16807) % 2147483647) / 2147483647;
  for (let epoch = 0; epoch < epochs; epoch++) {
    for (let i = data.length - 1; i > 0; i--) { const j = Math.floor(random() * (i + 1)); [data[i], data[j]] = [data[j], data[i]]; }
    for (const p of data) {
      const fs = p.f.filter((f) => count.get(f) >= minCount);
      const prob = softmax(W, fs);
      for (const f of fs) {
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

const relKey = (s, p, o) => (SYMMETRIC.has(p) && o < s ? `${o}|${p}|${s}` : `${s}|${p}|${o}`);

/** The facts the model would add to one read document: pairs the extractor left unrelated. */
function additions(read, W, minP, gate) {
  const { doc, resolveName, pairs } = read;
  const ours = new Set(doc.relations.map((r) => relKey(resolveName(r.subject), r.predicate, resolveName(r.object))));
  const added = [];
  for (const p of pairs) {
    if (p.related || p.ga === p.gb) continue;
    const prob = softmax(W, p.f);
    const best = prob.indexOf(Math.max(...prob));
    if (best === 0 || prob[best] < minP) continue;
    const [predicate, way] = [LABELS[best].slice(0, -1), LABELS[best].slice(-1)];
    if (gate === 'between' && !p.trig.has(predicate)) continue;
    if (gate === 'sentence' && !p.sentTrig.has(predicate) && !ROLE_WORDS[predicate]) continue;
    if (gate === 'close' && !p.close) continue;
    if (gate === 'acts' && ROLE_WORDS[predicate]) continue;
    const k = way === '<' ? relKey(p.gb, predicate, p.ga) : relKey(p.ga, predicate, p.gb);
    if (ours.has(k)) continue;
    ours.add(k);
    added.push({ key: k, predicate, p: prob[best], pair: p });
  }
  return added;
}

/** The extractor's relation P/R/F1 over the documents, as score.mjs prints it. */
function baseline(reads) {
  let [tp, fp, fn] = [0, 0, 0];
  for (const { doc, gold, resolveName } of reads) {
    const g = new Set(gold.relations.map((r) => relKey(r.subject, r.predicate, r.object)));
    const ours = new Set(doc.relations.map((r) => relKey(resolveName(r.subject), r.predicate, resolveName(r.object))));
    for (const k of ours) {
      if (g.has(k)) tp++;
      else fp++;
    }
    for (const k of g) if (!ours.has(k)) fn++;
  }
  const [P, R] = [tp / (tp + fp), tp / (tp + fn)];
  return `${P.toFixed(3)}/${R.toFixed(3)}/${((2 * P * R) / (P + R)).toFixed(3)} (${tp} right of ${tp + fn} gold)`;
}

const isRight = (read, k) => read.gold.relations.some((r) => relKey(r.subject, r.predicate, r.object) === k);

// ---- read
const files = readdirSync(trainDir).filter((f) => f.endsWith('.json')).sort();
const newest = Math.max(...batches.map(([b]) => num(`${b}-`)));
const goldOf = new Map(files.map((f) => [f, JSON.parse(readFileSync(join(trainDir, f), 'utf8'))]));
const byId = (docs, fs) => { const m = new Map(docs.map((d) => [d.id, d])); return fs.map((f) => ({ f, doc: m.get(goldOf.get(f).id) })); };
const trainFiles = files.filter((f) => num(f) < newest);
const trainDocs = byId(await readWith(root, `train-lt${newest}`, jsonlOf(trainFiles)), trainFiles);
const unseenDocs = new Map();
for (const [batch, buildRoot] of batches) {
  const fs = files.filter((f) => num(f) === num(`${batch}-`));
  unseenDocs.set(batch, byId(await readWith(resolve(buildRoot), `${batch}-own-build`, jsonlOf(fs)), fs));
}

const CONFIGS = [
  { name: 'round 24 features', full: false, gate: 'none', minCount: 1 },
  { name: 'full features', full: true, gate: 'none', minCount: 1 },
  { name: 'full, min count 3', full: true, gate: 'none', minCount: 3 },
  { name: 'full, trigger in sentence', full: true, gate: 'sentence', minCount: 1 },
  { name: 'full, trigger between', full: true, gate: 'between', minCount: 1 },
  { name: 'full, engines\' pairs flagged', full: true, gate: 'none', minCount: 1, engineFlag: true },
  { name: 'full, close pairs only', full: true, gate: 'close', minCount: 1 },
  { name: 'full, acts only (no structural predicate)', full: true, gate: 'acts', minCount: 1 },
  { name: 'full, engines\' pairs flagged, close pairs only', full: true, gate: 'close', minCount: 1, engineFlag: true },
];
const onlyConfigs = valueOf('--config')?.split(';');

// ---- judge each batch with a model trained on the batches before it
const perPredicate = {}; // config → batch → predicate → threshold → [right, wrong]
for (const config of CONFIGS.filter((c) => !onlyConfigs || onlyConfigs.includes(c.name))) {
  const trainRead = trainDocs.map(({ f, doc }) => ({ f, ...pairsOf(doc, goldOf.get(f), config.full, config.engineFlag) }));
  console.log(`\n== ${config.name}`);
  const total = Object.fromEntries(THRESHOLDS.map((t) => [t, [0, 0]]));
  perPredicate[config.name] = {};
  for (const [batch] of batches) {
    const n = num(`${batch}-`);
    const unseen = unseenDocs.get(batch).map(({ f, doc }) => ({ f, ...pairsOf(doc, goldOf.get(f), config.full, config.engineFlag) }));
    const before = trainRead.filter((r) => num(r.f) < n);
    const examples = before.flatMap((r) => r.pairs);
    const W = train(examples, { minCount: config.minCount });
    if (n === newest)
      console.log(`  (the newest batch's model: ${before.length} articles, ${examples.filter((p) => !p.skip).length} pairs, ` +
        `${examples.filter((p) => p.label).length} with a gold predicate, ${examples.filter((p) => p.label && !p.related).length} of them left unread by the engines)`);
    const table = (perPredicate[config.name][batch] = {});
    const cells = THRESHOLDS.map((t) => {
      let [right, wrong] = [0, 0];
      for (const read of unseen) for (const a of additions(read, W, t, config.gate)) {
        const ok = isRight(read, a.key);
        if (ok) right++;
        else wrong++;
        const cell = ((table[a.predicate] ??= {})[t] ??= [0, 0]);
        cell[ok ? 0 : 1]++;
        if (listBatch === batch && n !== newest && t === 0.5 && config.name === 'full features')
          console.log(`  ${ok ? 'RIGHT' : 'wrong'} p=${a.p.toFixed(2)} ${a.key}\n      ${a.pair.sentence.replace(/\s+/g, ' ')}`);
      }
      total[t][0] += right;
      total[t][1] += wrong;
      return `≥${t} +${right}/−${wrong}`;
    });
    console.log(`${batch} (${unseen.length} articles, extractor ${baseline(unseen)}) ${cells.join(' | ')}`);
  }
  console.log(THRESHOLDS.map((t) => `≥${t}: ${total[t][0]} right, ${total[t][1]} wrong`).join(' | '));
  // by predicate, summed over the batches before the newest (the newest is the check)
  const sum = {};
  for (const [batch, table] of Object.entries(perPredicate[config.name])) {
    if (num(`${batch}-`) === newest) continue;
    for (const [p, row] of Object.entries(table)) for (const [t, [r, w]] of Object.entries(row)) {
      const c = ((sum[p] ??= {})[t] ??= [0, 0]);
      c[0] += r; c[1] += w;
    }
  }
  for (const [p, row] of Object.entries(sum).sort())
    console.log(`  ${p.padEnd(11)} ${THRESHOLDS.map((t) => `≥${t} ${row[t]?.[0] ?? 0}/${row[t]?.[1] ?? 0}`).join('  ')}`);
  // per-predicate thresholds chosen on the batches judged before each one (rolling): the lowest
  // threshold at which the predicate's additions there were ≥ 0.75 right with at least 3 right
  const order = batches.map(([b]) => b).sort((x, y) => num(`${x}-`) - num(`${y}-`));
  const rolled = order.map((batch, i) => {
    const past = order.slice(0, i);
    let [right, wrong] = [0, 0];
    const chosen = [];
    for (const p of PREDICATES) {
      const t = THRESHOLDS.find((th) => {
        const [r, w] = past.reduce((acc, b) => { const c = perPredicate[config.name][b][p]?.[th] ?? [0, 0]; return [acc[0] + c[0], acc[1] + c[1]]; }, [0, 0]);
        return r >= 3 && r / (r + w) >= 0.75;
      });
      if (t === undefined) continue;
      chosen.push(`${p}≥${t}`);
      const c = perPredicate[config.name][batch][p]?.[t] ?? [0, 0];
      right += c[0]; wrong += c[1];
    }
    return `${batch}: +${right}/−${wrong} [${chosen.join(' ') || 'none'}]`;
  });
  console.log(`  per-predicate thresholds from earlier batches: ${rolled.join(' | ')}`);
}

// ---- a fresh pool, read by hand: the model trained on every batch before the newest
if (poolFile) {
  const config = CONFIGS.find((c) => onlyConfigs?.includes(c.name)) ?? CONFIGS[1];
  const minP = Number(valueOf('--at') ?? 0.5);
  const W = train(trainDocs.flatMap(({ f, doc }) => pairsOf(doc, goldOf.get(f), config.full, config.engineFlag).pairs), { minCount: config.minCount });
  const docs = await readWith(root, `pool-${poolFile.replace(/\W+/g, '_')}`, readFileSync(poolFile, 'utf8'));
  for (const doc of docs) {
    const asGold = { entities: doc.entities.map((e) => ({ name: e.name, aliases: e.aliases })), relations: [] };
    const read = pairsOf(doc, asGold, config.full, config.engineFlag);
    for (const a of additions(read, W, minP, config.gate))
      console.log(`${doc.id}\tp=${a.p.toFixed(2)}\t${a.key}\t${a.pair.sentence.replace(/\s+/g, ' ')}`);
  }
}
