// Every Cypher analysis against a real Neo4j: first over the sample article as ingested (the
// rows a reader of the article expects), then over a small known corpus where every count,
// date, chain and path can be checked exactly; the same answers through GraphQL and the CLI.
import fs from 'node:fs';
import { relationIn } from '../support/extractions';
import path from 'node:path';
import { PassThrough } from 'node:stream';
import type { Driver } from 'neo4j-driver';
import { clearGraph, openDriver } from '../support/neo4j';
import { loadConfig, type Config } from '../../src/config';
import { ErrorCode } from '../../src/errors';
import { migrate, writeExtractions } from '../../src/graph';
import { findAnalysis, loadAnalyses, runAnalysis, type Row } from '../../src/graph/analyses';
import { ingest } from '../../src/pipeline';
import { startServer } from '../../src/api';
import { analyzeCommand } from '../../src/cli/commands/analyze';
import type { Entity, Extraction, Predicate } from '../../src/model';

// jest ignores testTimeout inside a project config, so the slow hooks say it here.
jest.setTimeout(120_000);

const SHARED = path.resolve(__dirname, '..', '..', '../shared');
const SAMPLE = path.join(SHARED, 'examples', 'us-strikes-kataib-hezbollah.txt');

let config: Config;
let driver: Driver;

beforeAll(async () => {
  config = loadConfig();
  driver = openDriver();
  await migrate(driver, { database: config.neo4j.database });
});

afterAll(async () => {
  await driver?.close();
});

async function run(name: string, params: Record<string, unknown> = {}): Promise<Row[]> {
  const { rows } = await runAnalysis({
    driver,
    analysis: findAnalysis(name),
    params,
    database: config.neo4j.database,
  });
  return rows;
}

const pairs = (rows: Row[], a: string, b: string) => rows.map((r) => `${String(r[a])} → ${String(r[b])}`);

(fs.existsSync(SAMPLE) ? describe : describe.skip)('analyses over the ingested sample article', () => {
  beforeAll(async () => {
    await clearGraph(driver);
    await ingest({ driver, database: config.neo4j.database, inputs: [SAMPLE], workers: 0 });
  });

  it('who-attacked-whom has the United States attacking Kataib Hezbollah', async () => {
    expect(pairs(await run('who-attacked-whom'), 'attacker', 'target')).toContain(
      'United States → Kataib Hezbollah',
    );
  });

  it('top-actors puts the United States and Kataib Hezbollah among the five most connected', async () => {
    const names = (await run('top-actors', { limit: 5 })).map((r) => r.name);
    expect(names).toEqual(expect.arrayContaining(['Kataib Hezbollah', 'United States']));
  });

  it('support-network has Iran backing Kataib Hezbollah, which the United States attacked or which attacked it', async () => {
    const rows = await run('support-network');
    expect(pairs(rows, 'supporter', 'supported')).toContain('Iran → Kataib Hezbollah');
  });

  it('entity-profile of "kataib hezbollah" lists its facts with their sentences and the article title', async () => {
    const rows = await run('entity-profile', { entity: 'kataib hezbollah' });
    const attacked = rows.find((r) => r.subject === 'United States' && r.predicate === 'ATTACKED');
    expect(attacked).toMatchObject({
      role: 'object',
      object: 'Kataib Hezbollah',
      article: 'Iraq: US launches new strikes on Iran-backed militant group',
    });
    expect(attacked?.sentence).toMatch(/Kataib Hezbollah/);
  });

  it('neighbourhood, evidence and timeline give the dashboard the attack and its sentence', async () => {
    const edges = await run('neighbourhood', { entity: 'Kataib Hezbollah' });
    const attack = edges.find((e) => e.source === 'United States' && e.predicate === 'ATTACKED');
    expect(attack).toBeDefined();
    const evidence = await run('evidence', {
      subjectId: attack?.sourceId,
      predicate: 'ATTACKED',
      objectId: attack?.targetId,
    });
    expect(evidence.map((e) => e.sentence).join('\n')).toMatch(/Kataib Hezbollah/);
    expect((await run('timeline', { entity: 'Kataib Hezbollah' })).length).toBeGreaterThan(0);
  });

  it('shortest-path links Iran to the United States through Kataib Hezbollah', async () => {
    const hops = await run('shortest-path', { from: 'Iran', to: 'United States' });
    expect(hops.map((h) => h.to)).toContain('Kataib Hezbollah');
  });

  it('co-mentions, new-actors, influence and graph-size see the article', async () => {
    expect(pairs(await run('co-mentions', { entity: 'United States' }), 'entity', 'other')).toContain(
      'United States → Kataib Hezbollah',
    );
    // The sample report gives no publication date: only actors of facts its sentences date
    // count as new, and none is put on the day it was ingested.
    const today = new Date().toISOString().slice(0, 10);
    for (const r of await run('new-actors', { since: '2000-01-01' })) {
      expect(String(r.firstSeen)).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      expect(r.firstSeen).not.toBe(today);
    }
    expect((await run('influence', { limit: 5 })).map((r) => r.name)).toContain('Kataib Hezbollah');
    expect((await run('graph-size'))[0]).toMatchObject({ articles: 1 });
  });
});

