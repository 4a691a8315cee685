// A graph written by an older newsgraph (no RelationTally, no Fact.relationKey, no entity alias
// or category counts; dates as text) is brought up to date by migrate, and writes to it then
// give what a fresh ingest gives.
import type { Driver } from 'neo4j-driver';
import { migrate, writeExtractions } from '../../src/graph';
import {
  clearGraph,
  dumpGraph,
  entity,
  extraction,
  invariantViolations,
  openDriver,
  relation,
} from './ingest-helpers';

const at = '2026-11-24T09:00:00.000Z';
const us = entity('country:united-states', 'United States', 'Country', ['US'], 2);
const iran = entity('country:iran', 'Iran', 'Country', ['Iranian'], 1);
const kh = {
  ...entity('organization:kataib-hezbollah', 'Kataib Hezbollah', 'Organization'),
  category: 'armed_group' as const,
};

const S1 = 'The United States struck Kataib Hezbollah.';
const S2 = 'Iran backs Kataib Hezbollah.';
const a1 = extraction(
  'a1',
  `${S1} ${S2}`,
  [us, iran, kh],
  [relation(us, 'ATTACKED', kh, S1), relation(iran, 'SUPPORTS', kh, S2, 43, 1)],
  '2024-02-06',
);
const a2 = extraction(
  'a2',
  S1,
  [{ ...us, aliases: ['United States', 'U.S.'] }, kh],
  [relation(us, 'ATTACKED', kh, S1, 0, 0.55)],
  '2024-02-08',
);
const a3 = extraction('a3', S2, [iran, kh], [relation(iran, 'SUPPORTS', kh, S2, 0, 0.6)], '2024-02-09');

let driver: Driver;
beforeAll(async () => {
  driver = openDriver();
  await migrate(driver);
});
afterAll(async () => driver.close());
beforeEach(async () => clearGraph(driver));

it('migrate gives an older graph its tallies, the ones a fresh ingest keeps', async () => {
  await writeExtractions({ driver, extractions: [a1, a2], ingestedAt: at });
  const fresh = await dumpGraph(driver);
  // What an older newsgraph left: no tallies, no relation keys, no counts on entities.
  await driver.executeQuery('MATCH (k:RelationTally) DELETE k');
  await driver.executeQuery('MATCH (f:Fact) REMOVE f.relationKey');
  await driver.executeQuery('MATCH (e:Entity) REMOVE e.aliasCounts, e.categories, e.categoryCounts');
  expect(await dumpGraph(driver)).not.toEqual(fresh);

  await migrate(driver);
  expect(await dumpGraph(driver)).toEqual(fresh);
  await migrate(driver); // a second run changes nothing
  expect(await dumpGraph(driver)).toEqual(fresh);

  // Adding to and rewriting in the upgraded graph gives the fresh ingest's graph.
  const a1v2 = extraction('a1', S1, [us, kh], [relation(us, 'ATTACKED', kh, S1)], '2024-02-06');
  await writeExtractions({ driver, extractions: [a3], ingestedAt: at });
  await writeExtractions({ driver, extractions: [a1v2], ingestedAt: at });
  const updated = await dumpGraph(driver);
  await clearGraph(driver);
  await writeExtractions({ driver, extractions: [a1v2, a2, a3], ingestedAt: at });
  expect(await dumpGraph(driver)).toEqual(updated);
  expect(await invariantViolations(driver)).toEqual([]);
});

it("migrate turns an older graph's text dates into the temporal values a fresh ingest writes", async () => {
  await writeExtractions({ driver, extractions: [a1, a2], ingestedAt: at });
  const fresh = await dumpGraph(driver);
  // What an older newsgraph left: dates as text, facts without dates of their own, no marker.
  await driver.executeQuery(
    `MATCH (a:Article) SET a.published = toString(date(a.published)), a.ingestedAt = toString(a.ingestedAt)`,
  );
  await driver.executeQuery('MATCH (f:Fact) REMOVE f.date, f.datePrecision');
  await driver.executeQuery(
    'MATCH ()-[r:ATTACKED|SUPPORTS]->() SET r.firstSeen = toString(r.firstSeen), r.lastSeen = toString(r.lastSeen)',
  );
  await driver.executeQuery('MATCH (m:NewsgraphMigration) DELETE m');
  expect(await dumpGraph(driver)).not.toEqual(fresh);

  await migrate(driver);
  expect(await dumpGraph(driver)).toEqual(fresh);
  await migrate(driver); // a second run changes nothing
  expect(await dumpGraph(driver)).toEqual(fresh);
  expect(await invariantViolations(driver)).toEqual([]);
});
