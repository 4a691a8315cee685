// Attacks and killings told the way unseen news tells them (round 23), in our own words. Each
// row: an article, facts it must state, facts it must not.
import { extractArticle } from '..';

const factsOf = (text: string) =>
  extractArticle({ id: 'attacks-23', title: '', text, source: 'test' }).relations.map(
    (r) => `${r.subject} ${r.predicate} ${r.object}`,
  );

const ROWS: [string, string[], string[]][] = [
  // a list of sides, each named on its acting head, acts together
  ['Chilean forces and Peruvian troops attacked Hamas.', ['Chile ATTACKED Hamas', 'Peru ATTACKED Hamas'], []],
  [
    "Chile's army and Peruvian police have raided Hamas positions.",
    ['Chile ATTACKED Hamas', 'Peru ATTACKED Hamas'],
    [],
  ],
  [
    'Chilean forces and Peruvian fighters have been battling the militant Hamas group for months.',
    ['Chile ATTACKED Hamas', 'Peru ATTACKED Hamas', 'Hamas ATTACKED Chile', 'Hamas ATTACKED Peru'],
    // one side: the list does not fight itself
    ['Chile ATTACKED Peru', 'Peru ATTACKED Chile'],
  ],
  [
    'Chilean soldiers and Peruvian troops killed 11 Hamas fighters on Monday.',
    ['Chile KILLED Hamas', 'Peru KILLED Hamas'],
    [],
  ],
  // a country's rebels are not the country, in a list as alone
  ['Chilean rebels and Peruvian troops attacked Hamas.', ['Peru ATTACKED Hamas'], ['Chile ATTACKED Hamas']],
  // nor does a list fight itself when it fights back against someone unnamed
  [
    'Chilean peacekeepers and Peruvian troops fought back with mortars.',
    [],
    ['Chile ATTACKED Peru', 'Peru ATTACKED Chile'],
  ],
  // a relative clause after "between X and the Y rebels" is the last side's
  [
    'The deal would end the conflict between Chilean forces and the Hamas rebels who overran the city of Lima.',
    ['Hamas ATTACKED Lima'],
    ['Chile ATTACKED Lima'],
  ],
  // without an object, two sides fighting still fight each other
  ['Chile and Peru clashed on Monday.', ['Chile ATTACKED Peru', 'Peru ATTACKED Chile'], []],
  // a planned attack states nothing
  [
    'Chilean forces and Peruvian troops plan to attack Hamas.',
    [],
    ['Chile ATTACKED Hamas', 'Peru ATTACKED Hamas'],
  ],
];

describe('attacks and killings on unseen text, round 23', () => {
  test.each(ROWS)('%s', (text, expected, absent) => {
    const facts = factsOf(text);
    for (const fact of expected) expect(facts).toContain(fact);
    for (const fact of absent) expect(facts).not.toContain(fact);
  });
});
