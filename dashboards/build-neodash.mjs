// Writes dashboards/neodash.json, a NeoDash 2.4 dashboard over newsgraph's graph, from the
// Cypher analyses themselves: each report's query is the text of its cypher/analyses file with
// its parameters renamed to NeoDash's ($entity → $neodash_entity, shared by every page, so one
// entity chosen applies everywhere; any other $p → $neodash_<analysis>_<p>, its default set
// in the dashboard's settings). Run it after changing an analysis:
//   node dashboards/build-neodash.mjs            (--check: exit 1 if the file is out of date)
// test/integration/neodash.int.test.ts checks the file is current and runs every report.
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const ANALYSES = path.join(ROOT, 'cypher', 'analyses');
export const OUTPUT = path.join(ROOT, 'dashboards', 'neodash.json');

/** Pages, each with its reports: [analysis, title, NeoDash report type, width, height]. */
const PAGES = [
  ['Top actors', [['top-actors', 'Most connected actors', 'table', 24, 8]]],
  ['Who attacked whom', [['who-attacked-whom', 'Attacks and killings, by pair', 'table', 24, 8]]],
  ['Support network', [['support-network', 'Who supports whom, and what they did next', 'table', 24, 8]]],
  [
    'Entity',
    [
      ['entity-profile', "The entity's facts, with their evidence", 'table', 24, 8],
      ['neighbourhood', "The entity's relations", 'table', 24, 8],
    ],
  ],
  ['Timeline', [['timeline', 'Facts by date', 'table', 24, 8]]],
];

/** NeoDash's name for a parameter of an analysis. */
export function neodashName(analysis, param) {
  return param === 'entity' ? 'neodash_entity' : `neodash_${analysis.replace(/-/g, '_')}_${param}`;
}

/** The parameters an analysis declares in its header: name and default (undefined: required). */
export function declaredParams(text) {
  return [...text.matchAll(/^\/\/ @param (\w+): ([\w|]+)(?: = (.+?))? — /gm)].map(([, name, type, value]) => ({
    name,
    type,
    default: value === undefined ? undefined : JSON.parse(value),
  }));
}

/** The analysis's text with each of its parameters renamed for NeoDash. */
export function neodashQuery(analysis, text) {
  const names = declaredParams(text).map((p) => p.name);
  return text.replace(/\$(\w+)/g, (match, name) => (names.includes(name) ? `$${neodashName(analysis, name)}` : match));
}

/** Ids that stay the same from one run to the next, so the file only changes with its content. */
function stableId(...parts) {
  const h = crypto.createHash('sha256').update(parts.join('/')).digest('hex');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-4${h.slice(13, 16)}-a${h.slice(17, 20)}-${h.slice(20, 32)}`;
}

export function buildDashboard() {
  const parameters = { neodash_entity: '' };
  const entitySelect = (page) => ({
    id: stableId(page, 'entity'),
    title: 'Entity (id, name or alias; empty for all where allowed)',
    query: '',
    width: 24,
    height: 2,
    x: 0,
    y: 0,
    type: 'select',
    selection: {},
    settings: { type: 'Free Text', entityType: 'entity', parameterName: 'neodash_entity' },
  });
  const pages = PAGES.map(([title, reports]) => {
    let y = 2;
    return {
      title,
      reports: [
        entitySelect(title),
        ...reports.map(([analysis, reportTitle, type, width, height]) => {
          const text = fs.readFileSync(path.join(ANALYSES, `${analysis}.cypher`), 'utf8');
          for (const p of declaredParams(text))
            if (p.name !== 'entity') parameters[neodashName(analysis, p.name)] = p.default ?? '';
          const report = {
            id: stableId(title, analysis),
            title: reportTitle,
            query: neodashQuery(analysis, text),
            width,
            height,
            x: 0,
            y,
            type,
            selection: {},
            settings: {},
          };
          y += height;
          return report;
        }),
      ],
    };
  });
  return {
    uuid: stableId('newsgraph'),
    title: 'newsgraph: who did what to whom',
    version: '2.4',
    settings: { pagenumber: 0, editable: true, fullscreenEnabled: true, parameters },
    pages,
    parameters: {},
    extensions: { active: true, activeReducers: [] },
  };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const text = `${JSON.stringify(buildDashboard(), null, 2)}\n`;
  if (process.argv.includes('--check')) {
    // For tests and CI: is the file what the analyses make today?
    const current = fs.existsSync(OUTPUT) ? fs.readFileSync(OUTPUT, 'utf8') : '';
    if (current !== text) {
      console.error('dashboards/neodash.json is out of date: run node dashboards/build-neodash.mjs');
      process.exit(1);
    }
  } else {
    fs.writeFileSync(OUTPUT, text);
    console.log(`wrote ${path.relative(process.cwd(), OUTPUT)}`);
  }
}
