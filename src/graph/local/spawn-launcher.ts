// Launches the Java launcher in the background, detached from the terminal, with its output
// in the home's log. The JVM runs with umask 077: Neo4j's stores, logs and the pid file it
// writes are then readable by their owner only.
import fs from 'node:fs';
import { spawn } from 'node:child_process';
import { ErrorCode, NewsgraphError } from '../../errors';
import { LAUNCHER_MAIN_CLASS } from './local-status';
import { localHomeLayout } from './paths';
import { PRIVATE_FILE_MODE } from './private-home';

export interface LaunchOptions {
  home: string;
  boltPort: number;
  heap: string;
  pageCache: string;
  transactionTimeout: string;
  username: string;
  password: string;
  /** Set the user's password to `password` even if the store has one (a home's own password). */
  enforcePassword: boolean;
  classpath: string;
  pluginsDir: string;
}

export function spawnLauncher(o: LaunchOptions): number {
  const layout = localHomeLayout(o.home);
  fs.rmSync(layout.pidFile, { force: true });
  const log = fs.openSync(layout.logFile, 'a', PRIVATE_FILE_MODE);
  fs.writeSync(log, `\n${new Date().toISOString()} newsgraph: launching Neo4j (heap ${o.heap})\n`);
  const jvm = [
    `-Xmx${o.heap}`,
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
    o.classpath,
    LAUNCHER_MAIN_CLASS,
    '--home',
    layout.home,
    '--port',
    String(o.boltPort),
    '--plugins',
    o.pluginsDir,
    '--pagecache',
    o.pageCache,
    '--transaction-timeout',
    o.transactionTimeout,
  ];
  // spawn forks synchronously, so the child inherits this umask and ours is restored at once.
  const savedUmask = process.umask(0o077);
  let child;
  try {
    child = spawn('java', args, {
      cwd: layout.home,
      detached: true, // its own process group: a Ctrl-C in the shell that started it does not stop it
      stdio: ['ignore', log, log],
      env: {
        ...process.env,
        NEWSGRAPH_NEO4J_USERNAME: o.username,
        NEWSGRAPH_NEO4J_PASSWORD: o.password,
        NEWSGRAPH_NEO4J_PASSWORD_ENFORCE: o.enforcePassword ? '1' : '',
      },
    });
  } finally {
    process.umask(savedUmask);
    fs.closeSync(log);
  }
  child.on('error', () => undefined); // a failed spawn leaves child.pid undefined: reported below
  child.unref();
  if (child.pid === undefined) {
    throw new NewsgraphError(ErrorCode.DB_START_FAILED, 'Could not launch java for the local Neo4j', {
      hint: `see ${layout.logFile}`,
    });
  }
  return child.pid;
}
