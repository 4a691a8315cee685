#!/usr/bin/env node
// Builds the verb records of the frame lexicon (src/extract/lexicon/frames.json) from the
// PETRARCH2 CAMEO verb dictionary (../shared/reference/petrarch2/CAMEO.2.0.txt, MIT licence):
//   node scripts/build-lexicon.mjs            rewrite the verb and phrase records, keep every other
//   node scripts/build-lexicon.mjs --out FILE write the rebuilt lexicon to FILE, leave frames.json as is
//   node scripts/build-lexicon.mjs --list     print every CAMEO verb with its code, for review
//   node scripts/build-lexicon.mjs --phrases  print every phrase pattern whose code maps to a predicate
// A CAMEO code maps to a predicate by its root, as ../shared/ONTOLOGY.md's table does; a verb's
// own code (`CONDEMN [111]`) overrides its block's. The synonym sets are loose ("INHABIT" sits
// under INVADE), so the review below (DROPPED) removes senses that would state wrong facts.
// The dictionary's verb-plus-object phrase patterns ("- * DIPLOMAT [161] # EXPEL", read by
// ./cameo-phrases.mjs) become records only when kept in the reviewed list scripts/cameo-phrases.tsv
// (round 30): each kept pattern feeds one record of PHRASE_RECORDS below ("source":
// "cameo-phrase"), which gives its shape and its examples in our own words.
// Records CAMEO lacks (source "ours": a reviewed verb below, an event noun written in the JSON),
// records written by hand in the JSON (source "hand": an evaluative verb with its complement; a
// verb or noun added as "ours") and each record's measured confidence
// (scripts/measure-confidence.mjs) survive a rebuild, in their order.
// A rebuild of the committed lexicon must change nothing: test/unit/build-lexicon.test.ts runs
// this script with --out and compares the result with frames.json byte for byte. So change a
// record this script builds here (a phrase record's extra words: `ownNouns`, `ownLight`), never
// in the JSON alone, or the next rebuild undoes it.
import { readFileSync, writeFileSync, existsSync } from 'node:fs';
import { resolve, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createRequire } from 'node:module';
import { pluralOf, readPhrases } from './cameo-phrases.mjs';
import { predicateOf, readCameo } from './cameo-verbs.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const cameoFile = resolve(root, '../shared/reference/petrarch2/CAMEO.2.0.txt');
const phrasesFile = resolve(root, 'scripts/cameo-phrases.tsv');
const lexiconFile = resolve(root, 'src/extract/lexicon/frames.json');
const outAt = process.argv.indexOf('--out');
if (outAt >= 0 && !process.argv[outAt + 1]) {
  console.error('--out needs a file: node scripts/build-lexicon.mjs --out /tmp/frames.json');
  process.exit(2);
}
const out = outAt >= 0 ? resolve(process.argv[outAt + 1]) : lexiconFile;
const nlp = createRequire(import.meta.url)('compromise');
const world = nlp.world();
/** Infinitive, PastTense, PresentTense, Gerund (and Participle) from compromise's conjugator. */
const conjugate = (lemma) => {
  const c = world.methods.two.transform.verb.conjugate(lemma, world.model);
  // compromise conjugates "embargo" like "go" ("embarwent") and leaves "chide", "scold" as they are.
  const broken =
    (c.PastTense.endsWith('went') && !/^(?:go|undergo|forgo)$/.test(lemma)) ||
    (c.PastTense === lemma && /(?:e|ld)$/.test(lemma));
  const past = broken ? `${lemma.replace(/e$/, '')}ed` : c.PastTense;
  return { past, infinitive: c.Infinitive };
};

