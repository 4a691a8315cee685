// Stops the local Neo4j cleanly: SIGTERM lets the launcher's shutdown hook flush the store and
// remove the pid file. We wait for the process to end, since the data files are in use until then.
import fs from 'node:fs';
import { setTimeout as sleep } from 'node:timers/promises';
import { ErrorCode, NewsgraphError } from '../../errors';
import { isLauncherAlive, localStatus } from './local-status';
import { localHomeLayout } from './paths';

export interface StoppedNeo4j {
  wasRunning: boolean;
}

export async function stopLocalNeo4j(home: string, timeoutMs = 90_000): Promise<StoppedNeo4j> {
  const layout = localHomeLayout(home);
  const status = localStatus(home);
  if (!status.running || status.pid === undefined) {
    fs.rmSync(layout.pidFile, { force: true }); // a stale file from a crash
    return { wasRunning: false };
  }
  process.kill(status.pid, 'SIGTERM');
  const deadline = Date.now() + timeoutMs;
  while (isLauncherAlive(status.pid)) {
    if (Date.now() > deadline) {
      throw new NewsgraphError(
        ErrorCode.DB_START_FAILED,
        `Neo4j (pid ${status.pid}) did not stop within ${timeoutMs / 1000}s`,
        {
          hint: `see ${layout.logFile}; if it hangs, kill ${status.pid}`,
        },
      );
    }
    await sleep(250);
  }
  fs.rmSync(layout.pidFile, { force: true });
  return { wasRunning: true };
}