// ---- a known corpus -------------------------------------------------------------------------

function ent(id: string, name: string, type: Entity['type'], aliases: string[] = []): Entity {
  return { id, name, type, aliases: [name, ...aliases], mentionCount: 1 };
}
const US = ent('country:united-states', 'United States', 'Country', ['US', 'U.S.']);
const KH = ent('organization:kataib-hezbollah', 'Kataib Hezbollah', 'Organization', ['KH']);
const IRAN = ent('country:iran', 'Iran', 'Country', ['Iranian']);
const HOUTHIS = ent('organization:houthis', 'Houthis', 'Organization');
const ISRAEL = ent('country:israel', 'Israel', 'Country');
const AUSTIN = ent('person:lloyd-austin', 'Lloyd Austin', 'Person', ['Austin']);

type Said = [Entity, Predicate, Entity, string];

function article(id: string, published: string, entities: Entity[], said: Said[]): Extraction {
  const text = said.map((s) => s[3]).join(' ');
  return {
    article: {
      id,
      title: `Known corpus ${id}`,
      text,
      url: `https://example.org/${id}`,
      published,
      source: `${id}.txt`,
    },
    entities,
    relations: said.map(([s, predicate, o, sentence]) =>
      relationIn(text, s, predicate, o, sentence, { reason: 'test:known-corpus' }),
    ),
  };
}

const CORPUS: Extraction[] = [
  article(
    'known-a',
    '2024-01-02',
    [IRAN, KH, US],
    [
      [IRAN, 'SUPPORTS', KH, 'Iran supports Kataib Hezbollah.'],
      [KH, 'ATTACKED', US, 'Kataib Hezbollah attacked US troops.'],
    ],
  ),
  article(
    'known-b',
    '2024-01-23',
    [US, KH, AUSTIN, IRAN, HOUTHIS],
    [
      [US, 'ATTACKED', KH, 'The United States struck Kataib Hezbollah.'],
      [AUSTIN, 'MEMBER_OF', US, 'Lloyd Austin is the US defense secretary.'],
      [IRAN, 'SUPPORTS', HOUTHIS, 'Iran backs the Houthis.'],
    ],
  ),
  article(
    'known-c',
    '2024-02-10',
    [US, KH, HOUTHIS, ISRAEL],
    [
      [US, 'ATTACKED', KH, 'US forces attacked Kataib Hezbollah again.'],
      [HOUTHIS, 'ATTACKED', ISRAEL, 'The Houthis attacked Israel.'],
      [US, 'SUPPORTS', ISRAEL, 'The United States supports Israel.'],
    ],
  ),
];

