// Table tests for the names that come from reference dictionaries rather than from the
// articles the rules were written on: the Phoenix country records' places, state bodies and
// people (scripts/build-actors.mjs), on invented sentences with names those records list.
import { checkEntities as check, type EntityCase as Case } from '../../../test/support/entity-cases';

describe('places from the country records, with no context', () => {
  const cases: Case[] = [
    ['Ituri remains tense after the raid.', ['Location:Ituri'], []],
    ['Khost was quiet on Friday, officials said.', ['Location:Khost'], []],
    // inside a longer name the usual rules read it: a person, a province by its head word
    ['Andy Murray won the match.', ['Person:Andy Murray'], ['Location:Murray']],
    ['Troops moved through Khost Province overnight.', ['Location:Khost Province'], ['Location:Khost']],
    // a place does not speak; a word of a person the article named is that person's
    ['Juarez said the talks had failed.', [], ['Location:Juarez']],
    [
      'The court heard Ana Juarez Soto. Juarez denied the charge.',
      ['Person:Ana Juarez Soto'],
      ['Location:Juarez'],
    ],
  ];
  test.each(cases)('%s', (...c) => check(c));
});

describe('state bodies and people from the country records', () => {
  const cases: Case[] = [
    ['The Federation Council approved the bill on Wednesday.', ['Organization:Federation Council'], []],
    ['Sam Rainsy criticised the vote count.', ['Person:Sam Rainsy'], []],
    // one record per body: the lists' other names filed under it are bodies of their own
    [
      'The Overseas Private Investment Corporation signed the loan.',
      ['Organization:Overseas Private Investment Corporation'],
      ['Organization:Federal Trade Commission'],
    ],
  ];
  test.each(cases)('%s', (...c) => check(c));
});
