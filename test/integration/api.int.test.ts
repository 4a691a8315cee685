// The GraphQL API over HTTP, against a real Neo4j: what a user of Apollo Sandbox or of the
// dashboard would ask, and the guards a careless or hostile query meets.
/* eslint-disable @typescript-eslint/no-explicit-any -- each query shapes its own response; the assertions check it. */
import path from 'node:path';
import { relationIn } from '../support/extractions';
import fs from 'node:fs';
import { loadConfig, type Config } from '../../src/config';
import { connect, migrate, writeExtractions, type Driver } from '../../src/graph';
import { ingest } from '../../src/pipeline';
import { startServer, type RunningServer } from '../../src/api';
import type { Extraction } from '../../src/model';

// Ingesting and starting a server take longer than jest's default 5 s.
jest.setTimeout(120_000);

const SHARED = path.resolve(__dirname, '..', '..', '../shared');
const SAMPLE = path.join(SHARED, 'examples', 'us-strikes-kataib-hezbollah.txt');

const ATTACK = 'The United States carried out airstrikes against Kataib Hezbollah in Iraq on Tuesday.';
const SUPPORT = 'Iran supports Kataib Hezbollah with weapons and money, officials said.';
const COOPERATE = 'Iraq cooperated with Iran on border security.';
const SEED_TEXT = `${ATTACK} ${SUPPORT} ${COOPERATE}`;

/** A known extraction, so these tests do not depend on how good extraction is. */
const SEED: Extraction = {
  article: {
    id: 'test:api-seed',
    title: 'API test: US strikes on an Iran-backed group',
    text: SEED_TEXT,
    source: 'test/integration/api.int.test.ts',
    published: '2024-01-23',
  },
  entities: [
    {
      id: 'country:united-states',
      name: 'United States',
      type: 'Country',
      aliases: ['United States', 'US'],
      mentionCount: 1,
    },
    {
      id: 'organization:kataib-hezbollah',
      name: 'Kataib Hezbollah',
      type: 'Organization',
      category: 'armed_group',
      aliases: ['Kataib Hezbollah'],
      mentionCount: 2,
    },
    { id: 'country:iran', name: 'Iran', type: 'Country', aliases: ['Iran'], mentionCount: 1 },
    { id: 'country:iraq', name: 'Iraq', type: 'Country', aliases: ['Iraq'], mentionCount: 1 },
  ],
  relations: [
    relation(
      'United States',
      'country:united-states',
      'ATTACKED',
      'Kataib Hezbollah',
      'organization:kataib-hezbollah',
      ATTACK,
    ),
    relation(
      'Iran',
      'country:iran',
      'SUPPORTS',
      'Kataib Hezbollah',
      'organization:kataib-hezbollah',
      SUPPORT,
    ),
    relation('Iraq', 'country:iraq', 'COOPERATED', 'Iran', 'country:iran', COOPERATE),
  ],
};

function relation(
  subject: string,
  subjectId: string,
  predicate: 'ATTACKED' | 'SUPPORTS' | 'COOPERATED',
  object: string,
  objectId: string,
  sentence: string,
): Extraction['relations'][number] {
  return relationIn(
    SEED_TEXT,
    { id: subjectId, name: subject },
    predicate,
    { id: objectId, name: object },
    sentence,
    {
      reason: 'test:seed',
    },
  );
}

interface GraphQLResponse<T = Record<string, unknown>> {
  status: number;
  data?: T;
  errors?: Array<{ message: string; extensions?: { code?: string } }>;
}

async function graphql<T = any>(
  server: RunningServer,
  query: string,
  variables: Record<string, unknown> = {},
): Promise<GraphQLResponse<T>> {
  const res = await fetch(server.graphqlUrl, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query, variables }),
  });
  return { status: res.status, ...((await res.json()) as object) };
}

/**
 * The same questions, whether the graph was seeded or filled from the sample article. `fill`
 * returns a part of the article's `source`, so that the evidence asked for must come from
 * that article and not from another test's data in the same database.
 */
