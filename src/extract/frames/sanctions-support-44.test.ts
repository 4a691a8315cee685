// Round 44: sanctions, support and dealings on unseen text. A day word between the auxiliary and
// the verb ("is today designating", "are today imposing") stays inside the verb group, so the
// designation is read and a modal before it still states nothing; a noun of commitment voiced by
// a speaker ("reaffirmed X's commitment to Y") is the speaker's stance too, as support already
// was; words of firmness the tagger reads as nouns or verbs ("ironclad", "unwavering") keep the
// owner of the support noun. Sentences written for these tests; the people and the group are
// invented, the countries real, the events invented.
import { extractArticle } from '..';

const all = (text: string): string[] =>
  extractArticle({ id: 't', title: 'Statement', text, source: 'test' }).relations.map(
    (r) => `${r.subject} ${r.predicate} ${r.object}`,
  );

describe('sanctions, support and dealings on unseen text, round 44', () => {
  it.each([
    [
      'Norway is today designating the Azure Brigade and its commander Tomas Varga as terrorists.',
      'Norway SANCTIONED Azure Brigade',
    ],
    [
      'Norway is today designating the Azure Brigade and its commander Tomas Varga as terrorists.',
      'Norway SANCTIONED Tomas Varga',
    ],
    [
      "Foreign Minister Anna Lindqvist reaffirmed Norway's ironclad commitment to Chile.",
      'Norway SUPPORTS Chile',
    ],
    [
      "Foreign Minister Anna Lindqvist reaffirmed Norway's ironclad commitment to Chile.",
      'Anna Lindqvist SUPPORTS Chile',
    ],
    [
      'Foreign Minister Anna Lindqvist reiterated the ironclad Norwegian commitment to the defense of Chile.',
      'Anna Lindqvist SUPPORTS Chile',
    ],
    [
      'Foreign Minister Anna Lindqvist reaffirmed the unwavering and ironclad Norwegian commitment to Chile.',
      'Anna Lindqvist SUPPORTS Chile',
    ],
    [
      "Foreign Minister Anna Lindqvist underscored Norway's commitment to Chile.",
      'Anna Lindqvist SUPPORTS Chile',
    ],
  ])('reads the fact: "%s"', (text, fact) => {
    expect(all(text)).toContain(fact);
  });

  it.each([
    // a designation that may come is no act
    ['Norway may today designate the Azure Brigade as a terrorist group.', 'Norway SANCTIONED Azure Brigade'],
    // a speaker who questions a commitment does not voice it
    [
      "Foreign Minister Anna Lindqvist questioned Norway's ironclad commitment to Chile.",
      'Anna Lindqvist SUPPORTS Chile',
    ],
    // firmness words are read before support only, not before an act
    ["Officials said today Norway's forces committed abuses against Chile.", 'Norway SUPPORTS Chile'],
  ])('states nothing: "%s"', (text, fact) => {
    expect(all(text)).not.toContain(fact);
  });
});
