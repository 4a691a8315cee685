// Round 40: a plural noun of force or act that compromise tags a verb after a noun or a name
// ("terrorist attacks by X", "border talks on Monday") is read as the noun where what follows
// cannot follow the verb, so the noun readers and the sentence's real verb get their turn; before
// an object the word stays a verb. Sentences written for these tests; the events are invented.
import { extractArticle } from '..';
import type { Sentence } from '../../model';
import { termsOf } from '../nlp';
import { unitsOf } from './units';

const all = (text: string): string[] =>
  extractArticle({ id: 't', title: 'Plural nouns', text, source: 'test' }).relations.map(
    (r) => `${r.subject} ${r.predicate} ${r.object}`,
  );

/** The tags the frame engine reads on `word` in `text` (no names: a sentence of plain words). */
const tagsOf = (text: string, word: string): string[] => {
  const sentence: Sentence = { index: 0, start: 0, end: text.length, text, titleCase: false };
  const units = unitsOf(sentence, termsOf(text), [], new Map());
  return [...(units.find((u) => u.lower === word)?.tags ?? [])];
};

describe('a plural noun the tagger calls a verb, round 40', () => {
  it.each([
    [
      'The minister repeated Norway’s firm condemnation of the brutal terrorist attacks by Hamas on Israeli towns.',
      'Norway CRITICIZED Hamas',
    ],
    [
      'Sweden voiced its condemnation of the deadly rocket attacks by Hezbollah on Israel.',
      'Sweden CRITICIZED Hezbollah',
    ],
    ['Kenya and Uganda held border talks on Monday.', 'Kenya COOPERATED Uganda'],
  ])('reads the noun: "%s"', (text, fact) => {
    expect(all(text)).toContain(fact);
  });

  it.each([
    ['The rebels said the army strikes against their camps went on for a week.', 'strikes'],
    ['Officials said separatist forces in the east withdrew.', 'forces'],
    ['Coalition forces targeted four depots.', 'forces'],
    ['The army said peace talks between the rival camps ended.', 'talks'],
    ['He faced weapons charges against the state.', 'charges'],
  ])('tags a noun: "%s"', (text, word) => {
    expect(tagsOf(text, word)).toContain('Noun');
    expect(tagsOf(text, word)).not.toContain('Verb');
  });

  it.each([
    // before its object the word is the verb
    ['The militia attacks border towns every week.', 'attacks'],
    // a pronoun's verb
    ['It forces the villagers to flee.', 'forces'],
  ])('keeps the verb: "%s"', (text, word) => {
    expect(tagsOf(text, word)).toContain('Verb');
  });

  it('keeps the verb before its object, with names', () => {
    expect(all('Hamas attacks Israeli towns every week.')).toContain('Hamas ATTACKED Israel');
  });
});
