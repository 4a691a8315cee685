// Round 37: sides named only by reference. A pronoun after a quotation whose marks are mixed, a
// pronoun after a lead with a gerund, an armed noun whose "in" tells an event, an opening "He"
// after a sentence naming two people, and a release's "our" before its own act. Sentences written
// for these tests; the people and the group are invented, the countries real.
import { extractArticle } from '..';
import { corefs } from '../../../test/support/entity-cases';

/** "subject PREDICATE object" for each fact read in the text. */
const facts = (text: string): string[] =>
  extractArticle({ id: 't', title: '', text, source: 'test' }).relations.map(
    (r) => `${r.subject} ${r.predicate} ${r.object}`,
  );

describe('a quotation opened with one mark and closed with another is closed', () => {
  // a straight quote closed by a curly one left the rest of the article "inside" it
  const MIXED =
    'Tomas Reyes told reporters: "The vote was fair and the count was clean.” Reyes also spoke on the radio. He asked President Juan Mora to resign.';
  it('reads the pronoun after it', () => {
    expect(corefs(MIXED)).toContain('He → Tomas Reyes (coref:pronoun)');
    expect(facts(MIXED)).toContain('Tomas Reyes DEMANDED Juan Mora');
  });
  it('still reads no pronoun inside a quotation that is open', () => {
    const open = 'Tomas Reyes spoke on the radio. “The vote was fair. He asked us to stay,” Juan Mora said.';
    expect(corefs(open).filter((c) => c.startsWith('He '))).toEqual([]);
  });
});

describe('a lead with a gerund after its preposition leaves the pronoun opening its clause', () => {
  it('reads "In addition to claiming …, he"', () => {
    const text =
      'Opposition leader Tomas Reyes appeared on television. In addition to claiming the seat, he asked President Juan Mora to step down.';
    expect(corefs(text)).toContain('he → Tomas Reyes (coref:pronoun)');
    expect(facts(text)).toContain('Tomas Reyes DEMANDED Juan Mora');
  });
  it('reads nothing after a long lead that is a clause with its own subject', () => {
    const text =
      'Opposition leader Tomas Reyes appeared on television. When the count ended late on Sunday, he asked President Juan Mora to resign.';
    expect(corefs(text)).toEqual([]);
  });
});

describe('an armed noun followed by "in" and an event still refers back', () => {
  it('reads "engaged the assailants in a firefight"', () => {
    const text =
      'The Azure Brigade stormed a police post in Peru. Peruvian troops engaged the assailants in a firefight near the post.';
    expect(corefs(text)).toContain('the assailants → Azure Brigade (coref:the-assailants)');
    expect(facts(text)).toContain('Peru ATTACKED Azure Brigade');
  });
  it('reads nothing when a place follows: the ones there may be another band', () => {
    const text =
      'The Azure Brigade stormed a police post in Peru. Peruvian troops engaged the assailants in southern Chile.';
    expect(corefs(text)).toEqual([]);
    expect(facts(text)).not.toContain('Peru ATTACKED Azure Brigade');
  });
});

describe('an opening "He" after a sentence naming two people goes on with its titled subject', () => {
  const MET = 'Secretary Tomas Reyes met Foreign Minister Juan Mora of Peru in Lima.';
  it('reads the subject that acts', () => {
    const text = `${MET} Secretary Reyes congratulated Minister Mora on his new post. He reiterated steady U.S. support for the Peruvian people.`;
    expect(corefs(text)).toContain('He → Tomas Reyes (coref:pronoun)');
    expect(facts(text)).toContain('Tomas Reyes SUPPORTS Peru');
  });
  it('reads nothing when the pronoun has a lead of its own', () => {
    const text = `${MET} Secretary Reyes congratulated Minister Mora on his new post. Later, he reiterated steady U.S. support for the Peruvian people.`;
    expect(corefs(text).filter((c) => /^he /i.test(c))).toEqual([]);
  });
  it('reads nothing when the sentence before opens on a lead, not on its subject', () => {
    const text = `${MET} After the talks, Minister Mora thanked Secretary Reyes for the visit. He reiterated steady U.S. support for the Peruvian people.`;
    expect(corefs(text).filter((c) => /^he /i.test(c))).toEqual([]);
    expect(facts(text)).not.toContain('Juan Mora SUPPORTS Peru');
  });
});

describe('a release\'s "our" before a noun of its own act is its voice', () => {
  it('reads "our designation of Y"', () => {
    const text =
      'The United States condemns the bombing of the market in Lima. Today’s step follows our recent designation of the Azure Brigade as a terrorist group.';
    expect(corefs(text)).toContain('our → United States (coref:our-voice)');
    expect(facts(text)).toContain('United States SANCTIONED Azure Brigade');
  });
  it('reads "our partnership with Y"', () => {
    const text =
      'The United States welcomes the new cabinet in Lima. Deliveries will go on, just as our partnership with Peru has gone on for decades.';
    expect(facts(text)).toContain('United States SUPPORTS Peru');
  });
  it('reads nothing for "our" that only says whose', () => {
    const text =
      'The United States condemns the bombing of the market in Lima. Today’s step will keep weapons off our streets and out of the hands of the Azure Brigade.';
    expect(corefs(text)).toEqual([]);
  });
  it('reads nothing in an article that opens on no body', () => {
    const text =
      'Tomas Reyes, a trader in Lima, welcomed the new cabinet. Deliveries will go on, just as our partnership with Peru has gone on for decades.';
    expect(corefs(text)).toEqual([]);
    expect(facts(text)).not.toContain('United States SUPPORTS Peru');
  });
});
