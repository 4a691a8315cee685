// Starts the local Neo4j in the background and waits until it is ready: the launcher writes
// its pid file only once Bolt answers and the password is set. Starting one that already runs
// is harmless: its address is returned. Every way a start can fail becomes one NewsgraphError
// line, with the launcher log's last lines as the hint.
import fs from 'node:fs';
import { spawn } from 'node:child_process';
import { setTimeout as sleep } from 'node:timers/promises';
import { ErrorCode, NewsgraphError } from '../../errors';
import { buildLauncher } from './build-launcher';
import { checkJava } from './check-java';
import { LAUNCHER_MAIN_CLASS, isLauncherAlive, localStatus, readPidFile } from './local-status';
import { logTail } from './log-tail';
import { localHomeLayout } from './paths';
import { isPortFree } from './port';
import { withLock } from './with-lock';

export interface LocalNeo4jOptions {
  /** NEWSGRAPH_HOME: data, logs and pid file. */
  home: string;
  boltPort: number;
  /** JVM heap, e.g. 512m or 1g. */
  heap: string;
  username: string;
  /** Set as the password on the first start only; later starts keep the stored one. */
  password: string;
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
}

export async function startLocalNeo4j(options: LocalNeo4jOptions): Promise<StartedNeo4j> {
  const layout = localHomeLayout(options.home);
  fs.mkdirSync(layout.home, { recursive: true });
  return withLock(layout.startLock, { staleMs: 30 * 60_000, timeoutMs: 30 * 60_000 }, async () => {
    const status = localStatus(layout.home);
    if (status.running) {
      return { uri: status.uri!, pid: status.pid!, alreadyRunning: true, logFile: layout.logFile };
    }
    checkJava();
    await assertPortFree(options.boltPort);
    const launcher = await buildLauncher({ onBuild: options.onProgress });
    options.onProgress?.(`starting Neo4j on 127.0.0.1:${options.boltPort} (log: ${layout.logFile})…`);
    const pid = spawnLauncher(options, launcher.classpath, launcher.pluginsDir);
    await waitUntilReady(pid, options, layout.pidFile, layout.logFile);
    return {
      uri: `bolt://127.0.0.1:${options.boltPort}`,
      pid,
      alreadyRunning: false,
      logFile: layout.logFile,
    };
  });
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

function spawnLauncher(options: LocalNeo4jOptions, classpath: string, pluginsDir: string): number {
  const layout = localHomeLayout(options.home);
  fs.rmSync(layout.pidFile, { force: true });
  const log = fs.openSync(layout.logFile, 'a');
  fs.writeSync(log, `\n${new Date().toISOString()} newsgraph: launching Neo4j (heap ${options.heap})\n`);
  const jvm = [
    `-Xmx${options.heap}`,
    '-XX:+UseG1GC',
    '-XX:+ExitOnOutOfMemoryError',
    // The same openings Neo4j's own start script gives the JVM on Java 17.
    '--add-opens=java.base/java.nio=ALL-UNNAMED',
    '--add-opens=java.base/sun.nio.ch=ALL-UNNAMED',
    '--add-opens=java.base/java.io=ALL-UNNAMED',
    '--add-opens=java.base/java.lang=ALL-UNNAMED',
    '-Dio.netty.tryReflectionSetAccessible=true',
  ];
  const args = [
    ...jvm,
    '-cp',
    classpath,
    LAUNCHER_MAIN_CLASS,
    '--home',
    layout.home,
    '--port',
    String(options.boltPort),
    '--plugins',
    pluginsDir,
    '--pagecache',
    options.pageCache ?? '128m',
  ];
  const child = spawn('java', args, {
    cwd: layout.home,
    detached: true, // its own process group: a Ctrl-C in the shell that started it does not stop it
    stdio: ['ignore', log, log],
    env: {
      ...process.env,
      NEWSGRAPH_NEO4J_USERNAME: options.username,
      NEWSGRAPH_NEO4J_PASSWORD: options.password,
    },
  });
  fs.closeSync(log);
  child.on('error', () => undefined); // a failed spawn leaves child.pid undefined: reported below
  child.unref();
  if (child.pid === undefined) {
    throw new NewsgraphError(ErrorCode.DB_START_FAILED, 'Could not launch java for the local Neo4j', {
      hint: `see ${layout.logFile}`,
    });
  }
  return child.pid;
}

async function waitUntilReady(pid: number, options: LocalNeo4jOptions, pidFile: string, logFile: string) {
  const timeoutMs = options.timeoutMs ?? 300_000;
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (readPidFile(pidFile)?.pid === pid) return;
    if (!isLauncherAlive(pid)) throw startFailure(logFile, options.boltPort);
    await sleep(250);
  }
  try {
    process.kill(pid, 'SIGTERM');
  } catch {
    // already gone
  }
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