// Reviewed: the CAMEO synonym sets are loose ("INHABIT" sits under INVADE, "THINK" under
// CONSULT), so a CAMEO verb becomes a record only when kept here for the predicate its code maps
// to; every other sense (moving, feeling, praising, owning, living somewhere…) would be a wrong
// fact between two named actors. A kept verb CAMEO lacks (or files under a root we do not map)
// is our own record ("source": "ours"). Adding a verb: one word here, or one line in the JSON.
const REVIEWED = {
  ATTACKED: `ambush assail assault attack bomb bombard blast blitz besiege hit invade overrun pelt raid battle fight-against
    shell shoot snipe storm strike target torch shoot-down fire-on fire-at fire-into open-fire-on pound strafe
    overthrow topple`,
  KILLED: 'assassinate butcher massacre slaughter kill murder slay',
  THREATENED: 'threaten warn',
  CRITICIZED: `accuse admonish belittle berate blame castigate censure chastise chide condemn criticise criticize
    denigrate denounce deplore deride disparage fault impugn lambaste malign mock pillory rebuke reprimand
    reproach ridicule scold slam slander lash-out-at call-out charge indict prosecute sue fine penalize`,
  DEMANDED: 'demand urge press exhort entreat implore order call-on call-for push-for',
  SUPPORTS:
    'arm equip back support sponsor fund finance bankroll ally-with side-with help assist aid supply shield',
  COOPERATED: `meet meet-with host consult confer-with cooperate-with collaborate-with negotiate-with
    talk-with speak-with agree-with partner-with merge-with consult-with`,
  SANCTIONED: 'sanction embargo blacklist designate boycott',
};

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
  'Verb records derived from the PETRARCH2 CAMEO verb dictionary (CAMEO.2.0.txt), The MIT License (MIT), Copyright (c) 2015 Open Event Data Alliance: Permission is hereby granted, free of charge, to any person obtaining a copy of this software and associated documentation files (the "Software"), to deal in the Software without restriction, including without limitation the rights to use, copy, modify, merge, publish, distribute, sublicense, and/or sell copies of the Software, and to permit persons to whom the Software is furnished to do so, subject to the following conditions: The above copyright notice and this permission notice shall be included in all copies or substantial portions of the Software. THE SOFTWARE IS PROVIDED "AS IS", WITHOUT WARRANTY OF ANY KIND. Hand records (source "ours") are newsgraph\'s own.';
const cameo = readCameo(readFileSync(cameoFile, 'utf8'));
if (process.argv.includes('--list')) {
  for (const [lemma, code, particle] of cameo)
    console.log(`${code}\t${predicateOf(code) ?? '-'}\t${lemma} ${particle ?? ''}`);
  process.exit(0);
}

const previous = existsSync(lexiconFile) ? JSON.parse(readFileSync(lexiconFile, 'utf8')) : { frames: [] };
const measured = new Map(previous.frames.map((f) => [f.id, f.confidence]));
const verbRecords = new Map();
// Verbs whose particle stands right by them ("called on X", "called again on X"), not past an
// object ("called the strikes on X a response", round 32; "called the ruling a victory for X",
// round 38): how many words may come between.
const PARTICLE_REACH = { 'call-on': 1, 'call-for': 2 };
// Words one of which must follow a person object ("called on the minister to resign" demands;
// "called on Prime Minister X and discussed trade" is a visit, round 42).
const PERSON_NEEDS = { 'call-on': ['to', 'for'] };
function add(lemma, predicate, particle, code, source) {
  const id = `verb:${lemma}${particle ? `-${particle.replace(/ /g, '-')}` : ''}`;
  if (verbRecords.has(id)) return;
  verbRecords.set(id, {
    id,
    kind: 'verb',
    lemma,
    ...(particle ? { particle } : {}),
    ...(PARTICLE_REACH[`${lemma}-${particle}`] !== undefined
      ? { particleReach: PARTICLE_REACH[`${lemma}-${particle}`] }
      : {}),
    ...(PERSON_NEEDS[`${lemma}-${particle}`] ? { personNeeds: PERSON_NEEDS[`${lemma}-${particle}`] } : {}),
    predicate,
    ...(code ? { cameo: code } : {}),
    source,
    confidence: measured.get(id) ?? 0.7,
    ...examples(lemma, particle, predicate),
  });
}
const cameoCode = new Map(
  cameo.map(([lemma, code, particle]) => [`${lemma}${particle ? `-${particle}` : ''}`, code]),
);
let kept = 0;
for (const [predicate, words] of Object.entries(REVIEWED)) {
  for (const word of words.split(/\s+/).filter(Boolean)) {
    const [lemma, ...rest] = word.split('-');
    const code = cameoCode.get(word) ?? cameoCode.get(lemma);
    const fromCameo = code !== undefined && predicateOf(code) === predicate;
    if (fromCameo) kept++;
    add(
      lemma,
      predicate,
      rest.join(' ') || undefined,
      fromCameo ? code : undefined,
      fromCameo ? 'cameo' : 'ours',
    );
  }
}
const mappable = new Set(cameo.filter(([, code]) => predicateOf(code)).map(([l, , p]) => `${l}-${p ?? ''}`))
  .size;
