// Entity errors the lead found in fresh news outside the gold (round 23), rebuilt in our own words.
import {
  checkEntities as check,
  readEntities,
  type EntityCase as Case,
} from '../../../test/support/entity-cases';

describe('round 23 (entities: a country written as a first name)', () => {
  const cases: Case[] = [
    // a surname compromise knows
    ['Chad Morris, a spokesman for the firm, declined to comment.', ['Person:Chad Morris'], ['Country:Chad']],
    // an unknown surname after a role noun, or before an apposed title
    ['Party leader Jordan Mbeki criticised the budget.', ['Person:Jordan Mbeki'], ['Country:Jordan']],
    ['March organiser Samoa Tuilagi spoke to reporters.', ['Person:Samoa Tuilagi'], ['Country:Samoa']],
    ['Israel Kadosh, the finance minister, resigned.', ['Person:Israel Kadosh'], ['Country:Israel']],
    ['Finance Minister Israel Kadosh resigned.', ['Person:Israel Kadosh'], ['Country:Israel']],
    // the country itself: a firm's word, a body's head, a people's name, a place's head
    ['Iran Khodro said its profits rose.', ['Country:Iran'], ['Person:Iran Khodro']],
    ['Kenya Airways cut its flights.', ['Organization:Kenya Airways'], ['Person:Kenya Airways']],
    ['A former Kosovo Serb police officer was arrested.', ['Country:Kosovo'], ['Person:Kosovo Serb']],
    ['The Jordan River flooded the valley.', [], ['Person:Jordan River']],
  ];
  test.each(cases)('%s', (...c) => check(c));
});

describe('round 23 (entities: an agency of news is an outlet)', () => {
  const category = (text: string, name: string) => readEntities(text).find((e) => e.name === name)?.category;
  test.each([
    ['The statement was carried by the Norland News Agency.', 'Norland News Agency', 'media'],
    ['The Kalor Press Agency said the king met him.', 'Kalor Press Agency', 'media'],
    [
      'The Norland Emergency Management Agency sent aid.',
      'Norland Emergency Management Agency',
      'government',
    ],
  ])('%s', (text, name, expected) => expect(category(text, name)).toBe(expected));
});

describe("round 23 (entities: a sentence's opening adjective before a listed body)", () => {
  const cases: Case[] = [
    [
      'Paramilitary Rapid Support Forces attacked three villages.',
      ['Organization:Rapid Support Forces'],
      ['Organization:Paramilitary Rapid Support Forces'],
    ],
    ['Armed Hamas fighters crossed the line.', ['Organization:Hamas'], ['Organization:Armed Hamas']],
    ['Iran-backed Houthi rebels fired missiles.', ['Country:Iran'], []],
    ['Free Syrian Army rebels took the town.', ['Organization:Free Syrian Army'], []],
  ];
  test.each(cases)('%s', (...c) => check(c));
});
