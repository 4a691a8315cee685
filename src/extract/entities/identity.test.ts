// Identity: two different bodies never share an id. Invented sentences.
import type { Entity } from '../../model';
import { splitSentences } from '../sentences';
import { recognizeEntities } from '.';

const read = (text: string): Entity[] =>
  recognizeEntities({ id: 't', title: '', text, source: 'test' }, splitSentences(text)).entities;
const ids = (text: string): string[] => read(text).map((e) => e.id);

describe('generic body names are qualified by their owner', () => {
  it("gives two countries' armed forces two ids", () => {
    const found = ids('Norway’s Armed Forces sent ships. Peru’s Armed Forces said they would help.');
    expect(found).toContain('organization:norwegian-armed-forces');
    expect(found).toContain('organization:peruvian-armed-forces');
    expect(found).not.toContain('organization:armed-forces');
  });

  it('keeps the written possessive form as an alias', () => {
    const forces = read('Chile’s Supreme Court ruled on Monday.').find((e) => e.type === 'Organization');
    expect(forces?.name).toBe('Chilean Supreme Court');
    expect(forces?.aliases).toEqual(expect.arrayContaining(['Supreme Court', 'Chile’s Supreme Court']));
  });

  it('reads a one-word body only with its owner', () => {
    expect(ids('Kenya’s Parliament voted on Tuesday.')).toContain('organization:kenyan-parliament');
    expect(ids('Parliament voted on Tuesday.')).toEqual([]);
  });

  it('gives a bare body to the one country the article is about, and the same record again', () => {
    const text =
      'Peru’s government faced protests. Peru said the Central Bank would act. ' +
      'The Central Bank raised rates in Peru.';
    const banks = read(text).filter((e) => e.type === 'Organization');
    expect(banks.map((e) => e.id)).toEqual(['organization:peruvian-central-bank']);
  });

  it('leaves a bare body bare when no country clearly owns it', () => {
    expect(ids('The Supreme Court ruled on Monday.')).toEqual(['organization:supreme-court']);
  });

  it('names a country whose demonym is shared by its name', () => {
    const found = ids('Congo’s Armed Forces moved north. The Republic of Congo’s Armed Forces stayed.');
    expect(new Set(found.filter((id) => id.includes('armed-forces'))).size).toBe(2);
  });
});

describe('a person named again by a short form is one node', () => {
  const people = (text: string): string[] =>
    read(text)
      .filter((e) => e.type === 'Person')
      .map((e) => e.name);

  it.each([
    ['Foreign Minister Park Jin met envoys on Monday. Park said the talks went well.', 'Park Jin'],
    ['Vice Minister Liu Jianchao arrived on Tuesday. Liu told reporters little.', 'Liu Jianchao'],
    ['Deputy Minister Nguyen Minh spoke first. Later Nguyen said the plan stands.', 'Nguyen Minh'],
  ])('reads an East Asian family name, written first, as the person: %s', (text, name) => {
    expect(people(text)).toEqual([name]);
  });
});
