// Is the local Neo4j of a NEWSGRAPH_HOME running? The pid file says which process and port once
// Bolt answers; but a JVM lives before it writes that file (starting) and after it has shut the
// database down (stopping, or stuck in a query), so the home is also looked for among the
// processes (our launcher's command line names it) and among the holders of Neo4j's store lock.
// A home is free only when none of the three finds a living process.
import fs from 'node:fs';
import { localHomeLayout } from './paths';

export interface LocalStatus {
  /** A launcher JVM on this home is alive (ready or not): its store is in use. */
  running: boolean;
  /** It has written its pid file: Bolt answers at `uri`. */
  ready: boolean;
  uri?: string;
  pid?: number;
  port?: number;
  home: string;
  logFile: string;
}

interface PidFile {
  pid: number;
  port: number;
}

/** The launcher's main class: how its process is recognised in /proc. */
export const LAUNCHER_MAIN_CLASS = 'newsgraph.LocalNeo4j';

export function localStatus(home: string): LocalStatus {
  const layout = localHomeLayout(home);
  const base = { home: layout.home, logFile: layout.logFile };
  const pidFile = readPidFile(layout.pidFile);
  if (pidFile && isLauncherAlive(pidFile.pid)) {
    return {
      running: true,
      ready: true,
      pid: pidFile.pid,
      port: pidFile.port,
      uri: `bolt://127.0.0.1:${pidFile.port}`,
      ...base,
    };
  }
  const pid = findLauncherPid(layout.home) ?? storeLockHolder(layout.storeLock);
  return pid === undefined
    ? { running: false, ready: false, ...base }
    : { running: true, ready: false, pid, ...base };
}

export function readPidFile(file: string): PidFile | undefined {
  try {
    const parsed = JSON.parse(fs.readFileSync(file, 'utf8')) as Partial<PidFile>;
    return typeof parsed.pid === 'number' && typeof parsed.port === 'number'
      ? { pid: parsed.pid, port: parsed.port }
      : undefined;
  } catch {
    return undefined;
  }
}

export function isLauncherAlive(pid: number): boolean {
  // Gone, a zombie, or (EPERM) another user's process, so not ours to report or stop.
  if (!isAlive(pid)) return false;
  if (!fs.existsSync('/proc/self')) return true; // no procfs (macOS): trust the live pid
  // A zombie or a reused pid has an empty or different command line.
  return commandLine(pid)?.includes(LAUNCHER_MAIN_CLASS) === true;
}

/**
 * Our launcher, or a process in its last moments: a killed JVM loses its command line when the
 * kernel releases its memory (which takes a while for a large heap) but holds its files, the
 * store lock among them, until just before it becomes a zombie. Stopping waits for that too.
 */
export function isLauncherOrExiting(pid: number): boolean {
  if (isLauncherAlive(pid)) return true;
  return fs.existsSync('/proc/self') && isAlive(pid) && commandLine(pid) === undefined;
}

/** A live launcher started with `--home <home>`, found in /proc (Linux); undefined elsewhere. */
export function findLauncherPid(home: string): number | undefined {
  for (const pid of processIds()) {
    const args = commandLine(pid);
    if (!args?.includes(LAUNCHER_MAIN_CLASS)) continue;
    const at = args.indexOf('--home');
    if (at >= 0 && args[at + 1] === home && pid !== process.pid && isAlive(pid)) return pid;
  }
  return undefined;
}

/** The process that holds Neo4j's lock on this store, from /proc/locks (Linux). */
export function storeLockHolder(storeLock: string): number | undefined {
  let inode: number;
  let locks: string;
  try {
    inode = fs.statSync(storeLock).ino;
    locks = fs.readFileSync('/proc/locks', 'utf8');
  } catch {
    return undefined;
  }
  // "1: POSIX  ADVISORY  WRITE 4242 00:2f:1234567 0 EOF": the pid, then major:minor:inode.
  for (const line of locks.split('\n')) {
    const m = /^\d+:\s+\S+\s+\S+\s+\S+\s+(\d+)\s+[0-9a-f]+:[0-9a-f]+:(\d+)\s/.exec(line);
    if (m && Number(m[2]) === inode && Number(m[1]) > 0 && isAlive(Number(m[1]))) return Number(m[1]);
  }
  return undefined;
}

/**
 * A process that exists and is not a zombie. A killed JVM whose parent has not reaped it yet
 * (or whose parent, after a reparenting, never will) is dead for our purposes.
 */
export function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
  } catch {
    return false;
  }
  try {
    // "pid (comm) S …": the state follows the last ')' (comm may hold spaces or parentheses).
    const stat = fs.readFileSync(`/proc/${pid}/stat`, 'utf8');
    return !/^[ZX]/.test(stat.slice(stat.lastIndexOf(')') + 2));
  } catch {
    return !fs.existsSync('/proc/self'); // no procfs (macOS): trust kill(0)
  }
}

function processIds(): number[] {
  try {
    return fs
      .readdirSync('/proc')
      .filter((name) => /^\d+$/.test(name))
      .map(Number);
  } catch {
    return [];
  }
}

function commandLine(pid: number): string[] | undefined {
  try {
    const text = fs.readFileSync(`/proc/${pid}/cmdline`, 'utf8');
    return text === '' ? undefined : text.split('\0');
  } catch {
    return undefined;
  }
}
