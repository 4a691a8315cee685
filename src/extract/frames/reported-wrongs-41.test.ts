// Round 41: a wrong reported by a speaker is criticism (round 8, "Stance through reported speech").
// The gold gives it for wrongs, not for plain reports of attacks (measured again this round, see
// docs/extraction.md), so what is added here is read only by the clause records of wrongs: their
// subject may stand after describing words ("heavily armed Y fighters") or share its name with a
// second head ("Y leaders and fighters"), and the say and tell records list torture, murder and
// massacre, smuggling, laundering and bribery, and starting an escalation or a war. Sentences written
// for these tests; the groups and the people are invented, the countries real, the events invented.
import { extractArticle } from '..';

const all = (text: string): string[] =>
  extractArticle({ id: 't', title: 'Report', text, source: 'test' }).relations.map(
    (r) => `${r.subject} ${r.predicate} ${r.object}`,
  );
const criticisms = (text: string): string[] => all(text).filter((f) => / CRITICIZED /.test(f));

describe('a wrong told in a reported clause', () => {
  it.each([
    // describing words before the name that acts through its head
    [
      'Norway alleged that heavily-armed Hamas gunmen sheltering across the river joined the raid.',
      'Norway CRITICIZED Hamas',
    ],
    ['Norway alleged that armed Hamas fighters joined the raid on the depot.', 'Norway CRITICIZED Hamas'],
    // one name, two heads
    [
      'Norway alleges Hamas leaders and fighters orchestrate terror from hideouts abroad.',
      'Norway CRITICIZED Hamas',
    ],
    // the wrongs the say and tell records now list
    ['Norway said Chile had tortured the detained fishermen.', 'Norway CRITICIZED Chile'],
    ['Norway said Chile started the latest escalation on the border.', 'Norway CRITICIZED Chile'],
    [
      'A Norwegian envoy, Ola Berg, told reporters that Chile had smuggled arms to the islands.',
      'Ola Berg CRITICIZED Chile',
    ],
  ])('criticises the author: "%s"', (text, fact) => {
    expect(all(text)).toContain(fact);
  });

  it.each([
    // a plain report of an attack stays reporting, whoever was hit
    'Norway said heavily-armed Hamas gunmen attacked a border post on Monday.',
    'Norway said Hamas leaders and fighters attacked a border post on Monday.',
    // a second head that does nothing wrong
    'Norway said Hamas leaders and fighters met in a village near the border.',
    // a denial, a modal
    'Norway said Chile had not tortured the detained fishermen.',
    'Norway said Chile may have started the latest escalation on the border.',
    // a fishing trip started, no escalation
    'Norway said Chile started the new fishing season on Monday.',
  ])('criticises no one: "%s"', (text) => {
    expect(criticisms(text)).toEqual([]);
  });
});
