// `newsgraph demo`, the main job of `npm start`: ingest the sample articles (our own, in
// samples/, and the published ones in ../shared/examples when that folder is beside the
// project) and serve the API and dashboard. It is `ingest` followed by `serve`, so it starts
// the local Neo4j by itself when NEO4J_URI is unset, exactly as those commands do.
import fs from 'node:fs';
import path from 'node:path';
import type { Config } from '../../config';
import { ingestCommand } from './ingest';
import { serveCommand, type ServeResult } from './serve';

/** The project root: dist/cli/commands (or src/cli/commands under ts-jest) is three levels down. */
const PROJECT_ROOT = path.resolve(__dirname, '..', '..', '..');

export interface DemoCommandOptions {
  config: Config;
  port?: number;
  out: NodeJS.WritableStream;
  err: NodeJS.WritableStream;
  /** Folders to ingest; defaults to the sample folders that exist. */
  inputs?: string[];
}

export interface DemoResult extends ServeResult {
  inputs: string[];
  failures: number;
}

/** The sample folders that exist: samples/ always, ../shared/examples when it is there. */
export function sampleInputs(root: string = PROJECT_ROOT): string[] {
  return [path.join(root, 'samples'), path.resolve(root, '..', 'shared', 'examples')].filter((p) =>
    fs.existsSync(p),
  );
}

export async function demoCommand(o: DemoCommandOptions): Promise<DemoResult> {
  const inputs = o.inputs ?? sampleInputs();
  o.err.write(`newsgraph demo: ingesting ${inputs.join(', ')}\n`);
  const ingested = await ingestCommand({
    inputs,
    config: o.config,
    batchSize: 50,
    progress: false,
    out: o.out,
    err: o.err,
  });
  const server = await serveCommand({ config: o.config, port: o.port, err: o.err });
  return { ...server, inputs, failures: ingested.failures.length };
}
