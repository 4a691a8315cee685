// A demonym that qualifies a word after it names no actor for the relations (round 22: a
// person's nationality before "national" and the person's name), in our own words.
import { extractArticle } from '..';

const factsOf = (text: string): string[] =>
  extractArticle({ id: 'peoples-demonyms', title: '', text, source: 'test' }).relations.map(
    (r) => `${r.subject}|${r.predicate}|${r.object}`,
  );

describe('demonyms before "national" and a name', () => {
  it('a nationality is not the one sanctioned', () => {
    const facts = factsOf(
      'The Treasury imposed sanctions against Chilean National, Tomas Arvelo, on Monday.',
    );
    expect(facts.filter((f) => /SANCTIONED\|Chile$/.test(f))).toEqual([]);
  });

  it('"national" inside a body\'s name before its head leaves the state in the facts', () => {
    const facts = factsOf('Somali national Army forces attacked al-Shabab in the town.');
    expect(facts).toContain('Somalia|ATTACKED|al-Shabaab');
  });

  it('a state named by its demonym elsewhere is still sanctioned', () => {
    const facts = factsOf('The Treasury imposed sanctions against the Chilean government on Monday.');
    expect(facts.some((f) => /SANCTIONED\|Chile$/.test(f))).toBe(true);
  });
});
