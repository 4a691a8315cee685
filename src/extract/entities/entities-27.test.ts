// Entity shapes of round 27 (people the entity step never found or named otherwise), each in our
// own words with its nearest negatives.
import {
  checkEntities as check,
  type EntityCase as Case,
  readEntities,
} from '../../../test/support/entity-cases';

const aliasesOf = (text: string, name: string): string[] =>
  readEntities(text).find((e) => e.name === name)?.aliases ?? [];

describe('round 27 (entities: a nickname after "alias" names a person)', () => {
  const cases: Case[] = [
    ['Troops captured alias “Tigre,” a commander of the rebels, in the hills.', ['Person:Tigre'], []],
    ['Officials said alias Gordo Pinto was killed in the raid near the river.', ['Person:Gordo Pinto'], []],
    [
      'The navy said two boats were seized. Alias Tigre was taken to the capital on Monday.',
      ['Person:Tigre'],
      ['Person:Alias Tigre'],
    ],
    ['Prosecutors said the criminal alias Don Rufo ordered the killings.', ['Person:Don Rufo'], []],
    // nearest negatives: a body's other name after "the alias", a listed body, "aliases" of a group
    ['The militia also operates under the alias Sons of Dawn, officials said.', [], ['Person:Sons of Dawn']],
    ['The group, alias Hezbollah, said it would respond.', [], ['Person:Hezbollah']],
    ['The list adds the aliases Valley Front and Dawn Brigade to the group.', [], ['Person:Valley Front']],
  ];
  it.each(cases)('%s', (...c) => check(c));

  it('keeps a nickname in apposition as another name of the person', () => {
    expect(
      aliasesOf('Jorge Luis Pardo, alias Tigre, a rebel commander, was captured.', 'Jorge Luis Pardo'),
    ).toContain('Tigre');
    expect(aliasesOf('Marta Gil Ruiz, alias “La Flaca,” was charged on Friday.', 'Marta Gil Ruiz')).toContain(
      'La Flaca',
    );
    expect(aliasesOf('Tomas Vera Lugo, a/k/a “Pelusa,” was charged on Friday.', 'Tomas Vera Lugo')).toContain(
      'Pelusa',
    );
    const people = readEntities('Ana Soto Rey, alias La Jefa, fled the country.').filter(
      (e) => e.type === 'Person',
    );
    expect(people.map((e) => e.name)).toEqual(['Ana Soto Rey']);
  });
});

describe('round 27 (entities: a religious honorific inside a name, and after an office)', () => {
  const cases: Case[] = [
    [
      'Farida Sheikh Rahman was charged with theft on Monday.',
      ['Person:Farida Sheikh Rahman'],
      ['Person:Rahman'],
    ],
    [
      'Prosecutors said Abdullahi Sheik Ali joined the militia in 2012.',
      ['Person:Abdullahi Sheik Ali'],
      ['Person:Ali'],
    ],
    ['Officials said Omar Haji Dirie, a former minister, was detained.', ['Person:Omar Haji Dirie'], []],
    ['The court heard that Yusuf Mullah Karim had fled.', ['Person:Yusuf Mullah Karim'], ['Person:Karim']],
    // nearest negatives: a people's word, a body, a title word before the honorific keep it a title
    [
      'Yemeni Sheikh Ali Hassan condemned the strikes.',
      ['Person:Ali Hassan'],
      ['Person:Yemeni Sheikh Ali Hassan'],
    ],
    ['Hezbollah Sheikh Naim Qassem spoke on Monday.', ['Person:Naim Qassem'], []],
    ['Tribal Sheikh Ahmed Rashid met the governor.', ['Person:Ahmed Rashid'], []],
  ];
  it.each(cases)('%s', (...c) => check(c));

  it('keeps the honorific form of a name after an office as another name', () => {
    expect(aliasesOf('Prime Minister Sheikh Farida said the strikes must end.', 'Farida')).toContain(
      'Sheikh Farida',
    );
    expect(aliasesOf('Foreign Minister Sheikh Khalid Ahmed met the envoy.', 'Khalid Ahmed')).toContain(
      'Sheikh Khalid Ahmed',
    );
    expect(aliasesOf('Army chief Mullah Abdul Karim visited the front.', 'Abdul Karim')).toContain(
      'Mullah Abdul Karim',
    );
    // a royal title after another keeps its old reading: no alias is made
    expect(aliasesOf('Crown Prince Faisal met the envoy.', 'Faisal')).not.toContain('Prince Faisal');
  });
});

describe('round 27 (entities: a portfolio of two parts, the second qualified by an adjective)', () => {
  const cases: Case[] = [
    [
      'Minister of Foreign and European Affairs Petra Halm met the envoy on Monday.',
      ['Person:Petra Halm'],
      ['Person:European Affairs Petra Halm'],
    ],
    [
      'Slovenian Minister of Foreign and European Affairs Petra Halm criticized the vote.',
      ['Person:Petra Halm'],
      [],
    ],
    [
      'The Minister of Foreign and European Affairs, Petra Halm, criticized the vote.',
      ['Person:Petra Halm'],
      [],
    ],
    [
      'Minister of Foreign Affairs and Regional Cooperation Omar Tadesse met the envoy.',
      ['Person:Omar Tadesse'],
      [],
    ],
    ['The Minister of Trade and Industry, Petra Halm, opened the fair.', ['Person:Petra Halm'], []],
    // nearest negatives: no title before the "and"; a body, not a title, of the same wording
    [
      'Talks on Foreign and European Affairs Reform began on Monday.',
      [],
      ['Person:European Affairs Reform', 'Person:Reform'],
    ],
    [
      'The Ministry of Foreign and European Affairs summoned the ambassador.',
      ['Organization:Ministry of Foreign and European Affairs'],
      [],
    ],
  ];
  it.each(cases)('%s', (...c) => check(c));
});
