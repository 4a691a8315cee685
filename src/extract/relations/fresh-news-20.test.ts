// Shapes of wrong facts the lead found in fresh news outside the gold (round 20). Sentences of our
// own; both engines together, as the CLI reads.
import { describeFactRows, type FactRow } from '../../../test/support/frame-facts';

const rows: FactRow[] = [
  // the holder of an owner's title is the one met, with qualifiers, an "of" portfolio and a comma
  [
    "Prime Minister Tom Berg met on Tuesday with President Ana Ruiz's new Secretary of State, Lena Ortiz.",
    ['Tom Berg COOPERATED Lena Ortiz'],
    ['Tom Berg COOPERATED Ana Ruiz'],
  ],
  ["Minister Tom Berg met Chile's new envoy, Marta Soto, in Lima.", ['Tom Berg COOPERATED Marta Soto'], []],
  // a word that opens a body's name in the article is no person's surname alone
  [
    "The Tabari Force is the group's elite unit. It is named after Hajj Tabari, a former commander. In May, a Chilean strike killed senior Tabari commander Tom Berg.",
    ['Chile KILLED Tom Berg'],
    ['Chile KILLED Hajj Tabari'],
  ],
  // a body's name on the part or the activity led: the leader is one of the body, not its head
  [
    'Tom Berg, who commanded Varodema Front operations in the village of Tabor, was killed.',
    [],
    ['Tom Berg LEADS Varodema Front'],
  ],
  ['Tom Berg, who commands the Varodema Front, was killed.', ['Tom Berg LEADS Varodema Front'], []],
  // what one of a side tells of the side's acts is its claim, no charge against it
  [
    'Varodema Front spokesman Tom Berg claimed that the group attacked two Chilean ships.',
    ['Varodema Front ATTACKED Chile'],
    ['Tom Berg CRITICIZED Varodema Front'],
  ],
  ['Norway claimed that Chile attacked two ships.', ['Norway CRITICIZED Chile'], []],
  // "its" after the one asked to act ("pressure on X to end its war") is that one's
  [
    'The Varodema Front attacked ships to put pressure on Chile to end its war with Peru.',
    ['Chile ATTACKED Peru'],
    ['Varodema Front ATTACKED Peru'],
  ],
  // a title's "of" names the holder's state, not the party dealt with
  [
    'Foreign Minister Tom Berg had a telephone conversation with Minister of Foreign Affairs of Chile Ana Ruiz.',
    ['Ana Ruiz MEMBER_OF Chile'],
    ['Tom Berg COOPERATED Chile'],
  ],
  // a demonym's title with a "for" portfolio names the person after it, who is the one met
  [
    'Secretary Tom Berg met in Lima with Chilean Foreign Minister Ana Ruiz and French Director General for Political and Security Affairs Marc Dubois.',
    ['Tom Berg COOPERATED Marc Dubois', 'Tom Berg COOPERATED Ana Ruiz'],
    ['Tom Berg COOPERATED France'],
  ],
  // a verb with a record for "join forces with" still leaves "A and B joined together" to the
  // joint-subject reader (found re-reading the fresh news on the end build)
  [
    'The Varodema Front and Peru have been trading strikes since May, when Norway and Chile joined together to strike Varodema Front targets.',
    ['Norway COOPERATED Chile'],
    [],
  ],
];

describeFactRows(rows, 'fresh-news-20', 'combined');
