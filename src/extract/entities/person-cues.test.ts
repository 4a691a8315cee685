// Table tests for round 13's person cues (person-cues.ts): unknown names read as people without
// a title or speech verb beside them, and the nouns of a trade kept out of the name. Invented
// sentences, invented people and bodies.
import {
  checkEntities as check,
  readEntities,
  type EntityCase as Case,
} from '../../../test/support/entity-cases';

describe('an unknown name that a person cue marks', () => {
  const cases: Case[] = [
    // a verb only a person is the subject of
    ['Tarik Velunda leads a gang in the port district.', ['Person:Tarik Velunda'], []],
    ['Rasoul Hameddin was identified as the driver of the truck.', ['Person:Rasoul Hameddin'], []],
    ['Dumisa Okavetu met the envoy on Tuesday.', ['Person:Dumisa Okavetu'], []],
    // "of the" and a body after the name
    [
      'Irvan Pasuk of the Velmora Rights Committee called the arrests illegal.',
      ['Person:Irvan Pasuk', 'Organization:Velmora Rights Committee'],
      [],
    ],
    // "is a" and a state's demonym before a title (round 22); not a body described so
    ['Tarvel Amundo is a retired Afghan general.', ['Person:Tarvel Amundo'], []],
    ['Kandor Bank is a former Afghan state lender.', [], ['Person:Kandor Bank']],
    // a title written in capitals just before the name
    ['The government sent NSA Varun Kethal to the border talks.', ['Person:Varun Kethal'], []],
    // an East Asian family name first
    ['The minister welcomed Wang Zhenbo to the talks.', ['Person:Wang Zhenbo'], []],
    // a lower-case noun for a person before the name
    ['Opposition candidate Taras Melnyuk won 17 percent.', ['Person:Taras Melnyuk'], []],
    // a place is not read as a person by these cues
    [
      'Fighting spread to Khor Dalum, a town near the border.',
      ['Location:Khor Dalum'],
      ['Person:Khor Dalum'],
    ],
    // an office with "of the" after it is no person
    [
      'As the National Political Secretary of the Varo Council, Ana Ruiz advises the president.',
      ['Person:Ana Ruiz'],
      ['Person:Political Secretary', 'Person:National Political Secretary'],
    ],
  ];
  test.each(cases)('%s', (...c) => check(c));
});

describe('the nouns of a trade before a name', () => {
  const cases: Case[] = [
    [
      'Protester Ruan Dasoth, a 67-year-old farmer, said he was beaten.',
      ['Person:Ruan Dasoth'],
      ['Person:Protester Ruan Dasoth'],
    ],
    [
      'Board Member Erik Dahlquist recused himself from the vote.',
      ['Person:Erik Dahlquist'],
      ['Person:Member Erik Dahlquist'],
    ],
    [
      'The sailor was identified as Senior Chief Special Warfare Operator Kyle Brandt.',
      ['Person:Kyle Brandt'],
      ['Person:Special Warfare Operator Kyle Brandt', 'Person:Operator Kyle Brandt'],
    ],
    // a title left after "in": "Special Agent in Charge X of the Y"
    [
      'The case was announced by Special Agent in Charge Joan D. Pardo of the Federal Savings Board.',
      ['Person:Joan D. Pardo'],
      ['Person:Charge Joan D. Pardo'],
    ],
  ];
  test.each(cases)('%s', (...c) => check(c));
});

describe('a family name first, met again alone', () => {
  test('"Foreign Minister Bui" after "Bui Thanh Long" is one person', () => {
    const entities = readEntities(
      'Vietnamese Foreign Minister Bui Thanh Long arrived on Monday. Foreign Minister Bui said trade would grow.',
    );
    const people = entities.filter((e) => e.type === 'Person').map((e) => e.name);
    expect(people).toEqual(['Bui Thanh Long']);
  });
});
