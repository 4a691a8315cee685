// Entity errors the lead found in fresh news outside the gold (round 22), rebuilt in our own words.
import { checkEntities as check, type EntityCase as Case } from '../../../test/support/entity-cases';

describe('round 22 (entities: a party named by several unknown words before "party")', () => {
  const cases: Case[] = [
    ['The opposition Civil Contract party won the vote.', ['Organization:Civil Contract'], []],
    ['The ruling Green Future movement said it would boycott.', ['Organization:Green Future'], []],
    ['Civil Contract won the vote, said the party.', [], ['Organization:Civil Contract']],
  ];
  test.each(cases)('%s', (...c) => check(c));
});

describe('round 22 (entities: a counting word opening a sentence is no part of a name)', () => {
  const cases: Case[] = [
    [
      'Multiple Chilean military ships sailed north.',
      ['Country:Chile'],
      ['Organization:Multiple Chilean military'],
    ],
    ['Dozens of Hamas fighters crossed the line.', ['Organization:Hamas'], ['Organization:Dozens']],
  ];
  test.each(cases)('%s', (...c) => check(c));
});
