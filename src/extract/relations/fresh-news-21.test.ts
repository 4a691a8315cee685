// Shapes of wrong facts and entities found in fresh news on Europe, the Caucasus, Central Asia,
// the Pacific, Latin America, Africa, cyber attacks and companies outside the gold (round 21,
// fresh21). Sentences of our own; both engines together, as the CLI reads.
import { describeFactRows, type FactRow } from '../../../test/support/frame-facts';
import { extractArticle } from '../index';

const rows: FactRow[] = [
  // a list of towns goes on past an unknown capitalised name: no town lies in the next one
  ['The mayors of the towns of Kandor, Velmar and Ostri Dol took office.', [], ['Kandor LOCATED_IN Velmar']],
  ['He was born in Lyon, France and moved away.', ['Lyon LOCATED_IN France'], []],
  // a list that met someone "in a place with" that one did not meet each other
  [
    'The envoys of Norway, Chile and Peru met in Lima with Prime Minister Ana Ruiz on Monday.',
    ['Norway COOPERATED Ana Ruiz', 'Chile COOPERATED Ana Ruiz'],
    ['Norway COOPERATED Chile', 'Chile COOPERATED Peru'],
  ],
  ['Norway, Chile and Peru met on Monday.', ['Norway COOPERATED Chile'], []],
  // "announced they had …" is a clause each reports, not a thing announced together
  [
    'Norway and Chile announced they had contacted the Peruvian authorities.',
    ['Norway COOPERATED Peru', 'Chile COOPERATED Peru'],
    ['Norway COOPERATED Chile'],
  ],
  ['Norway and Chile announced the deployment of rescue teams.', ['Norway COOPERATED Chile'], []],
];

describeFactRows(rows, 'fresh-news-21', 'combined');

function entitiesOf(text: string, title = ''): Map<string, string> {
  const x = extractArticle({ id: 't', title, text });
  return new Map(x.entities.map((e) => [e.name, e.type]));
}

describe('entities in fresh news (round 21, fresh21)', () => {
  test('a listed company takes its full name with a legal form as an alias', () => {
    const x = extractArticle({
      id: 't',
      title: '',
      text: 'Boeing Holdings Corp said on Monday it would cut jobs. Boeing shares fell.',
    });
    const firms = x.entities.filter((e) => e.name.startsWith('Boeing'));
    expect(firms).toHaveLength(1);
    expect(firms[0].aliases).toContain('Boeing Holdings Corp');
    // two firms with one first word: neither takes the listed name
    const two = extractArticle({
      id: 't',
      title: '',
      text: 'Boeing Holdings Corp and Boeing Capital Inc said so. Boeing shares fell.',
    });
    expect(two.entities.filter((e) => e.name.startsWith('Boeing')).length).toBeGreaterThan(1);
  });

  test('an unknown acronym opening a paragraph before ", which" is a body, not a dateline', () => {
    const found = entitiesOf('The mission is known as VELMA.\nVELMA, which has 300 officers, said so.');
    expect([...found.values()]).not.toContain('Location');
    expect(entitiesOf('KANDORA, Peru — Flooding hit the town.').get('Kandora')).toBe('Location');
  });

  test('"the Central African nation of X" names a region, not the Central African Republic', () => {
    const found = entitiesOf('Troops seized power in the oil-rich Central African nation of Gabon.');
    expect(found.has('Central African Republic')).toBe(false);
    expect(entitiesOf('Central African troops entered the town.').has('Central African Republic')).toBe(true);
  });

  test('"the French State" is France', () => {
    const found = entitiesOf('The decree gives new powers to the French State, the minister said.');
    expect(found.get('France')).toBe('Country');
    expect(found.has('French State')).toBe(false);
    expect(entitiesOf('Gunmen raided a village in Kandor State.').get('Kandor State')).toBe('Location');
  });

  test("another owner's General Assembly or Security Council is not the UN's", () => {
    expect(
      entitiesOf('The text was adopted at the Assembly’s General Assembly in Velmar.').has(
        'UN General Assembly',
      ),
    ).toBe(false);
    expect(entitiesOf("Chile's Security Council met on Friday.").has('UN Security Council')).toBe(false);
    expect(entitiesOf('The Security Council voted on Monday.').get('UN Security Council')).toBe(
      'Organization',
    );
  });

  test('recorded matter that "posted" or "showed" is no speaker', () => {
    expect(entitiesOf('Footage posted online showed soldiers in the street.').has('Footage')).toBe(false);
    expect(entitiesOf('Velmar posted a message online on Monday.').get('Velmar')).toBe('Person');
  });
});
