// Shapes of dealing and support (COOPERATED, SUPPORTS) the frame engine reads, in our own words:
// each row a sentence, facts it must state, facts it must not.
import { extractArticle } from '..';

const factsOf = (text: string) =>
  extractArticle({ id: 'shape', title: '', text, source: 'test' }, { relations: 'frames' }).relations.map(
    (r) => `${r.subject} ${r.predicate} ${r.object}`,
  );

const SHAPES: [string, string[], string[]][] = [
  // one written word holding two names: both sides of the dashed pair
  ['Officials praised the U.S.-Japan Alliance on Monday.', ['United States COOPERATED Japan'], []],
  ['Officials opened the annual U.S-Chile Bilateral Consultations.', ['United States COOPERATED Chile'], []],
];

describe.each(SHAPES)('%s', (sentence, stated, notStated) => {
  const found = factsOf(sentence);
  test.each(stated)('states %s', (fact) => expect(found).toContain(fact));
  if (notStated.length)
    test.each(notStated)('does not state %s', (fact) => expect(found).not.toContain(fact));
});
