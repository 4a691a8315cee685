// The dashboard's search box asks `searchEntities`: against a real Neo4j seeded with names that
// look alike, exact and prefix matches come first and near-misses are dropped.
import type { Entity, Extraction } from '../../src/model';
import { makeEntity } from '../support/extractions';
import { startTestApi, type TestApi } from '../support/api-server';

jest.setTimeout(120_000);

/**
 * Names that share words, prefixes or a couple of letters. Mention counts make the wrong answer
 * the more mentioned one, so only the ranking by how well a name matches can put the right
 * one first.
 */
const LOOKALIKES: Entity[] = [
  makeEntity('country:united-states', 'United States', 'Country', ['United States', 'US', 'U.S.'], 3),
  makeEntity('organization:us-steel', 'U.S. Steel', 'Organization', ['U.S. Steel', 'US Steel'], 9),
  makeEntity('country:united-kingdom', 'United Kingdom', 'Country', ['United Kingdom', 'UK'], 5),
  makeEntity('country:sudan', 'Sudan', 'Country', ['Sudan'], 12),
  makeEntity('location:south-darfur', 'South Darfur', 'Location', ['South Darfur'], 8),
  makeEntity('location:south-china-sea', 'South China Sea', 'Location', ['South China Sea'], 8),
  makeEntity('organization:houthis', 'Houthis', 'Organization', ['Houthis', 'Houthi'], 2),
  makeEntity('organization:hezbollah', 'Hezbollah', 'Organization', ['Hezbollah'], 7),
  makeEntity('organization:kataib-hezbollah', 'Kataib Hezbollah', 'Organization', ['Kataib Hezbollah'], 4),
  makeEntity(
    'organization:kataib-sayyid-al-shuhada',
    'Kataib Sayyid al-Shuhada',
    'Organization',
    ['Kataib Sayyid al-Shuhada'],
    1,
  ),
];

const SEED: Extraction = {
  article: {
    id: 'test:search-lookalikes',
    title: 'Search test: names that look alike',
    text: LOOKALIKES.map((e) => e.name).join('. '),
    source: 'test/integration/search.int.test.ts',
    published: '2024-01-23',
  },
  entities: LOOKALIKES,
  relations: [],
};

describe('searchEntities (the search box)', () => {
  let api: TestApi;

  beforeAll(async () => {
    api = await startTestApi({ seed: [SEED] });
  });

  afterAll(async () => {
    await api?.close();
  });

  /** The names found for `query`, best first. */
  async function search(query: string, limit = 10): Promise<string[]> {
    const res = await fetch(api.server.graphqlUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        query: 'query ($q: String!, $limit: Int) { searchEntities(query: $q, limit: $limit) { name } }',
        variables: { q: query, limit },
      }),
    });
    const body = (await res.json()) as {
      data?: { searchEntities: Array<{ name: string }> };
      errors?: unknown;
    };
    expect(body.errors).toBeUndefined();
    return body.data!.searchEntities.map((e) => e.name);
  }

  it('"houthi" finds the Houthis and no place that merely looks like it', async () => {
    await expect(search('houthi')).resolves.toEqual(['Houthis']);
    await expect(search('Houthis')).resolves.toEqual(['Houthis']);
  });

  it('"U.S." and "US" find the United States first, then names that start with it', async () => {
    for (const query of ['U.S.', 'US', 'u s']) {
      const names = await search(query);
      expect(names[0]).toBe('United States');
      expect(names).toContain('U.S. Steel');
      expect(names).not.toContain('Sudan');
      expect(names).not.toContain('United Kingdom');
    }
    await expect(search('U.S. Steel')).resolves.toEqual(['U.S. Steel']);
  });

  it('ranks a name that starts with the query before one that only contains its words', async () => {
    const kataib = await search('Kataib');
    expect(kataib.sort()).toEqual(['Kataib Hezbollah', 'Kataib Sayyid al-Shuhada']);
    await expect(search('hezb')).resolves.toEqual(['Hezbollah', 'Kataib Hezbollah']);
    await expect(search('kataib hez')).resolves.toEqual(['Kataib Hezbollah']);
    await expect(search('Kataib Hezbollah')).resolves.toEqual(['Kataib Hezbollah']);
    await expect(search('united')).resolves.toEqual(['United Kingdom', 'United States']);
  });

  it('forgives a typo only when nothing matches as typed', async () => {
    await expect(search('Hezbolah')).resolves.toEqual(expect.arrayContaining(['Kataib Hezbollah']));
    await expect(search('Hezbolah').then((names) => names[0])).resolves.toBe('Hezbollah');
    await expect(search('Sudam')).resolves.toEqual(['Sudan']);
    await expect(search('south').then((names) => names.sort())).resolves.toEqual([
      'South China Sea',
      'South Darfur',
    ]);
  });

  it('ignores Lucene syntax, respects the limit and finds nothing in punctuation', async () => {
    await expect(search('"hezbollah) OR *:* AND').then((names) => names.sort())).resolves.toEqual([
      'Hezbollah',
      'Kataib Hezbollah',
    ]);
    await expect(search('hezb', 1)).resolves.toEqual(['Hezbollah']);
    await expect(search('  ?!  ')).resolves.toEqual([]);
  });
});
