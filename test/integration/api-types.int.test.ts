// A typed API: wrong enum and date values are refused by GraphQL validation, exactly as the CLI
// refuses them, and dates are temporal values with range filters. The graph is filled by the
// real extraction of articles we write, so a fact's date is the one its sentence gives.
/* eslint-disable @typescript-eslint/no-explicit-any -- each query shapes its own response. */
import { extractArticle } from '../../src/extract';
import { startTestApi, type TestApi } from '../support/api-server';

jest.setTimeout(120_000);

// Wednesday 24 January 2024.
const DATED = extractArticle({
  id: 'test:types-dated',
  title: 'Strikes and support',
  text: 'Iran has backed Kataib Hezbollah for years. On Tuesday the United States attacked Kataib Hezbollah in Iraq.',
  published: '2024-01-24',
  source: 'test/integration/api-types.int.test.ts',
});
const UNDATED = extractArticle({
  id: 'test:types-undated',
  title: 'Condemnation',
  text: 'Iraq condemned the United States over the strikes.',
  source: 'test/integration/api-types.int.test.ts',
});

let api: TestApi;

async function graphql(query: string, variables: Record<string, unknown> = {}): Promise<any> {
  const res = await fetch(api.server.graphqlUrl, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query, variables }),
  });
  return res.json();
}

beforeAll(async () => {
  api = await startTestApi({ seed: [DATED, UNDATED] });
});

afterAll(async () => {
  await api?.close();
});

describe('wrong values are refused by validation, with a clear message', () => {
  it.each([
    ['an entity type', '{ entities(where: { type: { eq: Planet } }) { name } }', /EntityType/],
    ['a predicate as a string', '{ facts(where: { predicate: { eq: "ATTACKED" } }) { id } }', /Predicate/],
    ['a ranking the analysis does not know', '{ topActors(by: mentions) { name } }', /TopActorsBy/],
    ['a date in words', '{ newActors(since: "last week") { name } }', /Date/],
    [
      'a published date in words',
      '{ articles(where: { published: { gte: "yesterday" } }) { id } }',
      /DateTime/,
    ],
  ])('%s', async (_what, query, message) => {
    const r = await graphql(query);
    expect(r.data).toBeUndefined();
    expect(r.errors[0].extensions.code).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(r.errors[0].message).toMatch(message);
  });
});

describe('dates', () => {
  it("a fact carries the date of its act, its precision and words; else its article's", async () => {
    const r = await graphql(`
      {
        facts(sort: [{ predicate: ASC }]) {
          predicate
          date
          datePrecision
          dateText
          article {
            published
            ingestedAt
          }
        }
      }
    `);
    expect(r.errors).toBeUndefined();
    const attack = r.data.facts.find((f: any) => f.predicate === 'ATTACKED');
    expect(attack).toMatchObject({ date: '2024-01-23', datePrecision: 'day', dateText: 'On Tuesday' });
    expect(attack.article.published).toMatch(/^2024-01-24T00:00:00(\.000)?Z$/);
    const support = r.data.facts.find((f: any) => f.predicate === 'SUPPORTS');
    expect(support).toMatchObject({ date: '2024-01-24', datePrecision: 'day', dateText: null });
  });

  it('an undated article has no published date and its facts no date, whatever its ingestion time', async () => {
    const r = await graphql(`
      {
        articles(where: { id: { eq: "test:types-undated" } }) {
          published
          ingestedAt
          facts {
            date
          }
        }
      }
    `);
    const [article] = r.data.articles;
    expect(article.published).toBeNull();
    expect(article.ingestedAt).toMatch(/^\d{4}-\d{2}-\d{2}T/);
    expect(article.facts.length).toBeGreaterThan(0);
    for (const f of article.facts) expect(f.date).toBeNull();
  });

  it('filters facts and articles by date ranges', async () => {
    const facts = await graphql(`
      {
        facts(where: { date: { gte: "2024-01-24" } }) {
          predicate
        }
      }
    `);
    expect(facts.data.facts.map((f: any) => f.predicate)).toEqual(['SUPPORTS']);
    const before = await graphql(`
      {
        facts(where: { date: { lt: "2024-01-24" } }) {
          predicate
        }
      }
    `);
    expect(before.data.facts.map((f: any) => f.predicate)).toEqual(['ATTACKED']);
    const articles = await graphql(`
      {
        articles(where: { published: { gte: "2024-01-01" } }) {
          id
        }
      }
    `);
    expect(articles.data.articles.map((a: any) => a.id)).toEqual(['test:types-dated']);
  });

  it("a relationship is first and last seen on its acts' dates", async () => {
    const r = await graphql(`
      {
        entities(where: { name: { eq: "Kataib Hezbollah" } }) {
          attackedByConnection {
            edges {
              properties {
                firstSeen
                lastSeen
              }
            }
          }
        }
      }
    `);
    expect(r.data.entities[0].attackedByConnection.edges[0].properties).toEqual({
      firstSeen: '2024-01-23',
      lastSeen: '2024-01-23',
    });
  });

  it('the timeline puts undated facts last, with no date, never on the ingestion day', async () => {
    const r = await graphql(`
      {
        timeline {
          factDate
          precision
          predicate
        }
      }
    `);
    expect(r.errors).toBeUndefined();
    const dates = r.data.timeline.map((t: any) => t.factDate);
    expect(dates.slice(0, 2)).toEqual(['2024-01-23', '2024-01-24']);
    expect(dates.slice(2).every((d: string) => d === '')).toBe(true);
    const since = await graphql(`
      {
        timeline(since: "2024-01-24") {
          factDate
        }
      }
    `);
    expect(since.data.timeline).toEqual([{ factDate: '2024-01-24' }]);
  });
});
