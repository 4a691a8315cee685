// Round 48: a stance told by a noun over someone's act. Concern over an act told by its shape
// ("Y's provision of arms to Z", "A and B's acquisition of …", "Y's missile program", a second
// owned act joined by "and"); a demand told by a noun with "for Y to …", held by the noun's owner
// and by the subject of the verb that voices it, also before a list; a state's support, commitment
// or disappointment voiced as their own by a speaker who reinforces or conveys it. Sentences
// written for these tests; the events are invented.
import { extractArticle } from '..';

const all = (text: string): string[] =>
  extractArticle({ id: 't', title: 'Stance nouns', text, source: 'test' }).relations.map(
    (r) => `${r.subject} ${r.predicate} ${r.object}`,
  );

describe('a stance told by a noun over someone’s act, round 48', () => {
  it.each([
    [
      'Foreign Minister Ana Ruiz expressed deep concern about Chile’s provision of artillery shells to Bolivia.',
      ['Ana Ruiz CRITICIZED Chile'],
    ],
    [
      'Foreign Minister Ana Ruiz voiced concern over Chile and Bolivia’s acquisition of long-range rockets.',
      ['Ana Ruiz CRITICIZED Chile', 'Ana Ruiz CRITICIZED Bolivia'],
    ],
    [
      'Foreign Minister Ana Ruiz expressed concern about Chile’s sale of drones to Bolivia and Peru’s support to Bolivia’s arms industry.',
      ['Ana Ruiz CRITICIZED Chile', 'Ana Ruiz CRITICIZED Peru'],
    ],
    [
      'Foreign Minister Ana Ruiz raised concerns over Chile’s ballistic missile program.',
      ['Ana Ruiz CRITICIZED Chile'],
    ],
    [
      'Interior Minister Pablo Soto renewed Peru’s demand for the Chilean government to stop the raids.',
      ['Pablo Soto DEMANDED Chile', 'Peru DEMANDED Chile'],
    ],
    [
      'Foreign Minister Ana Ruiz reiterated her support for the talks, a truce that frees the captives and opens the roads, and the need for Chile to protect its civilians better.',
      ['Ana Ruiz DEMANDED Chile'],
    ],
    [
      'Foreign Minister Ana Ruiz noted Peru’s calls for Chile to withdraw its troops from the border.',
      ['Ana Ruiz DEMANDED Chile'],
    ],
    [
      'Foreign Minister Ana Ruiz conveyed Peru’s disappointment over Chile’s purchase of the warships.',
      ['Ana Ruiz CRITICIZED Chile', 'Peru CRITICIZED Chile'],
    ],
    [
      'Defense Minister Pablo Soto reinforced Peru’s ironclad commitment to Ecuador’s security.',
      ['Pablo Soto SUPPORTS Ecuador', 'Peru SUPPORTS Ecuador'],
    ],
  ])('states: "%s"', (text, facts) => {
    const got = all(text);
    for (const fact of facts) expect(got).toContain(fact);
  });

  it.each([
    // a thing owned is no act: no object after it
    ['Foreign Minister Ana Ruiz expressed concern about Chile’s economy.', 'Ana Ruiz CRITICIZED Chile'],
    // a body, not an act, with "of" after it
    [
      'Foreign Minister Ana Ruiz expressed concern about Chile’s government of national unity.',
      'Ana Ruiz CRITICIZED Chile',
    ],
    // a program that is no program of arms
    [
      'Foreign Minister Ana Ruiz raised concerns over Chile’s school meals program.',
      'Ana Ruiz CRITICIZED Chile',
    ],
    // a need questioned is no demand
    [
      'Foreign Minister Ana Ruiz reiterated her support for the talks, and questioned the need for Chile to send more troops.',
      'Ana Ruiz DEMANDED Chile',
    ],
    // a list after another clause's verb belongs to that clause
    [
      'Foreign Minister Ana Ruiz reiterated her support for the talks, but Bolivia rejected the truce, the new border, and the need for Chile to do more.',
      'Ana Ruiz DEMANDED Chile',
    ],
    // a demand rejected is the owner's, not the one who rejects it
    [
      'Foreign Minister Ana Ruiz rejected Bolivia’s demand for Chile to withdraw its troops.',
      'Ana Ruiz DEMANDED Chile',
    ],
    // a need only to be voiced later
    ['Foreign Minister Ana Ruiz may reiterate the need for Chile to do more.', 'Ana Ruiz DEMANDED Chile'],
    // a side with no act asked of it
    [
      'Foreign Minister Ana Ruiz underscored the need for Chile and Bolivia, both of them neighbours.',
      'Ana Ruiz DEMANDED Chile',
    ],
  ])('does not state: "%s" ↛ %s', (text, fact) => {
    expect(all(text)).not.toContain(fact);
  });
});