function describeQueries(
  title: string,
  fill: (driver: Driver, config: Config) => Promise<string>,
  { suite = describe, more }: { suite?: jest.Describe; more?: (server: () => RunningServer) => void } = {},
) {
  suite(title, () => {
    let source: string;
    let driver: Driver;
    let server: RunningServer;

    beforeAll(async () => {
      const config = loadConfig();
      driver = await connect(config);
      await migrate(driver, { database: config.neo4j.database });
      source = await fill(driver, config);
      server = await startServer({ driver, config, port: 0, host: '127.0.0.1', webRoot: null });
    });

    afterAll(async () => {
      await server?.close();
      await driver?.close();
    });

    more?.(() => server);

    it('says United States attacked Kataib Hezbollah, with the evidence sentence and the article title', async () => {
      const r = await graphql(
        server,
        `
          query ($subject: String!, $object: String!, $source: String!) {
            entities(where: { name: { eq: $subject } }) {
              attacked(where: { name: { eq: $object } }) {
                name
              }
            }
            facts(
              where: {
                predicate: { eq: ATTACKED }
                subject: { name: { eq: $subject } }
                object: { name: { eq: $object } }
                article: { source: { contains: $source } }
              }
            ) {
              sentence
              article {
                title
              }
            }
          }
        `,
        { subject: 'United States', object: 'Kataib Hezbollah', source },
      );
      expect(r.errors).toBeUndefined();
      expect(r.data.entities[0].attacked).toEqual([{ name: 'Kataib Hezbollah' }]);
      expect(r.data.facts.length).toBeGreaterThan(0);
      for (const fact of r.data.facts) {
        expect(fact.sentence).toMatch(/Kataib Hezbollah/);
        expect(fact.article.title).toEqual(expect.any(String));
      }
    });

    it('says Kataib Hezbollah is supported by Iran, with how often', async () => {
      const r = await graphql(
        server,
        `
          query ($source: String!) {
            entities(where: { name: { eq: "Kataib Hezbollah" } }) {
              supportedBy {
                name
              }
              supportedByConnection {
                edges {
                  properties {
                    count
                  }
                  node {
                    name
                  }
                }
              }
            }
            facts(
              where: {
                predicate: { eq: SUPPORTS }
                subject: { name: { eq: "Iran" } }
                object: { name: { eq: "Kataib Hezbollah" } }
                article: { source: { contains: $source } }
              }
            ) {
              sentence
            }
          }
        `,
        { source },
      );
      expect(r.errors).toBeUndefined();
      expect(r.data.facts.length).toBeGreaterThan(0);
      const [group] = r.data.entities;
      expect(group.supportedBy.map((e: { name: string }) => e.name)).toContain('Iran');
      const iran = group.supportedByConnection.edges.find((e: any) => e.node.name === 'Iran');
      expect(iran.properties.count).toBeGreaterThanOrEqual(1);
    });

    it('finds the group with a full-text search for "hezbollah"', async () => {
      const r = await graphql(
        server,
        `
          {
            searchEntities(query: "hezbollah") {
              name
              type
            }
          }
        `,
      );
      expect(r.errors).toBeUndefined();
      expect(r.data.searchEntities.map((e: { name: string }) => e.name)).toContain('Kataib Hezbollah');
    });

    it('searches by word prefix and with a typo, and ignores Lucene syntax in the input', async () => {
      for (const query of ['hezb', 'Hezbolah', 'kataib hezbollah', '"hezbollah) OR *:* AND']) {
        const r = await graphql(
          server,
          `
            query ($q: String!) {
              searchEntities(query: $q, limit: 5) {
                name
              }
            }
          `,
          { q: query },
        );
        expect(r.errors).toBeUndefined();
        expect(r.data.searchEntities.map((e: { name: string }) => e.name)).toContain('Kataib Hezbollah');
      }
      const exact = await graphql(
        server,
        `
          {
            searchEntities(query: "Kataib Hezbollah", limit: 3) {
              name
            }
          }
        `,
      );
      expect(exact.data.searchEntities[0]).toEqual({ name: 'Kataib Hezbollah' });
      const empty = await graphql(
        server,
        `
          {
            searchEntities(query: "  ?!  ") {
              name
            }
          }
        `,
      );
      expect(empty).toMatchObject({ status: 200, data: { searchEntities: [] } });
    });

    it("gives an entity's evidence count and its top counterparts", async () => {
      const r = await graphql(
        server,
        `
          {
            entities(where: { name: { eq: "Kataib Hezbollah" } }) {
              evidenceCount
              topCounterparts(limit: 10) {
                predicate
                direction
                count
                name
              }
            }
          }
        `,
      );
      expect(r.errors).toBeUndefined();
      const [group] = r.data.entities;
      expect(group.evidenceCount).toBeGreaterThanOrEqual(2);
      expect(group.topCounterparts).toContainEqual(
        expect.objectContaining({ predicate: 'ATTACKED', direction: 'IN', name: 'United States' }),
      );
      expect(group.topCounterparts).toContainEqual(
        expect.objectContaining({ predicate: 'SUPPORTS', direction: 'IN', name: 'Iran' }),
      );
    });

    it('lists facts with predicate, sentence, subject and object', async () => {
      const r = await graphql(
        server,
        `
          query ($source: String!) {
            facts(where: { article: { source: { contains: $source } } }, limit: 100) {
              predicate
              sentence
              subject {
                name
              }
              object {
                name
              }
            }
          }
        `,
        { source },
      );
      expect(r.errors).toBeUndefined();
      expect(r.data.facts).toContainEqual(
        expect.objectContaining({
          predicate: 'ATTACKED',
          subject: { name: 'United States' },
          object: { name: 'Kataib Hezbollah' },
        }),
      );
      for (const f of r.data.facts) expect(f.sentence.length).toBeGreaterThan(0);
    });
  });
}

describeQueries(
  'GraphQL API over a seeded graph',
  async (driver, config) => {
    await writeExtractions({ driver, database: config.neo4j.database, extractions: [SEED], force: true });
    return SEED.article.source;
  },
  {
    more: (server) => {
      it('follows cooperation both ways, whichever side the sentence named first', async () => {
        const r = await graphql(
          server(),
          `
            {
              entities(where: { name: { in: ["Iran", "Iraq"] } }, sort: [{ name: ASC }]) {
                name
                cooperatedWith {
                  name
                }
              }
            }
          `,
        );
        expect(r.errors).toBeUndefined();
        const partners = Object.fromEntries(
          r.data.entities.map((e: { name: string; cooperatedWith: Array<{ name: string }> }) => [
            e.name,
            e.cooperatedWith.map((c) => c.name),
          ]),
        );
        expect(partners.Iran).toContain('Iraq');
        expect(partners.Iraq).toContain('Iran');
      });
    },
  },
);

describeQueries(
  'GraphQL API over the ingested sample article',
  async (driver, config) => {
    await ingest({ driver, database: config.neo4j.database, inputs: [SAMPLE], workers: 0 });
    return path.basename(SAMPLE);
  },
  { suite: fs.existsSync(SAMPLE) ? describe : describe.skip },
);
