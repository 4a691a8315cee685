// Round 39: where the frame engine stops short of a fact. An event noun's light verb ("held talks",
// "concluding negotiations") looks for its subject as a verb does in two more places: the ones a
// verb of thanks or praise credits with the act ("congratulated A and B for concluding
// negotiations"), and the one name a description holds ("a Xian delegation held talks with Y").
// A side named after a singular noun and a comma ("with its neighbour, Y") is that name.
// Sentences written for these tests; the countries are real, nothing else is.
import { extractArticle } from '..';

const all = (text: string): string[] =>
  extractArticle({ id: 't', title: 'Report', text, source: 'test' }).relations.map(
    (r) => `${r.subject} ${r.predicate} ${r.object}`,
  );

describe('the subject of an event noun’s light verb', () => {
  it.each([
    // the ones credited with the act by a verb of thanks or praise
    [
      'Norway congratulated Chile and Peru for concluding negotiations on a fisheries treaty.',
      'Chile COOPERATED Peru',
    ],
    // a description that holds one name
    [
      'A Norwegian delegation held talks on Monday with Chile about fishing quotas.',
      'Norway COOPERATED Chile',
    ],
  ])('reads "%s"', (text, fact) => {
    expect(all(text)).toContain(fact);
  });

  it.each([
    // one side credited and no other: nobody to deal with
    ['Norway congratulated Chile for concluding negotiations.', / COOPERATED /],
    // a credit not stated as a fact
    [
      'Norway might congratulate Chile and Peru for concluding negotiations on a fisheries treaty.',
      / COOPERATED /,
    ],
    // a blame is no credit of an act
    ['Norway blamed Chile and Peru for concluding negotiations on a fisheries treaty.', /COOPERATED/],
    // a description whose head is no actor's, or a name after a preposition inside it
    ['The Norwegian fishing fleet held talks on Monday with Chile.', /^Norway COOPERATED/],
    ['A delegation held talks on Monday in Norway with Chile.', /^Norway COOPERATED/],
  ])('reads nothing of the kind in "%s"', (text, kind) => {
    expect(all(text).filter((f) => kind.test(f))).toEqual([]);
  });
});

describe('a side named in the apposition of a singular noun', () => {
  it.each([
    ['Norway has ended diplomatic relations with its neighbour, Chile.', 'Norway SANCTIONED Chile'],
    [
      'Norwegian troops stormed the border post, killing its commander, Juan Perez, and two guards.',
      'Norway KILLED Juan Perez',
    ],
  ])('reads "%s"', (text, fact) => {
    expect(all(text)).toContain(fact);
  });

  it.each([
    // the name opens a clause of its own
    ['Norway has ended diplomatic relations with its neighbour, Chile said.', /SANCTIONED Chile/],
    // two names after the comma may be a list of their own
    ['Norway has ended diplomatic relations with the ministry, Chile and Peru.', /SANCTIONED/],
    // a name that only owns what the noun stands for
    ['Norway has ended relations with the firm, Chile’s largest miner.', /SANCTIONED Chile/],
  ])('reads nothing of the kind in "%s"', (text, kind) => {
    expect(all(text).filter((f) => kind.test(f))).toEqual([]);
  });
});
