// Round 46 (extraction time): the two pronoun passes share each sentence's quotations, worked out
// once per article in one pass over the text (`sentenceQuotations`), and walk back over a long
// quotation to where it opened by one function (`namedBeforeQuotation`). Invented sentences.
import {
  namedBeforeQuotation,
  quotedAt,
  quotedRanges,
  sentenceQuotations,
  type ReadSentence,
} from './coreference';
import { tokenize } from './tokens';

/** The text cut into sentences at each '|' (the bars are dropped), tokenised as the entity step does. */
function sentencesOf(marked: string): { text: string; sentences: ReadSentence[] } {
  const parts = marked.split('|');
  const text = parts.join('');
  let offset = 0;
  const sentences = parts.map((part, index) => {
    const tokens = tokenize(part, part, offset);
    offset += part.length;
    return { index, tokens };
  });
  return { text, sentences };
}

/** Each sentence's quotations as each pass worked them out before round 46, one sentence at a time. */
function oneByOne(text: string, sentences: readonly ReadSentence[]): [number, number][][] {
  return sentences.map((s) => quotedRanges(s.tokens, !!s.tokens[0] && quotedAt(text, s.tokens[0].start)));
}

describe('sentenceQuotations', () => {
  it.each([
    ['a quotation inside one sentence', 'Ana Ruiz spoke. |“We will stay,” she said. |The talks ended.'],
    [
      'a quotation running over three sentences',
      'Ana Ruiz told the radio: “The road is shut. |The bridge fell. |We wait,” she said. |Rain fell.',
    ],
    [
      'a paragraph that opens the quotation left open again',
      'Ana Ruiz said: “The road is shut.\n\n|“The bridge fell. |We wait.” |Rain fell.',
    ],
    ['straight quotes', 'Ana Ruiz said: "The road is shut. |We wait," she added. |Rain fell.'],
    ['a straight quote closing a curly one', 'Ana Ruiz said: “The road is shut. |We wait," she added.'],
  ])('gives what the sentence-by-sentence reading gave: %s', (_, marked) => {
    const { text, sentences } = sentencesOf(marked);
    const shared = sentenceQuotations(sentences, text);
    expect(sentences.map((s) => shared.get(s.index))).toEqual(oneByOne(text, sentences));
  });

  it('reads a quotation left open from an earlier sentence as running on', () => {
    const { text, sentences } = sentencesOf('Ana Ruiz said: “The road is shut. |The bridge fell. |We wait.”');
    const quotes = sentenceQuotations(sentences, text);
    expect(quotes.get(1)).toEqual([[-1, Number.MAX_SAFE_INTEGER]]);
    expect(quotes.get(2)?.[0]?.[0]).toBe(-1);
  });
});

describe('namedBeforeQuotation', () => {
  const { text, sentences } = sentencesOf(
    'Ana Ruiz told the radio: “The road is shut. |The bridge fell. |We wait,” she said. |Rain fell.',
  );
  const quotations = sentenceQuotations(sentences, text);
  const byIndex = new Map(sentences.map((s) => [s.index, s]));
  const quotesOf = (s: ReadSentence) => quotations.get(s.index) ?? [];
  /** "Ana Ruiz" outside the quotation in sentence 0, "road" inside it. */
  const mentions = [
    { sentenceIndex: 0, start: text.indexOf('Ana'), name: 'Ana Ruiz' },
    { sentenceIndex: 0, start: text.indexOf('road'), name: 'road' },
  ];
  const outside = (p: { start: number }, quotes: readonly [number, number][]) =>
    !quotes.some(([a, b]) => a < p.start && p.start < b);

  it('walks back over sentences that are all quotation to the one the quotation opened in', () => {
    const found = namedBeforeQuotation({ index: 2, reach: 3, byIndex, quotesOf }, mentions, outside);
    expect(found.map((p) => p.name)).toEqual(['Ana Ruiz']);
  });

  it('gives every mention that counts there, in order', () => {
    const found = namedBeforeQuotation({ index: 2, reach: 3, byIndex, quotesOf }, mentions, () => true);
    expect(found.map((p) => p.name)).toEqual(['Ana Ruiz', 'road']);
  });

  it('stops at a sentence with words outside the quotations that names no one', () => {
    expect(namedBeforeQuotation({ index: 4, reach: 3, byIndex, quotesOf }, mentions, outside)).toEqual([]);
  });

  it('goes no further back than its reach', () => {
    expect(namedBeforeQuotation({ index: 2, reach: 1, byIndex, quotesOf }, mentions, outside)).toEqual([]);
  });

  it('does not walk over a sentence the caller says it may not pass', () => {
    const passes = (k: number) => k !== 1;
    expect(
      namedBeforeQuotation({ index: 2, reach: 3, byIndex, quotesOf }, mentions, outside, passes),
    ).toEqual([]);
  });
});
