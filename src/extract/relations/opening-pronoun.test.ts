// An opening "It" that the sentence calls a city or town is the place the sentence before named
// last. Sentences written for these tests; the places are real, the events invented.
import { extractArticle } from '..';

function facts(text: string): string[] {
  const { relations } = extractArticle({ id: 't', title: '', text, source: 'test' }, { relations: 'frames' });
  return relations.map((r) => `${r.subject} ${r.predicate} ${r.object} (${r.reason})`);
}

describe('an opening "It" for a place', () => {
  it('reads "It is one of the oldest cities in Z" as the place just named', () => {
    expect(
      facts(
        'Shelling resumed near the old market of Aleppo. It is one of the oldest cities in the Middle East.',
      ),
    ).toContain('Aleppo LOCATED_IN Middle East (place:is-noun-in via coref:opening-pronoun)');
  });

  it('reads no place when the sentence does not call "It" a place', () => {
    expect(
      facts('Shelling resumed near the old market of Aleppo. It is unclear who fired on the Middle East.'),
    ).toEqual([]);
  });
});

describe('an opening "The group" for an organisation', () => {
  const all = (text: string) =>
    extractArticle({ id: 't', title: '', text, source: 'test' }).relations.map(
      (r) => `${r.subject} ${r.predicate} ${r.object}`,
    );

  it('is never a state body: a ministry named first is not "the group" whose leader is named next', () => {
    const found = all(
      'The State Department designated a small armed faction on Monday. The group’s secretary general, Omar Faruq Dandash, was also designated.',
    );
    expect(found.filter((f) => /LEADS/.test(f))).toEqual([]);
  });

  it('is the armed group the sentence before opened on', () => {
    expect(
      all('Hezbollah fired rockets at the border on Monday. The group is led by Omar Faruq Dandash.'),
    ).toContain('Omar Faruq Dandash LEADS Hezbollah');
  });
});

describe('an opening "It" after a lead that names a source (round 24)', () => {
  const all = (text: string): string[] =>
    extractArticle({ id: 't', title: '', text, source: 'test' }).relations.map(
      (r) => `${r.subject} ${r.predicate} ${r.object}`,
    );

  it.each([
    'According to the United Nations, the Azure Brigade is tightening its hold on the valley. It has also attacked Peru.',
    'According to Amnesty International, the Azure Brigade took the pass on Monday. It has also attacked Peru.',
    'Citing the United Nations, the Azure Brigade said it held the valley. It has also attacked Peru.',
    'As reported by Amnesty International, the Azure Brigade seized two towns. It later attacked Peru.',
  ])('is the subject after the source: "%s"', (text) => {
    const found = all(text);
    expect(found).toContain('Azure Brigade ATTACKED Peru');
    expect(found.filter((f) => /^(United Nations|Amnesty International) ATTACKED/.test(f))).toEqual([]);
  });

  it('is still the source when the source is the subject', () => {
    expect(
      all('The United Nations says the Azure Brigade holds the valley. It has also condemned Peru.'),
    ).toContain('United Nations CRITICIZED Peru');
  });

  it('is no one when only the source is an organisation', () => {
    expect(
      all(
        'According to the United Nations, fighting went on in the valley. It has also attacked Peru.',
      ).filter((f) => f.startsWith('United Nations')),
    ).toEqual([]);
  });
});
