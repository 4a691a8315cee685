// Round 34: sides told by a reference. "the rebels" when the article has called no group rebel
// before it, and a believed clause's passive. Sentences written for these tests; the groups are
// invented, the countries real, the events invented.
import { extractArticle } from '..';

const all = (text: string): string[] =>
  extractArticle({ id: 't', title: 'Report', text, source: 'test' }).relations.map(
    (r) => `${r.subject} ${r.predicate} ${r.object}`,
  );

describe('"the rebels" with no group called rebel before it', () => {
  it.each([
    // the one group named before, an armed one
    'The Azure Brigade seized two villages in the hills on Monday. Officials said the rebels later attacked Peru.',
    // the one group the article calls rebel later, no other group named
    'The rebels attacked Peru on Monday. Leaders of the rebel group, the Azure Brigade, vowed to fight on.',
    // "rebels known as X" calls X rebel
    'Rebels known as the Azure Brigade took a town in the north. The rebels later attacked Peru.',
  ])('is the group: "%s"', (text) => {
    expect(all(text)).toContain('Azure Brigade ATTACKED Peru');
  });

  it.each([
    // two groups named before: the plural may be either, or both
    'The Azure Brigade and the Crimson Front seized towns in the north. The rebels later attacked Peru.',
    // the group is named beside "the rebels" in its own sentence: it fights them
    'The Azure Brigade took the pass on Monday. The Azure Brigade will crush the rebels who attacked Peru, its commander said.',
    // marked later, but another group is named in the article
    'The rebels attacked Peru on Monday. Fighters tied to the Crimson Front were seen nearby. Leaders of the rebel group, the Azure Brigade, vowed to fight on.',
    // inside a quotation, "the rebels" is the speaker's, not the article's
    'The Azure Brigade seized two villages on Monday. “The rebels attacked Peru before dawn,” a farmer said.',
  ])('is no one: "%s"', (text) => {
    expect(all(text).filter((f) => /^Azure Brigade ATTACKED Peru$/.test(f))).toEqual([]);
  });
});

describe('a passive held by a present belief', () => {
  it('gives no fact: "Officials believe that X is being supported by Y"', () => {
    expect(all('Officials believe that the Azure Brigade is being supported by Peru.')).not.toContain(
      'Peru SUPPORTS Azure Brigade',
    );
  });

  it('still reads the passive the article states', () => {
    expect(all('The Azure Brigade is being supported by Peru, officials said.')).toContain(
      'Peru SUPPORTS Azure Brigade',
    );
  });
});
