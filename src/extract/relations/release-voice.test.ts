// A release in its issuer's own voice (./release-voice.ts), in our own words: a sentence that
// quotes no one and reports no one's words is the issuer's, whose "we" the article uses.
import { describeFactRows, type FactRow } from '../../../test/support/frame-facts';

const OPENING =
  'Norway is designating two officials of the security service of Chile. We are promoting accountability.';

const ISSUER: FactRow[] = [
  // a fault named as someone's; a judgment said of a phrase its owners open; a demand of a subject
  [
    `${OPENING} Chile's destabilizing presence in Peru is prolonging the conflict.`,
    ['Norway CRITICIZED Chile'],
    [],
  ],
  [
    `${OPENING} Chile's and Peru's continued pattern of wrongfully detaining our nationals is unacceptable.`,
    ['Norway CRITICIZED Chile', 'Norway CRITICIZED Peru'],
    [],
  ],
  [`${OPENING} Chilean forces should immediately withdraw from Peru.`, ['Norway DEMANDED Chile'], []],
  [`${OPENING} Chilean forces should not be blamed for the delay.`, [], ['Norway DEMANDED Chile']],
  // the issuer's grounds: "there is credible information that Y …" alleges what Y did
  [
    `${OPENING} Specifically, there is credible information that Pedro Alvarez abused the power of his office.`,
    ['Norway CRITICIZED Pedro Alvarez'],
    [],
  ],
  [
    `${OPENING} There is no information that Pedro Alvarez abused the power of his office.`,
    [],
    ['Norway CRITICIZED Pedro Alvarez'],
  ],
  // words reported or quoted are their speaker's, not the issuer's
  [
    `${OPENING} Peru says Chile's destabilizing presence is prolonging the conflict.`,
    [],
    ['Norway CRITICIZED Chile'],
  ],
  [
    `${OPENING} “Chile's illegal war must stop,” a witness wrote in a letter.`,
    [],
    ['Norway CRITICIZED Chile'],
  ],
  // a news report, with no "we" of its own, has no issuer: its words are no one's stance
  [
    "Norway is designating two officials of the security service of Chile. Chile's destabilizing presence in Peru is prolonging the conflict.",
    [],
    ['Norway CRITICIZED Chile'],
  ],
  // a judgment needs the owner's phrase to reach its "is"
  [
    `${OPENING} Peru's decision that Chile rejected is unacceptable to nobody.`,
    [],
    ['Norway CRITICIZED Peru', 'Norway CRITICIZED Chile'],
  ],
];

describeFactRows(ISSUER, 'release-voice', 'combined');
