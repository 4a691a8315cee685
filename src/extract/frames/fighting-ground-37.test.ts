// Round 37: fighting where both sides are named, told as ground changing hands. A place lost told
// from its own side ("Y fell to X", "Y, which fell to X", "fell into the hands of X", "came under
// the control of X"), "X took control (on a day) of Y", a side forced, pushed or driven out of or
// from a place, operations against a group carried out or stepped up, and a place liberated from
// a group. Sentences written for these tests; the group is invented, the countries and towns real,
// the events invented.
import { extractArticle } from '..';

const all = (text: string): string[] =>
  extractArticle({ id: 't', title: 'Fighting', text, source: 'test' }).relations.map(
    (r) => `${r.subject} ${r.predicate} ${r.object}`,
  );

describe('ground changing hands and sides driven out', () => {
  it.each([
    [
      'The port of Arica fell to the Azure Brigade after two days of shelling.',
      'Azure Brigade ATTACKED Arica',
    ],
    [
      'Valparaiso, which fell to the Azure Brigade last spring, is now quiet again.',
      'Azure Brigade ATTACKED Valparaiso',
    ],
    [
      'Twice in two years the harbour town of Arica has fallen to the Azure Brigade.',
      'Azure Brigade ATTACKED Arica',
    ],
    [
      'Valparaiso fell into the hands of Azure Brigade units in October.',
      'Azure Brigade ATTACKED Valparaiso',
    ],
    [
      'Valparaiso came under the control of the Azure Brigade in October.',
      'Azure Brigade ATTACKED Valparaiso',
    ],
    ['Chilean troops took control of Valparaiso after a week of shelling.', 'Chile ATTACKED Valparaiso'],
    [
      'Chilean troops took control Sunday of Valparaiso, the rebels\u2019 last port.',
      'Chile ATTACKED Valparaiso',
    ],
    [
      'Chilean troops forced the Azure Brigade out of the hill villages in May.',
      'Chile ATTACKED Azure Brigade',
    ],
    [
      'Chilean troops pushed the Azure Brigade from three river towns in May.',
      'Chile ATTACKED Azure Brigade',
    ],
    ['Chilean troops drove the Azure Brigade from the coastal plain in May.', 'Chile ATTACKED Azure Brigade'],
    [
      'Chilean police are carrying out new operations against the Azure Brigade.',
      'Chile ATTACKED Azure Brigade',
    ],
    [
      'Chilean police stepped up operations against the Azure Brigade this week.',
      'Chile ATTACKED Azure Brigade',
    ],
    ['Chilean troops liberated the hill town from the Azure Brigade in May.', 'Chile ATTACKED Azure Brigade'],
  ])('reads the attack: "%s"', (text, fact) => {
    expect(all(text)).toContain(fact);
  });

  it.each([
    ['Fishing exports from Chile fell to Peru after the new tariff.', /ATTACKED/],
    ['Valparaiso could fall to the Azure Brigade within a week.', /ATTACKED Valparaiso/],
    ['Valparaiso did not fall to the Azure Brigade last spring.', /ATTACKED Valparaiso/],
    ['Valparaiso fell to a record low in the fishing count.', /ATTACKED/],
    ['Chile took control of the fishing talks with Peru this week.', /ATTACKED/],
    ['Chile forced Peru to reopen the hill road in May.', /ATTACKED/],
    ['Chile was forced to withdraw from Peru in May.', /ATTACKED/],
    ['Chile pushed Peru to move its troops in May.', /ATTACKED/],
    ['Chilean troops launched a rescue operation in Peru in May.', /ATTACKED/],
    ['Chile hopes to liberate the hill town from the Azure Brigade soon.', /ATTACKED/],
  ])('states no attack: "%s"', (text, wrong) => {
    expect(all(text).filter((f) => wrong.test(f))).toEqual([]);
  });
});
