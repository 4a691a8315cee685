// Entity errors and gaps found in fresh news outside the gold (round 17), as text of our own:
// the lead's, and the entity helper's work on the gaps the lead listed.
import { checkEntities as check, type EntityCase as Case } from '../../../test/support/entity-cases';

describe("round 17 (the lead's fresh news)", () => {
  const cases: Case[] = [
    // an owner's pronoun before "X party" cues a party as "the" does
    ['The candidate Tom Berg was arrested, his Varodema party said.', ['Organization:Varodema'], []],
    ['Tom Berg left his Varodema party on Monday.', ['Organization:Varodema'], []],
    // the words of who a camp shelters, then "camp": the name before them is the camp's
    [
      "Residents of the famine-hit Abu Tarek displaced persons' camp fled on Monday.",
      ['Location:Abu Tarek'],
      ['Person:Abu Tarek'],
    ],
    // a sentence opening on a known person's surname with another name after it: no crash (b17's
    // blind batch stopped the extractor on this shape; the span's first token has no run before it)
    [
      'Juan Carlos Medina Ortiz was sentenced today. Medina Ortiz riding a motorcycle delivered the car.',
      ['Person:Juan Carlos Medina Ortiz'],
      [],
    ],
  ];
  test.each(cases)('%s', (...c) => check(c));
});

describe('round 17 (entities: gaps the lead listed)', () => {
  const cases: Case[] = [
    // a middle initial printed with no period stays inside the person's name
    [
      'Ali K Morowa, head of the Sahel Mission, said the troops would stay.',
      ['Person:Ali K Morowa', 'Organization:Sahel Mission'],
      ['Person:Morowa'],
    ],
    ['Jean T Bakari, the mission chief, said the troops would stay.', ['Person:Jean T Bakari'], []],
    // "Plan B", "Group A": a lone capital that is no middle initial does not join a name
    ['The ministers backed Plan B on Monday.', [], ['Person:Plan B']],
    // "the landlocked Sahel state": a country described by its region, not a federal state
    [
      'The landlocked Sahel state has been ruled by a junta since 2022. Niger said it would leave.',
      ['Country:Niger'],
      ['Location:Sahel State'],
    ],
    // a federal state keeps its kind word, whether or not a compass word comes before it
    ['Gunmen attacked a village in the northeastern Borno state, police said.', ['Location:Borno State'], []],
    ['The Borno state governor said ten people died.', ['Location:Borno State'], []],
    // an office in apposition names a person, though compromise reads the words as English ones
    ['Lway Yay Oo, a spokeswoman for the KDA, said the fighting continued.', ['Person:Lway Yay Oo'], []],
    ['Police said Tin Yay Oo, a spokeswoman for the KDA, was hurt.', ['Person:Tin Yay Oo'], []],
    // not a place or a day before the office
    ['In New Delhi, the minister of defence said the talks went well.', [], ['Person:New Delhi']],
    // a task force an apposition calls an armed group is that group; other task forces stay out
    [
      'The Red Hawk Brothers Task Force, a resistance group, attacked a police post.',
      ['Organization:Red Hawk Brothers Task Force'],
      [],
    ],
    ['Task Force Helmand, a British unit, patrolled the district.', [], ['Organization:Task Force Helmand']],
  ];
  test.each(cases)('%s', (...c) => check(c));
});
