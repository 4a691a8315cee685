#!/usr/bin/env node
// Builds src/extract/lexicon/place-countries.json: the country each place our lexicon lists lies
// in, from the Phoenix (PETRARCH2) country dictionary (../shared/reference/petrarch2/
// Phoenix.Countries.actors.txt, MIT, Open Event Data; notice in lexicon/PHOENIX-LICENSE.txt),
// whose country records list their cities, provinces and districts as aliases ("+MOSUL_" under
// IRAQ_). Only names our own place lists already hold (lexicon/cities.ts CITIES, places.ts REGIONS,
// the Phoenix places of phoenix-actors.json), each filed under one country; capitals are left
// to lexicon/countries.ts. Run after changing those lists:
//   npm run build && node scripts/build-place-countries.mjs
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const require = createRequire(import.meta.url);
const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const dictionary = resolve(root, '../shared/reference/petrarch2/Phoenix.Countries.actors.txt');
const countries = require('world-countries');
const { CITIES } = require(join(root, 'dist/extract/lexicon/cities.js'));
const { REGIONS } = require(join(root, 'dist/extract/lexicon/places.js'));
const { PHOENIX_PLACES } = require(join(root, 'dist/extract/lexicon/phoenix.js'));
const { COUNTRIES, STATES_OF_CAPITAL } = require(join(root, 'dist/extract/lexicon/countries.js'));

const key = (name) =>
  name
    .toLowerCase()
    .replace(/[_\s]+/g, ' ')
    .trim();
/** Each spelling of a listed place, by its key, to the place's canonical name. */
const ours = new Map();
for (const [name, ...aliases] of [...CITIES, ...REGIONS])
  for (const n of [name, ...aliases]) ours.set(key(n), name);
for (const [name] of PHOENIX_PLACES) ours.set(key(name), name);
const capitals = new Set([...STATES_OF_CAPITAL.keys()].map(key));
/** The gazetteer's canonical country name by ISO 3166 alpha-3 code. */
const canonical = new Map(
  countries.map((c) => [c.cca3, COUNTRIES.find((r) => r.code === c.cca2)?.name ?? c.name.common]),
);

/** The dictionary's records: a name, its "+" synonyms, and the first code filed under it. */
function readRecords() {
  const records = [];
  let current;
  for (const raw of readFileSync(dictionary, 'latin1').split(/\r?\n/)) {
    const line = raw.replace(/#.*$/, '');
    if (!line.trim()) continue;
    const code = /\[([^\]\s]*)/.exec(line)?.[1];
    if (/^\s/.test(line)) {
      if (current && !current.code && code) current.code = code;
      continue;
    }
    const phrase = line.replace(/[[{].*$/, '').trim();
    if (line.startsWith('+')) {
      if (current) current.names.push(phrase.slice(1));
      continue;
    }
    current = { names: [phrase], code: code ?? '' };
    records.push(current);
  }
  return records;
}

/** Each listed place's countries, by canonical name: a name filed under two countries is no one's. */
const found = new Map();
for (const r of readRecords()) {
  // the country's own record ("[IRQ]"), not a body or person filed under it ("[IRQGOV]")
  const country = /^[A-Z]{3}$/.test(r.code) ? canonical.get(r.code) : undefined;
  if (!country) continue;
  for (const n of r.names) {
    const place = ours.get(key(n));
    if (!place || capitals.has(key(place))) continue;
    found.set(place, new Set([...(found.get(place) ?? []), country]));
  }
}
const places = Object.fromEntries(
  [...found]
    .filter(([, set]) => set.size === 1)
    .map(([place, set]) => [place, [...set][0]])
    .sort(([a], [b]) => a.localeCompare(b)),
);
const out = {
  source: 'Phoenix dictionaries of PETRARCH2 (openeventdata/petrarch2, MIT licence; see PHOENIX-LICENSE.txt)',
  places,
};
writeFileSync(join(root, 'src/extract/lexicon/place-countries.json'), `${JSON.stringify(out, null, 1)}\n`);
console.log(`${Object.keys(places).length} places with their country`);
