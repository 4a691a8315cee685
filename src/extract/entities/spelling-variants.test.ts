// One actor under two spellings in one article. Invented names.
import { readEntities as read } from '../../../test/support/entity-cases';
import { consonants, sameSpelledName } from './spelling-variants';

describe('sameSpelledName', () => {
  test.each([
    ['Fateh el Rimah', 'Fatah al-Rimah'],
    ['Global Aid Programme', 'Global Aid Program'],
    ['Evariste Ondimba', 'Evarisate Ondimba'],
    ['Mohammed al-Tarek', 'Muhammad al-Tarek'],
  ])('%s = %s', (a, b) => expect(sameSpelledName(a, b)).toBe(true));
  test.each([
    ['Hassan Nasrani', 'Hussein Nasrani'],
    ['Fatah', 'Fateh'],
    ['Ana Ruiz', 'Ana Reyes'],
    ['Northern Alliance', 'Northern Alliances Front'],
  ])('%s ≠ %s', (a, b) => expect(sameSpelledName(a, b)).toBe(false));
  test('consonants in order, doubled ones once', () => expect(consonants('Programme')).toBe('prgrm'));
});

describe('mergeSpellingVariants', () => {
  test('one group under two transliterations', () => {
    const found = read('The army fought Fateh el Rimah. The role Fatah al-Rimah plays grew.');
    expect(found.filter((e) => e.type === 'Organization')).toHaveLength(1);
  });
  test('two people whose names differ by more than a spelling stay two', () => {
    const found = read('Hassan Nasrani spoke. Hussein Nasrani also spoke.');
    expect(found.filter((e) => e.type === 'Person')).toHaveLength(2);
  });
});
