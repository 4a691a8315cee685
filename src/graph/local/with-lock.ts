// A cross-process lock made of a directory: mkdir is atomic, so the first process to create it
// holds the lock. Several newsgraph processes (tests, helpers, a user's shell) may try to build
// the classpath or start the same Neo4j at once; the others wait, then find the work done.
import fs from 'node:fs';
import { setTimeout as sleep } from 'node:timers/promises';

export interface LockOptions {
  /** A lock older than this is taken to be left by a crashed process and removed. */
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
    return Date.now() - fs.statSync(lockDir).mtimeMs > staleMs;
  } catch {
    return false;
  }
}
