// Entity errors found by reading the extractor's output on fresh news outside the gold (round
// 30), as sentences of our own.
import { checkEntities as check, type EntityCase as Case } from '../../../test/support/entity-cases';

describe('round 30 (fresh news, precision)', () => {
  const cases: Case[] = [
    // a named local unit, "of", and the region it lies in are two places, not one name
    [
      'Gunmen raided a police post in Ukari village in the Dembo District of Kasara State on Monday.',
      ['Location:Dembo District', 'Location:Kasara State'],
      ['Location:Dembo District of Kasara State'],
    ],
    [
      'The militants raided Tolu, a town in Maro LGA of Kasara state, on Friday.',
      ['Location:Maro LGA'],
      ['Location:Maro LGA of Kasara'],
    ],
    [
      'Drones hit a depot near Pelinsk in the Vorsk Region of Norway overnight.',
      ['Location:Vorsk Region', 'Country:Norway'],
      ['Location:Vorsk Region of Norway'],
    ],
    [
      'Soldiers cleared the road to Bakuri Township of Talan Province after the clashes.',
      ['Location:Bakuri Township'],
      ['Location:Bakuri Township of Talan Province'],
    ],
    // a district named only by which part it is, or a region named only by its status, is one name
    [
      'A judge in the Southern District of New York sentenced him on Monday.',
      ['Location:Southern District of New York'],
      ['Location:Southern District'],
    ],
    [
      'He was charged in the Middle District of Florida last year.',
      ['Location:Middle District of Florida'],
      ['Location:Middle District'],
    ],
    [
      'Voters in the Autonomous Region of Tavari backed the plan.',
      ['Location:Autonomous Region of Tavari'],
      ['Location:Autonomous Region'],
    ],
  ];
  it.each(cases)('%s', (...c) => check(c as Case));
});
