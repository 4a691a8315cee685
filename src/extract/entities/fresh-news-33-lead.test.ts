// Entity errors the lead found in fresh news outside the gold (round 33), rebuilt in our own words.
import { checkEntities as check, type EntityCase as Case } from '../../../test/support/entity-cases';

describe('round 33 (entities: a surname met again with the Arabic article)', () => {
  const cases: Case[] = [
    [
      'President Ana Ruiz called Ahmed Karim Nasser on Monday. Later Ruiz and al-Nasser agreed to meet again.',
      ['Person:Ahmed Karim Nasser'],
      ['Person:al-Nasser'],
    ],
    // the nearest negative: another surname with the article is another person
    [
      'President Ana Ruiz called Ahmed Karim Nasser on Monday. Later Ruiz and al-Hakim agreed to meet again.',
      ['Person:Ahmed Karim Nasser', 'Person:al-Hakim'],
      [],
    ],
  ];
  test.each(cases)('%s', (...c) => check(c));
});
