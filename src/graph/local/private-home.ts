// NEWSGRAPH_HOME holds the graph, Neo4j's logs (which quote queries) and the local password:
// only its owner may read it. New homes are made 0700; a home made before this rule is
// tightened on its next start (directories 0700, files 0600). The JVM itself runs with umask
// 077 (see spawn-launcher.ts), so what Neo4j writes later is private too.
import fs from 'node:fs';
import path from 'node:path';

export const PRIVATE_DIR_MODE = 0o700;
export const PRIVATE_FILE_MODE = 0o600;

/** Creates `home` (0700) or tightens an existing one; returns how many entries were changed. */
export function makePrivateHome(home: string): number {
  fs.mkdirSync(home, { recursive: true, mode: PRIVATE_DIR_MODE });
  return tighten(home);
}

function tighten(entry: string): number {
  const stat = fs.lstatSync(entry);
  if (stat.isSymbolicLink()) return 0; // chmod would follow it out of the home
  const wanted = stat.isDirectory() ? PRIVATE_DIR_MODE : PRIVATE_FILE_MODE;
  let changed = 0;
  if ((stat.mode & 0o777 & ~wanted) !== 0) {
    fs.chmodSync(entry, stat.mode & wanted & 0o777);
    changed++;
  }
  if (stat.isDirectory()) {
    for (const name of fs.readdirSync(entry)) changed += tighten(path.join(entry, name));
  }
  return changed;
}
