// Entity errors the lead found in fresh news outside the gold (round 35), rebuilt in our own words.
import { checkEntities as check, type EntityCase as Case } from '../../../test/support/entity-cases';

describe('round 35 (entities: a bare foreign ministry is not the state its story names most)', () => {
  const cases: Case[] = [
    // a ministry's condolences name the struck state over and over: it is not that state's
    [
      'The Ministry of Foreign Affairs condemned the bombing in Peru on Monday. It sent condolences to Peru and to the families in Peru.',
      ['Organization:Ministry of Foreign Affairs'],
      ['Organization:Peruvian Ministry of Foreign Affairs'],
    ],
    [
      'The Ministry of External Affairs said it stood with Kenya after the floods in Kenya killed 40 people across Kenya.',
      ['Organization:Ministry of External Affairs'],
      ['Organization:Kenyan Ministry of External Affairs'],
    ],
    // the dateline's capital is the ministry's home
    [
      'NAIROBI — The Ministry of Foreign Affairs condemned the bombing in Peru on Monday. It sent condolences to Peru and to the families in Peru.',
      ['Organization:Kenyan Ministry of Foreign Affairs'],
      ['Organization:Peruvian Ministry of Foreign Affairs'],
    ],
    [
      'LIMA: The Foreign Office spokesman said the talks in Chile were not state business. Chile had invited the delegates, and Chile will host them.',
      ['Organization:Peruvian Foreign Office'],
      ['Organization:Chilean Foreign Office'],
    ],
    // "Foreign Office", a name the lists give one state's ministry, is read the same way
    [
      'The Foreign Office spokesman said the talks in Chile were not state business. Chile had invited the delegates, and Chile will host them.',
      ['Organization:Foreign Office'],
      ['Organization:Chilean Foreign Office'],
    ],
    // any other bare body still belongs to the state the story is about
    [
      'Peru held a vote on Sunday. The Ministry of Health said Peru had enough staff, and Peru counted the ballots.',
      ['Organization:Peruvian Ministry of Health'],
      [],
    ],
  ];
  test.each(cases)('%s', (...c) => check(c));
});
