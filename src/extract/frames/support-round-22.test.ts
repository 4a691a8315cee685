// Support told through a role or a helper (./roles.ts, ./actors.ts), round 22, in our own words.
// Each row: an article's text, facts it must state, facts it must not.
import { extractArticle } from '..';

const factsOf = (text: string) =>
  extractArticle({ id: 'support-22', title: '', text, source: 'test' }).relations.map(
    (r) => `${r.subject} ${r.predicate} ${r.object}`,
  );

const ROWS: [string, string[], string[]][] = [
  // "a close associate of (Xian) President Y": the title, and the country on it, are the owner's
  [
    'Pedro Alvarez, a close associate of President Juan Perez, won the contract.',
    ['Pedro Alvarez SUPPORTS Juan Perez'],
    [],
  ],
  [
    'Pedro Alvarez is a close associate of Chilean President Juan Perez.',
    ['Pedro Alvarez SUPPORTS Juan Perez'],
    ['Pedro Alvarez SUPPORTS Chile'],
  ],
  [
    'Pedro Alvarez, a former associate of Juan Perez, won the contract.',
    [],
    ['Pedro Alvarez SUPPORTS Juan Perez'],
  ],
  [
    'Pedro Alvarez, an associate professor of law, met Juan Perez.',
    [],
    ['Pedro Alvarez SUPPORTS Juan Perez'],
  ],
  // "X is a close ally of Y", not when denied
  ['Chile is a close ally of Norway.', ['Chile SUPPORTS Norway'], []],
  ['Chile is not a close ally of Norway.', [], ['Chile SUPPORTS Norway']],
  // a team acts for the name that owns it, in a relative clause too
  ["Norway's rescue team is helping Chile rebuild its port.", ['Norway SUPPORTS Chile'], []],
  [
    "A second team will work with the UN's rescue team, which is helping Chile rebuild its port.",
    ['United Nations SUPPORTS Chile'],
    [],
  ],
  ["Norway's rescue team could help Chile rebuild its port.", [], ['Norway SUPPORTS Chile']],
];

describe('support told through a role or a helper', () => {
  test.each(ROWS)('%s', (text, expected, forbidden) => {
    const got = factsOf(text);
    for (const fact of expected) expect(got).toContain(fact);
    for (const fact of forbidden) expect(got).not.toContain(fact);
  });
});
