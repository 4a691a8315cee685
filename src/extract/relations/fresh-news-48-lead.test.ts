// Shapes the lead found read wrong in news outside the gold (round 48). Sentences of our own;
// both engines together, as the CLI reads.
import { describeFactRows, type FactRow } from '../../../test/support/frame-facts';

const rows: FactRow[] = [
  // the country before a title set off after the person only qualifies the title: no dealing with it
  [
    'Anna Kowal met with Ivan Petrenko, the Ukraine prime minister.',
    ['Anna Kowal COOPERATED Ivan Petrenko'],
    ['Anna Kowal COOPERATED Ukraine'],
  ],
  // the holder named after "the President of X," is the one met, not the country
  [
    'Polish President Anna Kowal visited Kiev on Monday. On Tuesday Kowal met the President of Moldova, Petru Rusu.',
    ['Anna Kowal COOPERATED Petru Rusu'],
    ['Anna Kowal COOPERATED Moldova'],
  ],
  // … while a real list after "met with" keeps each of its items
  [
    'Anna Kowal met with Ivan Petrenko, the Moldovan foreign minister and the Romanian defence minister.',
    ['Anna Kowal COOPERATED Ivan Petrenko'],
    [],
  ],
  // a name that opens a compound ("the X-Y conflict") is not the next item of a list
  [
    "The minister cited Iraq's invasion of Kuwait, the Iran-Iraq war and rising food prices as shared worries.",
    ['Iraq ATTACKED Kuwait'],
    ['Iraq ATTACKED Iran'],
  ],
  // the country of a title whose holder is named after it is not the one accused
  [
    "Peter Lual, a spokesman for the rebels, accused Kenya's interior minister, John Otieno, of arming militias.",
    ['Peter Lual CRITICIZED John Otieno'],
    ['Peter Lual CRITICIZED Kenya'],
  ],
  // a role once held counts, with the roles the present "is" reads, after "for" as after "of"
  [
    'Until 2019, Hassan Ali was a courier and spokesman for Boko Haram in Borno.',
    ['Hassan Ali MEMBER_OF Boko Haram'],
    [],
  ],
];

describeFactRows(rows, 'fresh-news-48-lead', 'combined');
