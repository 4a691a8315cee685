// Entity errors seen on fresh news outside the gold (round 24, second reader), rebuilt in our own
// words.
import { checkEntities as check, type EntityCase as Case } from '../../../test/support/entity-cases';

describe('round 24b (entities: a compass word before a state)', () => {
  const cases: Case[] = [
    // former states named with a compass word are one country, not a compass place and today's state
    [
      'The islands were taken after a short war with South Vietnam.',
      ['Country:South Vietnam'],
      ['Location:South'],
    ],
    [
      'East Germany and North Vietnam received arms.',
      ['Country:East Germany', 'Country:North Vietnam'],
      ['Location:East', 'Location:North'],
    ],
    [
      'West Germany signed a deal with South Yemen.',
      ['Country:West Germany', 'Country:South Yemen'],
      ['Location:South'],
    ],
    ['North Vietnamese troops crossed the river.', ['Country:North Vietnam'], []],
    // a bare compass word before another state names a part of it: the state alone
    [
      'Fighting in East Ukraine and South Lebanon went on.',
      ['Country:Ukraine', 'Country:Lebanon'],
      ['Location:East', 'Location:South'],
    ],
    // listed compass names stay whole; a compass word before a demonym names no state
    [
      'South Sudan and South Korea signed a deal.',
      ['Country:South Sudan', 'Country:South Korea'],
      ['Country:Sudan'],
    ],
    [
      'South American and West African leaders met.',
      [],
      ['Country:United States', 'Location:South', 'Location:West'],
    ],
    ['North Darfur was calm.', ['Location:North Darfur'], ['Location:North']],
  ];
  test.each(cases)('%s', (...c) => check(c));
});
