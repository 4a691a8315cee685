// Where the local Neo4j's pieces live. The Maven project is found relative to this file, which
// sits at the same depth in src/ (ts-jest) and dist/ (the built CLI): <root>/neo4j.
import path from 'node:path';

/** The Maven project (neo4j/pom.xml) that resolves Neo4j and APOC from Maven Central. */
export const MAVEN_PROJECT_DIR = path.resolve(__dirname, '../../../neo4j');

/** Files of one local Neo4j under its NEWSGRAPH_HOME. */
export interface LocalHomeLayout {
  home: string;
  /** Neo4j's own home: data/ (the store) and logs/debug.log. */
  neo4jHome: string;
  /** Neo4j's lock on its store: held by the one JVM that has it open. */
  storeLock: string;
  /** Written by the launcher once Bolt answers and the password is set; removed after shutdown. */
  pidFile: string;
  /** The launcher's stdout and stderr: why a start failed is here. */
  logFile: string;
  /** The local Neo4j's own random password (0600), used unless NEO4J_PASSWORD is set. */
  passwordFile: string;
  /** Held while one process starts this Neo4j, so two starts do not race. */
  startLock: string;
}

export function localHomeLayout(home: string): LocalHomeLayout {
  const abs = path.resolve(home);
  const neo4jHome = path.join(abs, 'neo4j');
  return {
    home: abs,
    neo4jHome,
    storeLock: path.join(neo4jHome, 'data', 'databases', 'store_lock'),
    pidFile: path.join(abs, 'neo4j.pid'),
    logFile: path.join(abs, 'neo4j.log'),
    passwordFile: path.join(abs, 'neo4j.password'),
    startLock: path.join(abs, 'start.lock'),
  };
}
