// Entity errors the lead found in fresh news outside the gold (round 36), rebuilt in our own words.
import { checkEntities as check, type EntityCase as Case } from '../../../test/support/entity-cases';

describe('round 36 (entities: a dateline on the line after a plain-text headline)', () => {
  const cases: Case[] = [
    // a plain-text file keeps its headline as the first line; the dateline opens the next paragraph
    [
      'Ministry rejects remarks on the border talks\n\nLIMA: The Foreign Office spokesman said the talks in Chile were not state business. Chile had invited the delegates, and Chile will host them.',
      ['Organization:Peruvian Foreign Office'],
      ['Organization:Chilean Foreign Office'],
    ],
    [
      'Condolences after the floods\nNAIROBI — The Ministry of Foreign Affairs on Monday said it stood with Peru after the floods in Peru killed 40 people across Peru.',
      ['Organization:Kenyan Ministry of Foreign Affairs'],
      ['Organization:Peruvian Ministry of Foreign Affairs'],
    ],
    // a first line that is a sentence is no headline: what follows it is no dateline
    [
      'The envoys met for an hour on Monday.\nLIMA: The Foreign Office spokesman said the talks in Chile were not state business. Chile had invited the delegates.',
      ['Organization:Foreign Office'],
      ['Organization:Peruvian Foreign Office', 'Organization:Chilean Foreign Office'],
    ],
  ];
  test.each(cases)('%s', (...c) => check(c));
});

describe('round 36 (entities: plural titles and portfolio words are no names)', () => {
  const cases: Case[] = [
    // "Heads of State and Government" is a title: no place, and the holder's name keeps no title word
    [
      "Peru's president welcomed Chile's Heads of State and Government Tomas Reyes and Prime Minister Ana Velk on Monday.",
      ['Person:Tomas Reyes', 'Person:Ana Velk'],
      ['Location:Heads of State', 'Person:Government Tomas Reyes'],
    ],
    // a portfolio word after a title's comma is no person
    [
      'Talks involving Minister of Foreign Affairs, Migration, Trade and Citizens Abroad Tomas Reyes and his Peruvian counterpart were held in Chile.',
      [],
      ['Person:Migration'],
    ],
  ];
  test.each(cases)('%s', (...c) => check(c));
});