console.log(`CAMEO: ${mappable} verbs with a mapped code, ${kept} kept after review`);

// The reviewed phrase patterns (scripts/cameo-phrases.tsv) become records of their own, each with
// the shape the frame engine reads and examples in our own words. A noun record (`light` verbs,
// `lightOnly`) takes its target after one of its `preps`, "recalled its ambassador from Y"; a verb
// record with `objectHeads` takes the owner of its object, "expelled two Yian diplomats"; a verb
// record with a `particle` its object after it, "set fire to Y's offices". Nouns are the patterns'
// head nouns and their plurals (`nouns` below keeps only those a record names), light verbs the
// patterns' verbs. Every kept pattern must be a line of the dictionary, for one of its block's verbs.
// Words the dictionary's patterns lack are our own: `ownNouns` (a noun record's nouns, a verb
// record's object heads) and `ownLight` (a noun record's light verbs) follow the patterns' words,
// in the order given. A record is widened here, never in the JSON alone: a rebuild would narrow
// it again (test/unit/build-lexicon.test.ts checks that a rebuild changes nothing).
/** An envoy of a country, beyond the patterns' "diplomat(s)" (round 32). */
const ENVOYS = `ambassador ambassadors envoy envoys attache attaches attaché attachés
  consul consuls`.split(/\s+/);
