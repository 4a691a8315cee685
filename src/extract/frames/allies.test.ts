// An ally named by a label (./roles.ts, ./lists.ts), round 30, in our own words: "our NATO ally
// X", "Y's Xian allies", "Y … X, its best ally", "X, a fellow NATO ally". Each row: an article's
// text, facts it must state, facts it must not.
import { extractArticle } from '..';

const factsOf = (text: string) =>
  extractArticle({ id: 'allies', title: '', text, source: 'test' }).relations.map(
    (r) => `${r.subject} ${r.predicate} ${r.object}`,
  );

const ALLIES: [string, string[], string[]][] = [
  // the label before the name is passed: the verb's object is the ally, a member of the alliance
  [
    '“Norway supports our NATO ally Chile in its fight against corruption,” said Norwegian Finance Minister Ola Berg.',
    ['Norway SUPPORTS Chile', 'Chile MEMBER_OF NATO'],
    [],
  ],
  ["Peru's NATO ally Chile sent troops.", ['Chile SUPPORTS Peru', 'Chile MEMBER_OF NATO'], []],
  ['NATO allies Chile and Peru sent troops.', ['Chile MEMBER_OF NATO', 'Peru MEMBER_OF NATO'], []],
  ['Chile, a fellow NATO ally, sent troops.', ['Chile MEMBER_OF NATO'], []],
  ["Norway's Chilean allies sent troops.", ['Chile SUPPORTS Norway'], []],
  [
    'The new pact shows the trust of Norway in Chile, its closest ally on the continent.',
    ['Chile SUPPORTS Norway'],
    [],
  ],
  // no ally named, a former ally, no owner before "its"
  ['The NATO ally said nothing.', [], ['NATO MEMBER_OF NATO']],
  ['Peru thanked Chile, its former ally.', [], ['Chile SUPPORTS Peru']],
  ['Chile, its best ally, sent troops.', [], ['Chile SUPPORTS Chile']],
  ['Norway met the NATO allies on Monday.', [], ['Norway MEMBER_OF NATO']],
];

describe('an ally named by a label (round 30)', () => {
  test.each(ALLIES)('%s', (text, stated, not) => {
    const got = factsOf(text);
    for (const fact of stated) expect(got).toContain(fact);
    for (const fact of not) expect(got).not.toContain(fact);
  });
});
