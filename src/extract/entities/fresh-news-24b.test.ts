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

describe('round 24b (entities: the noun phrase after an opening "led by X,")', () => {
  const cases: Case[] = [
    // the phrase after the comma is the main clause's subject, not what X is
    [
      'Led by Tarvosk Zelenu, a group of officers seized the palace.',
      ['Person:Tarvosk Zelenu'],
      ['Organization:Tarvosk Zelenu'],
    ],
    [
      'Backed by Oskar Vell, a group of soldiers stormed the palace.',
      ['Person:Oskar Vell'],
      ['Organization:Oskar Vell'],
    ],
    ['Headed by Rimo Kastu, an alliance of parties won the vote.', [], ['Organization:Rimo Kastu']],
    ['Supported by Dario Vell, a coalition of lawmakers blocked the bill.', [], ['Organization:Dario Vell']],
    // an apposition that closes or relates back still says what X is
    [
      'Backed by Fretilin, a party that won the vote, the rebels took the town.',
      ['Organization:Fretilin'],
      [],
    ],
    ['Supported by Tarvosk, a militia based in the north, the army advanced.', ['Organization:Tarvosk'], []],
    // with no opening participle the apposition is read as before
    ['Tarvosk, a group of fighters from the north, attacked the town.', ['Organization:Tarvosk'], []],
  ];
  test.each(cases)('%s', (...c) => check(c));
});

describe('round 24b (entities: two names sharing a plural place head)', () => {
  const cases: Case[] = [
    // "X and Y Islands" is two places, each with the head
    [
      'Both states claim the Kuril and Habomai Islands.',
      ['Location:Kuril Islands', 'Location:Habomai Islands'],
      ['Location:Kuril and Habomai Islands'],
    ],
    [
      'Rebels hide in the Nuba and Marra Mountains.',
      ['Location:Nuba Mountains', 'Location:Marra Mountains'],
      ['Location:Nuba and Marra Mountains'],
    ],
    [
      'Patrols watched the Vesta and Orlan Islands all week.',
      ['Location:Vesta Islands', 'Location:Orlan Islands'],
      [],
    ],
    [
      'Troops moved into the Golan and Sarvo Hills.',
      ['Location:Sarvo Hills'],
      ['Location:Golan and Sarvo Hills'],
    ],
    // a listed name with "and" stays one place; "and" inside a body's name still joins
    [
      'Ships sailed to the Turks and Caicos Islands.',
      ['Location:Turks and Caicos Islands'],
      ['Location:Turks Islands'],
    ],
    [
      'The Independent Electoral and Boundaries Commission met.',
      ['Organization:Independent Electoral and Boundaries Commission'],
      [],
    ],
  ];
  test.each(cases)('%s', (...c) => check(c));
});