const PHRASE_RECORDS = {
  'noun:ambassador-recalled': {
    kind: 'noun',
    nouns: ['ambassador', 'ambassadors', 'diplomat', 'diplomats'],
    // round 34: "X recalled its envoy from Y"; "X and Y recalled their envoys" is no joint act
    ownNouns: ['envoy', 'envoys'],
    preps: ['from', 'to', 'in'],
    positive: 'Norway recalled its ambassador from Chile on Monday.',
    negative: 'Norway named a new ambassador to Chile on Monday.',
  },
  'verb:expel-diplomats': {
    kind: 'verb',
    // round 32: any envoy of a country, as for the hand records verb:eject-diplomats and
    // verb:order-to-leave-diplomats ("expelled the Chilean ambassador")
    ownNouns: ENVOYS,
    positive: 'Norway expelled two Chilean diplomats on Monday.',
    negative: 'Norway expelled two Chilean fishermen on Monday.',
  },
  'noun:aid-cut': {
    kind: 'noun',
    nouns: ['aid', 'assistance', 'loan', 'loans'],
    preps: ['to', 'for', 'from'],
    positive: 'Norway suspended all military aid to Chile after the coup.',
    negative: 'Norway doubled its military aid to Chile after the coup.',
  },
  'noun:talks-cancelled': {
    kind: 'noun',
    nouns: ['meeting', 'meetings', 'talks'],
    preps: ['with'],
    positive: 'Norway cancelled its meeting with Chile after the border incident.',
    negative: 'Norway held its meeting with Chile after the border incident.',
  },
  'noun:trade-banned': {
    kind: 'noun',
    nouns: ['exports', 'imports', 'sales'],
    preps: ['to', 'from'],
    positive: 'Norway banned arms sales to Chile last year.',
    negative: 'Norway raised arms sales to Chile last year.',
  },
  'noun:ties-reduced': {
    kind: 'noun',
    nouns: ['cooperation', 'links', 'ties'],
    preps: ['with'],
    positive: 'Norway reduced its diplomatic ties with Chile after the expulsions.',
    negative: 'Norway deepened its diplomatic ties with Chile after the expulsions.',
  },
  'verb:set-fire-to': {
    kind: 'verb',
    particle: 'fire to',
    positive: "Azure Front fighters set fire to Chile's consulate in the port.",
    negative: 'Azure Front fighters set fire to tyres outside the port.',
    expect: 'Azure Front|Chile',
  },
  'verb:set-on-fire': {
    kind: 'verb',
    closing: 'on fire',
    positive: "Azure Front fighters set Chile's consulate on fire overnight.",
    negative: 'Azure Front fighters set the tyres on fire overnight.',
    expect: 'Azure Front|Chile',
  },
  'verb:set-ablaze': {
    kind: 'verb',
    closing: 'ablaze',
    positive: "Azure Front fighters set Chile's consulate ablaze overnight.",
    negative: "Azure Front fighters set Chile's consulate guards free overnight.",
    expect: 'Azure Front|Chile',
  },
  'verb:hack-to-death': {
    kind: 'verb',
    closing: 'to death',
    predicate: 'KILLED',
    positive: 'Azure Front militants hacked Pedro Alvarez to death on Monday.',
    negative: "Azure Front militants hacked Pedro Alvarez's email account on Monday.",
    expect: 'Azure Front|Pedro Alvarez',
  },
  'verb:attack-verbally': {
    kind: 'verb',
    nouns:
      `accord accords agreement agreements comment comments criticism decision decisions demand demands law
      laws measures motion motions pact pacts plans policy proposal proposals ruling rulings sanction sanctions
      suggestion suggestions treaty treaties veto`.split(/\s+/),
    shadows: true,
    positive: "Norway sharply attacked Chile's decision to leave the fisheries pact.",
    negative: "Norway sharply attacked Chile's border posts at dawn.",
  },
  'verb:blast-verbally': {
    kind: 'verb',
    nouns:
      `agenda attitude decision denial failure interference nomination powers programme program resolution
      scheme statement`.split(/\s+/),
    shadows: true,
    positive: "Norway blasted Chile's interference in the vote.",
    negative: "Norway blasted Chile's border posts at dawn.",
  },
  'verb:take-hostage': {
    kind: 'verb',
    // a state holding foreigners is an arrest (gold round 10), as for verb:hold-captive
    actorTypes: ['Organization'],
    positive: 'Azure Brigade militants took two Chilean engineers hostage on Monday.',
    negative: 'Azure Brigade militants took two Chilean engineers to the border on Monday.',
    expect: 'Azure Brigade|Chile',
  },
  'noun:bombs-dropped': {
    kind: 'noun',
    nouns: ['bomb', 'bombs', 'missile', 'missiles', 'rocket', 'rockets'],
    preps: ['on'],
    positive: 'Norwegian jets dropped bombs on Chilean positions overnight.',
    negative: 'Norwegian jets dropped leaflets on Chilean positions overnight.',
  },
  'noun:accusations-exchanged': {
    kind: 'noun',
    nouns: ['accusation', 'accusations'],
    preps: ['with'],
    mutual: true,
    positive: 'Norway and Chile exchanged accusations over the sinking.',
    negative: 'Norway and Chile exchanged prisoners over the weekend.',
    expect: 'Chile|Norway',
  },
  'noun:weight-behind': {
    kind: 'noun',
    nouns: ['weight'],
    preps: ['behind'],
    predicate: 'SUPPORTS',
    positive: "Norway threw its weight behind Chile's bid for the seat.",
    negative: "Norway weighed the cost of Chile's bid for the seat.",
  },
  // round 31: "launched / conducted an operation against Y" (the army's, not "a rescue operation in Y")
  'noun:operation-against': {
    kind: 'noun',
    nouns: ['operation', 'operations'],
    preps: ['against'],
    // round 37: "carried out", "mounted", "stepped up" an operation… (the particle is the engine's)
    ownLight: ['carry', 'mount', 'stage', 'organize', 'organise', 'lead', 'begin', 'intensify', 'step'],
    positive: 'Norwegian troops launched a ground operation against Chilean positions in June.',
    negative: 'Norwegian troops launched a rescue operation in Chile in June.',
  },
  'noun:views-exchanged': {
    kind: 'noun',
    nouns: ['ideas', 'views'],
    preps: ['with'],
    positive: 'Norway exchanged views with Chile on the fishing dispute.',
    negative: 'Norway exchanged prisoners with Chile on Friday.',
  },
};

const phraseRows = readPhrases(readFileSync(cameoFile, 'utf8'));
if (process.argv.includes('--phrases')) {
  for (const r of phraseRows.filter((r) => predicateOf(r.code)))
    console.log(`${r.code}\t${predicateOf(r.code)}\t${r.verbs.join(',')}\t${r.text}`);
  process.exit(0);
}
const byText = new Map();
for (const r of phraseRows) byText.set(r.text, [...(byText.get(r.text) ?? []), r]);
const reviewed = readFileSync(phrasesFile, 'utf8')
  .split('\n')
  .filter((l) => l.trim() && !l.startsWith('#'))
  .map((l) => l.split('\t'))
  .map(([record, verb, text, why]) => ({ record, verb, text: text.replace(/\s+/g, ' ').trim(), why }));
