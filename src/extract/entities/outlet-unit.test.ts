// A broadcaster's unit (./outlet-unit.ts). Round 21: the reader is asked only where a unit noun
// ("service", "bureau", "desk") stands after the word, looked for once per sentence; these pin what
// it reads on either side of that test, in our own words.
import { readEntities } from '../../../test/support/entity-cases';

const organisations = (text: string) =>
  readEntities(text)
    .filter((e) => e.type === 'Organization')
    .map((e) => e.name);

describe('outlet units', () => {
  test('a unit noun after the outlet and its audience makes the unit the outlet', () => {
    expect(organisations('A herder told VOA Somali Service that the well had dried up.')).toEqual([
      'Voice of America',
    ]);
    expect(
      readEntities('A herder told VOA Somali Service that the well had dried up.').map((e) => e.name),
    ).not.toContain('Somalia');
  });

  test('a unit noun before the words is no unit of theirs: the place after it stays a place', () => {
    const text = 'The service said VOA reporters in Somalia had left.';
    expect(organisations(text)).toEqual(['Voice of America']);
    expect(readEntities(text).map((e) => e.name)).toContain('Somalia');
  });

  test('a sentence read after one with a unit noun is read afresh', () => {
    const text =
      'A herder told VOA Somali Service that the well had dried up. VOA reporters in Somalia said more left.';
    expect(readEntities(text).map((e) => e.name)).toEqual(
      expect.arrayContaining(['Voice of America', 'Somalia']),
    );
  });
});
