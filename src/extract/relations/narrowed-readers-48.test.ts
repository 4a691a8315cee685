// Round 48: a possessive that owns a noun of harm is asked the same way by both engines, and a
// coalition led by the United States is the United States (the gold lists none). Sentences of our
// own with invented or other names; beside each, the nearest fact still read.
import { describeFactRows, type FactRow } from '../../../test/support/frame-facts';
import { checkEntities, type EntityCase } from '../../../test/support/entity-cases';

// "X backed Y's swift removal": an act done to Y, no support for Y, in either engine
const ownedHarm: FactRow[] = [
  ["Norway backed Chile's swift removal from the council.", [], ['Norway SUPPORTS Chile']],
  [
    "The Danish government supported Peru's immediate expulsion from the trade bloc.",
    [],
    ['Denmark SUPPORTS Peru'],
  ],
  ["Norway backed the Houthis' removal from the talks.", [], ['Norway SUPPORTS Houthis']],
  // the nearest positives: a possessive that owns a bid, or a noun of harm with "of" after it
  // (the owner does the act)
  ["Norway backed Chile's bid for a seat on the council.", ['Norway SUPPORTS Chile'], []],
  ["Russia backed Syria's arrest of the smugglers.", ['Russia SUPPORTS Syria'], []],
];
describeFactRows(ownedHarm, 'narrowed-readers-48-rules', 'rules');
describeFactRows(ownedHarm, 'narrowed-readers-48-frames', 'frames');
describeFactRows(ownedHarm, 'narrowed-readers-48', 'combined');

// a U.S.-led coalition acts as the United States; a Saudi-led one is a body of its own
describeFactRows(
  [
    [
      'U.S.-led coalition aircraft struck Islamic State positions near Raqqa on Tuesday.',
      ['United States ATTACKED Islamic State'],
      ['United States LEADS U.S.-led coalition'],
    ],
    [
      'Coalition officials said U.S.-led coalition forces killed 12 Taliban fighters in Farah province.',
      ['United States KILLED Taliban'],
      ['United States LEADS U.S.-led coalition'],
    ],
    [
      'Saudi-led coalition jets struck Houthi positions near Hodeidah on Friday.',
      ['Saudi Arabia LEADS Saudi-led coalition'],
      [],
    ],
  ],
  'narrowed-readers-48-coalitions',
  'combined',
);

describe('round 48 (coalitions led by the United States)', () => {
  const cases: EntityCase[] = [
    [
      'Rebels shelled a U.S.-led coalition outpost near the dam on Sunday.',
      ['Country:United States'],
      ['Organization:U.S.-led coalition'],
    ],
    // by the state's demonym too
    [
      'The American-led coalition said its jets struck a depot.',
      ['Country:United States'],
      ['Organization:American-led coalition'],
    ],
    ['Saudi-led coalition jets struck a depot on Friday.', ['Organization:Saudi-led coalition'], []],
  ];
  test.each(cases)('%s', (...c) => checkEntities(c));
});
