// A state body the gazetteers file under a country belongs to it, unless its written name opens
// on another state (round 19): the gazetteer's "National Security Agency" is American, an
// "Egyptian National Security Agency" is not.
import type { Entity } from '../../model';
import { stateOfBodyAmong } from './state-bodies';

const country = (name: string): Entity => ({
  id: `Country:${name}`,
  name,
  type: 'Country',
  aliases: [name],
  mentionCount: 1,
});
const agency = (name: string, ...aliases: string[]): Entity => ({
  id: `Organization:${name}`,
  name,
  type: 'Organization',
  category: 'government',
  aliases: [name, ...aliases],
  mentionCount: 1,
});
const COUNTRIES = [country('United States'), country('Egypt')];

test.each([
  [agency('NSA', 'National Security Agency'), 'United States'],
  [agency('NSA', 'U.S. National Security Agency', 'National Security Agency'), 'United States'],
  [agency('NSA', 'Egyptian National Security Agency', 'National Security Agency'), undefined],
])('%j', (org, expected) => {
  expect(stateOfBodyAmong(org, COUNTRIES)?.name).toBe(expected);
});
