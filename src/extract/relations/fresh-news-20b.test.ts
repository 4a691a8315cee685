// Shapes of wrong facts and entities found in fresh news from Asia, Latin America and Africa
// outside the gold (round 20, fresh20). Sentences of our own; both engines together, as the CLI
// reads.
import { describeFactRows, type FactRow } from '../../../test/support/frame-facts';
import { extractArticle } from '../index';

const rows: FactRow[] = [
  // "in Y" after a naming verb says where the name is used, not where the place lies
  [
    'The reef, referred to as Tarkin Reef in China, lies inside the waters of Peru.',
    [],
    ['Tarkin Reef LOCATED_IN China'],
  ],
  ['The island, known as Oru Island in Japan, is disputed.', [], ['Oru Island LOCATED_IN Japan']],
  ['The shoal, called Vel Shoal in Vietnam, was blocked.', [], ['Vel Shoal LOCATED_IN Vietnam']],
  ['Fighting broke out in Goma in Congo on Monday.', ['Goma LOCATED_IN DR Congo'], []],
];

describeFactRows(rows, 'fresh-news-20b', 'combined');

function entitiesOf(text: string, title = ''): Map<string, string> {
  const x = extractArticle({ id: 't', title, text });
  return new Map(x.entities.map((e) => [e.name, e.type]));
}

describe('entities in fresh news (round 20, fresh20)', () => {
  test('a navy rank before a name is a title, not part of the name', () => {
    const found = entitiesOf('Commodore Dario Velasco, a coast guard spokesman, said the ships left.');
    expect(found.get('Dario Velasco')).toBe('Person');
    expect(found.has('Commodore Dario Velasco')).toBe(false);
  });

  test('"Private" before a legal form or "Equity" is a word of a company name, not a rank', () => {
    const found = entitiesOf(
      'Korvane Media Private Limited ended its merger talks. The funds belong to Tarsel Private Equity.',
    );
    expect(found.get('Korvane Media Private Limited')).toBe('Organization');
    expect(found.has('Limited')).toBe(false);
    expect(found.has('Equity')).toBe(false);
    expect(entitiesOf('The blast killed Private Dario Velasco, a soldier.').get('Dario Velasco')).toBe(
      'Person',
    );
  });

  test('a speaker that calls itself "it" in a deal is a company', () => {
    const found = entitiesOf('Korvane Telecom said on Wednesday it has acquired a stake in the tower firm.');
    expect(found.get('Korvane Telecom')).toBe('Organization');
    expect(entitiesOf('Dario Velasco said it was a mistake to buy the land.').get('Dario Velasco')).toBe(
      'Person',
    );
  });

  test('"HoldCo" ends a company name', () => {
    expect(
      entitiesOf('The stake went to Austral HoldCo and two other investors.').get('Austral HoldCo'),
    ).toBe('Organization');
  });

  test('a name of two words after "the … party" is a party', () => {
    const found = entitiesOf(
      'The leader was detained, said the historic social-democratic party Vela Nueva.',
    );
    expect(found.get('Vela Nueva')).toBe('Organization');
  });
});
