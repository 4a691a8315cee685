// Round 47: shapes of missed facts that recur across the recent blind batches. Ground taken: a
// place taken ("took the town of X"), taken as someone succeeded in doing, told in a relative
// passive, by a noun of capture ("the retaking of X by Y"), or written after the country that owns
// it ("Y's second city of X"); a support given in the face of a fault, voiced by thanks ("thanked
// A for B's support … in the face of Z's aggression") or owned through a "cynical" act. Sentences
// written for these tests; the events are invented.
import { extractArticle } from '..';

const all = (text: string): string[] =>
  extractArticle({ id: 't', title: 'Recurring misses', text, source: 'test' }).relations.map(
    (r) => `${r.subject} ${r.predicate} ${r.object}`,
  );

describe('missed facts that recur across the recent batches, round 47', () => {
  it.each([
    ['Chilean troops took the town of Tacna after a week of shelling.', ['Chile ATTACKED Tacna']],
    ['Chilean troops tried to take Peru’s second city of Arequipa last spring.', ['Chile ATTACKED Arequipa']],
    [
      'After weeks of fighting, Chilean forces succeeded in taking the border town of Tacna.',
      ['Chile ATTACKED Tacna'],
    ],
    [
      'Arequipa, a provincial capital in southern Peru that was taken on Monday by Chilean forces, is quiet.',
      ['Chile ATTACKED Arequipa'],
    ],
    [
      'The retaking of Arequipa by Chilean forces dealt the rebels a heavy blow.',
      ['Chile ATTACKED Arequipa'],
    ],
    ['Chilean troops captured Peru’s key port city of Callao in 1880.', ['Chile ATTACKED Callao']],
    [
      'Secretary Ruiz thanked Foreign Minister Soto for Peru’s steadfast support for Ecuador’s sovereignty in the face of Chile’s aggression.',
      ['Ruiz CRITICIZED Chile'],
    ],
    [
      'Secretary Ruiz reaffirmed Norway’s support for Peru in the face of the Pinto regime’s cynical exploitation of migrants.',
      ['Ruiz CRITICIZED Pinto'],
    ],
  ])('states: "%s"', (text, facts) => {
    const got = all(text);
    for (const fact of facts) expect(got).toContain(fact);
  });

  it.each([
    // a capture named inside a clause of its own is no claim of responsibility
    [
      'President Pinto of Chile spoke on Friday. He claimed that the recapture of Arequipa was a victory against terror.',
      'Pinto ATTACKED Arequipa',
    ],
    // nor is an attack named there (read so before round 47)
    [
      'President Pinto of Chile spoke on Friday. He claimed that the attack on Arequipa was a victory against terror.',
      'Pinto ATTACKED Arequipa',
    ],
    // a capture only hoped for
    ['Chilean troops may succeed in taking the town of Tacna.', 'Chile ATTACKED Tacna'],
    // a case taken to court takes no ground
    ['Chile took Peru’s case to the court in Lima.', 'Chile ATTACKED Lima'],
    // goods seized where they lie: no place is taken
    ['Norway seized Chile’s assets in Arica.', 'Norway ATTACKED Arica'],
    // thanks for support with no fault it is given against
    [
      'Norway thanked Peru for its steadfast support for Ecuador after the floods.',
      'Norway CRITICIZED Ecuador',
    ],
    // a capture condemned is not the speaker's act
    ['Norway condemned the capture of the port of Callao.', 'Norway ATTACKED Callao'],
  ])('does not state: "%s"', (text, fact) => {
    expect(all(text)).not.toContain(fact);
  });
});
