// Round 29: one actor per real-world body or person when an article writes its name short and
// long, or slips a letter. Invented names and sentences, with the nearest negatives.
import { readEntities as read } from '../../../test/support/entity-cases';
import { shortLongKey } from './short-long-names';

const orgs = (text: string) => read(text).filter((e) => e.type === 'Organization');
const people = (text: string) => read(text).filter((e) => e.type === 'Person');

describe('shortLongKey: one body written short and long', () => {
  test.each([
    ['the AU Mission in Norland', 'the African Union Mission in Norland'],
    ['UN Relief Office', 'United Nations Relief Office'],
    ['U.N. Relief Office', 'UN Relief Office'],
    ['EU Naval Task Group', 'European Union Naval Task Group'],
    ['Ruritanian Ministry of National Defense', 'Ruritanian Defence Ministry'],
    ['Norway’s Interior Ministry', 'Norwegian Ministry of the Interior'],
    ['Department of Labor', 'Labor Department'],
    ['U.S. Department of Commerce', 'US Commerce Department'],
    ['Ministry of Trade and Industry', 'Trade and Industry Ministry'],
    ['Ruritanian Ministry of Foreign Affairs', 'Ruritanian Foreign Ministry'],
  ])('%s = %s', (a, b) => expect(shortLongKey(a)).toBe(shortLongKey(b)));
  test.each([
    // another head word, another owner, or no owner on one side: two bodies, or not known to be one
    ['Ruritanian Defense Ministry', 'Ruritanian Defense Department'],
    ['Ruritanian Defense Ministry', 'Norland Defense Ministry'],
    ['Ruritanian Defense Ministry', 'Defense Ministry'],
    ['UN Relief Office', 'EU Relief Office'],
    ['Department of State of Ohio', 'Ohio State Department'],
    ['Ministry of Interior', 'Ministry of Justice'],
  ])('%s ≠ %s', (a, b) => expect(shortLongKey(a)).not.toBe(shortLongKey(b)));
});

describe('mergeShortAndLongNames', () => {
  test('a mission written with its owner’s acronym and in full is one body', () => {
    const found = orgs(
      'Fighters attacked a base of the African Union Mission in Chad on Monday. ' +
        'The AU Mission in Chad said two soldiers were wounded.',
    );
    const mission = found.filter((e) => /Mission/.test(e.name));
    expect(mission).toHaveLength(1);
    expect(mission[0].aliases).toEqual(
      expect.arrayContaining(['African Union Mission in Chad', 'AU Mission in Chad']),
    );
  });
  test('a ministry written with its portfolio first and after "of" is one body', () => {
    const found = orgs(
      'The Ruritanian Ministry of National Defense denied the report. ' +
        'A spokesman for the Ruritanian Defense Ministry said the base was not hit.',
    );
    const ministry = found.filter((e) => /Ministry/.test(e.name));
    expect(ministry).toHaveLength(1);
    expect(ministry[0].aliases).toEqual(
      expect.arrayContaining(['Ruritanian Ministry of National Defense', 'Ruritanian Defense Ministry']),
    );
  });
  test('a department written both ways is one body', () => {
    const found = orgs(
      'The U.S. Department of Labor fined the firm. The U.S. Labor Department said the fine was final.',
    );
    expect(found.filter((e) => /Labor/.test(e.name))).toHaveLength(1);
  });
  test('two countries’ ministries of one portfolio stay two', () => {
    const found = orgs(
      'The Ruritanian Defense Ministry accused the Norlandic Ministry of Defense of lying about the raid.',
    );
    expect(found.filter((e) => /Defen[cs]e/.test(e.name))).toHaveLength(2);
  });
});

describe('a letter slipped in a person’s name (spelling-variants.ts typedWithSlip)', () => {
  test('a name slipped once in an article is the same person', () => {
    const found = people(
      'Opposition leader Tomasz Wirenko rejected the results. Wirenko said he would appeal. ' +
        'Supporters of Tomasz Wirenco marched in the capital.',
    );
    expect(found).toHaveLength(1);
    expect(found[0].name).toBe('Tomasz Wirenko');
    expect(found[0].aliases).toContain('Tomasz Wirenco');
  });
  test('two people whose given names differ at the first letter stay two', () => {
    const found = people('Jamal Bedrossi met reporters. His brother Kamal Bedrossi did not attend.');
    expect(found).toHaveLength(2);
  });
});

describe('aliasWrittenKindNouns: a place or party written with its lower-case kind noun', () => {
  const aliasesOf = (text: string, name: string): string[] =>
    read(text).find((e) => e.name === name)?.aliases ?? [];
  test.each([
    [
      'Troops moved into the Dorvan valley after the attack, and the Dorvan valley was sealed.',
      'Dorvan',
      'Dorvan valley',
    ],
    ['The Verano party won the vote, and Verano leaders celebrated.', 'Verano', 'Verano party'],
  ])('%s', (text, name, alias) => expect(aliasesOf(text, name)).toContain(alias));
  // a prison, desert, dam or palace the place step already names whole (place-context.ts)
  test.each([
    ['The activist was taken to Kessa prison on Tuesday, his lawyer said.', 'Kessa prison'],
    ['Rebels crossed the Ulmo desert on Monday, officials said.', 'Ulmo desert'],
    ['A drone struck near the al-Qarnaba royal palace at dawn.', 'al-Qarnaba royal palace'],
  ])('%s', (text, name) => expect(read(text).map((e) => e.name)).toContain(name));
  test('nouns for another actor, and a name that ends in its kind already, give no alias', () => {
    const text = 'The Dorvan rebels attacked Dorvan. The Orra River valley flooded as the Orra River rose.';
    const all = read(text).flatMap((e) => e.aliases);
    expect(all).not.toContain('Dorvan rebels');
    expect(all).not.toContain('Orra River valley');
  });
  test('a place also written alone is the town the site is named after: no alias', () => {
    const text = 'Fighting reached the town of Dorvan on Monday. Troops guarded the Dorvan dam.';
    expect(read(text).flatMap((e) => e.aliases)).not.toContain('Dorvan dam');
  });
});
