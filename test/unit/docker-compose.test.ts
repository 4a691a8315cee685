// docker-compose.yml cannot run here (no Docker engine), so its wiring is checked by reading it:
// the Neo4j image and APOC, the healthcheck, the named volume, the ports, and that the
// newsgraph service is given exactly the environment names src/config reads.
import fs from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';

const ROOT = path.resolve(__dirname, '../..');

interface Service {
  image?: string;
  build?: unknown;
  environment?: Record<string, string | number>;
  ports?: string[];
  volumes?: string[];
  healthcheck?: { test: string[] | string };
  depends_on?: Record<string, { condition: string }>;
  command?: string[];
}

const compose = parse(fs.readFileSync(path.join(ROOT, 'docker-compose.yml'), 'utf8')) as {
  services: Record<string, Service>;
  volumes: Record<string, unknown>;
};
const { neo4j, newsgraph } = compose.services;

/** The variable names src/config/index.ts validates: the keys of its zod schema. */
function configNames(): Set<string> {
  const source = fs.readFileSync(path.join(ROOT, 'src/config/index.ts'), 'utf8');
  const schema = source.slice(
    source.indexOf('z.object({'),
    source.indexOf('\n});', source.indexOf('z.object({')),
  );
  return new Set([...schema.matchAll(/^ {2}([A-Z][A-Z0-9_]*):/gm)].map((m) => m[1]));
}

describe('docker-compose.yml', () => {
  it('runs Neo4j 5.26 with APOC allowed to run unrestricted', () => {
    expect(neo4j.image).toMatch(/^neo4j:5\.26(\.\d+)?(-community)?$/);
    expect(JSON.parse(String(neo4j.environment?.NEO4J_PLUGINS))).toContain('apoc');
    expect(neo4j.environment?.NEO4J_dbms_security_procedures_unrestricted).toBe('apoc.*');
  });

  it('sets the Neo4j password from the same variable newsgraph is given, with no published default', () => {
    const required = '${NEO4J_PASSWORD:?set NEO4J_PASSWORD (8+ characters) in .env}';
    expect(neo4j.environment?.NEO4J_AUTH).toBe(`neo4j/${required}`);
    expect(newsgraph.environment?.NEO4J_PASSWORD).toBe(required);
    expect(fs.readFileSync(path.join(ROOT, 'docker-compose.yml'), 'utf8')).not.toContain('newsgraph-local');
  });

  it('bounds every transaction in Neo4j, by the variable the local Neo4j reads too', () => {
    expect(neo4j.environment?.NEO4J_db_transaction_timeout).toBe('${NEWSGRAPH_DB_TRANSACTION_TIMEOUT:-120s}');
    expect(configNames()).toContain('NEWSGRAPH_DB_TRANSACTION_TIMEOUT');
  });

  it('has a healthcheck that needs Bolt, the password and APOC, and newsgraph waits for it', () => {
    const test = [neo4j.healthcheck?.test].flat().join(' ');
    expect(test).toContain('cypher-shell');
    expect(test).toContain('apoc.version()');
    expect(newsgraph.depends_on?.neo4j).toEqual({ condition: 'service_healthy' });
  });

  it('keeps the data in a named volume', () => {
    expect(neo4j.volumes).toContain('neo4j-data:/data');
    expect(Object.keys(compose.volumes)).toContain('neo4j-data');
  });

  it('publishes Bolt, Browser and the API on 127.0.0.1 only', () => {
    expect(neo4j.ports).toEqual(expect.arrayContaining(['127.0.0.1:7687:7687', '127.0.0.1:7474:7474']));
    expect(newsgraph.ports).toEqual([`127.0.0.1:4000:${newsgraph.environment?.PORT}`]);
    for (const port of [...(neo4j.ports ?? []), ...(newsgraph.ports ?? [])])
      expect(port).toMatch(/^127\.0\.0\.1:/);
  });

  it('points newsgraph at the neo4j service by Bolt and listens on all interfaces inside its container', () => {
    expect(newsgraph.build).toBe('.');
    expect(newsgraph.environment?.NEO4J_URI).toBe('bolt://neo4j:7687');
    expect(newsgraph.environment?.HOST).toBe('0.0.0.0');
  });

  it('gives newsgraph only environment names that src/config reads', () => {
    const known = configNames();
    expect(known).toContain('NEO4J_URI'); // the parser of src/config found the schema
    const given = Object.keys(newsgraph.environment ?? {});
    expect(given.filter((name) => !known.has(name))).toEqual([]);
    expect(given).toEqual(
      expect.arrayContaining(['NEO4J_URI', 'NEO4J_USERNAME', 'NEO4J_PASSWORD', 'NEO4J_DATABASE']),
    );
  });

  it('builds an image whose entry point is the newsgraph CLI', () => {
    const dockerfile = fs.readFileSync(path.join(ROOT, 'Dockerfile'), 'utf8');
    expect(dockerfile).toMatch(/^FROM node:20/m);
    expect(dockerfile).toContain('ENTRYPOINT ["node", "bin/newsgraph.js"]');
    expect(newsgraph.command?.[0]).toBe('demo');
  });
});
