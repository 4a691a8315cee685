// Round 39 (second wave): an object named as the holder of a title after its owner and a comma.
// "the Trade Minister of the Kingdom of X, Prince Y" is Y, not X: the owner may carry its own
// article ("the Kingdom of X"), and the holder's rank or honorific may stand between the comma and
// the name ("Prince Y", "General Y"). A plural title's holders are the list that follows ("the
// leaders of the X Region, President A, and Prime Minister B"), also as a list's later item.
// Sentences written for these tests; the countries are real, nothing else is.
import { extractArticle } from '..';

const all = (text: string): string[] =>
  extractArticle({ id: 't', title: 'Report', text, source: 'test' }).relations.map(
    (r) => `${r.subject} ${r.predicate} ${r.object}`,
  );

describe('the holder of a title named after its owner and a comma', () => {
  it.each([
    // an owner with its own article, and a rank before the holder's name
    [
      'Ann Porter met the Trade Minister of the Kingdom of Norway, Prince Olav Stenberg.',
      ['Ann Porter COOPERATED Olav Stenberg'],
    ],
    // a rank before the holder's name
    [
      'Ann Porter met the Defence Minister of Peru, General Luis Ortega, in Lima on Tuesday.',
      ['Ann Porter COOPERATED Luis Ortega'],
    ],
    // a plural title's holders, as the later item of a list
    [
      'Chile stands with President Ana Ruiz and the leaders of the Northern Region, President Karl Bronsky, and Prime Minister Jan Novak, in condemning the raid.',
      ['Chile SUPPORTS Ana Ruiz', 'Chile SUPPORTS Karl Bronsky', 'Chile SUPPORTS Jan Novak'],
    ],
  ])('reads "%s"', (text, facts) => {
    const got = all(text);
    for (const fact of facts) expect(got).toContain(fact);
  });

  it.each([
    // the owner is not the one spoken with when its title holder is named
    [
      'Ann Porter met the Trade Minister of the Kingdom of Norway, Prince Olav Stenberg.',
      /^Ann Porter COOPERATED Norway$/,
    ],
    [
      'Ann Porter met the Defence Minister of Peru, General Luis Ortega, in Lima on Tuesday.',
      /^Ann Porter COOPERATED Peru$/,
    ],
    // no holder named: nobody but the owner
    [
      'Ann Porter met the Trade Minister of the Kingdom of Norway on Monday.',
      /^Ann Porter COOPERATED (?!Norway$)/,
    ],
    // the name after the rank opens a clause of its own, or owns what follows
    [
      'Ann Porter met the Trade Minister of the Kingdom of Norway, Prince Olav Stenberg said.',
      /COOPERATED Olav Stenberg/,
    ],
    [
      "Ann Porter met the Trade Minister of the Kingdom of Norway, Prince Olav Stenberg's brother.",
      /COOPERATED Olav Stenberg/,
    ],
  ])('reads nothing of the kind in "%s"', (text, kind) => {
    expect(all(text).filter((f) => kind.test(f))).toEqual([]);
  });
});
