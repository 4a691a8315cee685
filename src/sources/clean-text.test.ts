// Text cleaning, as a reader of the article would check it: characters, paragraphs, broken
// sentences joined back, furniture gone. Tables of [input, expected] (STYLE.md §12).
import { cleanText } from './clean-text';
import { repairParagraphs } from './repair-paragraphs';
import { stripBoilerplate } from './strip-boilerplate';

describe('cleanText normalises characters and whitespace', () => {
  test.each([
    ['decomposed accents become composed (NFC)', 'Cafe\u0301 society', 'Caf\u00e9 society'],
    ['NBSP and thin spaces become spaces', 'three\u00a0countries\u2009met', 'three countries met'],
    ['zero-width characters and soft hyphens go', 'draf\u200bted by media\u00adtors', 'drafted by mediators'],
    ['runs of spaces and tabs collapse', 'a  \t b', 'a b'],
    ['Windows line endings', 'One.\r\n\r\nTwo.', 'One.\n\nTwo.'],
    ['curly quotes are kept as written', '“We will,” she said.', '“We will,” she said.'],
    [
      'a modifier letter apostrophe between letters is an apostrophe',
      'The Treasury\u02BCs Office acted; \u02BCAbd stays.',
      'The Treasury’s Office acted; \u02BCAbd stays.',
    ],
    [
      'a hard-wrapped paragraph is joined',
      'Foreign ministers from three countries met in\nGeneva on Friday.',
      'Foreign ministers from three countries met in Geneva on Friday.',
    ],
    [
      'a headline right above the text stays its own paragraph',
      'Talks on grain exports resume in Istanbul after a month\nNegotiators from both countries returned to the table on Monday after weeks of delay, officials said.',
      'Talks on grain exports resume in Istanbul after a month\n\nNegotiators from both countries returned to the table on Monday after weeks of delay, officials said.',
    ],
    [
      'a wrapped paragraph whose lines start with names is joined',
      'Ministers from the two countries met in the capital with\nPresident William Ruto on Monday and agreed to start fresh\nTalks in May.',
      'Ministers from the two countries met in the capital with President William Ruto on Monday and agreed to start fresh Talks in May.',
    ],
    [
      'a short heading line stays its own paragraph',
      'He said so.\nWhat comes next\n\nMore text.',
      'He said so.\n\nWhat comes next\n\nMore text.',
    ],
  ])('%s', (_why, input, expected) => {
    expect(cleanText(input)).toBe(expected);
  });
});

describe('repairParagraphs joins paragraphs broken inside a sentence', () => {
  test.each([
    [
      'initials split from their last letter',
      ['attacks against U.', 'S and Coalition personnel.'],
      ['attacks against U.S and Coalition personnel.'],
    ],
    [
      'initials with a dot after the last letter',
      ['a team from the U.', 'K. arrived.'],
      ['a team from the U.K. arrived.'],
    ],
    [
      'a title abbreviation before a name',
      ['It was signed by Gen.', 'Smith on Monday.'],
      ['It was signed by Gen. Smith on Monday.'],
    ],
    [
      'no terminal punctuation and a lowercase start',
      ['The talks, which began in', 'march, went on.'],
      ['The talks, which began in march, went on.'],
    ],
    [
      'a comma at the end',
      ['Officials said,', 'Without naming anyone.'],
      ['Officials said, Without naming anyone.'],
    ],
    [
      'a finished sentence is a real break',
      ['He left the U.S.', 'The talks went on.'],
      ['He left the U.S.', 'The talks went on.'],
    ],
    [
      'initials that end a paragraph, before a paragraph opening on initials of its own',
      ['Tensions rose with the U.S.', 'U.S. President Joe Biden spoke.'],
      ['Tensions rose with the U.S.', 'U.S. President Joe Biden spoke.'],
    ],
    [
      'a headline before its first paragraph',
      ['Militant group vows to continue attacks', 'The US missile struck.'],
      ['Militant group vows to continue attacks', 'The US missile struck.'],
    ],
  ])('%s', (_why, input, expected) => {
    expect(repairParagraphs(input)).toEqual(expected);
  });
});

describe('stripBoilerplate drops site furniture', () => {
  const body = ['The council met on Monday.', 'It approved the budget.'];
  test.each([
    [
      '"Check Also" and the teaser after it',
      [
        ...body,
        'Check Also',
        'Between the EU and Moscow: How Russia Exploits Divisions in Bosnia',
        'Entrenched divisions …',
      ],
    ],
    ['a "Related stories" block', [...body, 'Related stories', 'Mayor opens library', 'Floods in the north']],
    ['"Read more" lines', [body[0], 'Read more', body[1], 'Read more: Budget row deepens']],
    ['"Related:" teasers', [body[0], 'Related: Budget row deepens', body[1]]],
    ['share bars and share links', [...body, 'Share this article', 'Facebook | X | WhatsApp | Email']],
    ['subscription calls', [...body, 'Subscribe to our newsletter for daily updates']],
    ['copyright lines and bare links', [...body, '© 2025 The Gazette', 'https://example.invalid/story']],
  ])('%s', (_why, paragraphs) => {
    expect(stripBoilerplate(paragraphs)).toEqual(body);
  });

  test('keeps sentences that merely start with a furniture word', () => {
    const text = ['Subscribers to the service said prices rose.', 'Related talks will follow in May.'];
    expect(stripBoilerplate(text)).toEqual(text);
  });

  test('a teaser heading as the first paragraph does not empty the article', () => {
    expect(stripBoilerplate(['See also', 'The council met.'])).toEqual(['The council met.']);
  });
});
