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

describe('a side\'s people named through "of"', () => {
  test('killing a commander of an armed group kills the group (round 12)', () => {
    expect(factsOf('Norway killed a commander of the Azure Brigade on Monday.')).toEqual(
      expect.arrayContaining(['Norway|ATTACKED|Azure Brigade', 'Norway|KILLED|Azure Brigade']),
    );
  });
  test("killing two members of a group kills the group's own", () => {
    expect(factsOf('Norway killed two members of the Azure Brigade.')).toContain(
      'Norway|KILLED|Azure Brigade',
    );
  });
  test('meeting a commander of a group kills no one', () => {
    expect(
      factsOf('Norway met a commander of the Azure Brigade.').filter((f) => f.includes('KILLED')),
    ).toEqual([]);
  });
  test('a place after "inside" is where a raid was, not who raided', () => {
    const facts = factsOf(
      'Chile cut ties with Norway after the raid on a rebel camp inside Chile, which killed a commander of the Azure Brigade.',
    );
    expect(facts.filter((f) => f.startsWith('Chile|KILLED') || f.startsWith('Chile|ATTACKED'))).toEqual([]);
  });
});
