// Stops the local Neo4j: SIGTERM lets the launcher's shutdown hook flush the store and remove
// the pid file. We wait for the JVM to exit, since the store is in use until then; one that
// does not exit in time (a query stuck where Neo4j cannot terminate it) is killed, and Neo4j
// recovers its store from the transaction log on the next start. Until the process is gone,
// nothing says "not running".
import fs from 'node:fs';
import { setTimeout as sleep } from 'node:timers/promises';
import { ErrorCode, NewsgraphError } from '../../errors';
import { isLauncherOrExiting, localStatus } from './local-status';
import { localHomeLayout } from './paths';

export interface StoppedNeo4j {
  wasRunning: boolean;
  /** True when it did not stop within the grace period and was killed. */
  killed?: boolean;
}

export interface StopOptions {
  /** How long a clean shutdown may take before the JVM is killed. */
  graceMs?: number;
  /** Told when the JVM has to be killed. */
  onProgress?: (message: string) => void;
}

const KILL_WAIT_MS = 15_000;

export async function stopLocalNeo4j(home: string, options: StopOptions = {}): Promise<StoppedNeo4j> {
  const layout = localHomeLayout(home);
  const graceMs = options.graceMs ?? 60_000;
  let result: StoppedNeo4j = { wasRunning: false };
  // More than one JVM on a home is what older versions could leave behind: stop each.
  for (
    let status = localStatus(home);
    status.running && status.pid !== undefined;
    status = localStatus(home)
  ) {
    const pid = status.pid;
    if (!isLauncherOrExiting(pid)) throw lockedByOther(pid, layout.home);
    signal(pid, 'SIGTERM');
    let killed = false;
    if (!(await exited(pid, graceMs))) {
      options.onProgress?.(`Neo4j (pid ${pid}) did not stop within ${graceMs / 1000} s; killing it`);
      signal(pid, 'SIGKILL');
      killed = true;
      if (!(await exited(pid, KILL_WAIT_MS))) {
        throw new NewsgraphError(ErrorCode.DB_START_FAILED, `Neo4j (pid ${pid}) could not be stopped`, {
          hint: `it ignored SIGKILL (another user's process?); see ${layout.logFile}`,
        });
      }
    }
    result = result.killed || killed ? { wasRunning: true, killed: true } : { wasRunning: true };
  }
  fs.rmSync(layout.pidFile, { force: true }); // after a kill, or a stale file from a crash
  return result;
}

/** The store is locked by a process that is not our launcher (Neo4j's own tools, say). */
export function lockedByOther(pid: number, home: string): NewsgraphError {
  return new NewsgraphError(
    ErrorCode.DB_START_FAILED,
    `The Neo4j store in ${home} is locked by process ${pid}, which is not newsgraph's Neo4j`,
    { hint: `stop process ${pid} first (see: ps -p ${pid} -o args)` },
  );
}

function signal(pid: number, name: NodeJS.Signals): void {
  try {
    process.kill(pid, name);
  } catch {
    // already gone
  }
}

/**
 * Waits until the launcher has exited and let go of its files (a reused pid or a zombie counts
 * as exited).
 */
async function exited(pid: number, timeoutMs: number): Promise<boolean> {
  const deadline = Date.now() + timeoutMs;
  while (isLauncherOrExiting(pid)) {
    if (Date.now() > deadline) return false;
    await sleep(200);
  }
  return true;
}
