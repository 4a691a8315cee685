// Round 49: a set of named parties as one side. A counted set of more than two ("all three
// countries") stands for the actors a recent sentence names with exactly that many
// (./counted-sets.ts); an uncounted "the countries" right after "the two countries" stands for the
// same pair, and "the two countries" before "each other" when the frames have no pair of their own;
// "each other" / "one another" gives any act on another both ways (./reciprocal.ts); a
// plural after "with" that a participle follows is no object (./listed-sides.ts). Sentences
// written for these tests; the armed groups are invented, the countries real, the events invented.
import { extractArticle } from '..';

const all = (text: string): string[] =>
  extractArticle({ id: 't', title: 'Report', text, source: 'test' }).relations.map(
    (r) => `${r.subject} ${r.predicate} ${r.object}`,
  );

const THREE = 'Chile, Peru and Ecuador sent troops to the border on Monday.';
const CLASH = 'Norwegian troops and Azure Brigade fighters clashed near the border on Sunday.';

describe('a set of named parties read as its members', () => {
  it.each([
    // a counted set as a clause's subject: the three the sentence before names
    [
      `${THREE} While all three countries have aided Bolivia against the rebels, the deployment is the first of its kind.`,
      ['Chile SUPPORTS Bolivia', 'Peru SUPPORTS Bolivia', 'Ecuador SUPPORTS Bolivia'],
    ],
    // a counted set as a verb's object
    [
      `${THREE} Norway sharply criticized the three countries over the deployment.`,
      ['Norway CRITICIZED Chile', 'Norway CRITICIZED Peru', 'Norway CRITICIZED Ecuador'],
    ],
    // an uncounted "the countries" right after "the two countries"
    [
      'Chile accuses Peru of moving troops to the border. The two countries clashed on the border last year, officials said. Norway has urged the countries to withdraw from the border.',
      ['Norway DEMANDED Chile', 'Norway DEMANDED Peru'],
    ],
    // "each other" gives a threat both ways
    [
      'Chile and Peru have threatened each other with sanctions for months.',
      ['Chile THREATENED Peru', 'Peru THREATENED Chile'],
    ],
    // "one another" gives an attack both ways
    [
      'Fighters of the Azure Brigade and the Crimson Front have been attacking one another in the hills.',
      ['Azure Brigade ATTACKED Crimson Front', 'Crimson Front ATTACKED Azure Brigade'],
    ],
    // a counted pair as the subject of "each other", past "long" between auxiliary and verb
    [
      'Chile and Peru signed a fishing pact in 2006. The two countries have long accused each other of arming smugglers.',
      ['Chile CRITICIZED Peru', 'Peru CRITICIZED Chile'],
    ],
    // … and past "since"
    [
      'Chile and Peru fought a brief war in 1995. The two countries have since threatened each other repeatedly.',
      ['Chile THREATENED Peru', 'Peru THREATENED Chile'],
    ],
  ])('"%s"', (text, facts) => {
    const read = all(text);
    for (const f of facts) expect(read).toContain(f);
  });

  it.each([
    // "with both sides accusing …" is an absolute clause: no fire exchanged with an earlier pair
    [
      `${CLASH} Chilean and Peruvian forces exchanged mortar and rifle fire, with both sides once more accusing the other of causing the clash.`,
      /^(?:Chile|Peru|Norway|Azure Brigade) ATTACKED (?:Norway|Azure Brigade|Chile|Peru)$/,
      [
        'Chile ATTACKED Peru',
        'Peru ATTACKED Chile',
        'Norway ATTACKED Azure Brigade',
        'Azure Brigade ATTACKED Norway',
      ],
    ],
    // four named before "all three countries": which three is not certain
    [
      'Chile, Peru, Ecuador and Bolivia met in Lima on Monday. All three countries have aided Uruguay.',
      /SUPPORTS Uruguay$/,
      [],
    ],
    // "the three countries of the region" say which themselves
    [
      `${THREE} Norway criticized the three countries of the region over the deployment.`,
      /^Norway CRITICIZED/,
      [],
    ],
    // an uncounted "the countries" with no pair counted just before may be any number of them
    [
      'Chile, Peru and Ecuador sent envoys to Lima. Norway has urged the countries to withdraw from the border.',
      /^Norway DEMANDED/,
      [],
    ],
    // a record that needs a kind of object reads no "each other": fighters attacking one another
    // are no critics
    [
      'Fighters of the Azure Brigade and the Crimson Front have been attacking one another in the hills.',
      /CRITICIZED/,
      [],
    ],
    // backing each other's rebels is backing rebels against each other
    [
      'Chile and Peru fought a brief war in 1995. Since then, the two countries have backed each other’s rebels.',
      /SUPPORTS/,
      [],
    ],
  ])('reads no more than it should: "%s"', (text, fact, kept) => {
    const read = all(text);
    expect(read.filter((f) => fact.test(f)).sort()).toEqual([...kept].sort());
  });
});
