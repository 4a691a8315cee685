// Round 45, speakers and pronouns: a person pronoun that goes on with the one person the story is
// telling about (pronoun-focus.ts), a pronoun inside a quotation and a long quotation's "he said"
// (pronoun-focus.ts), a lead that names a state's office holder by the office before naming him
// (lead-office-holder.ts), and quotation tags with a role or an aside before the verb
// (../relations/quote-speakers.ts). Sentences written for these tests; the people and groups are
// invented, the countries real.
import { extractArticle } from '..';
import { corefs } from '../../../test/support/entity-cases';

const facts = (text: string): string[] =>
  extractArticle({ id: 't', title: '', text, source: 'test' }).relations.map(
    (r) => `${r.subject} ${r.predicate} ${r.object}`,
  );

describe('a pronoun going on with the one person in focus', () => {
  it.each([
    [
      'Ana Ruiz was arrested in Lima in 2012. Prosecutors say she was affiliated with the Azure Brigade.',
      'she → Ana Ruiz (coref:pronoun-focus)',
    ],
    [
      'One of those charged is Pablo Vega. Prosecutors called him a member of the Azure Brigade.',
      'him → Pablo Vega (coref:pronoun-focus)',
    ],
    // inside a quotation: someone the speaker speaks of, never the speaker
    [
      '“Luis Soto served as an operative of the Azure Brigade. With today’s sentence, he is being held accountable,” said prosecutor Ana Ruiz.',
      'he → Luis Soto (coref:pronoun-focus)',
    ],
    // a long quotation's tag is the one who opened it
    [
      'Pablo Vega told reporters the talks would go on. “We want peace. The other side wants peace. The talks will resume. Both sides want peace now,” he said.',
      'he → Pablo Vega (coref:pronoun-focus)',
    ],
  ])('reads "%s"', (text, reading) => {
    expect(corefs(text)).toContain(reading);
  });

  it.each([
    // two people named in the sentence before
    'Pablo Vega met Juan Ortiz in Lima. Prosecutors say he was affiliated with the Azure Brigade.',
    // an unnamed person told between
    'Pablo Vega was arrested in Lima. A police officer said he was armed.',
  ])('reads no one in "%s"', (text) => {
    expect(corefs(text).filter((c) => c.includes('pronoun-focus'))).toEqual([]);
  });
});

describe('a lead naming a state office holder by the office', () => {
  it.each([
    [
      "Chile's president says he has ordered troops to the border with Peru. Pablo Vega said Friday that Peru had massed tanks there.",
      'Pablo Vega LEADS Chile',
    ],
    [
      'The president of Chile has cut diplomatic ties with Peru, which he accuses of arming rebels. President Pablo Vega also threatened to close the border.',
      'Pablo Vega CRITICIZED Peru',
    ],
  ])('reads "%s"', (text, fact) => {
    expect(facts(text)).toContain(fact);
  });

  it('reads no holder when the next person holds another office', () => {
    expect(
      corefs(
        "Chile's president says he has ordered troops to the border. Foreign Minister Pablo Vega said Friday that Peru had massed tanks there.",
      ),
    ).toEqual([]);
  });
});

describe('a quotation tag with a role or an aside before the verb', () => {
  it.each([
    ['“We support Chile’s government,” team leader Pablo Vega said.', 'Pablo Vega SUPPORTS Chile'],
    ['“We support Chile’s government,” Pablo Vega, one of the envoys, said.', 'Pablo Vega SUPPORTS Chile'],
  ])('reads "%s"', (text, fact) => {
    expect(facts(text)).toContain(fact);
  });

  it('reads criticism the subject counters as no criticism of its own', () => {
    expect(
      facts(
        "Chile's Foreign Minister Pablo Vega is touring Asia to counter growing criticism of Peru's crackdown.",
      ),
    ).not.toContain('Pablo Vega CRITICIZED Peru');
  });
});
