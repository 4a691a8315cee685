// Builds the dashboard: esbuild bundles web/src (TypeScript, cytoscape, chart.js from npm)
// into web/dist/app.js and app.css, beside a copy of web/index.html, and GraphiQL (React and the
// graphiql package) into web/dist/graphiql/. Nothing is fetched from a CDN at run time;
// `newsgraph serve` serves web/dist at / (so GraphiQL at /graphiql). Part of `npm run build`.
import { build } from 'esbuild';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const web = path.join(root, 'web');
const dist = path.join(web, 'dist');
const production = process.env.NODE_ENV !== 'development';

fs.rmSync(dist, { recursive: true, force: true });
fs.mkdirSync(dist, { recursive: true });

const common = {
  bundle: true,
  minify: production,
  sourcemap: true,
  logLevel: 'warning',
  legalComments: 'linked',
};
/** A script for the browser: one IIFE; libraries' development-only code left out in production. */
const script = {
  ...common,
  format: 'iife',
  platform: 'browser',
  target: ['es2020'],
  define: { 'process.env.NODE_ENV': JSON.stringify(production ? 'production' : 'development') },
};
await build({
  ...script,
  entryPoints: [path.join(web, 'src', 'main.ts')],
  outfile: path.join(dist, 'app.js'),
});
await build({
  ...common,
  entryPoints: [path.join(web, 'src', 'styles.css')],
  outfile: path.join(dist, 'app.css'),
});
fs.copyFileSync(path.join(web, 'index.html'), path.join(dist, 'index.html'));

// GraphiQL at /graphiql: React and the graphiql package bundled here, CSS beside it.
const graphiql = path.join(dist, 'graphiql');
fs.mkdirSync(graphiql, { recursive: true });
await build({
  ...script,
  entryPoints: [path.join(web, 'graphiql', 'main.tsx')],
  outfile: path.join(graphiql, 'graphiql.js'),
  jsx: 'automatic',
  loader: { '.woff': 'file', '.woff2': 'file', '.ttf': 'file', '.svg': 'dataurl' },
});
fs.copyFileSync(path.join(web, 'graphiql', 'index.html'), path.join(graphiql, 'index.html'));

const size = (f) => `${(fs.statSync(path.join(dist, f)).size / 1024).toFixed(0)} KiB`;
console.log(
  `web/dist: index.html, app.js (${size('app.js')}), app.css (${size('app.css')}); ` +
    `graphiql/graphiql.js (${size('graphiql/graphiql.js')}), graphiql.css (${size('graphiql/graphiql.css')})`,
);
