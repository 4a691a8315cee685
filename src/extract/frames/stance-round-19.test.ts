// Stance, round 19, in our own words: the topics two sides are said to have discussed or addressed
// are their words (clause records `clause:discuss-topics`, `clause:address-topics` in
// ../lexicon/frames.json); a resolve they voice threatens the act it names (`voicedIntent` in
// ./groups.ts); "X vowed that Y will pay (a price, for …, dearly)" threatens Y (record
// `clause:vow-will-pay`; "warned that Y would pay a price" stays unread, as news-phrasing.test.ts
// holds).
import { describeFactRows, type FactRow } from '../../../test/support/frame-facts';

const TOPICS: FactRow[] = [
  // a fault owned in the topics, through a counter word or an aim
  [
    'Norway and Peru discussed trade and countering Chile’s destabilizing activities in the region.',
    ['Norway CRITICIZED Chile', 'Peru CRITICIZED Chile'],
    [],
  ],
  [
    'Norway and Peru discussed public health and efforts to counter Chile’s malign activity at sea.',
    ['Norway CRITICIZED Chile', 'Peru CRITICIZED Chile'],
    [],
  ],
  [
    'Norway also addressed Chile’s reckless behavior in the airspace over the sea.',
    ['Norway CRITICIZED Chile'],
    [],
  ],
  // a condemnable act told as a discussed fact
  [
    'Norway and Peru discussed the fact that Chile had violated its commitment in the south.',
    ['Norway CRITICIZED Chile', 'Peru CRITICIZED Chile'],
    [],
  ],
  // no fault named, or a discussion still to come
  ['Norway and Peru discussed trade and Chile’s growing fishing industry.', [], ['Norway CRITICIZED Chile']],
  ['Norway and Peru will discuss Chile’s illegal fishing next week.', [], ['Norway CRITICIZED Chile']],
];

const RESOLVE: FactRow[] = [
  // a resolve voiced by its owner, alone or coordinated with another object of the verb
  ['Norway reaffirmed its determination to destroy the Chilean navy.', ['Norway THREATENED Chile'], []],
  [
    'Norway and Peru reaffirmed their commitment to the partnership between the two countries and their determination to degrade and ultimately destroy Chile.',
    ['Norway THREATENED Chile', 'Peru THREATENED Chile'],
    [],
  ],
  ['Norway expressed its resolve to strike Chile.', ['Norway THREATENED Chile'], []],
  // a resolve questioned, unowned or not yet voiced threatens nothing; a resolve to build ties is no threat
  [
    'Norway questioned Peru’s determination to destroy Chile.',
    [],
    ['Norway THREATENED Chile', 'Peru THREATENED Chile'],
  ],
  ['Norway may reaffirm its determination to strike Chile.', [], ['Norway THREATENED Chile']],
  ['Norway expressed its determination to strengthen ties with Chile.', [], ['Norway THREATENED Chile']],
];

const PRICE: FactRow[] = [
  ['Norway vowed that Chile would pay a heavy price for the raid.', ['Norway THREATENED Chile'], []],
  ['Norway vowed that Chile “will pay a tremendous price.”', ['Norway THREATENED Chile'], []],
  ['Norway vowed that Chile will pay dearly for the raid.', ['Norway THREATENED Chile'], []],
  // a payment that is no price, and a negated one
  ['Norway vowed that Chile would pay its debts to the bank.', [], ['Norway THREATENED Chile']],
  ['Norway vowed that Chile will pay higher prices for fuel.', [], ['Norway THREATENED Chile']],
  ['Norway vowed that Chile will not pay for the raid.', [], ['Norway THREATENED Chile']],
];

describe('topics a readout says were discussed', () => {
  describeFactRows(TOPICS, 'readout-topics');
});

describe('a resolve its owner voices', () => {
  describeFactRows(RESOLVE, 'voiced-resolve');
});

describe('a vow that its target will pay', () => {
  describeFactRows(PRICE, 'vowed-price');
});
