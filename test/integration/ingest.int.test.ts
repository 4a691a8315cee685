// Ingest against a real Neo4j: what a user would check after `newsgraph ingest`.
// Facts that must not depend on extraction quality are written by hand through
// writeExtractions; the inputs path (files → extraction → graph) is checked through ingest().
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { PassThrough } from 'node:stream';
import type { Driver } from 'neo4j-driver';
import { ingest } from '../../src/pipeline';
import { ingestCommand } from '../../src/cli/commands/ingest';
import { loadConfig } from '../../src/config';
import { migrate, writeExtractions } from '../../src/graph';
import { ErrorCode, NewsgraphError } from '../../src/errors';
import type { Article, Extraction } from '../../src/model';
import {
  clearGraph,
  countsOf,
  cuttableRelay,
  dumpGraph,
  entity,
  extraction,
  invariantViolations,
  openDriver,
  relation,
  testNeo4jUri,
} from './ingest-helpers';

const shared = path.resolve(__dirname, '../..', '../shared');
const sample = path.join(shared, 'examples/us-strikes-kataib-hezbollah.txt');
const at = '2026-11-24T09:00:00.000Z';

const us = entity('country:united-states', 'United States', 'Country', ['US', 'U.S.'], 3);
const kh = entity(
  'organization:kataib-hezbollah',
  'Kataib Hezbollah',
  'Organization',
  ['Kataib Hizballah'],
  2,
);
const iran = entity('country:iran', 'Iran', 'Country', ['Iranian'], 1);

const S1 = 'The United States struck Kataib Hezbollah facilities in Iraq.';
const S2 = 'Kataib Hezbollah is backed by Iran.';
const S3 = 'US forces hit Kataib Hezbollah again on Friday.';

let driver: Driver;

beforeAll(async () => {
  driver = openDriver();
  await migrate(driver);
});
afterAll(async () => driver.close());
beforeEach(async () => clearGraph(driver));

async function relationshipOf(type: string, from: string, to: string) {
  const r = await driver.executeQuery(
    // Dates are Neo4j temporal values; as text they compare as the user reads them.
    `MATCH (:Entity {id: $from})-[r]->(:Entity {id: $to}) WHERE type(r) = $type
     RETURN r {.*, firstSeen: toString(r.firstSeen), lastSeen: toString(r.lastSeen)} AS p`,
    { type, from, to },
  );
  return r.records[0]?.get('p') as Record<string, unknown> | undefined;
}

async function entityProps(id: string) {
  const r = await driver.executeQuery(
    'MATCH (e:Entity {id: $id}) RETURN properties(e) AS p, labels(e) AS labels',
    { id },
  );
  return r.records[0]
    ? { ...(r.records[0].get('p') as Record<string, unknown>), labels: r.records[0].get('labels') }
    : undefined;
}

