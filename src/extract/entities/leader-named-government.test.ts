// A state's government called by its head's surname (round 25): the surname is a person's where
// the reference data (lexicon/office-holders.ts) knows a head of that name; a region's or an
// unknown word's "government" is left as before ("the Punjab government" is a region's).
import { checkEntities as check, type EntityCase as Case } from '../../../test/support/entity-cases';

describe('round 25 (entities: a government named after a known head)', () => {
  const cases: Case[] = [
    ['Unions marched against the Zuma government on Monday.', ['Person:Zuma'], ['Organization:Zuma']],
    [
      'Critics said the Bachelet government had stalled the reform.',
      ['Person:Bachelet'],
      ['Organization:Bachelet'],
    ],
    [
      'The Kirchner junta was a rumour spread by the opposition.',
      ['Person:Kirchner'],
      ['Organization:Kirchner'],
    ],
    // an unknown word or a region before "government" is not made a person
    ['Farmers protested against the Punjab government on Monday.', [], ['Person:Punjab']],
    ['The Kalvani government fell on Monday.', [], ['Person:Kalvani']],
    // a known surname before another noun keeps its old reading
    ['Unions marched past the Zuma compound on Monday.', [], ['Organization:Zuma']],
  ];
  test.each(cases)('%s', (...c) => check(c));
});

describe("round 25 (entities: a state's offices written before the name)", () => {
  const cases: Case[] = [
    [
      'Chilean Chief of Cabinet Ana Ruiz resigned.',
      ['Person:Ana Ruiz', 'Country:Chile'],
      ['Organization:Chilean Chief of Cabinet'],
    ],
    ["The Peruvian Chargé d'Affaires Tom Bell was summoned.", ['Person:Tom Bell', 'Country:Peru'], []],
    ['"We regret it," said Chilean Chargé d’Affaires ad interim, Ana Ruiz.', ['Person:Ana Ruiz'], []],
  ];
  test.each(cases)('%s', (...c) => check(c));
});
