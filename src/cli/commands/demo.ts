// `newsgraph demo`, the main job of `npm start`: ingest the sample articles (our own, in
// samples/, and the published ones in ../shared/examples when that folder is beside the
// project) and serve the API and dashboard. With NEO4J_URI unset it starts the local Neo4j
// first and times that apart from the ingest, so the ingest rate is the ingest's own. A stop
// (close, or an abort while starting or ingesting) also stops the local Neo4j this run
// started, unless keepDb; an ingest cut short leaves only whole batches, each one transaction.
import fs from 'node:fs';
import path from 'node:path';
import { Writable } from 'node:stream';
import type { Config } from '../../config';
import {
  connect,
  localNeo4jOptions,
  localStatus,
  startLocalNeo4j,
  stopLocalNeo4j,
  type Driver,
} from '../../graph';
import type { Output } from '../output';
import { ingestCommand, renderSummary } from './ingest';
import { serveCommand, type ServeResult } from './serve';

/** The project root: dist/cli/commands (or src/cli/commands under ts-jest) is three levels down. */
const PROJECT_ROOT = path.resolve(__dirname, '..', '..', '..');

export interface DemoCommandOptions {
  config: Config;
  port?: number;
  output: Output;
  /** Folders to ingest; defaults to the sample folders that exist. */
  inputs?: string[];
  /** Leave the local Neo4j that this run started running when the demo stops. */
  keepDb?: boolean;
  /** Aborted by Ctrl-C or SIGTERM: the demo stops where it is and cleans up. */
  signal?: AbortSignal;
}

export interface DemoStopped {
  /** The local Neo4j this run started was stopped. */
  stoppedNeo4j: boolean;
  /** A local Neo4j is left running (started before the demo, or kept): how to stop it. */
  runningNeo4j?: string;
}

export interface DemoResult extends Omit<ServeResult, 'close'> {
  inputs: string[];
  failures: number;
  /** Stops serving, closes the driver and, unless kept, the local Neo4j this run started. */
  close: () => Promise<DemoStopped>;
}

/** Thrown when the demo is aborted before it serves; whatever it started is stopped. */
export class DemoInterrupted extends Error {
  constructor(readonly stopped: DemoStopped) {
    super('interrupted');
  }
}

/** The sample folders that exist: samples/ always, ../shared/examples when it is there. */
export function sampleInputs(root: string = PROJECT_ROOT): string[] {
  return [path.join(root, 'samples'), path.resolve(root, '..', 'shared', 'examples')].filter((p) =>
    fs.existsSync(p),
  );
}

export async function demoCommand(o: DemoCommandOptions): Promise<DemoResult> {
  const { config, output } = o;
  const local = config.neo4j.uri === undefined;
  // Started by this run: only then is it ours to stop.
  const ours = local && !localStatus(config.local.home).ready;
  let driver: Driver | undefined;

  const stop = async (): Promise<DemoStopped> => {
    await driver?.close();
    if (ours && !o.keepDb) {
      output.info('stopping the local Neo4j this demo started…');
      await stopLocalNeo4j(config.local.home, { onProgress: output.info });
      return { stoppedNeo4j: true };
    }
    return { stoppedNeo4j: false, runningNeo4j: local ? stillRunning(config) : undefined };
  };
  // Closing the driver ends a start or an ingest in flight; the catch below then cleans up.
  const onAbort = () => {
    void driver?.close();
    if (ours) void stopLocalNeo4j(config.local.home).catch(() => undefined);
  };
  o.signal?.addEventListener('abort', onAbort, { once: true });

  try {
    const checkAborted = () => {
      if (o.signal?.aborted) throw new Error('aborted');
    };
    if (local) await startNeo4j(config, output);
    checkAborted();
    driver = await connect(config, { onProgress: output.info });
    checkAborted();
    const inputs = o.inputs ?? sampleInputs();
    output.info(`ingesting ${inputs.join(', ')}`, { inputs });
    const ingested = await ingestCommand({
      inputs,
      config,
      driver,
      batchSize: 50,
      progress: false,
      out: discard(),
      err: lines((line) => output.warn(line)),
    });
    const { failures, ...summary } = ingested;
    output.result(renderSummary(ingested, ingested.graph), 'ingested', {
      ...summary,
      failed: failures.length,
    });
    checkAborted();
    const server = await serveCommand({ config, port: o.port, output, driver });
    o.signal?.removeEventListener('abort', onAbort);
    return {
      ...server,
      inputs,
      failures: failures.length,
      close: async () => {
        await server.close();
        return stop();
      },
    };
  } catch (error) {
    o.signal?.removeEventListener('abort', onAbort);
    if (!o.signal?.aborted) {
      await stop().catch(() => undefined);
      throw error;
    }
    throw new DemoInterrupted(await stop());
  }
}

/** Starts (or finds) the local Neo4j and says how long that took, apart from the ingest. */
async function startNeo4j(config: Config, output: Output): Promise<void> {
  const began = Date.now();
  const started = await startLocalNeo4j(localNeo4jOptions(config, { onProgress: output.info }));
  const seconds = (Date.now() - began) / 1000;
  if (started.alreadyRunning) output.info(`Neo4j already running at ${started.uri}`, { uri: started.uri });
  else
    output.info(`Neo4j started at ${started.uri} in ${seconds.toFixed(1)} s`, { uri: started.uri, seconds });
}

function stillRunning(config: Config): string | undefined {
  const status = localStatus(config.local.home);
  if (!status.running) return undefined;
  return `the local Neo4j is still running at ${status.uri ?? `pid ${status.pid}`}; stop it with: newsgraph db stop`;
}

function discard(): NodeJS.WritableStream {
  return new Writable({ write: (_chunk, _encoding, done) => done() });
}

/** A stream that hands each complete line to `fn`. */
function lines(fn: (line: string) => void): NodeJS.WritableStream {
  let pending = '';
  return new Writable({
    write(chunk: Buffer | string, _encoding, done) {
      pending += chunk.toString();
      const parts = pending.split('\n');
      pending = parts.pop() ?? '';
      for (const part of parts) if (part !== '') fn(part);
      done();
    },
  });
}
