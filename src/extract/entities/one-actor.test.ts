// Table tests for round 9's identity and boundary fixes on unseen news: one node per real-world
// actor, and no title words inside a name. Invented sentences, invented people and groups.
import {
  checkEntities as check,
  readEntities as read,
  type EntityCase as Case,
} from '../../../test/support/entity-cases';

/** The entities of a text whose name or an alias is `name`. */
const named = (text: string, name: string) => read(text).filter((e) => e.aliases.includes(name));

describe('titles of officials that hold no name of their own', () => {
  const cases: Case[] = [
    [
      'Chief Negotiator Tovan Oduya signed the compact.',
      ['Person:Tovan Oduya'],
      ['Person:Negotiator Tovan Oduya'],
    ],
    [
      'The case was led by Special Agent in Charge Mara Kellet of the bureau.',
      ['Person:Mara Kellet'],
      ['Person:Charge Mara Kellet', 'Location:Special Agent'],
    ],
    [
      'Officials including Deputy Local Government Minister Ruvimbo Tawanda spoke.',
      ['Person:Ruvimbo Tawanda'],
      ['Person:Local Government Minister Ruvimbo Tawanda'],
    ],
  ];
  test.each(cases)('%s', (...c) => check(c));
});

describe('one person under a full name and a shorter one', () => {
  test('a middle name or patronymic left off later', () => {
    const text = 'Prosecutors charged Ilya Petrovich Varnov. Ilya Varnov is at large.';
    expect(named(text, 'Ilya Varnov').map((e) => e.name)).toEqual(['Ilya Petrovich Varnov']);
  });
  test('two people who share only a surname stay two', () => {
    const found = read('Ilya Varnov spoke. Anna Varnova and Pavel Varnov left.').filter(
      (e) => e.type === 'Person',
    );
    expect(found.map((e) => e.name)).toEqual(expect.arrayContaining(['Ilya Varnov', 'Pavel Varnov']));
  });
});

describe('group names that open with an Arabic word for a body', () => {
  const cases: Case[] = [
    [
      'Militants of Jaish al-Nasr fired on the post.',
      ['Organization:Jaish al-Nasr'],
      ['Person:Jaish al-Nasr'],
    ],
    [
      "Strikes hit Kata'ib Sayyid al-Rimah and Liwa Tarek near the border.",
      ["Organization:Kata'ib Sayyid al-Rimah", 'Organization:Liwa Tarek'],
      ['Person:Sayyid al-Rimah'],
    ],
    [
      'The army fought Fatah al-Rimah in the camp. Fatah denied any tie.',
      ['Organization:Fatah al-Rimah', 'Organization:Fatah'],
      ['Person:al-Rimah'],
    ],
    // "Fatah" alone is the party it names
    ['Fatah officials met in the city.', ['Organization:Fatah'], ['Organization:Fatah officials']],
    ['Hizbullah issued a statement on Monday.', ['Organization:Hezbollah'], []],
  ];
  test.each(cases)('%s', (...c) => check(c));
});

describe("a state's government named with the state's name is the state", () => {
  test.each([
    ['The Government of Norway denied the report. Norway said more later.', 'Government of Norway'],
    ['The U.S. Government filed charges. The United States said so.', 'U.S. Government'],
  ])('%s', (text, alias) => {
    const found = read(text);
    expect(found.filter((e) => e.type === 'Organization')).toEqual([]);
    expect(found.find((e) => e.type === 'Country')?.aliases).toContain(alias);
  });
  test('a government with a name of its own stays a body', () => {
    check(['The Government of National Unity met in the capital.', [], ['Country:National Unity']]);
  });
});

describe('a mission named for the country it serves', () => {
  const cases: Case[] = [
    [
      'The African Union Mission to Sudan sent troops.',
      ['Organization:African Union Mission to Sudan'],
      ['Organization:African Union Mission'],
    ],
    // a listed mission keeps its listed name (lexicon/organizations.ts)
    [
      'The African Union Mission to Somalia sent troops.',
      ['Organization:African Union Mission in Somalia'],
      ['Organization:African Union Mission'],
    ],
  ];
  test.each(cases)('%s', (...c) => check(c));
});

describe('a state’s forces named for the theatre they serve in', () => {
  const cases: Case[] = [
    [
      'The Chilean Air Forces in Europe sent two aircraft.',
      ['Organization:Chilean Air Forces in Europe'],
      ['Organization:Chilean Air Forces'],
    ],
    [
      'Gen. Ana Ruiz, the commander of Peruvian Forces in Bolivia, said so.',
      ['Organization:Peruvian Forces in Bolivia'],
      ['Organization:Peruvian Forces'],
    ],
    // not a group's forces, nor forces in lower case
    [
      'The Andean Defense Forces in Bolivia moved north.',
      ['Organization:Andean Defense Forces', 'Country:Bolivia'],
      [],
    ],
    ['Peruvian forces in Bolivia moved north.', ['Country:Peru', 'Country:Bolivia'], []],
  ];
  test.each(cases)('%s', (...c) => check(c));
});

describe('a capital standing for its state', () => {
  const capital = (text: string, city: string) => read(text).find((e) => e.aliases.includes(city))?.type;
  test.each([
    ['Ministers called on Hanoi to free the sailors. Vietnam did not reply.', 'Hanoi'],
    ['The proposal offers Tehran incentives. Iran has not answered.', 'Tehran'],
    ["Talks turned on Pyongyang's missile tests. North Korea was silent.", 'Pyongyang'],
  ])('%s', (text, city) => expect(capital(text, city)).toBe('Country'));
  test('a visit or a call made in the capital leaves it a place', () => {
    expect(capital('He called on residents in Hanoi to stay home. Vietnam is large.', 'Hanoi')).toBe(
      'Location',
    );
  });
});

describe('well-known bodies the gazetteer lists', () => {
  const cases: Case[] = [['Oxfam sent water to the camps.', ['Organization:Oxfam'], []]];
  test.each(cases)('%s', (...c) => check(c));
});

describe('a federal body under its acronym and in either word order is one node', () => {
  test('"the Justice Department" and "the Department of Justice"', () => {
    const text = 'The Justice Department sued the firm. The Department of Justice said the DOJ would appeal.';
    const found = named(text, 'Justice Department');
    expect(found.map((e) => e.name)).toEqual(['U.S. Department of Justice']);
    expect(found[0].aliases).toEqual(expect.arrayContaining(['Department of Justice', 'DOJ']));
  });
  test('a regulator named only by its acronym', () => {
    expect(named('The SEC charged two traders on Monday.', 'SEC').map((e) => e.name)).toEqual([
      'Securities and Exchange Commission',
    ]);
  });
});

describe('capitals joined by an ampersand are one word', () => {
  const cases: Case[] = [
    ['The agency sued R&K Holdings on Monday.', ['Organization:R&K Holdings'], ['Organization:K Holdings']],
    // an amount with its currency's letters names no country
    ['The kidnappers had demanded a US$21 million ransom.', [], ['Country:United States']],
  ];
  test.each(cases)('%s', (...c) => check(c));
});

describe('a headline abbreviation of a head word is the word', () => {
  test('"State Dept" is the State Department', () => {
    const text = 'US State Dept approves a sale. The State Department said so.';
    expect(named(text, 'US State Dept').map((e) => e.name)).toEqual(['U.S. State Department']);
    expect(read(text).map((e) => e.name)).not.toContain('Dept');
  });
});
