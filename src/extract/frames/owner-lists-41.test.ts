// Round 41: a list of owners, each written with its mark ("A's and B's troops", "the A's and the
// B's sanctions"), owns the noun after the last one together, as "A and B's troops" does: every
// owner takes the fact the noun carries, for the rules (the sentence view keeps the last mark
// only) and for the frames (a verb's subject list, a noun's owner). Sentences written for these
// tests; the events are invented.
import { extractArticle } from '..';

const all = (text: string): string[] =>
  extractArticle({ id: 't', title: 'Owner lists', text, source: 'test' }).relations.map(
    (r) => `${r.subject} ${r.predicate} ${r.object}`,
  );

describe('a list of owners before one noun, round 41', () => {
  it.each([
    // a verb's subject: the owners of its acting head
    [
      'Chile’s and Peru’s troops attacked Bolivia on Monday.',
      ['Chile ATTACKED Bolivia', 'Peru ATTACKED Bolivia'],
    ],
    [
      'Chile’s, Peru’s and Bolivia’s foreign ministers condemned the attack by Hamas.',
      ['Chile CRITICIZED Hamas', 'Peru CRITICIZED Hamas', 'Bolivia CRITICIZED Hamas'],
    ],
    // a noun's owners, with their own articles
    [
      'Denmark joined the United Kingdom’s and the Arab League’s sanctions on Iran.',
      ['United Kingdom SANCTIONED Iran', 'Arab League SANCTIONED Iran'],
    ],
    [
      'Canada adopted Australia’s and Japan’s designations of armed groups, including Hezbollah.',
      ['Australia SANCTIONED Hezbollah', 'Japan SANCTIONED Hezbollah'],
    ],
    [
      'Norway welcomed Chile’s and Peru’s support for Bolivia.',
      ['Chile SUPPORTS Bolivia', 'Peru SUPPORTS Bolivia'],
    ],
    // an act noun the rules read
    [
      'Norway condemned Chile’s and Peru’s attacks on Bolivia.',
      ['Chile ATTACKED Bolivia', 'Peru ATTACKED Bolivia'],
    ],
    // a meeting of the listed owners' people is theirs
    ['Chile’s and Peru’s leaders met in Lima on Monday.', ['Chile COOPERATED Peru']],
  ])('every owner takes the fact: "%s"', (text, facts) => {
    const got = all(text);
    for (const fact of facts) expect(got).toContain(fact);
  });

  it.each([
    // a list of people's nationalities with no act gives nothing
    ['British and American officials said the talks would resume.', []],
    // modifiers that are no sides make none
    ['The Houthis received economic and military support from Iran.', ['Iran SUPPORTS Houthis']],
  ])('no side from a list alone: "%s"', (text, allowed) => {
    expect(all(text).filter((f) => !(allowed as string[]).includes(f))).toEqual([]);
  });

  it('an owner of another noun is not one of the list', () => {
    // "Chile's envoy and Peru's support": two owned nouns, not one list of owners
    expect(all('Norway praised Chile’s envoy and Peru’s support for Bolivia.')).not.toContain(
      'Chile SUPPORTS Bolivia',
    );
  });
});
