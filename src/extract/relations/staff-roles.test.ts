// Round 19: a body's staff and founders, offices once held in a named body, members of an owned
// body, long remits, staff contacts, a body's own outlet, a state led by a person or a body, and
// former heads of state named as a group (../rules/relations/staff-roles.ts, leadership-rules.ts,
// former-offices.ts). Invented sentences and people; hand-made mentions, so the rules are tested
// apart from recognition. Each row lists every structural fact the sentence should give.
import { relationsOf, type HandEntity } from './hand-mentions';

const body = (name: string, category: HandEntity['category'], ...forms: string[]): HandEntity => ({
  name,
  type: 'Organization',
  category,
  forms,
});
const person = (name: string): HandEntity => ({ name, type: 'Person', forms: [] });

const WORLD: HandEntity[] = [
  { name: 'Chile', type: 'Country', forms: ['Chilean'] },
  { name: 'Peru', type: 'Country', forms: ['Peruvian'] },
  { name: 'Cusco', type: 'Location', forms: [] },
  body('Zentro Holdings', 'company', 'Zentro'),
  body('Atlas Brigade', 'armed_group'),
  body('Green Watch', 'other'),
  body('Andes Reform Party', 'political'),
  body('Interior Ministry', 'government'),
  body('Valdor Agency', 'government'),
  body('Bureau of Mergers', 'government'),
  body('Trade Commission', 'government', 'TC'),
  body('Atlas Radio', 'media'),
  body('Ruling Council', 'government'),
  ...['Ana Ruiz', 'Tom Bell', 'Lisa Park', 'Dan Moss'].map(person),
];

const structural = (table: [string, string[]][]) =>
  test.each(table)('%s', (text, expected) => {
    expect(
      relationsOf(text, WORLD)
        .filter((f) => /MEMBER_OF|LEADS/.test(f))
        .sort(),
    ).toEqual(expected);
  });

describe("a body's staff and founders, joined by a preposition, a possessive or a title", () => {
  structural([
    [
      'Ana Ruiz, a former senior executive at Zentro, agreed to pay a fine.',
      ['Ana Ruiz MEMBER_OF Zentro Holdings'],
    ],
    [
      'Tom Bell, a 26-year-old cameraman for the television station Atlas Radio, was shot.',
      ['Tom Bell MEMBER_OF Atlas Radio'],
    ],
    [
      'Earlier, Lisa Park, the founder of Green Watch, called for protests.',
      ['Lisa Park MEMBER_OF Green Watch'],
    ],
    [
      'Lisa Park, one of the founders of Green Watch, called for protests.',
      ['Lisa Park MEMBER_OF Green Watch'],
    ],
    ["Green Watch's founder, Lisa Park, called for protests.", ['Lisa Park MEMBER_OF Green Watch']],
    ['A former Zentro manager, Dan Moss, was charged.', ['Dan Moss MEMBER_OF Zentro Holdings']],
    ['Zentro employee Dan Moss was charged.', ['Dan Moss MEMBER_OF Zentro Holdings']],
    // the founder who heads it now
    [
      'Lisa Park, the co-founder and current leader of Green Watch, was arrested.',
      ['Lisa Park LEADS Green Watch'],
    ],
    // no role of hers: a visit, a story about the body
    ['Ana Ruiz, who visited Zentro last year, spoke.', []],
    ['Ana Ruiz, a reporter, wrote about Zentro.', []],
  ]);
});

describe('offices once held in a named body count as the role (round 9)', () => {
  structural([
    ['Tom Bell, the former leader of the Atlas Brigade, was killed.', ['Tom Bell LEADS Atlas Brigade']],
    [
      'Tom Bell, the former deputy leader of the Atlas Brigade, was killed.',
      ['Tom Bell MEMBER_OF Atlas Brigade'],
    ],
    ['Tom Bell, a former member of the Atlas Brigade, was killed.', ['Tom Bell MEMBER_OF Atlas Brigade']],
    ['Former Atlas Brigade spokesman Tom Bell was killed.', ['Tom Bell MEMBER_OF Atlas Brigade']],
    // a place's former head is no body's: he heads the place (round 38, former-offices.ts)
    ['Tom Bell, the former governor of Cusco, spoke.', ['Tom Bell LEADS Cusco']],
  ]);
});

describe('a member of a body its owner names first; a title with a long remit; a member from', () => {
  structural([
    [
      "Ana Ruiz, the spokeswoman for Chile's Interior Ministry, said so.",
      ['Ana Ruiz MEMBER_OF Interior Ministry', 'Interior Ministry MEMBER_OF Chile'],
    ],
    [
      "The Valdor Agency's Assistant Secretary for Democracy, Human Rights and Labor Affairs Ana Ruiz spoke.",
      ['Ana Ruiz MEMBER_OF Valdor Agency'],
    ],
    ['Dan Moss, a lawmaker from the Andes Reform Party, spoke.', ['Dan Moss MEMBER_OF Andes Reform Party']],
    ['Dan Moss, a refugee from Peru, spoke.', []],
  ]);
});

describe("a press release's staff contacts; a body's own outlet", () => {
  structural([
    [
      '(TC File No. 141 0207; the staff contact is Dan Moss, Bureau of Mergers, 202-555-0100.)',
      // the office is the body's whose file note it is (round 46, ../rules/relations/file-note-offices.ts)
      ['Bureau of Mergers MEMBER_OF Trade Commission', 'Dan Moss MEMBER_OF Bureau of Mergers'],
    ],
    ["The Atlas Brigade's Atlas Radio said the town fell.", ['Atlas Radio MEMBER_OF Atlas Brigade']],
  ]);
});

describe('a state led by a person or a ruling body; former heads of state named as a group', () => {
  structural([
    ['He said Chile is now being led by a Ruling Council.', ['Ruling Council LEADS Chile']],
    ['Peru is ruled by Tom Bell.', ['Tom Bell LEADS Peru']],
    ["Peru's team was led by Tom Bell.", []],
    ['Peru was formerly led by Tom Bell.', []],
    [
      'The two former Chilean presidents, Ana Ruiz and Lisa Park, met.',
      ['Ana Ruiz LEADS Chile', 'Lisa Park LEADS Chile'],
    ],
  ]);
});

describe('"its" after a blow is not the striking body\'s own head', () => {
  structural([
    [
      'Atlas Brigade fighters stormed the district centre, killing its police chief, Tom Bell, and two guards.',
      [],
    ],
    ['The Atlas Brigade said its leader, Tom Bell, was safe.', ['Tom Bell LEADS Atlas Brigade']],
  ]);
});
