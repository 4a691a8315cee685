// Support credited and support of an act (./credited.ts, ./supported-acts.ts), in our own words:
// the one thanked or praised for an act did it; support of an undertaking is support of its author;
// an owner's support stays its own past a qualifier compromise reads as a verb ("continued").
import { extractArticle } from '..';

const factsIn = (text: string) =>
  extractArticle({ id: 'credited', title: '', text, source: 'test' })
    .relations.filter((r) => ['SUPPORTS', 'COOPERATED', 'ATTACKED'].includes(r.predicate))
    .map((r) => `${r.subject}|${r.predicate}|${r.object}`)
    .sort();

describe('an act credited to the one thanked or praised for it (round 18)', () => {
  test.each([
    ['The Minister thanked Chile for supporting Peru.', ['Chile|SUPPORTS|Peru']],
    [
      'The Minister thanked Chile and Bolivia for helping Peru during the floods.',
      ['Bolivia|SUPPORTS|Peru', 'Chile|SUPPORTS|Peru'],
    ],
    ['The Minister thanked Chile for meeting with Peru.', ['Chile|COOPERATED|Peru']],
    // thanks not given, or a stance that is no credit
    ['The Minister did not thank Chile for supporting Peru.', []],
    ['The Minister criticized Chile for supporting Peru.', []],
  ])('%s', (text, expected) => expect(factsIn(text)).toEqual(expected));
});

describe('support of an undertaking is support of its author (round 18)', () => {
  test.each([
    ['The Minister thanked Chile for supporting this action by Peru.', ['Chile|SUPPORTS|Peru']],
    ['Chile backs the mediation efforts of Peru.', ['Chile|SUPPORTS|Peru']],
    ['Chile supported the decision by Peru to withdraw.', ['Chile|SUPPORTS|Peru']],
    ['Chile backed the fight against the Patriotic Front.', []],
  ])('%s', (text, expected) => expect(factsIn(text)).toEqual(expected));
});

describe("an owner's support past a qualifier (round 18)", () => {
  test.each([
    ["Chile's continued support for Peru was noted.", ['Chile|SUPPORTS|Peru']],
    [
      "The Minister expressed appreciation for Chile's continued support for Peru's efforts to end the war.",
      ['Chile|SUPPORTS|Peru'],
    ],
    ["Chile's continued attacks on Peru were condemned.", ['Chile|ATTACKED|Peru']],
  ])('%s', (text, expected) => expect(factsIn(text)).toEqual(expected));
});
