// Starts the local Neo4j in the background and waits until it is ready: the launcher writes
// its pid file only once Bolt answers and the password is set. Starting one that already runs
// is harmless: its address is returned. A home whose store is still held by a JVM that is not
// ready (starting elsewhere, stopping, or stuck) is refused: a second JVM on one store is never
// launched. Every way a start can fail becomes one NewsgraphError line, with the launcher
// log's last lines as the hint.
import { setTimeout as sleep } from 'node:timers/promises';
import { ErrorCode, NewsgraphError } from '../../errors';
import { buildLauncher } from './build-launcher';
import { checkJava } from './check-java';
import { LEGACY_DEFAULT_PASSWORD, ensureLocalPassword, readLocalPassword } from './local-password';
import { isLauncherAlive, localStatus, readPidFile } from './local-status';
import { logTail } from './log-tail';
import { localHomeLayout } from './paths';
import { isPortFree } from './port';
import { makePrivateHome } from './private-home';
import { spawnLauncher } from './spawn-launcher';
import { stopLocalNeo4j } from './stop-local-neo4j';
import { withLock } from './with-lock';

export interface LocalNeo4jOptions {
  /** NEWSGRAPH_HOME: data, logs, pid file and the home's own password. */
  home: string;
  boltPort: number;
  /** JVM heap, e.g. 512m or 1g. */
  heap: string;
  username: string;
  /**
   * NEO4J_PASSWORD: set as the password on the first start only. Undefined: the home's own
   * random password (made on the first start, kept in the home), set on every start.
   */
  password?: string;
  /** Neo4j's db.transaction.timeout, e.g. 30s; 0 means none. */
  transactionTimeout?: string;
  /** Neo4j page cache; small by default, the graphs here are small. */
  pageCache?: string;
  /** How long to wait for Bolt, in ms (a cold JVM on a busy machine can take a minute). */
  timeoutMs?: number;
  /** Progress lines for a human (e.g. "resolving Neo4j from Maven Central…"). */
  onProgress?: (message: string) => void;
}

export interface StartedNeo4j {
  uri: string;
  pid: number;
  alreadyRunning: boolean;
  logFile: string;
  /** The password to connect with: NEO4J_PASSWORD, or the one kept in the home. */
  password: string;
}

export const DEFAULT_TRANSACTION_TIMEOUT = '120s';

export async function startLocalNeo4j(options: LocalNeo4jOptions): Promise<StartedNeo4j> {
  const layout = localHomeLayout(options.home);
  makePrivateHome(layout.home);
  return withLock(layout.startLock, { staleMs: 30 * 60_000, timeoutMs: 30 * 60_000 }, async () => {
    const status = localStatus(layout.home);
    if (status.ready) {
      // Started before this home had a password of its own: it still has the published one.
      const password = options.password ?? readLocalPassword(layout.home) ?? LEGACY_DEFAULT_PASSWORD;
      return { uri: status.uri!, pid: status.pid!, alreadyRunning: true, logFile: layout.logFile, password };
    }
    if (status.running) throw storeInUse(status.pid!, layout.home, layout.logFile);
    checkJava();
    await assertPortFree(options.boltPort);
    const launcher = await buildLauncher({ onBuild: options.onProgress });
    const password = options.password ?? ensureLocalPassword(layout.home);
    options.onProgress?.(`starting Neo4j on 127.0.0.1:${options.boltPort} (log: ${layout.logFile})…`);
    const pid = spawnLauncher({
      home: layout.home,
      boltPort: options.boltPort,
      heap: options.heap,
      pageCache: options.pageCache ?? '128m',
      transactionTimeout: options.transactionTimeout ?? DEFAULT_TRANSACTION_TIMEOUT,
      username: options.username,
      password,
      enforcePassword: options.password === undefined,
      classpath: launcher.classpath,
      pluginsDir: launcher.pluginsDir,
    });
    await waitUntilReady(pid, options, layout.pidFile, layout.logFile);
    return {
      uri: `bolt://127.0.0.1:${options.boltPort}`,
      pid,
      alreadyRunning: false,
      logFile: layout.logFile,
      password,
    };
  });
}

function storeInUse(pid: number, home: string, logFile: string): NewsgraphError {
  return new NewsgraphError(
    ErrorCode.DB_START_FAILED,
    `A Neo4j (pid ${pid}) still holds the store in ${home} but does not answer (starting, stopping or stuck)`,
    { hint: `wait for it, or stop it with: newsgraph db stop (log: ${logFile})` },
  );
}

async function assertPortFree(port: number): Promise<void> {
  if (!(await isPortFree(port))) throw portInUse(port);
}

function portInUse(port: number): NewsgraphError {
  return new NewsgraphError(
    ErrorCode.PORT_IN_USE,
    `Port ${port} on 127.0.0.1 is already in use, so Neo4j cannot listen on it`,
    {
      hint: 'set NEWSGRAPH_BOLT_PORT to a free port, or stop what uses it (is another Neo4j running?)',
    },
  );
}

async function waitUntilReady(pid: number, options: LocalNeo4jOptions, pidFile: string, logFile: string) {
  const timeoutMs = options.timeoutMs ?? 300_000;
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (readPidFile(pidFile)?.pid === pid) return;
    if (!isLauncherAlive(pid)) throw startFailure(logFile, options.boltPort);
    await sleep(250);
  }
  // Not half-started left behind: the JVM is stopped (killed if need be) before we give up.
  await stopLocalNeo4j(options.home, { graceMs: 30_000 });
  throw new NewsgraphError(
    ErrorCode.DB_START_FAILED,
    `Neo4j did not answer on 127.0.0.1:${options.boltPort} within ${Math.round(timeoutMs / 1000)}s`,
    { hint: `the machine may be busy; log ${logFile}:\n${logTail(logFile)}` },
  );
}

function startFailure(logFile: string, port: number): NewsgraphError {
  const tail = logTail(logFile);
  // Taken between our check and Neo4j's bind (a race with another process).
  if (/Address already in use|BindException/i.test(tail)) return portInUse(port);
  const reason = /FAILED: (.*)$/m.exec(tail)?.[1];
  return new NewsgraphError(ErrorCode.DB_START_FAILED, `Neo4j did not start${reason ? `: ${reason}` : ''}`, {
    hint: `log ${logFile}:\n${tail}`,
  });
}
