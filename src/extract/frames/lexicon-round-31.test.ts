// Words the frame lexicon lacked (round 31), in our own words with invented names: "topple" and
// "overthrow" (ATTACKED; CAMEO 180 for "overthrow"), "launched / conducted an operation against Y"
// (ATTACKED; CAMEO 190), and "targeted sanctions", where compromise read the participle as a
// verb of attack. Each shape on several sentences, and the nearest sentences that must state nothing.
import { extractArticle } from '..';

const factsIn = (text: string) =>
  extractArticle({ id: 'lexicon-round-31', title: '', text, source: 'test' })
    .relations.filter((r) => !['MEMBER_OF', 'LEADS', 'LOCATED_IN'].includes(r.predicate))
    .map((r) => `${r.subject}|${r.predicate}|${r.object}`)
    .sort();

describe('toppling or overthrowing a ruler or a government', () => {
  test.each([
    ['The Azure Front toppled the government of Chile in 2010.', 'Azure Front|ATTACKED|Chile'],
    ['Norwegian soldiers overthrew President Pedro Alvarez on Monday.', 'Norway|ATTACKED|Pedro Alvarez'],
    ['Azure Front rebels have toppled President Pedro Alvarez.', 'Azure Front|ATTACKED|Pedro Alvarez'],
    [
      'The Azure Front overthrew the government of Peru after a week of fighting.',
      'Azure Front|ATTACKED|Peru',
    ],
  ])('%s', (text, fact) => {
    expect(factsIn(text)).toContain(fact);
  });

  test.each([
    'The Azure Front failed to topple the government of Peru.',
    'The Azure Front wants to topple the government of Chile.',
    'Peru said the Azure Front was planning to overthrow the government of Chile.',
    'The Azure Front did not overthrow the government of Chile.',
    // an accusation of a plot is a criticism, no attack
    'Chile accused the Azure Front of a secret plan to overthrow the government of Peru.',
  ])('%s states no attack', (text) => {
    expect(factsIn(text).filter((f) => f.includes('ATTACKED'))).toEqual([]);
  });
});

describe('an operation launched or conducted against a named side', () => {
  test.each([
    ['Azerbaijan launched military operations against Armenia on Monday.', 'Azerbaijan|ATTACKED|Armenia'],
    [
      'Norwegian troops launched a ground operation against Chilean positions in June.',
      'Norway|ATTACKED|Chile',
    ],
    [
      'Chilean forces conducted an operation against the Azure Front near the border.',
      'Chile|ATTACKED|Azure Front',
    ],
    [
      'Peru said Norway had conducted operations against the Azure Front in the north.',
      'Norway|ATTACKED|Azure Front',
    ],
  ])('%s', (text, fact) => {
    expect(factsIn(text)).toContain(fact);
  });

  test.each([
    'Norway launched a rescue operation in Chile.',
    'Norway may launch an operation against Chile.',
    'Norway did not launch an operation against Chile.',
    // the operation's target is nameless: the place it happened is not what was attacked
    'The Chilean army launched an operation against drug traffickers in Peru.',
  ])('%s states no attack', (text) => {
    expect(factsIn(text).filter((f) => f.includes('ATTACKED'))).toEqual([]);
  });
});

describe('"targeted" qualifying sanctions', () => {
  test.each([
    [
      'After the coup Norway imposed targeted sanctions against Chilean army units.',
      'Norway|SANCTIONED|Chile',
    ],
    ['Norway imposed targeted financial sanctions on Chile.', 'Norway|SANCTIONED|Chile'],
    ['Norway imposed targeted visa restrictions on Chile.', 'Norway|SANCTIONED|Chile'],
  ])('%s is a sanction, no attack', (text, fact) => {
    const facts = factsIn(text);
    expect(facts).toContain(fact);
    expect(facts.filter((f) => f.includes('ATTACKED'))).toEqual([]);
  });

  test.each([
    ['Norwegian jets targeted Chilean positions overnight.', 'Norway|ATTACKED|Chile'],
    ['Azure Front gunmen targeted a Chilean convoy near the border.', 'Azure Front|ATTACKED|Chile'],
  ])('%s is still an attack', (text, fact) => {
    expect(factsIn(text)).toContain(fact);
  });

  test('"targeted with sanctions" keeps its verb (a passive, no qualifier)', () => {
    expect(factsIn('Pedro Alvarez, charged in May, was targeted with sanctions in June.')).toEqual([]);
  });
});
