// Resolves Neo4j and APOC from Maven Central and builds the launcher, once: a marker records
// a hash of the Maven project, so a changed pom.xml or launcher source triggers a rebuild and
// an unchanged one costs nothing. Failures become MAVEN_FAILED with Maven's own last lines.
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { spawn } from 'node:child_process';
import { ErrorCode, NewsgraphError } from '../../errors';
import { MAVEN_PROJECT_DIR } from './paths';
import { withLock } from './with-lock';

export interface LauncherFiles {
  /** Java classpath: the launcher, Neo4j's jars, and the APOC jars (whose extensions load from it). */
  classpath: string;
  /** Neo4j's plugin directory: APOC's procedures are loaded from here. */
  pluginsDir: string;
}

export interface BuildLauncherOptions {
  projectDir?: string;
  /** Told once when Maven has to run (the first run downloads about 120 MB). */
  onBuild?: (message: string) => void;
}

export async function buildLauncher({
  projectDir = MAVEN_PROJECT_DIR,
  onBuild,
}: BuildLauncherOptions = {}): Promise<LauncherFiles> {
  const target = path.join(projectDir, 'target');
  const files: LauncherFiles = {
    classpath: [
      path.join(target, 'newsgraph-neo4j.jar'),
      path.join(target, 'lib', '*'),
      path.join(target, 'plugins', '*'),
    ].join(path.delimiter),
    pluginsDir: path.join(target, 'plugins'),
  };
  const marker = path.join(target, '.newsgraph-build');
  const wanted = projectHash(projectDir);
  const isBuilt = () =>
    readText(marker) === wanted && fs.existsSync(path.join(target, 'newsgraph-neo4j.jar'));
  if (isBuilt()) return files;

  fs.mkdirSync(target, { recursive: true });
  await withLock(
    path.join(target, '.build.lock'),
    {
      staleMs: 30 * 60_000,
      timeoutMs: 30 * 60_000,
      onWait: () => onBuild?.('waiting for another Maven build…'),
    },
    async () => {
      if (isBuilt()) return;
      onBuild?.('resolving Neo4j and APOC from Maven Central (once; about 120 MB the first time)…');
      await runMaven(projectDir);
      fs.writeFileSync(marker, wanted);
    },
  );
  return files;
}

function runMaven(projectDir: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const args = ['-q', '-B', '-f', path.join(projectDir, 'pom.xml'), 'package'];
    const child = spawn('mvn', args, { stdio: ['ignore', 'pipe', 'pipe'], env: process.env });
    let output = '';
    child.stdout.on('data', (d) => (output += d));
    child.stderr.on('data', (d) => (output += d));
    child.on('error', (error: NodeJS.ErrnoException) => {
      reject(
        error.code === 'ENOENT'
          ? new NewsgraphError(
              ErrorCode.MAVEN_FAILED,
              'Maven (mvn) is not installed, so the local Neo4j cannot be built',
              {
                hint: 'install Maven 3 (e.g. apt-get install maven), or set NEO4J_URI to a Neo4j you run yourself',
              },
            )
          : error,
      );
    });
    child.on('close', (code) => {
      if (code === 0) return resolve();
      const offline =
        /Could not (transfer|resolve)|UnknownHost|Connection refused|Network is unreachable|offline/i.test(
          output,
        );
      const tail = output.trim().split('\n').slice(-8).join('\n');
      reject(
        new NewsgraphError(
          ErrorCode.MAVEN_FAILED,
          offline
            ? 'Maven could not download Neo4j from Maven Central (offline, or behind a proxy?)'
            : `Maven failed to build the local Neo4j launcher (exit code ${code})`,
          { hint: `run: mvn -B -f ${path.join(projectDir, 'pom.xml')} package\n${tail}` },
        ),
      );
    });
  });
}

function projectHash(projectDir: string): string {
  const hash = crypto.createHash('sha256');
  const sources = [path.join(projectDir, 'pom.xml'), ...listFiles(path.join(projectDir, 'src'))].sort();
  for (const file of sources) hash.update(file.slice(projectDir.length)).update(fs.readFileSync(file));
  return hash.digest('hex');
}

function listFiles(dir: string): string[] {
  if (!fs.existsSync(dir)) return [];
  return fs
    .readdirSync(dir, { withFileTypes: true })
    .flatMap((e) => (e.isDirectory() ? listFiles(path.join(dir, e.name)) : [path.join(dir, e.name)]));
}

function readText(file: string): string | undefined {
  try {
    return fs.readFileSync(file, 'utf8');
  } catch {
    return undefined;
  }
}
