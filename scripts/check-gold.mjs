#!/usr/bin/env node
// Checks gold annotation files (../shared/eval/FORMAT.md) before anyone scores against them:
// required fields, entity types and predicates from ONTOLOGY.md, every relation's subject and
// object an annotated entity, every evidence sentence copied exactly from the text, every alias
// present in the text, no entity listed twice. Prints one line per problem; exit 1 if any.
//   node scripts/check-gold.mjs DIR_OR_FILE…
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';

const TYPES = new Set(['Person', 'Organization', 'Country', 'Location']);
const CATEGORIES = new Set(['government', 'military', 'armed_group', 'political', 'company', 'media', 'international', 'other']);
const PREDICATES = new Set([
  'ATTACKED', 'KILLED', 'SUPPORTS', 'CRITICIZED', 'THREATENED', 'DEMANDED',
  'COOPERATED', 'SANCTIONED', 'LEADS', 'MEMBER_OF', 'LOCATED_IN',
]);
const REQUIRED = ['id', 'source', 'license', 'title', 'text', 'entities', 'relations'];

const files = process.argv.slice(2).flatMap((p) =>
  statSync(p).isDirectory()
    ? readdirSync(p).filter((f) => f.endsWith('.json')).sort().map((f) => join(p, f))
    : [p],
);
if (files.length === 0) {
  console.error('usage: check-gold.mjs DIR_OR_FILE…');
  process.exit(2);
}

let problems = 0;
const ids = new Map();
for (const file of files) {
  const say = (msg) => {
    problems++;
    console.log(`${file}: ${msg}`);
  };
  let doc;
  try {
    doc = JSON.parse(readFileSync(file, 'utf8'));
  } catch (err) {
    say(`not JSON: ${err.message}`);
    continue;
  }
  for (const key of REQUIRED) if (doc[key] === undefined) say(`missing "${key}"`);
  if (ids.has(doc.id)) say(`id "${doc.id}" also used by ${ids.get(doc.id)}`);
  ids.set(doc.id, file);
  const text = String(doc.text ?? '');
  const names = new Map();
  for (const e of doc.entities ?? []) {
    const key = String(e.name).toLowerCase();
    if (names.has(key)) say(`entity "${e.name}" listed twice`);
    names.set(key, e);
    if (!TYPES.has(e.type)) say(`entity "${e.name}": type "${e.type}" is not one of ${[...TYPES].join(', ')}`);
    if (e.category !== undefined && !CATEGORIES.has(e.category)) say(`entity "${e.name}": category "${e.category}" unknown`);
    const forms = [e.name, ...(e.aliases ?? [])];
    if (!forms.some((f) => text.includes(f))) say(`entity "${e.name}": neither its name nor an alias occurs in the text`);
    for (const a of e.aliases ?? []) if (!text.includes(a)) say(`entity "${e.name}": alias "${a}" does not occur in the text`);
  }
  const seen = new Set();
  for (const r of doc.relations ?? []) {
    const label = `${r.subject} ${r.predicate} ${r.object}`;
    if (!PREDICATES.has(r.predicate)) say(`relation ${label}: unknown predicate`);
    if (!names.has(String(r.subject).toLowerCase())) say(`relation ${label}: subject is not an annotated entity`);
    if (!names.has(String(r.object).toLowerCase())) say(`relation ${label}: object is not an annotated entity`);
    if (r.subject === r.object) say(`relation ${label}: subject and object are the same`);
    if (!r.evidence || !text.includes(r.evidence)) say(`relation ${label}: evidence is not copied exactly from the text`);
    if (seen.has(label)) say(`relation ${label}: listed twice`);
    seen.add(label);
  }
}
console.log(`${files.length} files, ${problems} problems`);
process.exit(problems ? 1 : 0);
