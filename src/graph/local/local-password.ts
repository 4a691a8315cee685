// The local Neo4j's password: random, made on its first start and kept in NEWSGRAPH_HOME
// (0600), so no published password opens a user's database. NEO4J_PASSWORD, when set, wins.
import crypto from 'node:crypto';
import fs from 'node:fs';
import { localHomeLayout } from './paths';
import { PRIVATE_FILE_MODE } from './private-home';

/**
 * The password every home got before homes had their own. A home still running with it (made
 * by an older newsgraph and not restarted since) is reached with it; its next start replaces it.
 */
export const LEGACY_DEFAULT_PASSWORD = 'newsgraph-local';

export function readLocalPassword(home: string): string | undefined {
  try {
    const text = fs.readFileSync(localHomeLayout(home).passwordFile, 'utf8').trim();
    return text === '' ? undefined : text;
  } catch {
    return undefined;
  }
}

/** The home's password, made now (24 random bytes, base64url) if it has none. */
export function ensureLocalPassword(home: string): string {
  const existing = readLocalPassword(home);
  if (existing) return existing;
  const password = crypto.randomBytes(24).toString('base64url');
  fs.writeFileSync(localHomeLayout(home).passwordFile, `${password}\n`, { mode: PRIVATE_FILE_MODE });
  return password;
}
