// Verb families, round 20: forms compromise leaves unformed, and a "with" that may not be left out.
import { extractArticle } from '..';
import { verbForms } from './lexicon';

const factsOf = (text: string) =>
  extractArticle({ id: 'verb-families', title: '', text, source: 'test' }).relations.map(
    (r) => `${r.subject}|${r.predicate}|${r.object}`,
  );

describe('verb forms with a doubled consonant', () => {
  test('a verb compromise leaves unformed gets its doubled past and gerund', () => {
    expect(verbForms('gun')).toEqual(expect.arrayContaining(['gunned', 'gunning']));
    expect(verbForms('debar')).toContain('debarred');
  });
  test('a verb that does not end on one vowel and a consonant gets none', () => {
    expect(verbForms('shoot')).not.toContain('shootted');
  });
  test('the doubled past states the fact', () => {
    expect(factsOf('Norway gunned down Pedro Alvarez outside his office.')).toContain(
      'Norway|KILLED|Pedro Alvarez',
    );
  });
});

describe('a "with" that may not be left out', () => {
  test('"worked closely with Y" is a dealing', () => {
    expect(factsOf('Norway worked closely with Chile to clear the mines.')).toContain(
      'Norway|COOPERATED|Chile',
    );
  });
  test('a joint subject that worked closely is still read by the joint-subject reader', () => {
    expect(factsOf('Norway and Chile have worked closely on the border.')).toContain(
      'Norway|COOPERATED|Chile',
    );
  });
  test('colleagues alleged to have worked on a desk deal with no one', () => {
    const facts = factsOf(
      'The complaint alleges that Pedro Alvarez and Juan Ortega worked on the trading desk of the Azure Bank.',
    );
    expect(facts.filter((f) => f.includes('COOPERATED'))).toEqual([]);
  });
});
