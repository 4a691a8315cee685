// A state named only inside the name of one of its civil bodies is an entity of the article, and
// the body is MEMBER_OF it (round 17). Invented bodies and people.
import type { Extraction } from '../../model';
import { extractArticle } from '..';

const extract = (text: string): Extraction => extractArticle({ id: 't', title: '', text, source: 'test' });
const countries = (x: Extraction): string[] =>
  x.entities.filter((e) => e.type === 'Country').map((e) => e.name);
const memberships = (x: Extraction): string[] =>
  x.relations.filter((r) => r.predicate === 'MEMBER_OF').map((r) => `${r.subject} MEMBER_OF ${r.object}`);

describe('a state named only in its body’s name (round 17)', () => {
  test.each([
    [
      'The U.S. State Department said on Monday that the talks in Lima had failed.',
      'United States',
      'U.S. State Department MEMBER_OF United States',
    ],
    [
      'The Chilean Fisheries Agency said on Monday that the boats had left.',
      'Chile',
      'Chilean Fisheries Agency MEMBER_OF Chile',
    ],
    [
      'The Peruvian Ministry of Health said 20 people were hurt.',
      'Peru',
      'Peruvian Ministry of Health MEMBER_OF Peru',
    ],
  ])('%s', (text, country, fact) => {
    const x = extract(text);
    expect(countries(x)).toEqual([country]);
    expect(memberships(x)).toContain(fact);
  });

  test.each([
    // the listed name is "U.S. State Department", but the article names no country
    'The State Department said on Monday that the talks in Lima had failed.',
    // a force named with its country: the shared dev set lists no country for it
    'U.S. Central Command said the strike killed Ana Ruiz.',
  ])('%s: no country', (text) => {
    expect(countries(extract(text))).toEqual([]);
  });

  test('the country’s mention in the name carries no act', () => {
    const x = extract('The U.S. State Department condemned the attack by the Valdor Front.');
    expect(x.relations.filter((r) => r.subject === 'United States')).toEqual([]);
  });
});

describe('an international body’s agencies (round 17)', () => {
  test('an agency known by its own name, where the article names the body', () => {
    const x = extract('The United Nations called for calm. The IAEA said Peru had broken its pledge.');
    expect(memberships(x)).toContain('International Atomic Energy Agency MEMBER_OF United Nations');
    expect(memberships(extract('The IAEA said Peru had broken its pledge.'))).toEqual([]);
  });
});
