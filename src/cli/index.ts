// The newsgraph command. Parsing happens here and only here; each command lives in
// ./commands/<name>.ts, is imported only when it runs, takes typed options and returns data.
// Only this file turns results and errors into output and exit codes (STYLE.md §9).
import { Command, Option } from 'commander';
import { isNewsgraphError } from '../errors';
import { loadConfig } from '../config';
import { createOutput, outputFormat, type Output } from './output';
import type { RelationEngine } from '../extract';

/**
 * Exit codes: 0 all went well, 1 failed, 2 bad usage, 3 finished but some inputs failed,
 * 130 stopped by Ctrl-C or SIGTERM before it finished.
 */
export const EXIT = { OK: 0, FAILED: 1, USAGE: 2, PARTIAL: 3, INTERRUPTED: 130 } as const;

function collect(value: string, previous: string[]): string[] {
  return [...previous, value];
}

function intOption(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 0) throw new Error(`not a whole number: ${value}`);
  return n;
}

export function buildProgram(): Command {
  const program = new Command();
  program
    .name('newsgraph')
    .description(
      'Knowledge-graph builder for news: extract actors and their relations, store them in Neo4j, serve them over GraphQL',
    )
    .showHelpAfterError()
    .exitOverride();

  const db = program.command('db').description('the local Neo4j that newsgraph runs when NEO4J_URI is unset');
  db.command('start')
    .description('start the local Neo4j in the background and wait until Bolt answers')
    .action(async () => {
      const { dbStart } = await import('./commands/db');
      const config = loadConfig();
      if (config.neo4j.uri)
        console.error(
          `note: NEO4J_URI is set, so the other commands use ${config.neo4j.uri}, not this local Neo4j`,
        );
      const r = await dbStart({ config, onProgress: (m) => console.error(m) });
      console.log(r.alreadyRunning ? `Neo4j already running at ${r.uri}` : `Neo4j started at ${r.uri}`);
    });
  db.command('stop')
    .description('stop the local Neo4j cleanly (data is kept); one that hangs is killed after --timeout')
    .option(
      '--timeout <seconds>',
      'how long a clean shutdown may take before the JVM is killed',
      intOption,
      60,
    )
    .action(async (opts: { timeout: number }) => {
      const { dbStop } = await import('./commands/db');
      const r = await dbStop({
        config: loadConfig(),
        graceMs: opts.timeout * 1000,
        onProgress: (m) => console.error(m),
      });
      console.log(
        !r.wasRunning
          ? 'Neo4j was not running'
          : r.killed
            ? 'Neo4j killed (it recovers on its next start)'
            : 'Neo4j stopped',
      );
    });
  db.command('status')
    .description('say whether the local Neo4j is running, and where')
    .action(async () => {
      const { dbStatus } = await import('./commands/db');
      const r = await dbStatus({ config: loadConfig() });
      if (r.external) console.log(`reachable at ${r.uri} (NEO4J_URI)`);
      else {
        const state = r.running
          ? `running at ${r.uri} (pid ${r.pid})`
          : r.busy
            ? `not answering, but its process (pid ${r.pid}) still holds the store: starting, stopping or stuck (newsgraph db stop ends it)`
            : 'not running';
        console.log(`${state}\nhome: ${r.home}\nlog:  ${r.logFile}`);
      }
      if (!r.running) process.exitCode = EXIT.FAILED;
    });

  program
    .command('extract')
    .description(
      'print the entities and relations of articles as JSON (or a table), without touching any database',
    )
    .argument('<inputs...>', 'files, directories, JSON Lines, RSS/Atom feeds, or - for stdin')
    .addOption(new Option('--format <format>', 'output format').choices(['json', 'table']).default('json'))
    .option('--workers <n>', 'worker threads (default: one per core)', intOption)
    // Hidden: which engine reads the acts, so scripts/eval-dev.mjs can compare them.
    .addOption(new Option('--relations <engine>').choices(['combined', 'frames', 'rules']).hideHelp())
    .action(
      async (
        inputs: string[],
        opts: { format: 'json' | 'table'; workers?: number; relations?: RelationEngine },
      ) => {
        const { extractCommand } = await import('./commands/extract');
        const config = loadConfig();
        const r = await extractCommand({
          inputs,
          format: opts.format,
          workers: opts.workers,
          relations: opts.relations,
          maxInputBytes: config.ingest.maxInputBytes,
          out: process.stdout,
          err: process.stderr,
        });
        if (r.failures.length > 0) process.exitCode = EXIT.PARTIAL;
      },
    );

  program
    .command('ingest')
    .description('extract articles and write them into Neo4j (idempotent: re-ingesting changes nothing)')
    .argument('<inputs...>', 'files, directories, JSON Lines, RSS/Atom feeds, or - for stdin')
    .option(
      '--batch-size <n>',
      'articles per batch (a writer that falls behind writes up to three waiting batches in one transaction)',
      intOption,
      50,
    )
    .option('--workers <n>', 'extraction worker threads (default: one per core)', intOption)
    .option('--no-progress', 'no progress bar, even on a terminal')
    .option(
      '--force',
      'rewrite articles even when the graph already holds the same content (e.g. after upgrading extraction)',
    )
    .action(
      async (
        inputs: string[],
        opts: { batchSize: number; workers?: number; progress: boolean; force?: boolean },
      ) => {
        const { ingestCommand } = await import('./commands/ingest');
        const r = await ingestCommand({
          inputs,
          config: loadConfig(),
          batchSize: opts.batchSize,
          workers: opts.workers,
          progress: opts.progress && process.stderr.isTTY === true,
          force: opts.force === true,
          out: process.stdout,
          err: process.stderr,
        });
        if (r.failures.length > 0) process.exitCode = EXIT.PARTIAL;
      },
    );

  program
    .command('serve')
    .description(
      'serve the GraphQL API (Apollo Sandbox at /graphql, GraphiQL at /graphiql) and the dashboard (at /)',
    )
    .option('--port <n>', 'HTTP port (default: PORT or 4000)', intOption)
    .option('--host <host>', 'interface to listen on (default: HOST or 127.0.0.1)')
    .action(async (opts: { port?: number; host?: string }) => {
      const { serveCommand } = await import('./commands/serve');
      const config = loadConfig();
      const output = cliOutput(config);
      const stopping = stopSignal();
      const r = await serveCommand({ config, port: opts.port, host: opts.host, output });
      await serveUntil(stopping, r, output, async () => {
        await r.close();
        // The local Neo4j outlives the server on purpose (the next command reuses it): say so.
        if (config.neo4j.uri === undefined) {
          const { localStatus } = await import('../graph');
          const status = localStatus(config.local.home);
          if (status.running)
            output.info(
              `the local Neo4j is still running at ${status.uri ?? `pid ${status.pid}`}; stop it with: newsgraph db stop`,
            );
        }
      });
    });

  program
    .command('analyze')
    .description('run one of the Cypher analyses in cypher/analyses')
    .argument('[name]', 'the analysis to run (see --list)')
    .option('--list', 'list the analyses and the questions they answer')
    .option('--param <key=value>', 'a parameter of the analysis (repeatable)', collect, [])
    .addOption(
      new Option('--format <format>', 'output format').choices(['table', 'json', 'csv']).default('table'),
    )
    .action(
      async (
        name: string | undefined,
        opts: { list?: boolean; param: string[]; format: 'table' | 'json' | 'csv' },
      ) => {
        const { analyzeCommand } = await import('./commands/analyze');
        await analyzeCommand({
          name,
          list: opts.list === true,
          params: opts.param,
          format: opts.format,
          config: loadConfig(),
          out: process.stdout,
        });
      },
    );

  program
    .command('demo')
    .description(
      'the main job: start Neo4j if none is configured, ingest the sample articles, serve API and dashboard',
    )
    .option('--port <n>', 'HTTP port (default: PORT or 4000)', intOption)
    .option('--keep-db', 'leave the local Neo4j this demo starts running when it stops')
    .action(async (opts: { port?: number; keepDb?: boolean }) => {
      const { demoCommand, DemoInterrupted } = await import('./commands/demo');
      const config = loadConfig();
      const output = cliOutput(config);
      const stopping = stopSignal();
      const said = (s: { stoppedNeo4j: boolean; runningNeo4j?: string }) => {
        if (s.stoppedNeo4j) output.info('stopped the local Neo4j this demo started');
        if (s.runningNeo4j) output.info(s.runningNeo4j);
      };
      let r;
      try {
        r = await demoCommand({
          config,
          port: opts.port,
          keepDb: opts.keepDb,
          output,
          signal: stopping.signal,
        });
      } catch (error) {
        if (!(error instanceof DemoInterrupted)) throw error;
        said(error.stopped);
        output.info('interrupted: finished batches are in the graph; run the demo again to complete it');
        process.exit(EXIT.INTERRUPTED);
      }
      const served = r;
      await serveUntil(stopping, served, output, async () => said(await served.close()));
    });

  return program;
}

