// Entity errors found by reading the extractor's output on fresh news outside the gold (round
// 16), as sentences of our own.
import { checkEntities as check, type EntityCase as Case } from '../../../test/support/entity-cases';

describe('round 16 (fresh news, precision)', () => {
  const cases: Case[] = [
    // letters that are a country's code, written again and again, never name the country
    ['The KEN met. The KEN will appeal, the KEN said.', [], ['Country:Kenya']],
    // a place's head word opening a body's name is no place of its own
    [
      'The ruling State Peace and Unity Council met on Monday.',
      ['Organization:State Peace and Unity Council'],
      ['Location:State Peace', 'Organization:Unity Council'],
    ],
    // a title's portfolios listed with commas are no names
    [
      'She met Minister for Foreign Affairs, International Cooperation and Communities Ana Maria Lopes.',
      ['Person:Ana Maria Lopes'],
      ['Person:International Cooperation', 'Person:Communities Ana Maria Lopes'],
    ],
    ['Minister for Trade, Ana Ruiz, said the deal stands.', ['Person:Ana Ruiz'], ['Person:Trade']],
    // the last two words of a long name, and the given name of an Arabic name of lineage
    [
      'Opposition leader Aung Min Suu Lwin said she was freed. Ms Suu Lwin thanked her supporters.',
      ['Person:Aung Min Suu Lwin'],
      ['Person:Suu Lwin'],
    ],
    [
      'Sheikh Hamad bin Khalid Al Mansour spoke on Monday. Sheikh Hamad later met the envoy.',
      ['Person:Hamad bin Khalid Al Mansour'],
      ['Person:Hamad'],
    ],
  ];
  it.each(cases)('%s', (...c) => check(c as Case));
});
