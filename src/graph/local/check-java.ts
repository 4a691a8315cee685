// Neo4j 5.26 runs on Java 17 or 21. Checked before anything else so that a missing or old Java
// is one clear line rather than a Maven or JVM stack trace.
import { spawnSync } from 'node:child_process';
import { ErrorCode, NewsgraphError } from '../../errors';

export function checkJava(): number {
  const r = spawnSync('java', ['-version'], { encoding: 'utf8', env: process.env });
  if (r.error) {
    throw new NewsgraphError(
      ErrorCode.JAVA_MISSING,
      'Java is not installed (no java on PATH); the local Neo4j needs Java 17',
      {
        hint: 'install a JDK 17 (e.g. apt-get install openjdk-17-jdk-headless), or set NEO4J_URI to a Neo4j you run yourself',
      },
    );
  }
  const match = /version "(\d+)(?:\.(\d+))?/.exec(`${r.stderr}${r.stdout}`);
  const major = match ? (match[1] === '1' ? Number(match[2]) : Number(match[1])) : 0;
  if (major < 17) {
    throw new NewsgraphError(
      ErrorCode.JAVA_MISSING,
      `Java ${major || '(unknown version)'} is too old; the local Neo4j needs Java 17 or newer`,
      {
        hint: 'install a JDK 17 and put it first on PATH, or set NEO4J_URI to a Neo4j you run yourself',
      },
    );
  }
  return major;
}
