// The recogniser's tokenizer (./tokens.ts): the words it joins and the ones it splits, in our own
// words. Round 21 reordered its word pattern (each joining character before its lookbehind) for
// speed: these pin the tokens it gives.
import { tokenize } from './tokens';

const words = (text: string) => tokenize(text, text, 0).map((t) => t.text);

describe('tokenize', () => {
  test('capitals joined by an ampersand are one word; lower case around it is not', () => {
    expect(words('AT&T and S&P rose.')).toEqual(['AT&T', 'and', 'S&P', 'rose']);
    expect(words('salt&pepper')).toEqual(['salt', '&', 'pepper']);
  });

  test('an amount written onto its currency code is no capitalised word of a name', () => {
    const cap = (text: string) => tokenize(text, text, 0).map((t) => `${t.text}:${t.cap}`);
    expect(cap('E.ON AG EUR38 million')).toEqual(['E.ON:true', 'AG:true', 'EUR38:false', 'million:false']);
    expect(cap('COP26 opened')).toEqual(['COP26:true', 'opened:false']);
  });

  test('an amount with its currency letters is one word', () => {
    expect(words('It paid US$21 million.')).toEqual(['It', 'paid', 'US$21', 'million']);
    expect(words('It paid us$21.')).toEqual(['It', 'paid', 'us', '$', '21']);
  });

  test('inner periods join, a final one goes, a dropped space after a sentence splits', () => {
    expect(words('The U.S.-led force left St.Louis.')).toEqual([
      'The',
      'U.S.-led',
      'force',
      'left',
      'St.Louis',
    ]);
    expect(words('a depot in Kadoma.The source said')).toEqual([
      'a',
      'depot',
      'in',
      'Kadoma',
      'The',
      'source',
      'said',
    ]);
  });

  test('"al" before a name joins it; a plural\'s apostrophe before a particle does not', () => {
    expect(words('fighters of al Qaeda')).toEqual(['fighters', 'of', 'al-Qaeda']);
    expect(words("led by Shia' al-Sudani")).toEqual(['led', 'by', "Shia'", 'al-Sudani']);
    expect(words("the Houthis' al-Masirah")).toEqual(['the', 'Houthis', "'", 'al-Masirah']);
    expect(words('an al qaeda cell')).toEqual(['an', 'al', 'qaeda', 'cell']);
  });

  test("offsets are the article's and possessives are split off", () => {
    const [first, second] = tokenize('Hezbollah’s fighters', 'Hezbollah’s fighters', 10);
    expect(first).toMatchObject({ text: 'Hezbollah', start: 10, end: 19, possessive: true, cap: true });
    expect(second).toMatchObject({ text: 'fighters', start: 22, possessive: false, cap: false });
  });

  test('a second call starts afresh', () => {
    expect(words('P5+1 talks')).toEqual(['P5+1', 'talks']);
    expect(words('P5+1 talks')).toEqual(['P5+1', 'talks']);
  });
});
