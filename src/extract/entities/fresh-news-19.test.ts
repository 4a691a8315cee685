// Entity errors the lead found in fresh news outside the gold (round 18's reading, and round 19's),
// and the general shapes behind them, rebuilt in our own words (round 19).
import { checkEntities as check, type EntityCase as Case } from '../../../test/support/entity-cases';
import { extractArticle } from '..';

describe('round 19 (entities: trade heads, nicknames, syndicates, place syllables, deal parties)', () => {
  const cases: Case[] = [
    // a trade's noun ends a firm's name; a research outlet named for its field is no person
    [
      'A report by Borderland Crime said the gang had grown.',
      ['Organization:Borderland Crime'],
      ['Person:Borderland Crime'],
    ],
    [
      'Analysts at Kestrel Intelligence Advisory published the study.',
      ['Organization:Kestrel Intelligence Advisory'],
      ['Person:Kestrel Intelligence Advisory'],
    ],
    ['Northvale Mining and its two subsidiaries were fined.', ['Organization:Northvale Mining'], []],
    [
      'The agency fights Transnational Organized Crime in the region.',
      [],
      ['Organization:Transnational Organized Crime'],
    ],
    // an airline's name of three words ending in "Air" is one name
    ['Talvesh Varo Air flew the cargo to Norland.', ['Organization:Talvesh Varo Air'], ['Organization:Varo']],
    ['Airmen of the Peruvian Air Force flew the aid in.', [], ['Organization:Peruvian Air']],
    // a quoted nickname of one to three words stays inside a person's name
    ['Ramon "El Lobo" Ortega was extradited to Norland.', ['Person:Ramon El Lobo Ortega'], ['Person:Ramon']],
    ['Gen. Lena “Kit” Ortiz, commander of the unit, spoke.', ['Person:Lena Kit Ortiz'], []],
    // "the X cartel" in lower case names the syndicate, not the place it is named for
    [
      'Prosecutors charged members of the Oaxaca cartel.',
      ['Organization:Oaxaca Cartel'],
      ['Location:Oaxaca'],
    ],
    ['The Jalisco drug cartel denied the charge.', ['Organization:Jalisco Cartel'], ['Location:Jalisco']],
    // capitalised function words inside a place's name before its lower-case noun
    ['Troops burned houses in Nor Yet Pan village on Monday.', ['Location:Nor Yet Pan'], ['Location:Pan']],
    ['Let the villagers return, he said in the town.', [], []],
    // an airbase or an island named on its own keeps its noun; a town's base stays the town's
    ['Rebels fled the Kafr Tal airbase in Norland.', ['Location:Kafr Tal airbase'], ['Location:Kafr Tal']],
    ['Marines landed on Velo island at dawn.', ['Location:Velo island'], ['Location:Velo']],
    ['Troops reached the Kandahar base on Monday.', ['Location:Kandahar'], ['Location:Kandahar base']],
    // a deal's noun makes "and" join two parties; a stock's move makes a company
    [
      'The merger of Orvanto Varo and Belcastra Group was approved.',
      ['Organization:Orvanto Varo', 'Organization:Belcastra Group'],
      ['Organization:Orvanto Varo and Belcastra Group'],
    ],
    ['Velmontix shares fell 4 percent after the ruling.', ['Organization:Velmontix'], []],
    ['Norland shares a long border with Chile.', [], ['Organization:Norland']],
  ];
  test.each(cases)('%s', (...c) => check(c));
});

describe('round 19 (relations: a serial comma closes a list of three or more)', () => {
  test('"in support of X, and Y" does not make Y supported', () => {
    const text =
      'The agency added two entities to the list: Orvanto Holdings, a company that provides services in support of the Chilean military, and Belcastra Group, a trading firm.';
    const { relations } = extractArticle({ id: 't', title: '', text, source: 'test' });
    const supported = relations.filter((r) => r.predicate === 'SUPPORTS').map((r) => r.object);
    expect(supported).toContain('Chile');
    expect(supported).not.toContain('Belcastra Group');
  });
});

describe("round 19 (the lead's fresh news)", () => {
  const cases: Case[] = [
    // a title word before an event's name names no person: "the General Election"
    [
      'Observers from the mission to the General Election in Chile said the vote was calm.',
      [],
      ['Person:Election'],
    ],
    // "Observer" is a title: the person's name starts after it
    ['EU Chief Observer Tom Berg said the vote was calm.', ['Person:Tom Berg'], ['Person:Observer Tom Berg']],
    // an Arabic group head joined to the next word by a hyphen still opens a group's name
    ['Fighters of Ahlu-Sunna Wal-Tabari clashed with the army.', ['Organization:Ahlu-Sunna Wal-Tabari'], []],
    // the two halves of a broadcaster written with a slash are the one broadcaster
    [
      'Officials closed Radio Free Europe/Radio Liberty offices.',
      ['Organization:Radio Free Europe/Radio Liberty'],
      ['Person:Radio Liberty', 'Location:Europe'],
    ],
    // a name in apposition after a company noun that a determiner opens is the company's
    [
      'The group and its financial firm, Varo Tabari, were sanctioned.',
      ['Organization:Varo Tabari'],
      ['Person:Varo Tabari'],
    ],
    ['According to the firm, Tom Berg said the deal was off.', ['Person:Tom Berg'], []],
  ];
  test.each(cases)('%s', (...c) => check(c));
});
