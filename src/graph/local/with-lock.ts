// A cross-process lock made of a directory: mkdir is atomic, so the first process to create it
// holds the lock. Several newsgraph processes (tests, helpers, a user's shell) may try to build
// the classpath or start the same Neo4j at once; the others wait, then find the work done. The
// holder's pid is written inside, so a lock left by a crashed process is taken over at once.
import fs from 'node:fs';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';

export interface LockOptions {
  /** A lock older than this is taken to be left behind, even if its pid seems alive (reused). */
  staleMs: number;
  /** How long to wait for another holder before giving up. */
  timeoutMs: number;
  onWait?: () => void;
}

export async function withLock<T>(lockDir: string, options: LockOptions, fn: () => Promise<T>): Promise<T> {
  const deadline = Date.now() + options.timeoutMs;
  let told = false;
  for (;;) {
    try {
      fs.mkdirSync(lockDir);
      fs.writeFileSync(path.join(lockDir, 'owner'), String(process.pid));
      break;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      if (isStale(lockDir, options.staleMs)) {
        fs.rmSync(lockDir, { recursive: true, force: true });
        continue;
      }
      if (Date.now() > deadline) throw new Error(`timed out waiting for the lock ${lockDir}`);
      if (!told) options.onWait?.();
      told = true;
      await sleep(500);
    }
  }
  try {
    return await fn();
  } finally {
    fs.rmSync(lockDir, { recursive: true, force: true });
  }
}

function isStale(lockDir: string, staleMs: number): boolean {
  try {
    if (Date.now() - fs.statSync(lockDir).mtimeMs > staleMs) return true;
    const owner = Number(fs.readFileSync(path.join(lockDir, 'owner'), 'utf8'));
    if (!owner) return false; // just created; the owner file follows
    process.kill(owner, 0);
    return false;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'ESRCH';
  }
}
