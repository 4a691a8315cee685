// Ways news names who attacked whom, in our own words, read by the frame engine: the facts each
// sentence states and none it does not. Each row: an article, facts it must state, facts it must not.
import { extractArticle } from '..';

const factsOf = (text: string) =>
  extractArticle({ id: 'attacks', title: '', text, source: 'test' }, { relations: 'frames' }).relations.map(
    (r) => `${r.subject} ${r.predicate} ${r.object}`,
  );

const ROWS: [string, string[], string[]][] = [
  // "government troops" with no country named are the article's country's
  [
    'Peru is holding talks. Peru faces a rebellion. Clashes between Boko Haram and government troops killed ten.',
    ['Boko Haram ATTACKED Peru', 'Peru ATTACKED Boko Haram'],
    [],
  ],
  [
    'Peru is holding talks. Peru faces a rebellion. Government forces attacked Boko Haram.',
    ['Peru ATTACKED Boko Haram'],
    [],
  ],
  // after a dateline and its dash, "Government troops" open the sentence
  [
    'LIMA, Peru (Andes Daily / May 2, 2009) – Government troops clashed Tuesday with Boko Haram. Peru faces a rebellion.',
    ['Peru ATTACKED Boko Haram'],
    [],
  ],
  // a name on "government" says whose it is; a compound is no government
  [
    'Peru is holding talks. Peru faces a rebellion. Chilean government forces attacked Boko Haram.',
    ['Chile ATTACKED Boko Haram'],
    ['Peru ATTACKED Boko Haram'],
  ],
  [
    'Peru is holding talks. Peru faces a rebellion. Pro-government militias attacked Boko Haram.',
    [],
    ['Peru ATTACKED Boko Haram'],
  ],
  // no country the article is about: nobody
  ['Government forces attacked Boko Haram.', [], ['Peru ATTACKED Boko Haram']],
  // a response to an attack told earlier fights back against its author
  [
    'Boko Haram attacked a base in Chad on Friday. Chadian troops at the base responded to the attack.',
    ['Chad ATTACKED Boko Haram'],
    [],
  ],
  [
    'Boko Haram attacked a base on Friday. Chadian troops could respond to the attack.',
    [],
    ['Chad ATTACKED Boko Haram'],
  ],
  // "an attack by X on Y"
  ['An attack by Boko Haram on a Chadian reconnaissance plane failed.', ['Boko Haram ATTACKED Chad'], []],
  ['An attack by Boko Haram on Monday killed two.', [], ['Boko Haram ATTACKED Monday']],
];

describe.each(ROWS)('%s', (text, stated, unstated) => {
  const got = factsOf(text);
  if (stated.length) test.each(stated)('states %s', (fact) => expect(got).toContain(fact));
  if (unstated.length) test.each(unstated)('does not state %s', (fact) => expect(got).not.toContain(fact));
});
