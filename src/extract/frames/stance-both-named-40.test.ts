// Round 40: criticism and demands whose object is given as the speaker's own naming of it. "X
// condemned what it called the shelling by Y", "X urged what it called Y's junta to …": "what",
// a speaker pronoun and a verb of naming stand before the phrase the verb's object is read from.
// A name in the naming's place is someone else's words; a naming with no act of a side names no
// one. Sentences written for these tests; the events are invented.
import { extractArticle } from '..';

const all = (text: string): string[] =>
  extractArticle({ id: 't', title: 'Naming', text, source: 'test' }).relations.map(
    (r) => `${r.subject} ${r.predicate} ${r.object}`,
  );

describe('an object told as what the speaker calls it, round 40', () => {
  it.each([
    [
      'On Monday Chile condemned what it called the reckless shelling of border villages by Peruvian troops.',
      'Chile CRITICIZED Peru',
    ],
    [
      'Chile denounced what it described as the shelling of border towns by Peruvian troops.',
      'Chile CRITICIZED Peru',
    ],
    [
      'The Chilean government lashed out at what it termed the meddling by Peru in the vote.',
      'Chile CRITICIZED Peru',
    ],
    [
      'Chile called for what it called an immediate end to Peru’s blockade of the port.',
      'Chile DEMANDED Peru',
    ],
    ['Chile urged what it called the Peruvian junta to hold elections.', 'Chile DEMANDED Peru'],
  ])('reads the named phrase: "%s"', (text, fact) => {
    expect(all(text)).toContain(fact);
  });

  it.each([
    // no verb of criticism before the naming
    [
      'Chile questioned what it called the shelling of border towns by Peruvian troops.',
      'Chile CRITICIZED Peru',
    ],
    // the named phrase holds no act of Peru's
    ['Chile condemned what it called the shelling of villages near Peru.', 'Chile CRITICIZED Peru'],
    ['Chile deplored what it called the floods in Peru.', 'Chile CRITICIZED Peru'],
  ])('reads no fact: "%s"', (text, fact) => {
    expect(all(text)).not.toContain(fact);
  });
});