describe('analyses over a known corpus', () => {
  beforeAll(async () => {
    await clearGraph(driver);
    await writeExtractions({ driver, database: config.neo4j.database, extractions: CORPUS });
  });

  it('who-attacked-whom counts attacks and dates the first and last', async () => {
    const rows = await run('who-attacked-whom');
    expect(rows[0]).toMatchObject({
      attacker: 'United States',
      target: 'Kataib Hezbollah',
      attacks: 2,
      killings: 0,
    });
    expect(String(rows[0].firstSeen)).toMatch(/^2024-01-23/);
    expect(String(rows[0].lastSeen)).toMatch(/^2024-02-10/);
    expect(pairs(rows, 'attacker', 'target').sort()).toEqual([
      'Houthis → Israel',
      'Kataib Hezbollah → United States',
      'United States → Kataib Hezbollah',
    ]);
    expect(pairs(await run('who-attacked-whom', { entity: 'israel' }), 'attacker', 'target')).toEqual([
      'Houthis → Israel',
    ]);
  });

  it('top-actors ranks by distinct counterparts or by evidence', async () => {
    expect((await run('top-actors', { limit: 1 }))[0]).toMatchObject({
      name: 'United States',
      degree: 3,
      evidence: 5,
    });
    const byEvidence = await run('top-actors', { by: 'evidence', limit: 2 });
    expect(byEvidence.map((r) => [r.name, r.evidence])).toEqual([
      ['United States', 5],
      ['Kataib Hezbollah', 4],
    ]);
    expect((await run('top-actors', { type: 'Person' })).map((r) => r.name)).toEqual(['Lloyd Austin']);
  });

  it('support-network follows chains: X supports Y, Y attacked Z', async () => {
    const chains = (await run('support-network')).map(
      (r) => `${r.supporter} → ${r.supported} → ${r.action || '-'} ${r.target || '-'}`,
    );
    expect(chains.sort()).toEqual([
      'Iran → Houthis → ATTACKED Israel',
      'Iran → Kataib Hezbollah → ATTACKED United States',
      'United States → Israel → - -',
    ]);
  });

  it('shortest-path finds names and aliases case-insensitively, with predicate, direction and evidence per hop', async () => {
    const hops = await run('shortest-path', { from: 'iranian', to: 'ISRAEL' });
    expect(hops.map((h) => [h.hop, h.from, h.predicate, h.direction, h.to])).toEqual([
      [1, 'Iran', 'SUPPORTS', '->', 'Houthis'],
      [2, 'Houthis', 'ATTACKED', '->', 'Israel'],
    ]);
    expect(hops[1]).toMatchObject({
      sentence: 'The Houthis attacked Israel.',
      article: 'Known corpus known-c',
      url: 'https://example.org/known-c',
    });
    // KH and the United States attacked each other: either edge is a shortest first hop.
    const back = await run('shortest-path', { from: 'KH', to: 'Austin' });
    expect(back.map((h) => `${h.from} ${h.predicate} ${h.to}`)).toEqual([
      'Kataib Hezbollah ATTACKED United States',
      'United States MEMBER_OF Lloyd Austin',
    ]);
    expect(back[1].direction).toBe('<-');
  });

  it('entity-profile lists every fact about the entity with sentence and article, oldest first', async () => {
    const rows = await run('entity-profile', { entity: 'organization:kataib-hezbollah' });
    expect(rows.map((r) => [r.role, r.subject, r.predicate, r.object, r.article])).toEqual([
      ['object', 'Iran', 'SUPPORTS', 'Kataib Hezbollah', 'Known corpus known-a'],
      ['subject', 'Kataib Hezbollah', 'ATTACKED', 'United States', 'Known corpus known-a'],
      ['object', 'United States', 'ATTACKED', 'Kataib Hezbollah', 'Known corpus known-b'],
      ['object', 'United States', 'ATTACKED', 'Kataib Hezbollah', 'Known corpus known-c'],
    ]);
    expect(rows[1].sentence).toBe('Kataib Hezbollah attacked US troops.');
  });

  it('timeline orders facts by the date of the act and filters by entity and date', async () => {
    const all = await run('timeline');
    expect(all).toHaveLength(8);
    expect(all.map((r) => r.factDate)).toEqual([...all.map((r) => String(r.factDate))].sort());
    expect(all[0]).toMatchObject({ factDate: '2024-01-02', precision: 'day' });
    const israel = await run('timeline', { entity: 'Israel' });
    expect(israel.map((r) => `${r.factDate} ${r.subject} ${r.predicate} ${r.object}`).sort()).toEqual([
      '2024-02-10 Houthis ATTACKED Israel',
      '2024-02-10 United States SUPPORTS Israel',
    ]);
    expect(await run('timeline', { since: '2024-02-01' })).toHaveLength(3);
  });

  it('co-mentions counts the articles two entities share', async () => {
    const rows = await run('co-mentions', { entity: 'Kataib Hezbollah' });
    expect(rows[0]).toMatchObject({ entity: 'Kataib Hezbollah', other: 'United States', articles: 3 });
    expect(rows.find((r) => r.other === 'Iran')).toMatchObject({ articles: 2 });
    // All pairs: each pair once, its names in alphabetical order.
    expect((await run('co-mentions', { minArticles: 3 })).map((r) => [r.entity, r.other])).toEqual([
      ['Kataib Hezbollah', 'United States'],
    ]);
  });

  it('new-actors lists who first appears on or after a date', async () => {
    expect(await run('new-actors', { since: '2024-02-01' })).toEqual([
      { name: 'Israel', type: 'Country', firstSeen: '2024-02-10', articles: 1, mentions: 1 },
    ]);
    expect((await run('new-actors', { since: '2024-01-10' })).map((r) => r.name).sort()).toEqual([
      'Houthis',
      'Israel',
      'Lloyd Austin',
    ]);
  });

  it('influence ranks by PageRank: the most acted-upon actors first, scores falling', async () => {
    const rows = await run('influence', { limit: 10 });
    expect(rows.map((r) => r.rank)).toEqual([1, 2, 3, 4, 5, 6]);
    expect(
      rows
        .slice(0, 2)
        .map((r) => r.name)
        .sort(),
    ).toEqual(['Kataib Hezbollah', 'United States']);
    const scores = rows.map((r) => Number(r.score));
    expect(scores).toEqual([...scores].sort((a, b) => b - a));
    expect(rows.find((r) => r.name === 'Iran')).toMatchObject({ inDegree: 0, outDegree: 2 });
  });

  it('neighbourhood is the ego network, evidence the sentences behind one edge, newest first', async () => {
    const edges = await run('neighbourhood', { entity: 'KH' });
    expect(edges.map((e) => `${e.source} ${e.predicate} ${e.target} ${e.count}`).sort()).toEqual([
      'Iran SUPPORTS Kataib Hezbollah 1',
      'Kataib Hezbollah ATTACKED United States 1',
      'United States ATTACKED Kataib Hezbollah 2',
    ]);
    const evidence = await run('evidence', { subjectId: US.id, predicate: 'attacked', objectId: KH.id });
    expect(evidence.map((e) => [e.sentence, e.article])).toEqual([
      ['US forces attacked Kataib Hezbollah again.', 'Known corpus known-c'],
      ['The United States struck Kataib Hezbollah.', 'Known corpus known-b'],
    ]);
  });

  it('graph-size counts what the corpus holds', async () => {
    expect(await run('graph-size')).toEqual([{ entities: 6, articles: 3, facts: 8, relations: 7 }]);
  });

  it('every analysis runs with its defaults (or one entity) and returns exactly its declared columns', async () => {
    const required: Record<string, Record<string, string>> = {
      'shortest-path': { from: 'Iran', to: 'Israel' },
      'entity-profile': { entity: 'Iran' },
      neighbourhood: { entity: 'Iran' },
      evidence: { subjectId: IRAN.id, predicate: 'SUPPORTS', objectId: KH.id },
      'new-actors': { since: '2024-01-01' },
    };
    for (const analysis of loadAnalyses()) {
      const rows = await run(analysis.name, required[analysis.name] ?? {});
      expect([analysis.name, rows.length > 0]).toEqual([analysis.name, true]);
      expect([analysis.name, Object.keys(rows[0])]).toEqual([
        analysis.name,
        analysis.columns.map((c) => c.name),
      ]);
    }
  });

  it('GraphQL serves the same rows as the CLI, from the same Cypher', async () => {
    const server = await startServer({ driver, config, port: 0, host: '127.0.0.1', webRoot: null });
    try {
      const res = await fetch(server.graphqlUrl, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({
          query: `{ whoAttackedWhom { attacker target attacks killings firstSeen lastSeen }
                    shortestPath(from: "iranian", to: "israel") { hop from predicate direction to evidence sentence article url }
                    influence(limit: 3) { rank name type score inDegree outDegree } }`,
        }),
      });
      const body = (await res.json()) as { data: Record<string, Row[]>; errors?: unknown };
      expect(body.errors).toBeUndefined();
      expect(body.data.whoAttackedWhom).toEqual(await run('who-attacked-whom'));
      expect(body.data.shortestPath).toEqual(await run('shortest-path', { from: 'iranian', to: 'israel' }));
      expect(body.data.influence).toEqual(await run('influence', { limit: 3 }));
    } finally {
      await server.close();
    }
  });

  it('the CLI prints a table, JSON or CSV, and refuses a bad parameter with a hint', async () => {
    const print = async (format: 'table' | 'json' | 'csv', params: string[] = []) => {
      const out = new PassThrough();
      let text = '';
      out.on('data', (c: Buffer) => (text += c.toString()));
      await analyzeCommand({ name: 'who-attacked-whom', list: false, params, format, config, out, driver });
      return text;
    };
    expect(await print('csv', ['limit=1'])).toMatch(
      /^attacker,target,attacks,killings,firstSeen,lastSeen\nUnited States,Kataib Hezbollah,2,0,2024-01-23/,
    );
    expect(JSON.parse(await print('json'))).toHaveLength(3);
    expect(await print('table')).toMatch(/United States[\s│|]+Kataib Hezbollah[\s│|]+2/);
    await expect(print('table', ['limit=many'])).rejects.toMatchObject({
      code: ErrorCode.ANALYSIS_PARAM_INVALID,
      hint: 'parameters of who-attacked-whom: limit=50, entity=""',
    });
  });
});
