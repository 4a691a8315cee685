#!/usr/bin/env node
// Builds src/extract/lexicon/office-holders.json from the people of the Phoenix country
// dictionary (../shared/reference/petrarch2/Phoenix.Countries.actors.txt, MIT licence, Open Event
// Data): each person's name and aliases, keyed as personKey() reads them, under the ISO alpha-2
// code of the one country all their records name; and from our list of heads who took office after
// the dictionary's years (src/extract/lexicon/heads-since-2015.tsv). A name two countries share, a single word
// ("MADURO") or an alias that opens on a title ("PRESIDENT_MADURO") is left out.
//   npm run build && node scripts/build-office-holders.mjs
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const require = createRequire(import.meta.url);
const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const source = resolve(root, '../shared/reference/petrarch2/Phoenix.Countries.actors.txt');
const out = join(root, 'src/extract/lexicon/office-holders.json');
const countries = require('world-countries');
const { personKey } = require(join(root, 'dist/extract/lexicon/office-holders'));
const { TITLE_WORDS, TITLE_MODIFIERS } = require(join(root, 'dist/extract/lexicon/titles'));

const alpha2 = new Map(countries.map((c) => [c.cca3, c.cca2]));
// Phoenix writes two states with codes of its own: East Timor "TMP" (ISO "TLS") and Kosovo "KSV"
// (world-countries "UNK"); without them a Timorese leader is filed under Indonesia alone (round 44)
alpha2.set('TMP', 'TL');
alpha2.set('KSV', 'XK');
const titled = (key) => TITLE_WORDS.has(key.split(' ')[0]) || TITLE_MODIFIERS.has(key.split(' ')[0]);

/** Person blocks: a name line, "+alias" lines, then tab-indented "[CODE dates]" lines. */
function people(text) {
  const list = [];
  let current;
  for (const raw of text.split('\n')) {
    const line = raw.replace(/#.*/, '').trimEnd();
    if (!line.trim()) continue;
    if (/^\s/.test(line)) {
      const code = /\[([A-Z]{3})/.exec(line);
      if (current && code) current.codes.add(code[1]);
      continue;
    }
    if (line.startsWith('+')) {
      if (current) current.names.push(line.slice(1).trim());
      continue;
    }
    // A name with its code on the same line is a country or a group, not a person.
    current = /\[/.test(line) ? undefined : { names: [line.trim()], codes: new Set() };
    if (current) list.push(current);
  }
  return list;
}

const byKey = new Map();
for (const person of people(readFileSync(source, 'latin1'))) {
  const codes = [...person.codes].map((c) => alpha2.get(c)).filter(Boolean);
  const country = new Set(codes).size === 1 ? codes[0] : undefined;
  for (const name of person.names) {
    const key = personKey(name);
    if (!key.includes(' ') || titled(key)) continue;
    const seen = byKey.get(key);
    byKey.set(key, seen === undefined || seen === country ? country : null);
  }
}
// Heads who took office after the dictionary's years, from our own hand-compiled list.
const since2015 = join(root, 'src/extract/lexicon/heads-since-2015.tsv');
for (const line of readFileSync(since2015, 'utf8').split('\n')) {
  if (!line.trim() || line.startsWith('#')) continue;
  const [code, name, others = ''] = line.split('\t');
  for (const form of [name, ...others.split('|').filter(Boolean)]) {
    const key = personKey(form);
    if (!key.includes(' ')) continue;
    const seen = byKey.get(key);
    byKey.set(key, seen === undefined || seen === code ? code : null);
  }
}
const grouped = {};
for (const [key, code] of [...byKey].sort(([a], [b]) => a.localeCompare(b))) {
  if (code) (grouped[code] ??= []).push(key);
}
const sorted = Object.fromEntries(Object.entries(grouped).sort(([a], [b]) => a.localeCompare(b)));
writeFileSync(
  out,
  `${JSON.stringify({ source: 'Phoenix.Countries.actors.txt of PETRARCH2 (openeventdata/petrarch2, MIT licence; see PHOENIX-LICENSE.txt), and heads-since-2015.tsv (ours)', countries: sorted })}\n`,
);
console.log(`${out}: ${byKey.size} names, ${Object.values(sorted).flat().length} kept`);
