// Entity errors the lead found in fresh news outside the gold (round 37), rebuilt in our own words.
import { checkEntities as check, type EntityCase as Case } from '../../../test/support/entity-cases';

describe('round 37 (entities: a father named after "bin" in a longer name is another person)', () => {
  const cases: Case[] = [
    // "Salim bin Khalid" ends "Omar bin Salim bin Khalid", after "bin": Omar's father, not Omar
    [
      'Emir Salim bin Khalid hosted the envoys at his palace. Among the guests was his son, the defence minister Omar bin Salim bin Khalid.',
      ['Person:Salim bin Khalid', 'Person:Omar bin Salim bin Khalid'],
      [],
    ],
    // the nearest negative: a tail without "bin" before it is the same person, given names left off
    [
      'Ana Lucia Ruiz Soto won the vote. Ruiz Soto thanked her party on Monday.',
      ['Person:Ana Lucia Ruiz Soto'],
      ['Person:Ruiz Soto'],
    ],
  ];
  test.each(cases)('%s', (...c) => check(c));
});
