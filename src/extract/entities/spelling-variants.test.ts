// One actor under two spellings in one article. Invented names.
import { readEntities as read } from '../../../test/support/entity-cases';
import { consonants, oneSlip, sameSpelledName, surnameOf, typedWithSlip } from './spelling-variants';

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

// Round 29: one person typed twice with one slip (b10, b12, b20 on train). Invented names.
describe('typedWithSlip', () => {
  test.each([
    ['Kwabena Osafotey', 'Kwabena Osafotay'],
    ['Nicolas Bertrandou', 'Nicholas Bertrandou'],
    ['Michael Tandohwe', 'Micheal Tandohwe'],
    ['Lidia Marcu Vasilescu', 'Lidia Marcu Vasilsecu'],
  ])('%s = %s', (a, b) => expect(typedWithSlip(a, b)).toBe(true));
  test.each([
    ['Andrea Lombardini', 'Andrew Lombardini'],
    ['Ana Ruiz', 'Ana Ruis'],
    ['Marco Bellini', 'Marco Bertini'],
    ['Kwabena Osafotey', 'Kofi Osafotey'],
    ['Kwabena Osafotey', 'Kwabena Osafotey Mensah'],
  ])('%s ≠ %s', (a, b) => expect(typedWithSlip(a, b)).toBe(false));
  test('one slip counts a swap of neighbours as one', () => {
    expect(oneSlip('mborantsuo', 'mborantsou')).toBe(true);
    expect(oneSlip('gbagbo', 'ggabgo')).toBe(false);
  });
  test("a lone surname with two letters swapped is the full name's", () => {
    expect(surnameOf('Elodie Ngomatsuo', 'Ngomatsou')).toBe(true);
    expect(surnameOf('Elodie Ngomatsuo', 'Ngomatsa')).toBe(false);
  });
});

describe('mergeSpellingVariants, round 29', () => {
  const people = (text: string) => read(text).filter((e) => e.type === 'Person');
  test('a surname typed with one letter wrong is the same person', () => {
    const found = people('Kwabena Osafotey met the envoy. Later Kwabena Osafotay said talks would go on.');
    expect(found).toHaveLength(1);
    expect(found[0].aliases).toContain('Kwabena Osafotay');
  });
  test('a given name with a letter more is the same person', () => {
    expect(
      people('Nicolas Bertrandou spoke on Monday. Nicholas Bertrandou spoke again on Friday.'),
    ).toHaveLength(1);
  });
  test('a lone surname with two letters swapped joins the full name', () => {
    expect(people('Judge Elodie Ngomatsuo ruled on Monday. Ngomatsou said the vote stood.')).toHaveLength(1);
  });
  test('two given names a letter apart stay two people', () => {
    expect(people('Andrea Lombardini met Andrew Lombardini in Turin.')).toHaveLength(2);
  });
  test('two surnames two letters apart stay two people', () => {
    expect(people('Marco Bellini spoke. Marco Bertini also spoke.')).toHaveLength(2);
  });
});