describe('writeExtractions', () => {
  const a1 = extraction(
    'a1',
    `${S1} ${S2}`,
    [us, { ...kh, category: 'armed_group' }, iran],
    [relation(us, 'ATTACKED', kh, S1), relation(iran, 'SUPPORTS', kh, S2, S1.length + 1)],
    '2024-02-06',
  );
  const a2 = extraction(
    'a2',
    S3,
    [{ ...us, aliases: ['United States', 'US forces'] }, kh],
    [relation(us, 'ATTACKED', kh, S3, 0, 0.5)],
    '2024-02-09',
  );

  it('writes the model: typed relationships with their counts, dates and evidence', async () => {
    const result = await writeExtractions({ driver, extractions: [a1, a2], ingestedAt: at });
    expect(result.written.sort()).toEqual(['a1', 'a2']);
    expect(result.facts).toBe(3);

    expect(await relationshipOf('ATTACKED', us.id, kh.id)).toEqual({
      count: 2,
      firstSeen: '2024-02-06',
      lastSeen: '2024-02-09',
      confidence: 0.9, // 1 - (1 - 0.8)(1 - 0.5)
    });
    expect(await relationshipOf('SUPPORTS', iran.id, kh.id)).toMatchObject({ count: 1 });

    const evidence = await driver.executeQuery(
      `MATCH (:Entity {id: $us})<-[:SUBJECT]-(f:Fact {predicate: 'ATTACKED'})-[:OBJECT]->(:Entity {id: $kh}),
             (f)-[:STATED_IN]->(a:Article)
       RETURN f.sentence AS sentence, a.title AS title ORDER BY title`,
      { us: us.id, kh: kh.id },
    );
    expect(evidence.records.map((r) => [r.get('sentence'), r.get('title')])).toEqual([
      [S1, 'Title of a1'],
      [S3, 'Title of a2'],
    ]);

    expect(await entityProps(us.id)).toMatchObject({
      name: 'United States',
      type: 'Country',
      labels: expect.arrayContaining(['Entity', 'Country']),
      mentionCount: 6,
      aliases: ['U.S.', 'US', 'US forces', 'United States'],
    });
    // The category comes from the articles that give one.
    expect(await entityProps(kh.id)).toMatchObject({ category: 'armed_group', mentionCount: 4 });
    expect(await invariantViolations(driver)).toEqual([]);
  });

  it('changes nothing when the same articles are written again', async () => {
    await writeExtractions({ driver, extractions: [a1, a2], ingestedAt: at });
    const before = await dumpGraph(driver);
    const again = await writeExtractions({
      driver,
      extractions: [a1, a2],
      ingestedAt: '2030-01-01T00:00:00.000Z',
    });
    expect(again.written).toEqual([]);
    expect(again.unchanged.sort()).toEqual(['a1', 'a2']);
    expect(await dumpGraph(driver)).toEqual(before);
  });

  it('replaces the facts and mentions of a changed article and keeps counts right', async () => {
    await writeExtractions({ driver, extractions: [a1, a2], ingestedAt: at });
    // a1 again, rewritten: no more Iran, and the attack is stated twice.
    const S4 = 'A second US strike hit Kataib Hezbollah.';
    const a1v2 = extraction(
      'a1',
      `${S1} ${S4}`,
      [us, kh],
      [relation(us, 'ATTACKED', kh, S1), relation(us, 'ATTACKED', kh, S4, S1.length + 1)],
      '2024-02-06',
    );
    const result = await writeExtractions({ driver, extractions: [a1v2], ingestedAt: at });
    expect(result.written).toEqual(['a1']);

    expect(await relationshipOf('ATTACKED', us.id, kh.id)).toMatchObject({ count: 3 });
    expect(await relationshipOf('SUPPORTS', iran.id, kh.id)).toBeUndefined();
    expect(await entityProps(iran.id)).toBeUndefined(); // nothing mentions it any more
    const facts = await driver.executeQuery(
      'MATCH (f:Fact)-[:STATED_IN]->(:Article {id: "a1"}) RETURN f.sentence AS s ORDER BY s',
    );
    expect(facts.records.map((r) => r.get('s'))).toEqual([S4, S1].sort());
    expect(await invariantViolations(driver)).toEqual([]);

    // The graph is the one a fresh ingest of the current articles gives.
    const updated = await dumpGraph(driver);
    await clearGraph(driver);
    await writeExtractions({ driver, extractions: [a1v2, a2], ingestedAt: at });
    expect(await dumpGraph(driver)).toEqual(updated);
  });

  it('two concurrent writers of different articles give the same graph as one', async () => {
    const corpus = syntheticCorpus(40);
    const inBatches = async (via: Driver, xs: Extraction[]) => {
      for (let i = 0; i < xs.length; i += 3)
        await writeExtractions({ driver: via, extractions: xs.slice(i, i + 3), ingestedAt: at });
    };
    await inBatches(driver, corpus);
    const serial = await dumpGraph(driver);
    await clearGraph(driver);

    const other = openDriver(); // a second connection, as a second process would have
    try {
      await Promise.all([
        inBatches(
          driver,
          corpus.filter((_, i) => i % 2 === 0),
        ),
        inBatches(
          other,
          corpus.filter((_, i) => i % 2 === 1),
        ),
      ]);
    } finally {
      await other.close();
    }
    expect(await dumpGraph(driver)).toEqual(serial);
    expect(await invariantViolations(driver)).toEqual([]);
  });
});

