// Entity errors the lead found in fresh news outside the gold (round 21), rebuilt in our own words.
import { checkEntities as check, type EntityCase as Case } from '../../../test/support/entity-cases';

describe('round 21 (entities: Arabic surnames met again without their article)', () => {
  const cases: Case[] = [
    // "al-X" … "X": one person, met again by the surname without its article
    [
      'Chairman Tarek al-Mansouri met the envoy in Lima. Later, Mansouri said the talks went well.',
      ['Person:Tarek al-Mansouri'],
      ['Person:Mansouri'],
    ],
    ['Colonel Samir el-Haddad spoke first. Haddad then left.', ['Person:Samir el-Haddad'], ['Person:Haddad']],
  ];
  test.each(cases)('%s', (...c) => check(c));
});
