// Table tests for round 10's entity fixes: titles that name no actor, a city's name as a
// surname, a chamber's name as a town, one body under two names. Invented sentences, invented
// people, firms and towns.
import {
  checkEntities as check,
  readEntities,
  type EntityCase as Case,
} from '../../../test/support/entity-cases';

describe('a title that names no actor', () => {
  const cases: Case[] = [
    // "the CEO of X": the firm after "of" is read alone
    [
      'Tom Bell, the CEO of Norvale Holdings Corporation, said the deal would close.',
      ['Person:Tom Bell', 'Organization:Norvale Holdings Corporation'],
      ['Organization:CEO of Norvale Holdings Corporation'],
    ],
    // plural officers of several states: the states are places, the title is none
    [
      'The Attorneys General of Ohio, Texas and Utah joined the suit.',
      ['Location:Ohio', 'Location:Texas'],
      ['Location:Attorneys General of Ohio'],
    ],
    // an office after a locative-looking word, and its own acronym
    [
      'The firm must hire an outside Special Compliance Officer (SCO) for a year.',
      [],
      ['Location:Special Compliance Officer', 'Organization:Shanghai Cooperation Organisation'],
    ],
    // a judge's court inside the title
    [
      'The sentence was imposed by Chief U.S. District Judge Ana Ruiz.',
      ['Person:Ana Ruiz', 'Country:United States'],
      ['Location:Chief U.S. District', 'Location:U.S. District'],
    ],
    // a body of rules is no body
    [
      'The exports broke the Export Administration Regulations, the agency said.',
      [],
      ['Organization:Export Administration'],
    ],
    // a generational suffix after a comma
    [
      'The charges were announced by U.S. Attorney Tom Bell, Jr. and the police.',
      ['Person:Tom Bell'],
      ['Person:Jr.'],
    ],
  ];
  test.each(cases)('%s', (...c) => check(c));

  test('the suffix is kept as an alias of the person', () => {
    const bell = readEntities('The case was brought by U.S. Attorney Tom Bell, Jr. on Monday.').find(
      (e) => e.name === 'Tom Bell',
    );
    expect(bell?.aliases).toContain('Tom Bell, Jr.');
  });
});

describe("a city's name and a chamber's name used for something else", () => {
  const cases: Case[] = [
    // an unknown given name before a capital's name: a person
    [
      'Orders came from the leadership, including Velu Amman, the group’s chief of supplies.',
      ['Person:Velu Amman'],
      ['Location:Amman'],
    ],
    ['Velu Amman was killed, the army said.', ['Person:Velu Amman'], ['Country:Jordan']],
    // after a preposition of place the pair stays a place's reading
    ['Shops closed in Velu Amman on Friday.', [], ['Person:Velu Amman']],
    // a chamber English names with "the", written bare after "in": a town
    ['Activists were held at a depot in Duma until Friday.', ['Location:Duma'], ['Organization:State Duma']],
    ['The bill passed in the Duma on Friday.', ['Organization:State Duma'], ['Location:Duma']],
    // "a Moscow police van": the city qualifies the van; the state does not act
    ['She called from the back of a Moscow police van.', ['Location:Moscow'], ['Country:Russia']],
  ];
  test.each(cases)('%s', (...c) => check(c));
});

describe('one body, its names and its kind', () => {
  test("'EU Commission' is the European Commission", () => {
    const found = readEntities('The EU Commission fined the firm. The European Commission said so.');
    expect(found.filter((e) => e.name === 'European Commission')).toHaveLength(1);
    expect(found.map((e) => e.name)).not.toContain('EU Commission');
  });

  test.each([
    ["The Justice Department's Antitrust Division sued the firm.", 'Antitrust Division', 'government'],
    ['The Tax Division filed the case.', 'Tax Division', 'government'],
    // round 18: a unit is named from its number (unit-names.ts)
    ['The 1st Armored Division moved north.', '1st Armored Division', 'military'],
    // round 15: a party named with its country is still a party, a congress named so the state's
    ["The Chilean People's Party won the vote.", "Chilean People's Party", 'political'],
    ['The Chilean Congress passed the bill.', 'Chilean Congress', 'government'],
  ])('%s', (text, name, category) => {
    expect(readEntities(text).find((e) => e.name === name)?.category).toBe(category);
  });

  test('a Tamil word for a party heads its name', () => {
    const found = readEntities('The ruling Kavala Munnetra Kazhagam (KMK) won 159 seats.');
    expect(found.find((e) => e.name === 'Kavala Munnetra Kazhagam')).toMatchObject({
      type: 'Organization',
      category: 'political',
    });
  });
});

describe('a lone surname of a full name, written a little differently', () => {
  test.each([
    ['Prime Minister Kenji Sakuda spoke first. Sakada said the talks went well.', 'Kenji Sakuda', 'Sakada'],
    ['President Omar al-Tahiri arrived. Mr. Tahiri thanked his hosts.', 'Omar al-Tahiri', 'Tahiri'],
  ])('%s', (text, full, lone) => {
    const people = readEntities(text).filter((e) => e.type === 'Person');
    expect(people.map((e) => e.name)).not.toContain(lone);
    expect(people.find((e) => e.name === full)?.aliases).toContain(lone);
  });

  test('another consonant is another person', () => {
    const sakuda = readEntities('Minister Kenji Sakuda spoke. Later Sakura said no.').find(
      (e) => e.name === 'Kenji Sakuda',
    );
    expect(sakuda?.aliases ?? []).not.toContain('Sakura');
  });
});
