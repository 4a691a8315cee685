import { splitSentences, MAX_SENTENCE_CHARS } from './sentences';

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
    // an amount after an abbreviation runs on; after a word it opens a sentence (round 26)
    [
      'Regulators fined Valdor Inc. €30 million on Monday.',
      ['Regulators fined Valdor Inc. €30 million on Monday.'],
    ],
    [
      'The firm paid in full. $5 million went to charity.',
      ['The firm paid in full.', '$5 million went to charity.'],
    ],
  ];
  test.each(cases)('%j', (text, expected) => {
    const sentences = splitSentences(text);
    expect(sentences.map((s) => s.text)).toEqual(expected);
    for (const s of sentences) expect(text.slice(s.start, s.end)).toBe(s.text);
    expect(sentences.map((s) => s.index)).toEqual(expected.map((_, i) => i));
  });
});

describe('splitSentences on hostile input', () => {
  const offsetsHold = (text: string) => {
    for (const s of splitSentences(text)) expect(text.slice(s.start, s.end)).toBe(s.text);
  };

  test('one line of 20,000 sentences splits into 20,000 sentences', () => {
    const text = Array.from({ length: 20000 }, (_, i) => `The talks went well, number ${i}.`).join(' ');
    const sentences = splitSentences(text);
    expect(sentences).toHaveLength(20000);
    expect(sentences[19999].text).toBe('The talks went well, number 19999.');
  });

  test('a stretch without a sentence end is cut into pieces at spaces, none over the cap', () => {
    const text = 'word '.repeat(3000).trim();
    const sentences = splitSentences(text);
    expect(sentences.length).toBeGreaterThan(1);
    for (const s of sentences) expect(s.text.length).toBeLessThanOrEqual(MAX_SENTENCE_CHARS);
    expect(sentences.map((s) => s.text).join(' ')).toBe(text);
    offsetsHold(text);
  });

  test('a 100,000-character word is left out; the sentences around it are kept', () => {
    const text = `Rain fell. Then ${'A.'.repeat(50000)} came. It stopped.`;
    const sentences = splitSentences(text);
    expect(sentences.map((s) => s.text)).toEqual(['Rain fell.', 'Then', 'came.', 'It stopped.']);
    offsetsHold(text);
  });

  test('a run of 10,000 dots is left out; a long word before a period still ends a sentence', () => {
    const text = `${'.'.repeat(10000)} Next one. ${'X'.repeat(400)}. Last.`;
    expect(splitSentences(text).map((s) => s.text)).toEqual(['Next one.', `${'X'.repeat(400)}.`, 'Last.']);
  });

  test('a title-case line without final punctuation is flagged once, for the entity step and the rules', () => {
    const text = [
      'Coastal Militia Hits Two Ports Before Talks',
      'Spokesperson Ana Ruiz Said On Tuesday:',
      'The Coastal Militia struck two ports in Peru.',
    ].join('\n');
    expect(splitSentences(text).map((s) => s.titleCase)).toEqual([true, false, false]);
  });
  // Round 24: a stop inside a closing bracket ends a sentence of prose, as a bare stop does
  test.each([
    ['(Case No. 21 0417; the contacts are Lena Ortiz and Paul Brandt, Bureau of Audits.)', false],
    ['(Lena Ortiz Met Paul Brandt In Lisbon On Friday.)', false],
    ['(Reporting By Lena Ortiz In Lisbon Today!)', false],
    ['[Lena Ortiz Met Paul Brandt In Lisbon Today.]', false],
    // nearest negatives: a bracketed title-case line with no stop, and a headline without any
    ['(Coastal Militia Hits Two Ports Before Talks)', true],
    ['Coastal Militia Hits Two Ports Before Talks', true],
  ])('%s is title case: %s', (line, flagged) => {
    expect(splitSentences(`The vote was unanimous.\n${line}`).map((s) => s.titleCase)).toEqual([
      false,
      flagged,
    ]);
  });
  // Round 21: the word before a period is read back from the period, not by an end-anchored regex
  test('an initial or abbreviation before a period does not end the sentence; a word does', () => {
    expect(
      splitSentences('He met Mary K. Olsen. Gen. Ruiz came. Then it rained.').map((s) => s.text),
    ).toEqual(['He met Mary K. Olsen.', 'Gen. Ruiz came.', 'Then it rained.']);
  });

  test('a letter outside the basic plane before a period is one letter of the word', () => {
    // a one-letter "word" is an initial; two such letters are a word that ends the sentence
    expect(splitSentences('It was 𝐀. Olsen came.').map((s) => s.text)).toEqual(['It was 𝐀. Olsen came.']);
    expect(splitSentences('It was 𝐀𝐁. Olsen came.').map((s) => s.text)).toEqual([
      'It was 𝐀𝐁.',
      'Olsen came.',
    ]);
  });

  test('a word longer than the window before a period ends the sentence', () => {
    const long = `${'𝐀'.repeat(40)}`;
    expect(splitSentences(`See ${long}. Next one.`).map((s) => s.text)).toEqual([
      `See ${long}.`,
      'Next one.',
    ]);
  });
});
