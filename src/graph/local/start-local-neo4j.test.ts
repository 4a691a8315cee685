// The ways a start fails before any JVM runs, each one clear NewsgraphError line.
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { ErrorCode } from '../../errors';
import { buildLauncher } from './build-launcher';
import { MAVEN_PROJECT_DIR } from './paths';
import { startLocalNeo4j } from './start-local-neo4j';

jest.setTimeout(60_000);

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'newsgraph-start-'));
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

function options(name: string, boltPort: number) {
  return {
    home: path.join(tmp, name),
    boltPort,
    heap: '256m',
    username: 'neo4j',
    password: 'newsgraph-local',
  };
}

/** Runs fn with PATH holding only node's own directory (so no java and no mvn). */
async function withoutJavaAndMaven<T>(fn: () => Promise<T>): Promise<T> {
  const saved = process.env.PATH;
  const bin = path.join(tmp, 'bin');
  fs.mkdirSync(bin, { recursive: true });
  process.env.PATH = bin;
  try {
    return await fn();
  } finally {
    process.env.PATH = saved;
  }
}

/** A copy of neo4j/ without its build, so Maven has to run. */
function freshMavenProject(name: string): string {
  const dir = path.join(tmp, name);
  fs.cpSync(MAVEN_PROJECT_DIR, dir, { recursive: true, filter: (src) => !src.includes(`${path.sep}target`) });
  return dir;
}

it('says the port is taken when something already listens on it', async () => {
  const server = net.createServer().listen(0, '127.0.0.1');
  await new Promise((resolve) => server.once('listening', resolve));
  const port = (server.address() as net.AddressInfo).port;
  try {
    await expect(startLocalNeo4j(options('taken', port))).rejects.toMatchObject({
      code: ErrorCode.PORT_IN_USE,
      message: `Port ${port} on 127.0.0.1 is already in use, so Neo4j cannot listen on it`,
      hint: expect.stringContaining('NEWSGRAPH_BOLT_PORT'),
    });
  } finally {
    server.close();
  }
});

it('says Java is missing when there is no java on PATH', async () => {
  await withoutJavaAndMaven(() =>
    expect(startLocalNeo4j(options('no-java', 7999))).rejects.toMatchObject({
      code: ErrorCode.JAVA_MISSING,
      message: expect.stringMatching(/^Java is not installed/),
      hint: expect.stringContaining('NEO4J_URI'),
    }),
  );
});

it('says Maven is missing when there is no mvn on PATH', async () => {
  const projectDir = freshMavenProject('no-mvn');
  await withoutJavaAndMaven(() =>
    expect(buildLauncher({ projectDir })).rejects.toMatchObject({
      code: ErrorCode.MAVEN_FAILED,
      message: 'Maven (mvn) is not installed, so the local Neo4j cannot be built',
    }),
  );
});

it('says Maven Central is unreachable when Maven cannot download, with its last lines', async () => {
  // An empty local repository and a mirror that refuses connections: Maven "offline".
  const home = path.join(tmp, 'offline-home');
  fs.mkdirSync(path.join(home, '.m2'), { recursive: true });
  fs.writeFileSync(
    path.join(home, '.m2', 'settings.xml'),
    `<settings><localRepository>${home}/repo</localRepository><mirrors><mirror><id>nowhere</id>` +
      `<mirrorOf>*</mirrorOf><url>http://127.0.0.1:9/maven2</url></mirror></mirrors></settings>`,
  );
  const saved = process.env.MAVEN_OPTS;
  process.env.MAVEN_OPTS = `-Duser.home=${home}`;
  try {
    await expect(buildLauncher({ projectDir: freshMavenProject('offline') })).rejects.toMatchObject({
      code: ErrorCode.MAVEN_FAILED,
      message: 'Maven could not download Neo4j from Maven Central (offline, or behind a proxy?)',
      hint: expect.stringMatching(/^run: mvn -B -f \S+pom\.xml package\n[\s\S]*127\.0\.0\.1:9/),
    });
  } finally {
    if (saved === undefined) delete process.env.MAVEN_OPTS;
    else process.env.MAVEN_OPTS = saved;
  }
});
