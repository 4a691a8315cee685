// Entity errors the lead found in fresh news outside the gold (round 28), rebuilt in our own words.
import { checkEntities as check, type EntityCase as Case } from '../../../test/support/entity-cases';

describe('round 28 (entities: a name headed by "Fighters" is an armed group)', () => {
  const cases: Case[] = [
    [
      'Troops clashed with members of the Azure Islamic Freedom Fighters in the marshes.',
      ['Organization:Azure Islamic Freedom Fighters'],
      [],
    ],
    // the nearest negative: "Fighters" opening the sentence names no group
    ['Fighters loyal to the general seized the town.', [], ['Organization:Fighters']],
  ];
  test.each(cases)('%s', (...c) => check(c));
});
