// Entity errors the lead found in fresh news outside the gold (round 19's leftovers and round 20's
// reading), rebuilt in our own words.
import { checkEntities as check, type EntityCase as Case } from '../../../test/support/entity-cases';

describe('round 20 (entities: possessive place names, parties of other states, given names, compass adjectives)', () => {
  const cases: Case[] = [
    // a listed place whose name holds a possessive is read whole
    [
      "Aid groups in Cox's Bazar warned of cholera.",
      ["Location:Cox's Bazar"],
      ['Person:Cox', 'Person:Bazar'],
    ],
    ['Aid groups in Cox’s Bazar warned of cholera.', ["Location:Cox's Bazar"], ['Person:Bazar']],
    // a state's name before a listed party's generic name is that state's own party
    [
      'The Kenya Democratic Party boycotted the vote.',
      ['Organization:Kenya Democratic Party'],
      ['Organization:Democratic Party'],
    ],
    ['The U.S. Democratic Party won the seat.', ['Organization:Democratic Party'], []],
    // a state's name right after a title, before an unknown surname, is a given name
    [
      'Defense Minister Jordan Tembo directed the army to strike.',
      ['Person:Jordan Tembo'],
      ['Country:Jordan', 'Person:Tembo'],
    ],
    // a capitalised compass adjective on a state names no place of its own
    [
      'Officials want the group removed from Southern Lebanon by May.',
      ['Country:Lebanon'],
      ['Location:Southern'],
    ],
    // a listed group's full name in front of its short name is the same group
    [
      'The war between Chile and the Islamic Resistance Movement (Hamas) goes on.',
      ['Organization:Hamas'],
      ['Organization:Islamic Resistance Movement'],
    ],
    // a generic body placed in a territory is not the article's state's
    [
      'Chile renewed its bombing of Tabor. Chile said so. Dozens were killed, according to the Ministry of Health in the enclave.',
      ['Organization:Ministry of Health'],
      ['Organization:Chilean Ministry of Health'],
    ],
    [
      'Chile renewed its bombing of Tabor. Chile said so. Dozens were killed, according to the Ministry of Health.',
      ['Organization:Chilean Ministry of Health'],
      [],
    ],
  ];
  test.each(cases)('%s', (...c) => check(c));
});
