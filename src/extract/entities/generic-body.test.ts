// A state's body written without its own name: in lower case after its demonym or its
// country's possessive, or as its seat before a title. Invented sentences.
import type { Entity } from '../../model';
import { splitSentences } from '../sentences';
import { recognizeEntities } from '.';

const read = (text: string): Entity[] =>
  recognizeEntities({ id: 't', title: '', text, source: 'test' }, splitSentences(text)).entities;
const orgs = (text: string): string[] =>
  read(text)
    .filter((e) => e.type === 'Organization')
    .map((e) => e.name);

describe('a force in lower case after its country’s possessive', () => {
  it.each([
    ['Peru’s army says its troops took the pass.', 'Peruvian Army', 'Peru'],
    ['They agreed to modernise Norway’s armed forces.', 'Norwegian Armed Forces', 'Norway'],
    // its head after it: the article's named force when it has one (national-force.test.ts)
    ['Peru’s army chief of staff spoke on Friday.', 'Peruvian Army', 'Peru'],
  ])('%s → %s, and the country', (text, body, country) => {
    expect(orgs(text)).toContain(body);
    expect(read(text).map((e) => e.name)).toContain(country);
  });

  it.each([
    'Peru’s military accused the rebels of breaking the truce.',
    'Peru’s foreign ministry condemned the exercises.',
  ])('reads no body in "%s"', (text) => {
    expect(orgs(text)).toEqual([]);
  });

  it('gives two countries’ armies two ids', () => {
    const found = read('Peru’s army moved north. Chile’s army stayed.').map((e) => e.id);
    expect(found).toEqual(
      expect.arrayContaining(['organization:peruvian-army', 'organization:chilean-army']),
    );
  });
});

describe('a body after its demonym, before its voice or its people', () => {
  it.each([
    ['A Peruvian foreign ministry statement says the talks failed.', 'Peruvian Foreign Ministry'],
    ['Many of the rebels are Peruvian army defectors.', 'Peruvian Army'],
  ])('%s → %s', (text, name) => {
    expect(orgs(text)).toContain(name);
  });

  it('reads "military" before a noun as an adjective', () => {
    expect(orgs('A Peruvian military spokesman said the pass was open.')).toEqual([]);
  });
});

describe('a seat of government before a title is its body', () => {
  it.each([
    ['Pentagon Press Secretary Tom Walden provided the following readout.', 'Organization'],
    ['Acting Chief Pentagon Spokesperson Tom Walden provided a readout.', 'Organization'],
    ['The talks were held at the Pentagon on Monday.', 'Location'],
  ])('%s → %s', (text, type) => {
    const seat = read(text).find((e) => e.aliases.includes('Pentagon'));
    expect(seat?.type).toBe(type);
  });
});