interface Served {
  graphqlUrl: string;
  dashboardUrl: string;
  healthUrl: string;
}

/** The output of serve and demo: LOG_FORMAT, else text on a terminal and JSON elsewhere. */
function cliOutput(config: ReturnType<typeof loadConfig>): Output {
  const streams = { out: process.stdout, err: process.stderr };
  const output = createOutput(outputFormat(config.logFormat, streams), config.logLevel, streams);
  if (output.format === 'json') jsonOutput = output;
  return output;
}

/** Set while a command logs JSON: its fatal error is then a JSON line too, not prose. */
let jsonOutput: Output | undefined;

/**
 * Ctrl-C and SIGTERM, caught from the start of a command so that a stop while Neo4j starts or
 * the ingest runs is handled too. A second one exits at once (what was asked to stop goes on
 * stopping by itself).
 */
function stopSignal(): AbortController {
  const controller = new AbortController();
  const onSignal = (signal: NodeJS.Signals) => {
    if (controller.signal.aborted) process.exit(EXIT.INTERRUPTED);
    controller.abort(signal);
  };
  process.on('SIGINT', onSignal);
  process.on('SIGTERM', onSignal);
  return controller;
}

/** Says where the server listens, then waits for a stop signal and runs `close`. */
async function serveUntil(
  stopping: AbortController,
  r: Served,
  output: Output,
  close: () => Promise<void>,
): Promise<void> {
  // Sandbox (the page at /graphql) loads from Apollo's CDN; GraphiQL is served from here.
  const graphiqlUrl = new URL('graphiql/', r.dashboardUrl).toString();
  output.result(
    `GraphQL API: ${r.graphqlUrl}  (Apollo Sandbox in a browser: needs internet)\n` +
      `GraphiQL:    ${graphiqlUrl}  (works offline)\n` +
      `Dashboard:   ${r.dashboardUrl}\nHealth:      ${r.healthUrl}`,
    'serving',
    { graphql: r.graphqlUrl, graphiql: graphiqlUrl, dashboard: r.dashboardUrl, health: r.healthUrl },
  );
  if (!stopping.signal.aborted)
    await new Promise((resolve) => stopping.signal.addEventListener('abort', resolve));
  output.info('stopping…');
  try {
    await close();
  } catch (error) {
    output.error(`could not stop cleanly: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(EXIT.FAILED);
  }
  process.exit(EXIT.OK);
}

/** Entry point of bin/newsgraph.js: the only place that decides exit codes. */
export async function main(argv: string[]): Promise<void> {
  const program = buildProgram();
  try {
    await program.parseAsync(argv);
  } catch (error) {
    process.exitCode = reportError(error);
  }
}

function reportError(error: unknown): number {
  const e = error as { code?: string; exitCode?: number; message?: string };
  if (typeof e?.code === 'string' && e.code.startsWith('commander.')) {
    // commander already printed the problem and the help.
    return e.code === 'commander.helpDisplayed' || e.code === 'commander.version' ? EXIT.OK : EXIT.USAGE;
  }
  if (isNewsgraphError(error)) {
    if (jsonOutput) jsonOutput.error(error.message, { code: error.code, hint: error.hint });
    else console.error(`newsgraph: ${error.toUserString()}`);
    return EXIT.FAILED;
  }
  if (jsonOutput) {
    jsonOutput.error('unexpected error', { stack: error instanceof Error ? error.stack : String(error) });
    return EXIT.FAILED;
  }
  console.error(
    `newsgraph: unexpected error: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`,
  );
  return EXIT.FAILED;
}
