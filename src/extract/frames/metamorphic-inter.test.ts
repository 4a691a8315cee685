// Interruptions between a side and its verb, round 28, in our own words: an apposition that
// names another actor ("X, a close ally of Y, denounced Z") leaves X the actor of the main clause
// (./actors.ts, describedAntecedent), and a name's dash closing an aside is no hyphen, so the
// verb after it is still a light verb ("X — an ally of Y — issued a warning to Z",
// ./read-frames.ts, hyphenBefore). Each row: an article's text, facts it must state, facts it
// must not.
import { extractArticle } from '..';

const factsOf = (text: string) =>
  extractArticle({ id: 'inter-28', title: '', text, source: 'test' }, { relations: 'frames' }).relations.map(
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
