import { splitSentences } from './sentences';

describe('splitSentences', () => {
  const cases: [string, string[]][] = [
    [
      'The army said it struck a depot. Officials denied it.',
      ['The army said it struck a depot.', 'Officials denied it.'],
    ],
    [
      'Gen. Mark Reed spoke in the U.S. Senate on Jan. 5. He left.',
      ['Gen. Mark Reed spoke in the U.S. Senate on Jan. 5.', 'He left.'],
    ],
    ['Troops left the U.S. The base closed.', ['Troops left the U.S.', 'The base closed.']],
    [
      'Dr. Anna K. Berg met Mr. Cole at 10 p.m. that night.',
      ['Dr. Anna K. Berg met Mr. Cole at 10 p.m. that night.'],
    ],
    ['“We will respond,” he said. “Soon.”', ['“We will respond,” he said.', '“Soon.”']],
    [
      'Rebels advance on capital\n\nFighting spread on Monday.',
      ['Rebels advance on capital', 'Fighting spread on Monday.'],
    ],
    ['DALLAS, Texas — Rain fell. Is it over? Yes!', ['DALLAS, Texas — Rain fell.', 'Is it over?', 'Yes!']],
  ];
  test.each(cases)('%j', (text, expected) => {
    const sentences = splitSentences(text);
    expect(sentences.map((s) => s.text)).toEqual(expected);
    for (const s of sentences) expect(text.slice(s.start, s.end)).toBe(s.text);
    expect(sentences.map((s) => s.index)).toEqual(expected.map((_, i) => i));
  });
});
