// Round 43: a demand made of "both sides", "the parties", "the countries" asks the two sides of the
// fight or the dealing the article has just told ("conflict between X and Y", "accords signed by X
// and Y"), before the article's two most-named parties, one of which may be the mediator. "Both
// sides of the conflict to …" passes "of the conflict". Without "both" or "two", the plural names
// a pair only when one was just told. Sentences written for these tests; the events are invented.
import { extractArticle } from '..';

const all = (text: string): string[] =>
  extractArticle({ id: 't', title: 'Parties', text, source: 'test' }).relations.map(
    (r) => `${r.subject} ${r.predicate} ${r.object}`,
  );

describe('a demand of both sides asks the pair just told, round 43', () => {
  it.each([
    [
      'Norway said on Monday that it would fund a new border office. Since the start of the conflict between the Azure Brigade and the Crimson Front in March, fighting has spread. Norway urges both sides of the conflict to cease the hostilities.',
      ['Norway DEMANDED Azure Brigade', 'Norway DEMANDED Crimson Front'],
    ],
    [
      'Leaders welcomed the trade agreements signed by Chile and Peru on Thursday. Norway said the agreements were a good start. Norway urged the countries to begin carrying out the agreements.',
      ['Norway DEMANDED Chile', 'Norway DEMANDED Peru'],
    ],
    [
      'Leaders welcomed the fishing agreements signed by Chile and Peru on Thursday. Norway encouraged the parties to meet again before the end of the year.',
      ['Norway DEMANDED Chile', 'Norway DEMANDED Peru'],
    ],
    [
      'Fighting between Chile and Peru went on for a week. Norway urged the warring parties to return to the talks.',
      ['Norway DEMANDED Chile', 'Norway DEMANDED Peru'],
    ],
  ])('asks both: "%s"', (text, facts) => {
    const got = all(text);
    for (const fact of facts) expect(got).toContain(fact);
  });

  it.each([
    // no pair told: "the parties" may be anyone's
    [
      'Norway spoke with Sweden about the crisis in Chile. Norway and Sweden urged the parties to respect the truce.',
      'Norway DEMANDED Chile',
    ],
    // "the countries" without a pair just told are any number of countries
    [
      'Chile said it would cut emissions. Peru said it would too. Norway urged the countries to cut emissions faster.',
      'Norway DEMANDED Peru',
    ],
    // "of the Peruvian crisis" names a side, not a contest only
    [
      'Fighting between Chile and Bolivia went on for a week. Norway urged both sides of the Peruvian crisis to talk.',
      'Norway DEMANDED Chile',
    ],
  ])('asks no one: "%s"', (text, fact) => {
    expect(all(text)).not.toContain(fact);
  });
});

// Round 43: an "our" the coreference step leaves unread, outside quotation, before an ally noun is
// the nearest country named before it in the sentence (a release's own state); the alliance is
// read both ways, as "X, Y's closest ally" is (round 42).
describe('"our" allies of the state named before, round 43', () => {
  it.each([
    [
      'Norway stands with our Chilean allies in the face of dangerous actions at sea.',
      ['Norway SUPPORTS Chile', 'Chile SUPPORTS Norway'],
    ],
    [
      "Peru's missile program threatens Norway; our allies, Chile and Bolivia; and our partners in the region.",
      [
        'Norway SUPPORTS Chile',
        'Chile SUPPORTS Norway',
        'Norway SUPPORTS Bolivia',
        'Bolivia SUPPORTS Norway',
      ],
    ],
    [
      'The minister underscored resolute Norwegian solidarity with our NATO ally and EU partner Chile.',
      ['Chile SUPPORTS Norway'],
    ],
  ])('reads the alliance: "%s"', (text, facts) => {
    const got = all(text);
    for (const fact of facts) expect(got).toContain(fact);
  });

  it.each([
    // a country whose hostile act stands before "our allies" is not their friend
    ['Peru fired missiles toward our allies, Chile and Bolivia.', 'Chile SUPPORTS Peru'],
    // no country named before "our"
    ['The minister said the drills would reassure our Chilean allies.', 'Chile SUPPORTS Norway'],
    // "our allies" with no name after them
    ['Peru threatens Norway and our allies.', 'Peru SUPPORTS Norway'],
  ])('reads no alliance: "%s"', (text, fact) => {
    expect(all(text)).not.toContain(fact);
  });
});
