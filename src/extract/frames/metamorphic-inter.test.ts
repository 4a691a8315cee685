// Interruptions between a side and its verb, round 28, in our own words: an apposition that
// names another actor ("X, a close ally of Y, denounced Z") leaves X the actor of the main clause
// (./actors.ts, describedAntecedent), and a name's dash closing an aside is no hyphen, so the
// verb after it is still a light verb ("X — an ally of Y — issued a warning to Z",
// ./read-frames.ts, hyphenBefore); a name after the verb of a "whose" clause is never the regex
// rules' subject of the verb after the clause (../relations/subject-position.ts). Each row: an article's text, facts it must state, facts it
// must not.
import { extractArticle } from '..';

const factsOf = (text: string, relations: 'frames' | 'combined' = 'frames') =>
  extractArticle({ id: 'inter-28', title: '', text, source: 'test' }, { relations }).relations.map(
    (r) => `${r.subject} ${r.predicate} ${r.object}`,
  );

const ROWS: [string, string[], string[]][] = [
  // an apposition naming an ally: the apposition's owner acts, the ally takes no side
  [
    'Sweden, a longtime ally of Ecuador, condemned Bolivia on Tuesday.',
    ['Sweden CRITICIZED Bolivia'],
    ['Ecuador CRITICIZED Bolivia'],
  ],
  [
    'Sweden, the main financial backer of the Crimson Front, sanctioned Bolivia.',
    ['Sweden SANCTIONED Bolivia'],
    ['Crimson Front SANCTIONED Bolivia'],
  ],
  [
    'Sweden, a founding member of the Andean Fishing Union (AFU), condemned Bolivia.',
    ['Sweden CRITICIZED Bolivia'],
    ['AFU CRITICIZED Bolivia', 'Andean Fishing Union CRITICIZED Bolivia'],
  ],
  // with dashes, and a light verb after the closing dash
  [
    'Sweden — a longtime ally of Ecuador — condemned Bolivia on Tuesday.',
    ['Sweden CRITICIZED Bolivia'],
    ['Ecuador CRITICIZED Bolivia'],
  ],
  [
    'Sweden — a longtime ally of Ecuador — issued an ultimatum to Bolivia.',
    ['Sweden DEMANDED Bolivia'],
    ['Ecuador DEMANDED Bolivia'],
  ],
  // the named one in the apposition's owner's place: it acts, the other does not
  [
    'Ecuador, a longtime ally of Sweden, condemned Bolivia on Tuesday.',
    ['Ecuador CRITICIZED Bolivia'],
    ['Sweden CRITICIZED Bolivia'],
  ],
  // nearest negatives: an aside that names the sides again is no description of the name before
  // it; the names in it act
  [
    'The two groups fighting Bolivia - the Scarlet Legion and the Andean Front - attacked a convoy in Bolivia.',
    [],
    ['Bolivia ATTACKED Bolivia'],
  ],
  // an aside opening on a name is a list, not a description: no fact for the first name
  [
    'Sweden, Ecuador, Peru and Chile condemned Bolivia.',
    ['Sweden CRITICIZED Bolivia', 'Chile CRITICIZED Bolivia'],
    [],
  ],
  // a hyphenated modifier's second half is still no light verb
  ['Sweden fought an all-out war with Bolivia.', [], ['Sweden DEMANDED Bolivia']],
];

describe('interruptions between a side and its verb, round 28', () => {
  it.each(ROWS)('%s', (text, must, mustNot) => {
    const facts = factsOf(text);
    for (const f of must) expect(facts).toContain(f);
    for (const f of mustNot) expect(facts).not.toContain(f);
  });
});

/** Both engines together: the regex rules must not pin the main clause's act on a clause's object. */
const COMBINED: [string, string[], string[]][] = [
  [
    'Sweden, whose troops entered Ecuador last year, attacked Bolivia on Tuesday.',
    ['Sweden ATTACKED Bolivia'],
    ['Ecuador ATTACKED Bolivia'],
  ],
  [
    'Sweden, whose navy seized Ecuador two years ago, condemned Bolivia.',
    ['Sweden CRITICIZED Bolivia'],
    ['Ecuador CRITICIZED Bolivia'],
  ],
  // nearest negative: a name right after "whose" and its noun is the noun's apposition; it acts
  ['Sweden, whose leader Ola Berg attacked Bolivia, said nothing.', ['Ola Berg ATTACKED Bolivia'], []],
];

describe('a clause whose object is no subject, round 28', () => {
  it.each(COMBINED)('%s', (text, must, mustNot) => {
    const facts = factsOf(text, 'combined');
    for (const f of must) expect(facts).toContain(f);
    for (const f of mustNot) expect(facts).not.toContain(f);
  });
});
