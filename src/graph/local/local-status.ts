// Is the local Neo4j of a NEWSGRAPH_HOME running? The pid file says which process and port;
// the process must still be alive and still be our launcher (a pid can be reused after a crash).
import fs from 'node:fs';
import { localHomeLayout } from './paths';

export interface LocalStatus {
  running: boolean;
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
  if (!pidFile || !isLauncherAlive(pidFile.pid)) return { running: false, ...base };
  return {
    running: true,
    pid: pidFile.pid,
    port: pidFile.port,
    uri: `bolt://127.0.0.1:${pidFile.port}`,
    ...base,
  };
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
  try {
    process.kill(pid, 0);
  } catch {
    // ESRCH: gone. EPERM: alive but another user's, so not ours to report or stop.
    return false;
  }
  if (!fs.existsSync('/proc/self')) return true; // no procfs (macOS): trust the live pid
  try {
    // A zombie or a reused pid has an empty or different command line.
    return fs.readFileSync(`/proc/${pid}/cmdline`, 'utf8').includes(LAUNCHER_MAIN_CLASS);
  } catch {
    return false;
  }
}
