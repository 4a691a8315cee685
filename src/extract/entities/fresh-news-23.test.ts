// Entity errors found in fresh news outside the gold (round 23), rebuilt in our own words.
import { checkEntities as check, type EntityCase as Case } from '../../../test/support/entity-cases';

describe('round 23 (entities: a body named after a title is no person)', () => {
  const cases: Case[] = [
    [
      'The decree named the Chief of the General Staff of the Chilean Army, General Tomas Varela.',
      ['Person:Tomas Varela'],
      ['Person:Staff'],
    ],
    [
      'He met Chief of the General Staff Tomas Varela on Monday.',
      ['Person:Tomas Varela'],
      ['Person:Staff Tomas Varela'],
    ],
    ['General Staff chief Ana Ruiz flew to Lima.', ['Person:Ana Ruiz'], ['Person:Staff']],
    ['Ana Ruiz, secretary of the General Assembly, spoke.', ['Person:Ana Ruiz'], ['Person:Assembly']],
    ['General Ana Ruiz flew to Lima.', ['Person:Ana Ruiz'], []],
  ];
  test.each(cases)('%s', (...c) => check(c));
});

describe('round 23 (entities: a kind of site in capitals is no place name)', () => {
  const cases: Case[] = [
    ['Gunmen struck a Military Base in Kaduna on Monday.', ['Location:Kaduna'], ['Location:Military Base']],
    ['Rebels overran the Army Camp near Goma.', [], ['Location:Army Camp']],
    ['Militants raided a Police Post outside Kaduna.', ['Location:Kaduna'], ['Location:Police Post']],
    ['Drones hit Bagram Air Base overnight.', ['Location:Bagram Air Base'], []],
  ];
  test.each(cases)('%s', (...c) => check(c));
});

describe('round 23 (entities: a short state name written onto "$" is a currency)', () => {
  const cases: Case[] = [
    ['The court fined him NT$154 million (about U.S.$5 million).', [], ['Country:United States']],
    ['The firm paid US$40 million in fines.', [], ['Country:United States']],
    ['The U.S. paid $40 million in aid.', ['Country:United States'], []],
  ];
  test.each(cases)('%s', (...c) => check(c));
});

describe('round 23 (entities: Upper, Lower, Middle open a region, not a person)', () => {
  const cases: Case[] = [
    [
      'The command covers three regions, Lower Dabelle, Middle Dabelle and Gedaro.',
      ['Location:Middle Dabelle', 'Location:Lower Dabelle'],
      ['Person:Middle Dabelle'],
    ],
    ['Fighting spread to Upper Korro state.', [], ['Person:Upper Korro']],
    [
      'Middle Dabelle, the farming region, flooded again.',
      ['Location:Middle Dabelle'],
      ['Person:Middle Dabelle'],
    ],
  ];
  test.each(cases)('%s', (...c) => check(c));
});

describe('round 23 (entities: a demonym on a counterpart does not make the article its country)', () => {
  const cases: Case[] = [
    [
      'ISLAMABAD - The foreign minister hosted his Afghan counterpart. The Afghan counterpart praised the talks, the Foreign Office said. Pakistan wants trade.',
      [],
      ['Organization:Afghan Foreign Office'],
    ],
    [
      'KABUL - Afghanistan hosted talks. The Foreign Office said Afghanistan wants trade.',
      ['Organization:Afghan Foreign Office'],
      [],
    ],
  ];
  test.each(cases)('%s', (...c) => check(c));
});