describe('ingest', () => {
  let dir: string;
  beforeAll(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ng-ingest-'));
    fs.writeFileSync(path.join(dir, 'strike.txt'), `US strikes militia in Iraq\n\n${S1} ${S3}\n`);
    fs.writeFileSync(
      path.join(dir, 'feed.jsonl'),
      [
        JSON.stringify({ id: 'j1', title: 'Iran backs militia', text: S2, published: '2024-02-07' }),
        JSON.stringify({ id: 'j2', title: 'Strike on Friday', text: S3, published: '2024-02-09' }),
      ].join('\n') + '\n',
    );
    fs.writeFileSync(path.join(dir, 'binary.txt'), Buffer.from([0, 159, 146, 150, 0, 0, 1, 2, 3, 0]));
    fs.writeFileSync(
      path.join(dir, 'huge.txt'),
      `Big story\n\n${'The United States struck again. '.repeat(200)}`,
    );
  });
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  const inputs = () => [path.join(dir, 'strike.txt'), path.join(dir, 'feed.jsonl')];

  it('ingests inputs, and a re-ingest changes no node or relationship', async () => {
    const first = await ingest({ inputs: inputs(), driver, workers: 0 });
    expect(first).toMatchObject({ articles: 3, written: 3, unchanged: 0, failures: [] });
    const articles = await driver.executeQuery(
      'MATCH (a:Article) RETURN a.title AS t, a.contentHash IS NOT NULL AS done ORDER BY t',
    );
    expect(articles.records.map((r) => [r.get('t'), r.get('done')])).toEqual([
      ['Iran backs militia', true],
      ['Strike on Friday', true],
      ['US strikes militia in Iraq', true],
    ]);
    const counts = await countsOf(driver);
    const dump = await dumpGraph(driver);

    const second = await ingest({ inputs: inputs(), driver, workers: 0 });
    expect(second).toMatchObject({ articles: 3, written: 0, unchanged: 3, facts: 0 });
    expect(await countsOf(driver)).toEqual(counts);
    expect(await dumpGraph(driver)).toEqual(dump);

    // --force rewrites every article, and the graph comes out the same.
    const forced = await ingest({ inputs: inputs(), driver, workers: 0, force: true });
    expect(forced).toMatchObject({ articles: 3, written: 3, unchanged: 0 });
    expect(await dumpGraph(driver)).toEqual(dump);
    expect(await invariantViolations(driver)).toEqual([]);
  });

  it('reports each bad input with its file and reason, and ingests the rest', async () => {
    const failures: string[] = [];
    const summary = await ingest({
      inputs: [
        ...inputs(),
        path.join(dir, 'binary.txt'),
        path.join(dir, 'huge.txt'),
        path.join(dir, 'missing.txt'),
      ],
      driver,
      workers: 0,
      maxInputBytes: 4096,
      onFailure: (f) => failures.push(f.input),
    });
    expect(summary.written).toBe(3);
    expect(summary.failures.map((f) => [path.basename(f.input), f.code]).sort()).toEqual([
      ['binary.txt', ErrorCode.INPUT_INVALID],
      ['huge.txt', ErrorCode.INPUT_TOO_LARGE],
      ['missing.txt', ErrorCode.INPUT_NOT_FOUND],
    ]);
    expect(failures).toHaveLength(3);
    expect((await countsOf(driver)).nodes).toBeGreaterThanOrEqual(3);
  });

  it('newsgraph ingest prints each bad input as it comes and a summary at the end', async () => {
    const out = new PassThrough();
    const err = new PassThrough();
    const result = await ingestCommand({
      inputs: [...inputs(), path.join(dir, 'missing.txt')],
      config: loadConfig(),
      batchSize: 2,
      workers: 0,
      progress: false,
      out,
      err,
      driver,
    });
    expect(result).toMatchObject({ articles: 3, written: 3, graph: { articles: 3 } });
    expect(result.failures).toHaveLength(1); // the entry point exits 3 (partial)
    expect(String(err.read())).toMatch(/^newsgraph: skipped .*missing\.txt: /m);
    expect(String(out.read())).toMatch(
      /^Ingested 3 articles in [\d.]+ s: 3 written, 0 skipped unchanged, 1 input failed\n/,
    );
  });

  (fs.existsSync(sample) ? it : it.skip)('ingests the sample article', async () => {
    const summary = await ingest({ inputs: [sample], driver, workers: 0 });
    expect(summary).toMatchObject({ articles: 1, written: 1, failures: [] });
    const title = await driver.executeQuery('MATCH (a:Article) RETURN a.title AS t');
    expect(title.records[0].get('t')).toMatch(/Iraq: US launches new strikes/);
    expect(await invariantViolations(driver)).toEqual([]);
  });

  it('Neo4j gone mid-ingest: a clear error, only whole articles kept, and a re-run completes the graph', async () => {
    const text = fs.existsSync(sample) ? fs.readFileSync(sample, 'utf8') : `${S1}\n\n${S2}\n\n${S3}`;
    const articles: Article[] = Array.from({ length: 24 }, (_, i) => ({
      id: `recovery-${i}`,
      title: `Copy ${i}`,
      text,
      source: `copy-${i}.txt`,
    }));

    await ingest({ articles, driver, workers: 0, batchSize: 4 });
    const complete = await dumpGraph(driver);
    await clearGraph(driver);

    const relay = await cuttableRelay(testNeo4jUri());
    const doomed = openDriver(relay.uri, { maxTransactionRetryTime: 2000 });
    let committedBeforeCut = 0;
    try {
      const error = await ingest({
        articles,
        driver: doomed,
        workers: 0,
        batchSize: 4,
        onProgress: (p) => {
          if (p.read < 8 || committedBeforeCut > 0) return;
          committedBeforeCut = p.written;
          relay.cut();
        },
      }).catch((e: unknown) => e);
      expect(committedBeforeCut).toBeGreaterThanOrEqual(8); // else it failed before the cut: see the error
      expect(error).toBeInstanceOf(NewsgraphError);
      expect(error).toMatchObject({
        code: ErrorCode.DB_UNREACHABLE,
        hint: expect.stringMatching(/run the same ingest again/),
      });
    } finally {
      await doomed.close();
      await relay.close();
    }

    const partial = await driver.executeQuery(
      'MATCH (a:Article) RETURN count(a) AS all, count(a.contentHash) AS done',
    );
    const [all, done] = [partial.records[0].get('all'), partial.records[0].get('done')];
    expect(done).toBe(all); // no half-written article
    expect(done).toBeGreaterThanOrEqual(committedBeforeCut);
    expect(done).toBeLessThan(24);
    expect(await invariantViolations(driver)).toEqual([]);

    const rerun = await ingest({ articles, driver, workers: 0, batchSize: 4 });
    expect(rerun).toMatchObject({ unchanged: done, written: 24 - done });
    expect(await dumpGraph(driver)).toEqual(complete);
  });

  it('fails with DB_UNREACHABLE when Neo4j does not answer', async () => {
    const closed = openDriver('bolt://127.0.0.1:1');
    try {
      const error = await ingest({ inputs: inputs(), driver: closed, workers: 0 }).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(NewsgraphError);
      expect(error).toMatchObject({ code: ErrorCode.DB_UNREACHABLE });
    } finally {
      await closed.close();
    }
  });
});

