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

describe('round 33 (entities: a long name with one more transliterated vowel)', () => {
  const cases: Case[] = [
    [
      'The Pakistani Taliban claimed the blast. Police said a unit within Tehreek-e-Taliban Pakistan had planned it.',
      ['Organization:Tehrik-i-Taliban Pakistan'],
      ['Organization:Tehreek-e-Taliban Pakistan'],
    ],
  ];
  test.each(cases)('%s', (...c) => check(c));
});

describe('round 33 (entities: a listed town written with the Arabic article)', () => {
  const cases: Case[] = [
    ["Drones struck Syria's al-Raqqa and Deir ez-Zor overnight.", ['Location:Raqqa'], ['Person:al-Raqqa']],
  ];
  test.each(cases)('%s', (...c) => check(c));
});

describe('round 33 (entities: a state named inside another name keeps its bare listed body)', () => {
  const cases: Case[] = [
    [
      'On Friday, the Department of Justice charged twelve Russian officers. The Russian officers broke into computers of U.S. Democrats, a deputy attorney general said. Russian officials denied it.',
      ['Organization:U.S. Department of Justice'],
      ['Organization:Russian Department of Justice'],
    ],
    // the nearest negative: a story about another state that never names the listed one
    [
      'On Friday, the Department of Justice charged twelve Russian officers. Russian officials denied it, and Russian courts will hear the case.',
      ['Organization:Russian Department of Justice'],
      [],
    ],
  ];
  test.each(cases)('%s', (...c) => check(c));
});
