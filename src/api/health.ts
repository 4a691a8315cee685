// GET /health: whether Neo4j answers, for load balancers (status code) and people (JSON).
import type { Request, Response } from 'express';
import type { Driver } from '../graph';

export interface Health {
  status: 'ok' | 'unavailable';
  neo4j: { reachable: boolean; address?: string; version?: string; latencyMs: number; error?: string };
}

/** Long enough for a busy local Neo4j, short enough for a health probe. */
const PROBE_TIMEOUT_MS = 3000;

export async function checkHealth(driver: Driver, timeoutMs = PROBE_TIMEOUT_MS): Promise<Health> {
  const started = Date.now();
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`no answer within ${timeoutMs} ms`)), timeoutMs);
  });
  try {
    const info = await Promise.race([driver.getServerInfo(), timeout]);
    return {
      status: 'ok',
      neo4j: { reachable: true, address: info.address, version: info.agent, latencyMs: Date.now() - started },
    };
  } catch (error) {
    const message = error instanceof Error ? error.message.split('\n')[0] : String(error);
    return {
      status: 'unavailable',
      neo4j: { reachable: false, latencyMs: Date.now() - started, error: message },
    };
  } finally {
    clearTimeout(timer);
  }
}

export function healthHandler(driver: Driver) {
  return async (_req: Request, res: Response): Promise<void> => {
    const health = await checkHealth(driver);
    res.status(health.status === 'ok' ? 200 : 503).json(health);
  };
}
