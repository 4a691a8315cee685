// A side struck through one of its people, and a side fought to bring down a government (round
// 33), in our own words. Each row: an article, facts it must state, facts it must not.
import { extractArticle } from '..';

const factsOf = (text: string) =>
  extractArticle({ id: 'sides-33', title: '', text, source: 'test' }).relations.map(
    (r) => `${r.subject} ${r.predicate} ${r.object}`,
  );

const STRUCK = ['Chile ATTACKED Hamas', 'Chile KILLED Hamas'];

const ROWS: [string, string[], string[]][] = [
  // "the <qualifiers> commander of X": compromise tags "top", "senior", "military" nouns
  ['Chilean troops killed the top field commander of Hamas.', STRUCK, []],
  ['A Chilean missile strike killed the senior commander of Hamas on Monday.', STRUCK, []],
  // the one at a group's head
  ['Chilean forces killed the head of Hamas.', STRUCK, []],
  // a person of the side in the list of whom the dead include, past where and when
  ['Chilean troops killed three militants, including a top commander of Hamas.', STRUCK, []],
  [
    'The Chilean army says it has killed four militants in the Arauco district on Friday, including a senior Hamas commander.',
    STRUCK,
    [],
  ],
  // not a verb or another clause between; not a country's head, who is no serving person
  ['Chilean troops killed three militants, said officials, including a Hamas commander.', [], STRUCK],
  ['Chilean troops killed the head of Peru.', [], ['Chile KILLED Peru']],
  ['Chilean troops could kill the top commander of Hamas.', [], STRUCK],
  // fighting to bring down a government
  ['Hamas is fighting to topple the Chilean government.', ['Hamas ATTACKED Chile'], []],
  ['Hamas is an armed group fighting to overthrow the government of Chile.', ['Hamas ATTACKED Chile'], []],
  [
    'Hamas, a group battling to overthrow the Chilean government, claimed the attack.',
    ['Hamas ATTACKED Chile'],
    [],
  ],
  ['Hamas is a group fighting against the Chilean government.', ['Hamas ATTACKED Chile'], []],
  ['Hamas is planning to topple the Chilean government.', [], ['Hamas ATTACKED Chile']],
  ['Hamas is not fighting to topple the Chilean government.', [], ['Hamas ATTACKED Chile']],
  ['Peru backed the heavy fighting against Hamas.', [], ['Peru ATTACKED Hamas']],
  // a dotted abbreviation's hyphen modifier: the patron is not the one struck
  [
    'Hamas is fighting to topple the present U.N.-backed Chilean government.',
    ['Hamas ATTACKED Chile'],
    ['Hamas ATTACKED United Nations'],
  ],
  [
    'Hamas attacked the U.S.-backed Chilean government.',
    ['Hamas ATTACKED Chile'],
    ['Hamas ATTACKED United States'],
  ],
  ['Hamas attacked U.S.-backed Chilean fighters.', [], ['Hamas ATTACKED United States']],
];

describe('a side struck through its people or fought to bring down its government, round 33', () => {
  test.each(ROWS)('%s', (text, expected, unexpected) => {
    const found = factsOf(text);
    for (const fact of expected) expect(found).toContain(fact);
    for (const fact of unexpected) expect(found).not.toContain(fact);
  });
});
