#!/usr/bin/env node
// Builds the verb records of the frame lexicon (src/extract/lexicon/frames.json) from the
// PETRARCH2 CAMEO verb dictionary (../shared/reference/petrarch2/CAMEO.2.0.txt, MIT licence):
//   node scripts/build-lexicon.mjs            rewrite the verb records, keep every hand record
//   node scripts/build-lexicon.mjs --list     print every CAMEO verb with its code, for review
// A CAMEO code maps to a predicate by its root, as ../shared/ONTOLOGY.md's table does; a verb's
// own code (`CONDEMN [111]`) overrides its block's. The synonym sets are loose ("INHABIT" sits
// under INVADE), so the review below (DROPPED) removes senses that would state wrong facts.
// Records CAMEO lacks (source "ours": a reviewed verb below, an event noun written in the JSON),
// verbs written by hand in the JSON (source "hand": an evaluative verb with its complement) and
// each record's measured confidence (scripts/measure-confidence.mjs) survive a rebuild.
import { readFileSync, writeFileSync, existsSync } from 'node:fs';
import { resolve, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createRequire } from 'node:module';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const cameoFile = resolve(root, '../shared/reference/petrarch2/CAMEO.2.0.txt');
const out = resolve(root, 'src/extract/lexicon/frames.json');
const nlp = createRequire(import.meta.url)('compromise');
const world = nlp.world();
/** Infinitive, PastTense, PresentTense, Gerund (and Participle) from compromise's conjugator. */
const conjugate = (lemma) => {
  const c = world.methods.two.transform.verb.conjugate(lemma, world.model);
  // compromise conjugates "embargo" like "go" ("embarwent") and leaves "chide", "scold" as they are.
  const broken = (c.PastTense.endsWith('went') && !/^(?:go|undergo|forgo)$/.test(lemma)) || (c.PastTense === lemma && /(?:e|ld)$/.test(lemma));
  const past = broken ? `${lemma.replace(/e$/, '')}ed` : c.PastTense;
  return { past, infinitive: c.Infinitive };
};

/** CAMEO code → predicate, by root; finer codes first. Roots absent here state no fact we keep. */
const BY_CODE = [
  ['186', 'KILLED'],
  ['20', 'KILLED'],
  ['18', 'ATTACKED'],
  ['19', 'ATTACKED'],
  ['163', 'SANCTIONED'],
  ['160', 'SANCTIONED'],
  ['13', 'THREATENED'],
  ['111', 'CRITICIZED'],
  ['112', 'CRITICIZED'],
  ['10', 'DEMANDED'],
  ['062', 'SUPPORTS'],
  ['07', 'SUPPORTS'],
  ['04', 'COOPERATED'],
  ['05', 'COOPERATED'],
];
const predicateOf = (code) => BY_CODE.find(([prefix]) => code.startsWith(prefix))?.[1];

// Reviewed: the CAMEO synonym sets are loose ("INHABIT" sits under INVADE, "THINK" under
// CONSULT), so a CAMEO verb becomes a record only when kept here for the predicate its code maps
// to; every other sense (moving, feeling, praising, owning, living somewhere…) would be a wrong
// fact between two named actors. A kept verb CAMEO lacks (or files under a root we do not map)
// is our own record ("source": "ours"). Adding a verb: one word here, or one line in the JSON.
const REVIEWED = {
  ATTACKED: `ambush assail assault attack bomb bombard blast blitz besiege hit invade overrun pelt raid battle fight-against
    shell shoot snipe storm strike target torch shoot-down fire-on fire-at fire-into open-fire-on pound strafe`,
  KILLED: 'assassinate butcher massacre slaughter kill murder slay',
  THREATENED: 'threaten warn',
  CRITICIZED: `accuse admonish belittle berate blame castigate censure chastise chide condemn criticise criticize
    denigrate denounce deplore deride disparage fault impugn lambaste malign mock pillory rebuke reprimand
    reproach ridicule scold slam slander lash-out-at call-out charge indict prosecute sue fine penalize`,
  DEMANDED: 'demand urge press exhort entreat implore order call-on call-for push-for',
  SUPPORTS: 'arm equip back support sponsor fund finance bankroll ally-with side-with help assist aid supply shield',
  COOPERATED: `meet meet-with host consult confer-with cooperate-with collaborate-with negotiate-with
    talk-with speak-with agree-with partner-with merge-with`,
  SANCTIONED: 'sanction embargo blacklist designate boycott',
};
/** Every CAMEO verb with its code and the particles its patterns keep: [lemma, code, particle?]. */
function readCameo(text) {
  const rows = [];
  let block;
  for (const raw of text.split('\n')) {
    const line = raw.replace(/#.*/, '').trim();
    const head = /^---\s+(\S+)\s+\[([^\]]*)\]/.exec(line);
    if (head) {
      block = head[2].split(':')[0];
      continue;
    }
    if (!block || !line || /^[-&]/.test(line)) continue;
    const m = /^(\+?)([A-Z_]+)\s*(?:\{[^}]*\})?\s*(?:\[([^\]]*)\])?/.exec(line);
    if (!m) continue;
    const words = m[2].toLowerCase().split('_').filter(Boolean);
    const code = (m[3] ?? block).split(':')[0];
    if (!/^\d+$/.test(code)) continue;
    if (words.length === 1) rows.push([words[0], code]);
    else if (words.length === 2 && PARTICLES.has(words[1])) rows.push([words[0], code, words[1]]);
  }
  return rows;
}
const PARTICLES = new Set(['on', 'at', 'with', 'against', 'down', 'out', 'up', 'off', 'into', 'for']);

