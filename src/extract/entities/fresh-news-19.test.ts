// Entity errors found in fresh news outside the gold (round 19, the lead's), as text of our own.
import { checkEntities as check, type EntityCase as Case } from '../../../test/support/entity-cases';

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