/** Articles over a small pool of entities, so concurrent writers fight over the same nodes and edges. */
function syntheticCorpus(n: number): Extraction[] {
  const pool = [
    us,
    kh,
    iran,
    entity('country:iraq', 'Iraq', 'Country'),
    entity('organization:houthis', 'Houthis', 'Organization'),
    entity('location:baghdad', 'Baghdad', 'Location'),
  ];
  const predicates = ['ATTACKED', 'SUPPORTS', 'CRITICIZED', 'LOCATED_IN'] as const;
  let seed = 7;
  const next = (k: number) => {
    seed = (seed * 1103515245 + 12345) % 2147483648;
    return seed % k;
  };
  return Array.from({ length: n }, (_, i) => {
    const ents = pool.filter(() => next(3) > 0);
    if (ents.length < 2) ents.push(...pool.slice(0, 2).filter((e) => !ents.includes(e)));
    const rels = Array.from({ length: 1 + next(3) }, (_, k) => {
      const s = ents[next(ents.length)];
      const o = ents[next(ents.length)];
      return relation(
        s,
        predicates[next(predicates.length)],
        o,
        `Sentence ${k} of article ${i}.`,
        k * 40,
        0.5 + next(5) / 10,
      );
    });
    const month = String(1 + (i % 12)).padStart(2, '0');
    return extraction(
      `syn-${i}`,
      `Text of article ${i}.`,
      ents.map((e) => ({ ...e, mentionCount: 1 + next(4) })),
      rels,
      `2024-${month}-01`,
    );
  });
}