/** Past tense and infinitive from compromise's conjugator, for the example sentences. */
function forms(lemma) {
  return conjugate(lemma);
}

/**
 * A positive and a negative example in our own words: a country, the verb, its particle, and a
 * second country (a person for KILLED: killing a country's people is an attack on the country).
 */
function examples(lemma, particle, predicate) {
  const { past, infinitive } = forms(lemma);
  const tail = particle ? ` ${particle}` : '';
  const object = predicate === 'KILLED' ? 'Pedro Alvarez' : 'Chile';
  return {
    positive: `Norway ${past}${tail} ${object} on Monday.`,
    negative: `Norway did not ${infinitive}${tail} ${object} on Monday.`,
    ...(predicate === 'KILLED' ? { expect: `Norway|${object}` } : {}),
  };
}

const LICENCE =
  "Verb records derived from the PETRARCH2 CAMEO verb dictionary (CAMEO.2.0.txt), The MIT License (MIT), Copyright (c) 2015 Open Event Data Alliance: Permission is hereby granted, free of charge, to any person obtaining a copy of this software and associated documentation files (the \"Software\"), to deal in the Software without restriction, including without limitation the rights to use, copy, modify, merge, publish, distribute, sublicense, and/or sell copies of the Software, and to permit persons to whom the Software is furnished to do so, subject to the following conditions: The above copyright notice and this permission notice shall be included in all copies or substantial portions of the Software. THE SOFTWARE IS PROVIDED \"AS IS\", WITHOUT WARRANTY OF ANY KIND. Hand records (source \"ours\") are newsgraph's own.";
const cameo = readCameo(readFileSync(cameoFile, 'utf8'));
if (process.argv.includes('--list')) {
  for (const [lemma, code, particle] of cameo) console.log(`${code}\t${predicateOf(code) ?? '-'}\t${lemma} ${particle ?? ''}`);
  process.exit(0);
}

const previous = existsSync(out) ? JSON.parse(readFileSync(out, 'utf8')) : { frames: [] };
const measured = new Map(previous.frames.map((f) => [f.id, f.confidence]));
const verbRecords = new Map();
function add(lemma, predicate, particle, code, source) {
  const id = `verb:${lemma}${particle ? `-${particle.replace(/ /g, '-')}` : ''}`;
  if (verbRecords.has(id)) return;
  verbRecords.set(id, {
    id,
    kind: 'verb',
    lemma,
    ...(particle ? { particle } : {}),
    predicate,
    ...(code ? { cameo: code } : {}),
    source,
    confidence: measured.get(id) ?? 0.7,
    ...examples(lemma, particle, predicate),
  });
}
const cameoCode = new Map(cameo.map(([lemma, code, particle]) => [`${lemma}${particle ? `-${particle}` : ''}`, code]));
let kept = 0;
for (const [predicate, words] of Object.entries(REVIEWED)) {
  for (const word of words.split(/\s+/).filter(Boolean)) {
    const [lemma, ...rest] = word.split('-');
    const code = cameoCode.get(word) ?? cameoCode.get(lemma);
    const fromCameo = code !== undefined && predicateOf(code) === predicate;
    if (fromCameo) kept++;
    add(lemma, predicate, rest.join(' ') || undefined, fromCameo ? code : undefined, fromCameo ? 'cameo' : 'ours');
  }
}
const mappable = new Set(cameo.filter(([, code]) => predicateOf(code)).map(([l, , p]) => `${l}-${p ?? ''}`)).size;
console.log(`CAMEO: ${mappable} verbs with a mapped code, ${kept} kept after review`);

// Records written by hand into the JSON stay: event nouns (in their order, after the verbs) and
// verbs with "source": "hand" (an evaluative verb and its complement, sorted among the verbs).
const hand = previous.frames.filter((f) => f.kind !== 'verb' || (f.source === 'hand' && !verbRecords.has(f.id)));
const verbs = [...verbRecords.values(), ...hand.filter((f) => f.kind === 'verb')];
const frames = [...verbs.sort((a, b) => a.id.localeCompare(b.id)), ...hand.filter((f) => f.kind !== 'verb')];
const lines = frames.map((f) => `    ${JSON.stringify(f)}`);
writeFileSync(
  out,
  `{\n  "licence": ${JSON.stringify(previous.licence ?? LICENCE)},\n  "frames": [\n${lines.join(',\n')}\n  ]\n}\n`,
);
console.log(`${verbRecords.size} verb records, ${hand.length} hand records → ${out}`);
