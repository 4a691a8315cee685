// A minister heads the ministry of their portfolio where the article names it. Invented
// sentences and people; hand-made mentions. Each row lists every title fact the sentence gives.
import { relationsOf, type HandEntity } from './hand-mentions';

const CHILE: HandEntity = { name: 'Chile', type: 'Country', forms: ['Chilean'] };
const PERU: HandEntity = { name: 'Peru', type: 'Country', forms: ['Peruvian'] };
const ANA: HandEntity = { name: 'Ana Ruiz', type: 'Person', forms: ['Ruiz'] };
const ministry = (name: string): HandEntity => ({ name, type: 'Organization', category: 'government' });
const WITH_MINISTRIES = [
  CHILE,
  PERU,
  ANA,
  ministry('Chilean Defense Ministry'),
  ministry('Peruvian Defense Ministry'),
];

const facts = (text: string, world: HandEntity[]) =>
  relationsOf(text, world)
    .filter((f) => /LEADS|MEMBER_OF/.test(f))
    .sort();

describe('a minister and the ministry of the portfolio', () => {
  test.each([
    [
      'Chilean Defense Minister Ana Ruiz said the troops had left.',
      ['Ana Ruiz LEADS Chilean Defense Ministry'],
    ],
    ['Chilean Deputy Defense Minister Ana Ruiz said so.', ['Ana Ruiz MEMBER_OF Chilean Defense Ministry']],
    ['Peruvian Defense Minister Ana Ruiz said so.', ['Ana Ruiz LEADS Peruvian Defense Ministry']],
    // a portfolio the article names no ministry of keeps the country
    ['Chilean Health Minister Ana Ruiz said so.', ['Ana Ruiz MEMBER_OF Chile']],
  ])('%s', (text, expected) => {
    expect(facts(text, WITH_MINISTRIES)).toEqual(expected);
  });

  test('without the ministry in the article the minister belongs to the country', () => {
    expect(facts('Chilean Defense Minister Ana Ruiz said so.', [CHILE, ANA])).toEqual([
      'Ana Ruiz MEMBER_OF Chile',
    ]);
  });

  describe('a department\'s secretary or deputy, the portfolio after "of"', () => {
    const WORLD = [CHILE, ANA, ministry('Chilean Trade Department')];
    test.each([
      [
        'Chile opened talks. Chile said so, according to Under Secretary of Trade for Export Control Ana Ruiz.',
        ['Ana Ruiz MEMBER_OF Chilean Trade Department'],
      ],
      [
        'Chile opened talks. Chile said so, according to Assistant Secretary of Trade Ana Ruiz.',
        ['Ana Ruiz MEMBER_OF Chilean Trade Department'],
      ],
      // round 14: the secretary heads the department; not a portfolio with no department named
      [
        'Chile opened talks. Chile said so, according to Secretary of Trade Ana Ruiz.',
        ['Ana Ruiz LEADS Chilean Trade Department'],
      ],
      [
        'Chile opened talks. Chile said so, according to Acting Secretary of Trade Ana Ruiz.',
        ['Ana Ruiz LEADS Chilean Trade Department'],
      ],
      ['Chile opened talks. Chile said so, according to Under Secretary of Health Ana Ruiz.', []],
    ])('%s', (text, expected) => {
      expect(facts(text, WORLD).filter((f) => !f.endsWith(' Chile'))).toEqual(expected);
    });

    // round 15: "Secretary of Defense X" names no country: the department only; a title written
    // with its country keeps it
    const US: HandEntity = { name: 'United States', type: 'Country', forms: ['U.S.'] };
    const US_WORLD = [US, ANA, ministry('U.S. Defense Department')];
    test.each([
      [
        'The U.S. acted. The U.S. agreed, said Secretary of Defense Ana Ruiz.',
        ['Ana Ruiz LEADS U.S. Defense Department'],
      ],
      [
        'The U.S. acted. The U.S. agreed, said Acting Secretary of Defense Ana Ruiz.',
        ['Ana Ruiz LEADS U.S. Defense Department'],
      ],
      [
        'The U.S. acted. The U.S. agreed, said U.S. Secretary of Defense Ana Ruiz.',
        ['Ana Ruiz LEADS U.S. Defense Department', 'Ana Ruiz MEMBER_OF United States'],
      ],
    ])('round 15: %s', (text, expected) => {
      expect(facts(text, US_WORLD)).toEqual(expected);
    });

    test("round 16: a secretary written with another state heads none of the article's departments", () => {
      const chile: HandEntity = { name: 'Chile', type: 'Country', forms: ['Chilean'] };
      expect(
        facts('The U.S. acted. The U.S. agreed after talks with Chilean Secretary of Defense Ana Ruiz.', [
          ...US_WORLD,
          chile,
        ]).filter((f) => f.includes('Department')),
      ).toEqual([]);
    });

    test('round 15: without the department in the article the secretary keeps the country', () => {
      expect(
        facts('The U.S. acted. The U.S. agreed, said Secretary of Defense Ana Ruiz.', [US, ANA]),
      ).toEqual(['Ana Ruiz MEMBER_OF United States']);
    });

    // round 15: a deputy attorney general's remit is a division of the Justice Department
    test.each([
      [
        'The U.S. charged him. "He lied," said Assistant Attorney General for National Security Ana Ruiz.',
        [ministry('U.S. Justice Department'), ministry('National Security Division')],
        ['Ana Ruiz MEMBER_OF National Security Division'],
      ],
      [
        'The U.S. charged him. "He lied," said Acting Assistant Attorney General for the Tax Division Ana Ruiz.',
        [ministry('U.S. Justice Department'), ministry('Tax Division')],
        ['Ana Ruiz MEMBER_OF Tax Division'],
      ],
      [
        'The U.S. charged him. "He lied," said Assistant Attorney General for National Security Ana Ruiz.',
        [ministry('U.S. Justice Department')],
        ['Ana Ruiz MEMBER_OF U.S. Justice Department'],
      ],
    ])('round 15: %s', (text, bodies, expected) => {
      const US: HandEntity = { name: 'United States', type: 'Country', forms: ['U.S.'] };
      expect(
        facts(text, [US, ANA, ...bodies]).filter((f) => !f.includes(' Justice Department MEMBER_OF')),
      ).toEqual(expected);
    });

    test('round 15: a deputy attorney general written with the country keeps it', () => {
      const US: HandEntity = { name: 'United States', type: 'Country', forms: ['U.S.'] };
      expect(
        facts('The U.S. charged him. Deputy U.S. Attorney General Ana Ruiz called it historic.', [
          US,
          ANA,
          ministry('U.S. Justice Department'),
        ]).filter((f) => !f.includes(' Justice Department MEMBER_OF')),
      ).toEqual(['Ana Ruiz MEMBER_OF U.S. Justice Department', 'Ana Ruiz MEMBER_OF United States']);
    });

    test('not a department of another country than the dominant one', () => {
      expect(
        facts('Peru opened talks. Peru said so, according to Under Secretary of Trade Ana Ruiz.', [
          PERU,
          ANA,
          ministry('Chilean Trade Department'),
          CHILE,
        ]).filter((f) => f.includes('Department')),
      ).toEqual([]);
    });
  });
});
