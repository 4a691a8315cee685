#!/usr/bin/env node
// Works out every relation rule's needed strings (src/extract/relations/necessary-text.ts) once, at
// build time, into dist/extract/relations/needed-text.json, so that a process (each CLI run, each
// worker thread) looks them up instead of spending 0.2–0.4 s of CPU on them at load. Keyed by a
// hash of each rule's expanded regex source: a rule or lexicon changed after the build has its sets
// worked out at load as before. Part of `npm run build`, after tsc.
import { writeFileSync } from 'node:fs';
import { join, resolve, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createRequire } from 'node:module';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(import.meta.url);
const { neededTable, NEEDS_FILE } = require(join(root, 'dist/extract/relations/compile-pattern.js'));
const { RELATION_RULES, STRUCTURAL_RULES } = require(join(root, 'dist/extract/rules/relations/index.js'));

const table = neededTable([...RELATION_RULES, ...STRUCTURAL_RULES].map((rule) => rule.pattern));
writeFileSync(NEEDS_FILE, JSON.stringify(table));
console.log(`needed strings of ${Object.keys(table).length} rule patterns → ${NEEDS_FILE}`);
