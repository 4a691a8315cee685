import { askedOnly, isQuestion } from './questions';

describe('isQuestion', () => {
  it.each([
    'How can the EU support Portugal in the dispute',
    'Will Spain attack Portugal?',
    'Did Spain arm the rebels',
    'He asked: "Is Spain arming the rebels?"',
    'Why did Spain attack Portugal',
  ])('reads "%s" as a question', (text) => expect(isQuestion(text)).toBe(true));

  it.each([
    'Why Spain attacked Portugal.',
    'How Spain won the vote.',
    'May 5 saw Spain attack Portugal.',
    'Spain attacked Portugal, officials said.',
    'Is not the point, he said.',
  ])('reads "%s" as a statement', (text) => expect(isQuestion(text)).toBe(false));
});

describe('askedOnly', () => {
  it('keeps only what the names are in a question', () => {
    const facts = [{ predicate: 'LEADS' }, { predicate: 'SUPPORTS' }, { predicate: 'LOCATED_IN' }];
    expect(askedOnly('Can X help Y?', facts).map((f) => f.predicate)).toEqual(['LEADS', 'LOCATED_IN']);
    expect(askedOnly('X helped Y.', facts)).toHaveLength(3);
  });
});
