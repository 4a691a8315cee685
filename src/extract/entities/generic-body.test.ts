// A state's body written without its own name: in lower case after its demonym or its
// country's possessive, or as its seat before a title. Invented sentences.
import type { Entity } from '../../model';
import { splitSentences } from '../sentences';
import { recognizeEntities } from '.';
import { COUNTRIES } from '../lexicon/countries';
import { listedBodyCountry, ownedName } from './generic-body';

const read = (text: string): Entity[] =>
  recognizeEntities({ id: 't', title: '', text, source: 'test' }, splitSentences(text)).entities;
const orgs = (text: string): string[] =>
  read(text)
    .filter((e) => e.type === 'Organization')
    .map((e) => e.name);

describe('a force in lower case after its country’s possessive', () => {
  // read as a body, then as the country acting through it (national-force.ts; test/gold/README.md,
  // "State forces"): a force with its own name stays a body
  it.each([
    ['Peru’s army says its troops took the pass.', 'Peru’s army', 'Peru'],
    ['They agreed to modernise Norway’s armed forces.', 'Norway’s armed forces', 'Norway'],
    ['Peru’s army chief of staff spoke on Friday.', 'Peru’s army', 'Peru'],
  ])('%s → %s, the country', (text, written, country) => {
    expect(orgs(text)).toEqual([]);
    expect(read(text).find((e) => e.name === country)?.aliases).toContain(written);
  });

  it.each([
    'Peru’s military accused the rebels of breaking the truce.',
    'Peru’s foreign ministry condemned the exercises.',
  ])('reads no body in "%s"', (text) => {
    expect(orgs(text)).toEqual([]);
  });

  it('gives two countries’ armies two ids: the two countries', () => {
    const found = read('Peru’s army moved north. Chile’s army stayed.').map((e) => e.id);
    expect(found).toEqual(['country:peru', 'country:chile']);
  });
});

describe('a body after its demonym, before its voice or its people', () => {
  it.each([['A Peruvian foreign ministry statement says the talks failed.', 'Peruvian Foreign Ministry']])(
    '%s → %s',
    (text, name) => {
      expect(orgs(text)).toContain(name);
    },
  );

  it('reads a force there as its country', () => {
    const found = read('Many of the rebels are Peruvian army defectors.');
    expect(found.map((e) => e.name)).toEqual(['Peru']);
    expect(found[0].aliases).toContain('Peruvian army');
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

describe('listedBodyCountry', () => {
  // the first state, in the lexicon's order, whose name or body prefix opens the name
  const firstState = (name: string) =>
    COUNTRIES.find((c) => name.startsWith(ownedName(c.name, '')) || name.startsWith(`${c.name} `))?.name;
  it('finds the state a listed body is named after, as a search of every state would', () => {
    const names = COUNTRIES.flatMap((c) => [c.name, ...c.demonyms]).flatMap((w) => [
      `${w} Senate`,
      `${w} National Guard`,
      `${w}Senate`,
      w,
    ]);
    expect(names.map(listedBodyCountry)).toEqual(names.map(firstState));
    expect(listedBodyCountry('U.S. Senate')).toBe('United States');
    expect(listedBodyCountry('European Central Bank')).toBeUndefined();
  });
});
