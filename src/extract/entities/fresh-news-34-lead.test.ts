// Entity errors the lead found in fresh news outside the gold (round 34), rebuilt in our own words.
import { checkEntities as check, type EntityCase as Case } from '../../../test/support/entity-cases';

describe('round 34 (entities: a bare ministry is not the summoned envoy\u2019s country)', () => {
  const cases: Case[] = [
    [
      'The Ministry of Foreign Affairs met on Monday to discuss Russia. Then the Russian ambassador was called to the Ministry of Foreign Affairs. The Russian embassy gave no answer, and the Russian envoy left.',
      ['Organization:Ministry of Foreign Affairs'],
      ['Organization:Russian Ministry of Foreign Affairs'],
    ],
    // the nearest negative: an article datelined in the state's capital owns its bare ministry
    // (round 35: without a dateline a bare foreign ministry stays bare)
    [
      'MOSCOW — Russia held drills on Monday. The Ministry of Foreign Affairs said Russia would go on. Russia is ready, the ministry added.',
      ['Organization:Russian Ministry of Foreign Affairs'],
      [],
    ],
  ];
  test.each(cases)('%s', (...c) => check(c));
});

describe('round 34 (entities: a name opening on a given name after "the spokesman in X," is a person)', () => {
  const cases: Case[] = [
    [
      'Rebels raided a village in Ituri province on Sunday. "Ten bodies were found," said the army\'s spokesman in Ituri, Jules Mbala.',
      ['Person:Jules Mbala'],
      ['Location:Jules Mbala'],
    ],
  ];
  test.each(cases)('%s', (...c) => check(c));
});