const phraseRecords = new Map();
for (const k of reviewed) {
  const row = (byText.get(k.text) ?? []).find((r) => r.block.includes(k.verb));
  if (!row) throw new Error(`cameo-phrases.tsv: no dictionary pattern "${k.text}" for the verb "${k.verb}"`);
  if (k.record === '-') continue;
  const spec = PHRASE_RECORDS[k.record];
  if (!spec) throw new Error(`cameo-phrases.tsv: no record ${k.record} in PHRASE_RECORDS`);
  const predicate = spec.predicate ?? predicateOf(row.code);
  if (!predicate) throw new Error(`cameo-phrases.tsv: ${k.text} maps to no predicate`);
  const heads = row.post
    .filter((e) => e.kind === 'noun')
    .flatMap((e) => e.alts)
    .map((a) => a.split(' ').pop());
  // a verb record's closing words ("set Y ablaze") are no object head
  const nouns = [...new Set(heads.flatMap((h) => [h, pluralOf(h)]))].filter(
    (n) => (!spec.nouns || spec.nouns.includes(n)) && !spec.closing?.split(' ').includes(n.replace(/s$/, '')),
  );
  const rec = phraseRecords.get(k.record) ?? {
    codes: new Set(),
    verbs: new Set(),
    nouns: new Set(),
    predicate,
    spec,
  };
  if (rec.predicate !== predicate) throw new Error(`${k.record}: patterns of two predicates`);
  rec.codes.add(row.code);
  rec.verbs.add(k.verb);
  for (const n of nouns) rec.nouns.add(n);
  phraseRecords.set(k.record, rec);
}
const phraseFrames = [...phraseRecords].map(([id, { codes, verbs, nouns, predicate, spec }]) => {
  const { kind, preps, mutual, particle, closing, actorTypes, shadows, positive, negative, expect } = spec;
  const widen = (words, own = []) => [...words].sort().concat(own.filter((w) => !words.has(w)));
  const common = {
    predicate,
    cameo: [...codes].sort().join(' '),
    source: 'cameo-phrase',
    confidence: measured.get(id) ?? 0.7,
    positive,
    negative,
    ...(expect ? { expect } : {}),
  };
  if (kind === 'verb') {
    const [lemma] = verbs;
    return {
      id,
      kind,
      lemma,
      ...(particle ? { particle } : {}),
      ...(closing ? { closing } : {}),
      ...(actorTypes ? { actorTypes } : {}),
      ...(nouns.size && !particle ? { objectHeads: widen(nouns, spec.ownNouns) } : {}),
      ...(shadows ? { shadows } : {}),
      ...common,
    };
  }
  return {
    id,
    kind,
    nouns: widen(nouns, spec.ownNouns),
    preps,
    light: widen(verbs, spec.ownLight),
    lightOnly: true,
    ...(mutual ? { mutual } : {}),
    ...common,
  };
});
console.log(
  `CAMEO phrases: ${phraseRows.length} patterns read, ${reviewed.length} reviewed, ${reviewed.filter((k) => k.record !== '-').length} kept → ${phraseFrames.length} records`,
);

// Records written into the JSON stay: event nouns, verbs with "source": "hand" (an evaluative verb
// and its complement) and verbs added by hand as "ours" or "cameo" ("abduct", "clash with": until
// round 30 a rebuild dropped those). Removing a record is removing its line. The phrase records
// are rebuilt from the keep-list each time.
const hand = previous.frames.filter((f) => f.source !== 'cameo-phrase' && !verbRecords.has(f.id));
const verbs = [
  ...verbRecords.values(),
  ...hand.filter((f) => f.kind === 'verb'),
  ...phraseFrames.filter((f) => f.kind === 'verb'),
];
// A rebuild keeps the records' order in the JSON (the engine tries a form's records in order); new
// records follow the old ones, sorted by id.
const order = new Map(previous.frames.map((f, n) => [f.id, n]));
const byOrder = (a, b) =>
  (order.get(a.id) ?? Infinity) - (order.get(b.id) ?? Infinity) || a.id.localeCompare(b.id);
const frames = [
  ...verbs,
  ...hand.filter((f) => f.kind !== 'verb'),
  ...phraseFrames.filter((f) => f.kind !== 'verb'),
].sort(byOrder);
const lines = frames.map((f) => `    ${JSON.stringify(f)}`);
writeFileSync(
  out,
  `{\n  "licence": ${JSON.stringify(previous.licence ?? LICENCE)},\n  "frames": [\n${lines.join(',\n')}\n  ]\n}\n`,
);
console.log(`${verbRecords.size} verb records, ${hand.length} hand records → ${out}`);
