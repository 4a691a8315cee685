// Round 43: a wrong reported by a speaker, read where the round-8 and round-41 readers stopped
// short. The speaker after a quotation may carry a long title ("said Acting Under Secretary of the
// Treasury for Trade Ana Ruiz", "said Ana Ruiz, Acting FBI Director"); a quoted "Y is
// responsible for …" has its attribution after it; possessives joined before one act ("Y's and Z's
// attacks") share it; an owned act may be a reported clause's subject ("Y's renewed fighting
// undermines …"); the say and tell records list a few more wrongs (targeting elections,
// interfering, inciting, abusing); and a fault's qualifier may stand in quotation marks. Sentences
// written for these tests; the people are invented, the countries real, the events invented.
import { extractArticle } from '..';

const all = (text: string): string[] =>
  extractArticle({ id: 't', title: 'Report', text, source: 'test' }).relations.map(
    (r) => `${r.subject} ${r.predicate} ${r.object}`,
  );
const criticisms = (text: string): string[] => all(text).filter((f) => / CRITICIZED /.test(f));

describe('a wrong reported by a speaker', () => {
  it.each([
    // the speaker's title opens on a tenure word, or carries a portfolio after its body
    [
      '“Tomas Vega poses a grave threat to the islands,” said Acting Under Secretary Ana Ruiz.',
      'Ana Ruiz CRITICIZED Tomas Vega',
    ],
    [
      '“Tomas Vega poses a grave threat to the islands,” said Ana Ruiz, Acting FBI Director.',
      'Ana Ruiz CRITICIZED Tomas Vega',
    ],
    [
      '“Tomas Vega poses a grave threat to the islands,” said Under Secretary of the Treasury for Trade and Fisheries Ana Ruiz.',
      'Ana Ruiz CRITICIZED Tomas Vega',
    ],
    // a responsibility quoted, its attribution after it
    [
      '“The Shining Path is responsible for a wave of killings in the valley,” prosecutor Ana Ruiz said.',
      'Ana Ruiz CRITICIZED Shining Path',
    ],
    // owners joined before one act
    ['Ana Ruiz condemned Chile’s and Bolivia’s attacks on the fishing fleet.', 'Ana Ruiz CRITICIZED Bolivia'],
    // an owned act as the reported clause's subject
    [
      'Ana Ruiz said on Monday that Chile’s renewed fighting seriously undermines regional efforts.',
      'Ana Ruiz CRITICIZED Chile',
    ],
    // the new wrongs of the say record, with the speaker's own "our"
    [
      '“The governments of Chile and Bolivia have targeted our election processes,” said Ana Ruiz.',
      'Ana Ruiz CRITICIZED Bolivia',
    ],
    ['Ana Ruiz said Chile had interfered in the elections in the north.', 'Ana Ruiz CRITICIZED Chile'],
    // a fault's qualifier in quotation marks
    [
      'Spokesman Ana Ruiz told reporters that Chile’s “unjustified” action against the envoy left Peru no choice.',
      'Ana Ruiz CRITICIZED Chile',
    ],
  ])('criticises the author: "%s"', (text, fact) => {
    expect(all(text)).toContain(fact);
  });

  it.each([
    // a denial, and a responsibility for a duty, not a wrong
    '“The Shining Path was not responsible for the killings,” prosecutor Ana Ruiz said.',
    '“The Shining Path is responsible for security in the valley,” Ana Ruiz said.',
    // a plain report stays reporting, under the long title too
    '“Tomas Vega has attacked the border post,” said Acting Under Secretary Ana Ruiz.',
    // owners joined before an act no one condemns
    'Ana Ruiz praised Chile’s and Bolivia’s fishing fleets.',
    // an owned act that does nothing wrong, a quoted qualifier that is no fault
    'Ana Ruiz said on Monday that Chile’s renewed fighting seriously worries farmers.',
    'Spokesman Ana Ruiz told reporters that Chile’s “bold” action against the envoy left Peru no choice.',
    // a denial of interference
    'Ana Ruiz said Chile had not interfered in the elections in the north.',
  ])('criticises no one: "%s"', (text) => {
    expect(criticisms(text)).toEqual([]);
  });
});
