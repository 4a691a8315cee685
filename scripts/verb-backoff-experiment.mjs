#!/usr/bin/env node
// Round 38's experiment: would a general verb reader between two named sides, run after the
// engines as a backoff, add facts at high precision? No product change: the frame engine itself
// reads each candidate. For one run the engine's verb index (dist/extract/frames/lexicon.js
// VERB_FRAMES) is widened with a record for every verb it holds no record of:
//   - every one-word CAMEO verb (../shared/reference/petrarch2/CAMEO.2.0.txt), its predicate
//     from its code's root as scripts/build-lexicon.mjs's BY_CODE maps it, reviewed or not;
//   - every other word compromise tags a verb in the articles ("unmapped": no predicate; the
//     record reads as SUPPORTS, the predicate with the fewest shapes of its own in the engine).
// The engine then finds subject and object by its own clause reading (groups, leftActors, its
// objects) under its own mood, negation, question and attribution guards, and the relation step
// keeps or drops the facts as it does any frame's. A candidate is a fact of such a record between
// two entities that the unwidened run relates in no way in that sentence.
// Each candidate is scored against the gold the way score.mjs counts a fact (names and aliases,
// COOPERATED both ways): right when the gold holds that triple; for an unmapped verb, when the
// gold holds any fact from its subject to its object.
//   node scripts/verb-backoff-experiment.mjs [--gold DIR] [--pool FILE.jsonl ...] [--list]
//     --gold DIR   gold folder (default /work/train-nob37)
//     --pool FILE  articles without gold: lists the candidates only
//     --list       print every candidate with its sentence
import { readFileSync, readdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, resolve, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { predicateOf, readCameo } from './cameo-verbs.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const load = createRequire(join(root, 'package.json'));
const argv = process.argv.slice(2);
const valuesOf = (flag) => argv.flatMap((a, i) => (argv[i - 1] === flag ? [a] : []));
const goldDir = valuesOf('--gold')[0] ?? (valuesOf('--pool').length ? undefined : '/work/train-nob37');
const pools = valuesOf('--pool');
const listing = argv.includes('--list');
const shapes = argv.includes('--misses');
const loose = argv.includes('--loose');
const missTally = new Map();

const { extractArticle } = load(join(root, 'dist/extract'));
const { VERB_FRAMES, NOUN_FRAMES, verbForms } = load(join(root, 'dist/extract/frames/lexicon'));
const { termsOf, tagsByOffset } = load(join(root, 'dist/extract/nlp'));
const { splitSentences } = load(join(root, 'dist/extract/sentences'));
const { recognizeEntities } = load(join(root, 'dist/extract/entities'));
const { casedText } = load(join(root, 'dist/extract/entities/cased-text'));

// one-word verbs only: a verb with its particle is no single word of a clause
const cameo = readCameo(readFileSync(resolve(root, '../shared/reference/petrarch2/CAMEO.2.0.txt'), 'utf8')).filter(
  ([, , particle]) => !particle,
);

const held = new Set(VERB_FRAMES.keys());
const record = (lemma, predicate, code) => ({
  id: `backoff-${lemma}`,
  kind: 'verb',
  lemma,
  predicate: predicate ?? 'SUPPORTS',
  confidence: 0.55,
  ...(code ? { cameo: code } : {}),
  unmapped: !predicate,
});
const extra = new Map();
const cameoOf = new Map();
for (const [lemma, code] of cameo) {
  for (const form of verbForms(lemma)) if (!cameoOf.has(form)) cameoOf.set(form, predicateOf(code) ?? '-');
  const r = record(lemma, predicateOf(code), code);
  for (const form of verbForms(lemma)) if (!held.has(form) && !extra.has(form)) extra.set(form, [r]);
}
const SKIP = new Set(['be', 'is', 'are', 'was', 'were', 'been', 'being', 'has', 'have', 'had', 'do', 'does', 'did']);
/** Words compromise tags a verb in this text with no record: unmapped records of their own. */
function addGeneral(text) {
  for (const t of termsOf(text)) {
    const w = t.text.toLowerCase();
    if (!/^[a-z][a-z-]+$/.test(w) || SKIP.has(w) || held.has(w) || extra.has(w)) continue;
    if (!t.tags.has('Verb') || t.tags.has('Auxiliary') || t.tags.has('Modal') || t.tags.has('Copula')) continue;
    extra.set(w, [record(w, undefined)]);
  }
}
const original = VERB_FRAMES.get.bind(VERB_FRAMES);
let widened = false;
if (!loose) VERB_FRAMES.get = (w) => original(w) ?? (widened ? extra.get(w) : undefined);

// --loose: a plain clause reading beside the engine's, for every verb (held ones too): the
// engine's subject (leftActors) of a verb group stated as a fact, and the first name after the
// verb with nothing but plain words (no punctuation, no other verb) between.
const readFramesModule = load(join(root, 'dist/extract/frames/read-frames'));
const { groupAt, isVerb, noFactClause } = load(join(root, 'dist/extract/frames/groups'));
const { leftActors } = load(join(root, 'dist/extract/frames/actors'));
const { facts } = load(join(root, 'dist/extract/frames/facts'));
const engineRead = readFramesModule.readFrames;
const OBJECT_REACH = 5;
const looseRecords = new Map();
function looseRecord(w) {
  if (!looseRecords.has(w)) {
    const heldRecord = (original(w) ?? []).find((f) => !f.particle) ?? original(w)?.[0];
    const fromCameo = cameoOf.get(w);
    looseRecords.set(w, {
      id: `loose-${w}`,
      kind: 'verb',
      lemma: w,
      predicate: heldRecord?.predicate ?? (fromCameo && fromCameo !== '-' ? fromCameo : 'SUPPORTS'),
      confidence: 0.55,
      group: heldRecord ? 'held' : fromCameo && fromCameo !== '-' ? 'cameo' : 'unmapped',
      cameo: heldRecord?.cameo,
    });
  }
  return looseRecords.get(w);
}
function looseFacts(units) {
  const out = [];
  for (let i = 0; i < units.length; i++) {
    const u = units[i];
    if (!isVerb(u) || SKIP.has(u.lower) || u.tags.has('Auxiliary') || u.tags.has('Modal')) continue;
    const g = groupAt(units, i);
    if (g.mood !== 'fact' || g.passive) continue;
    const found = leftActors(units, g.start);
    if (!found || noFactClause(units, found.at)) continue;
    let k = i + 1;
    let object;
    for (let n = 0; k < units.length && n <= OBJECT_REACH; k++, n++) {
      const w = units[k];
      if (w.entity) {
        object = w;
        break;
      }
      if (w.punct || isVerb(w)) break;
    }
    if (!object || units[i].punct) continue;
    const rec = looseRecord(u.lower);
    out.push(...facts(found.actors, [object], rec.predicate, rec, ''));
  }
  return out;
}
if (loose) readFramesModule.readFrames = (units, ...rest) => [...engineRead(units, ...rest), ...(widened ? looseFacts(units) : [])];

const norm = (s) =>
  String(s ?? '').normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toLowerCase()
    .replace(/[’'`]s\b/g, '').replace(/^the\s+/, '').replace(/[.,'’`"“”()\-–—_]/g, ' ')
    .replace(/\s+/g, ' ').trim();

const articles = goldDir
  ? readdirSync(goldDir).filter((f) => f.endsWith('.json')).sort().map((f) => {
      const g = JSON.parse(readFileSync(join(goldDir, f), 'utf8'));
      return { file: f, gold: g, article: { id: g.id, title: g.title, text: g.text, url: g.source, published: g.published } };
    })
  : pools.flatMap((p) => readFileSync(p, 'utf8').split('\n').filter(Boolean).map((l) => {
      const a = JSON.parse(l);
      return { file: `${p.replace(/.*\//, '')}:${a.id}`, article: a };
    }));

const candidates = [];
let missesTotal = 0;
const missed = new Set();
for (const { file, gold, article } of articles) {
  widened = false;
  const base = extractArticle(article);
  addGeneral(article.text);
  widened = true;
  const wide = extractArticle(article);
  widened = false;
  const related = new Set(base.relations.flatMap((r) => [`${r.start}|${r.subjectId}|${r.objectId}`, `${r.start}|${r.objectId}|${r.subjectId}`]));
  // gold matching as score.mjs does it
  let resolveName = () => undefined;
  let goldRel = new Set();
  let found = new Set();
  const relKey = (s, p, o) => (p === 'COOPERATED' && o < s ? `${o}|${p}|${s}` : `${s}|${p}|${o}`);
  if (gold) {
    const gEnts = gold.entities.map((e) => ({ ...e, keys: new Set([e.name, ...(e.aliases ?? [])].map(norm)) }));
    const lookup = (name) => gEnts.find((g) => g.keys.has(norm(name)));
    const nameToGold = new Map();
    for (const p of base.entities) {
      const names = [p.name, ...(p.aliases ?? [])];
      const g = lookup(p.name) ?? names.map(lookup).find(Boolean);
      for (const n of names) if (g && !nameToGold.has(norm(n))) nameToGold.set(norm(n), g);
    }
    resolveName = (name) => (nameToGold.get(norm(name)) ?? lookup(name))?.name;
    goldRel = new Set(gold.relations.map((r) => relKey(r.subject, r.predicate, r.object)));
    found = new Set(base.relations.map((r) => relKey(resolveName(r.subject) ?? `?${r.subject}`, r.predicate, resolveName(r.object) ?? `?${r.object}`)));
    for (const k of goldRel) if (!found.has(k)) { missesTotal++; missed.add(`${file}|${k}`); }
    if (shapes) missShapes(gold, article, base, resolveName, found, relKey);
  }
  const seen = new Set();
  for (const r of wide.relations) {
    const m = /^frame:(?:backoff|loose)-([a-z-]+)/.exec(r.reason);
    if (!m || related.has(`${r.start}|${r.subjectId}|${r.objectId}`)) continue;
    const rec = loose
      ? { ...looseRecords.get(m[1]), unmapped: looseRecords.get(m[1])?.group === 'unmapped' }
      : extra.get(m[1])?.[0] ?? [...extra.values()].flat().find((x) => x.id === `backoff-${m[1]}`);
    const s = resolveName(r.subject) ?? `?${r.subject}`;
    const o = resolveName(r.object) ?? `?${r.object}`;
    const key = `${r.start}|${relKey(s, r.predicate, o)}`;
    if (seen.has(key)) continue;
    seen.add(key);
    let right;
    let covers = false;
    if (gold) {
      if (rec?.unmapped) {
        const any = gold.relations.filter((g) => g.subject === s && g.object === o || (g.predicate === 'COOPERATED' && g.subject === o && g.object === s));
        right = any.length > 0;
        covers = any.some((g) => missed.has(`${file}|${relKey(g.subject, g.predicate, g.object)}`));
        r.goldPredicates = [...new Set(any.map((g) => g.predicate))].join(',');
      } else {
        const k = relKey(s, r.predicate, o);
        right = goldRel.has(k);
        covers = right && !found.has(k);
      }
    }
    candidates.push({
      file, lemma: m[1], predicate: rec?.unmapped ? '(unmapped)' : `${loose ? `${rec.group}:` : ''}${r.predicate}`, code: rec?.cameo ?? '-',
      subject: r.subject, object: r.object, right, covers, gp: r.goldPredicates ?? '', sentence: r.sentence, reason: r.reason,
    });
  }
}

/**
 * The shape of each missed gold fact whose evidence sentence holds a mention of both its sides:
 * what stands between the two nearest mentions. A held verb (the engine has its record), a held
 * noun, a CAMEO verb of the gold predicate the engine lacks, a CAMEO verb of another or no
 * predicate, another verb, or no verb at all.
 */
function missShapes(gold, article, base, resolveName, found, relKey) {
  const sentences = splitSentences(article.text);
  const { entities, mentions } = recognizeEntities(article, sentences);
  const tags = tagsByOffset(casedText(article.text));
  const goldOf = new Map(entities.map((e) => [e.id, resolveName(e.name) ?? e.aliases.map(resolveName).find(Boolean)]));
  for (const g of gold.relations) {
    if (found.has(relKey(g.subject, g.predicate, g.object))) continue;
    const ev = norm(g.evidence ?? '');
    const s = ev && sentences.find((x) => { const t = norm(x.text); return t.includes(ev.slice(0, 60)) || ev.includes(t.slice(0, 60)); });
    let shape = 'no-sentence';
    if (s) {
      const here = mentions.filter((m) => m.sentenceIndex === s.index);
      const as = here.filter((m) => goldOf.get(m.entityId) === g.subject);
      const bs = here.filter((m) => goldOf.get(m.entityId) === g.object);
      if (!as.length || !bs.length) shape = 'one-side-only';
      else {
        let best;
        for (const a of as) for (const b of bs) {
          const [x, y] = a.start < b.start ? [a, b] : [b, a];
          const gap = y.start - x.end;
          if (gap >= 0 && (!best || gap < best.gap)) best = { gap, from: x.end, to: y.start };
        }
        if (!best) shape = 'overlapping';
        else {
          const words = [...article.text.slice(best.from, best.to).matchAll(/[A-Za-z][A-Za-z'’-]*/g)].map((m) => ({ w: m[0].toLowerCase(), at: best.from + m.index }));
          const verbs = words.filter((x) => tags.get(x.at)?.has('Verb') && !SKIP.has(x.w) && !(tags.get(x.at)?.has('Auxiliary')));
          const cameoSame = verbs.find((x) => !held.has(x.w) && cameoOf.get(x.w) === g.predicate);
          if (words.some((x) => held.has(x.w))) shape = 'held-verb';
          else if (words.some((x) => NOUN_FRAMES.has(x.w))) shape = 'held-noun';
          else if (cameoSame) shape = `cameo-same:${cameoSame.w}`;
          else if (verbs.some((x) => cameoOf.has(x.w))) shape = `cameo-other:${verbs.filter((x) => cameoOf.has(x.w)).map((x) => x.w).join(',')}`;
          else if (verbs.length) shape = `other-verb:${verbs.map((x) => x.w).join(',')}`;
          else shape = words.length > 3 ? 'no-verb' : 'adjacent';
        }
      }
    }
    const key = `${g.predicate}\t${shape.replace(/:.*/, '')}`;
    missTally.set(key, (missTally.get(key) ?? 0) + 1);
    if (/^(cameo|other)/.test(shape)) missTally.set(`  ${g.predicate}\t${shape}`, (missTally.get(`  ${g.predicate}\t${shape}`) ?? 0) + 1);
  }
}

const pct = (a, b) => (b ? (a / b).toFixed(2) : '-');
function table(keyOf, title, min = 1) {
  const groups = new Map();
  for (const c of candidates) {
    const k = keyOf(c);
    const g = groups.get(k) ?? { n: 0, right: 0, covers: 0, batches: new Set() };
    g.n++;
    if (c.right) g.right++;
    if (c.covers) g.covers++;
    g.batches.add(c.file.split('-')[0]);
    groups.set(k, g);
  }
  console.log(`\n${title}\tcandidates\tgold-right\tprecision\tnew-right\tbatches`);
  for (const [k, g] of [...groups].sort((a, b) => b[1].n - a[1].n))
    if (g.n >= min) console.log(`${k}\t${g.n}\t${g.right}\t${pct(g.right, g.n)}\t${g.covers}\t${g.batches.size}`);
}
console.log(`articles ${articles.length}; candidates ${candidates.length}; gold-right ${candidates.filter((c) => c.right).length}; misses ${missesTotal}; misses covered ${candidates.filter((c) => c.covers).length}`);
table((c) => c.predicate, 'predicate');
table((c) => `${c.predicate}\t${c.lemma}`, 'predicate\tverb', Number(valuesOf('--min')[0] ?? 2));
if (listing)
  for (const c of candidates)
    console.log(`\n${c.right === undefined ? '?' : c.right ? 'R' : 'W'} ${c.predicate}/${c.lemma} [${c.code}] ${c.subject} -> ${c.object} ${c.gp ? `(gold: ${c.gp})` : ''} ${c.file}\n   ${c.sentence.replace(/\s+/g, ' ')}\n   ${c.reason}`);
if (shapes) {
  console.log('\nmissed facts by predicate and shape between the two nearest mentions');
  const byShape = new Map();
  for (const [k, n] of missTally) if (!k.startsWith(' ')) { const sh = k.split('\t')[1]; byShape.set(sh, (byShape.get(sh) ?? 0) + n); }
  for (const [k, n] of [...byShape].sort((a, b) => b[1] - a[1])) console.log(`all\t${k}\t${n}`);
  for (const [k, n] of [...missTally].sort((a, b) => b[1] - a[1])) console.log(`${k}\t${n}`);
}
