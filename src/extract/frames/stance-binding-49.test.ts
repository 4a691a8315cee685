// Round 49: support, criticism, demands and dealings whose trigger the engine saw but whose sides
// it did not bind. A stance voiced through a clause ("reiterated that Y's commitment to Z remains
// ironclad"); an ally named inside a noun phrase ("Xian ally Y", "X and its ally Y", "Y has been a
// key Xian ally"); a held list ("hold both Y and Z accountable", "groups like Y and their
// leaders"); a plural title of each body listed ("the presidents of Y and Z"); a defence treaty
// between a dashed pair as an alliance. Sentences written for these tests; the events and people
// are invented.
import { extractArticle } from '..';

const all = (text: string): string[] =>
  extractArticle({ id: 't', title: 'Stance binding', text, source: 'test' }).relations.map(
    (r) => `${r.subject} ${r.predicate} ${r.object}`,
  );

describe('the sides of a stance or dealing bound through the phrase, round 49', () => {
  it.each([
    [
      'Defense Minister Pablo Soto reiterated that Peru’s commitment to Ecuador’s security remains ironclad.',
      ['Pablo Soto SUPPORTS Ecuador', 'Peru SUPPORTS Ecuador'],
    ],
    [
      'Witnesses said troops from Chilean ally Bolivia had crossed into the valley.',
      ['Bolivia SUPPORTS Chile', 'Chile SUPPORTS Bolivia'],
    ],
    [
      'The Shining Path and its ally the Tupac Amaru Revolutionary Movement have stepped up raids.',
      [
        'Tupac Amaru Revolutionary Movement SUPPORTS Shining Path',
        'Shining Path SUPPORTS Tupac Amaru Revolutionary Movement',
      ],
    ],
    ['During the long war, Ecuador has been a key Peruvian ally.', ['Ecuador SUPPORTS Peru']],
    [
      'Peru continues to hold both Chile and Bolivia accountable for the attacks on its border posts.',
      ['Peru CRITICIZED Chile', 'Peru CRITICIZED Bolivia'],
    ],
    [
      'Peru continues to hold groups like the Shining Path and their leaders accountable for those bombings.',
      ['Peru CRITICIZED Shining Path'],
    ],
    [
      'Foreign Minister Ana Ruiz met on Monday with the presidents of Chile and Bolivia.',
      ['Ana Ruiz COOPERATED Chile', 'Ana Ruiz COOPERATED Bolivia'],
    ],
    [
      'The ministers reaffirmed the 1962 Peru-Ecuador Mutual Defense Treaty on Friday.',
      ['Peru SUPPORTS Ecuador', 'Ecuador SUPPORTS Peru'],
    ],
  ])('states: "%s"', (text, facts) => {
    const got = all(text);
    for (const fact of facts) expect(got).toContain(fact);
  });

  it.each([
    // a clause that negates the stance voices nothing
    [
      'Defense Minister Pablo Soto reiterated that Peru’s commitment to Ecuador’s security is not unconditional.',
      'Pablo Soto SUPPORTS Ecuador',
    ],
    // a verb that only reports the stance does not voice it
    [
      'Defense Minister Pablo Soto noted that Peru’s commitment to Ecuador’s security remains ironclad.',
      'Pablo Soto SUPPORTS Ecuador',
    ],
    // a former ally
    ['During the long war, Ecuador was a former Peruvian ally.', 'Ecuador SUPPORTS Peru'],
    // an alliance's name before states' names is membership, not support of the alliance
    ['Warships from NATO ally Norway arrived in the port.', 'Norway SUPPORTS NATO'],
    // holding to account told in the future is a threat, never criticism
    ['Peru will hold both Chile and Bolivia accountable for the attacks.', 'Peru CRITICIZED Bolivia'],
    // a singular title of one body, then another body's leaders
    [
      'Foreign Minister Ana Ruiz met on Monday with the president of Chile and Bolivian trade unions.',
      'Ana Ruiz COOPERATED Bolivia',
    ],
    // a peace treaty is a dealing, not an alliance
    ['The ministers reaffirmed the 1962 Peru-Ecuador Peace Treaty on Friday.', 'Peru SUPPORTS Ecuador'],
  ])('does not state: "%s"', (text, fact) => {
    expect(all(text)).not.toContain(fact);
  });
});
