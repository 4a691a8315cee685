// Subjects told by a description that holds one name (round 32, ./described-subjects.ts), in our
// own words with invented names: the description ends on an actor's head and opens its clause,
// and its one named body or state acts. The nearest sentences with two sides, a preposition's
// name or a hyphen's patron state nothing through it.
import { extractArticle } from '..';

const factsIn = (text: string, relations?: 'frames') =>
  extractArticle({ id: 'described-subjects', title: '', text, source: 'test' }, relations && { relations })
    .relations.filter((r) => !['MEMBER_OF', 'LEADS', 'LOCATED_IN'].includes(r.predicate))
    .map((r) => `${r.subject}|${r.predicate}|${r.object}`)
    .sort();

describe('a description holding one name acts for it', () => {
  test.each([
    [
      'Residents say hundreds of insurgents, led by the Azure Front, fired mortars at a Chilean base.',
      'Azure Front|ATTACKED|Chile',
    ],
    [
      'Residents say hundreds of insurgents led by the Azure Front fired mortars at a Chilean base.',
      'Azure Front|ATTACKED|Chile',
    ],
    [
      'Foreign ministers of the Nordic Council member nations are calling on Chile to respond.',
      'Nordic Council|DEMANDED|Chile',
    ],
    [
      'The Azure Front, led by Pedro Alvarez, has been fighting the government of Chile for a decade.',
      'Azure Front|ATTACKED|Chile',
    ],
    [
      'The Azure Front and several other rebel groups have been fighting Chile for decades.',
      'Azure Front|ATTACKED|Chile',
    ],
  ])('%s', (text, fact) => {
    expect(factsIn(text)).toContain(fact);
  });

  // the regex rules read this one too; the frame engine alone shows the description read
  test('a phrase of time between the description and its verb', () => {
    expect(
      factsIn(
        'The Norwegian government in early June designated the Azure Front a terrorist group.',
        'frames',
      ),
    ).toContain('Norway|SANCTIONED|Azure Front');
  });

  test.each([
    'Battles between Norwegian troops and insurgent fighters have killed 20 Chilean soldiers.',
    'When Azure Front-linked fighters attacked Chile, nobody knew.',
    'The government as well as Norwegian observers criticized Chile.',
    'Civilians in Norway accused Chile.',
    'Norway and rebels agreed to a truce with Chile.',
    "Chile's rebels attacked Peru.",
    'Several Chilean rebel groups attacked Peru.',
  ])('%s: the frame engine reads no description', (text) => {
    expect(factsIn(text, 'frames')).toEqual([]);
  });
});
