// Shapes of wrong facts and entities found in fresh business, court, election, disaster and trade
// news outside the gold (round 19, fresh19). Sentences of our own; both engines together, as the
// CLI reads.
import { describeFactRows, type FactRow } from '../../../test/support/frame-facts';
import { extractArticle } from '../index';

const rows: FactRow[] = [
  // what befalls two named subjects is no act they do together
  ['Pat Ruel and Lee Omar faced charges of fraud.', [], ['Pat Ruel COOPERATED Lee Omar']],
  ['Acme Corp and Zenith Ltd await a ruling from the court.', [], ['Acme Corp COOPERATED Zenith Ltd']],
  ['Acme Corp and Zenith Ltd signed a supply contract.', ['Acme Corp COOPERATED Zenith Ltd'], []],
  // a preposition of time or rank after a body opens no part of it: the name after it is no member
  [
    'Pat Lane served as chairman of the Zenith Trade Board under President Omar Ruel.',
    [],
    ['Omar Ruel MEMBER_OF Zenith Trade Board'],
  ],
  // "slammed X with tariffs" imposes a measure; "slammed X" alone is still a rebuke
  ['Chile slammed Peru with new tariffs on copper.', [], ['Chile CRITICIZED Peru']],
  ['Chile slammed Peru for its decision.', ['Chile CRITICIZED Peru'], []],
  ['Chile hit Peru with sanctions on Tuesday.', ['Chile SANCTIONED Peru'], []],
  // a verb of force on a market the name qualifies is no blow to the state
  ['Chile hits Peruvian farmers where it hurts.', [], ['Chile ATTACKED Peru']],
  ['Chile hit Peruvian exports with new duties.', [], ['Chile ATTACKED Peru']],
  ['Hamas hit Israeli troops near the border.', ['Hamas ATTACKED Israel'], []],
];

describeFactRows(rows, 'fresh-news-19b', 'combined');

function entitiesOf(text: string, title = ''): Map<string, string> {
  const x = extractArticle({ id: 't', title, text });
  return new Map(x.entities.map((e) => [e.name, e.type]));
}

describe('entities in fresh news (round 19, fresh19)', () => {
  test('a storm met again by its bare name is no person', () => {
    const found = entitiesOf(
      'In the wake of Cyclone Zola, aid reached Chile. On May 2, Zola swept the coast.',
    );
    expect(found.has('Zola')).toBe(false);
    expect(found.get('Chile')).toBe('Country');
  });

  test('a lower-case "major" before a continent adjective titles no one', () => {
    const found = entitiesOf('Groups were responding after a major Asian earthquake on Sunday.');
    expect(found.has('Asian')).toBe(false);
  });

  test('a dictionary word before "police" at a clause start is no place', () => {
    const found = entitiesOf('Lima, 15th Oct: Riot police fired teargas at the crowd.');
    expect(found.has('Riot')).toBe(false);
    expect(found.get('Lima')).toBe('Location');
  });

  test('an acronym the article spells out later is that body in the headline too', () => {
    const found = entitiesOf(
      'BIS adds two firms to the list\n\nThe Bureau of Industry and Security (BIS) added two firms to the list.',
    );
    expect(found.get('Bureau of Industry and Security')).toBe('Organization');
    expect(found.has('Bank for International Settlements')).toBe(false);
  });

  test("a firm's first word read before its full name is the firm", () => {
    const found = entitiesOf(
      'Spain to allow Zarkov takeover of Pellam\n\nThe government will allow Zarkov Telecom Inc. to acquire a rival.',
    );
    expect(found.get('Zarkov Telecom Inc.')).toBe('Organization');
    expect(found.has('Zarkov')).toBe(false);
  });
});
