// Shapes the lead found read wrong in fresh news outside the gold (round 28).
// Sentences of our own; both engines together, as the CLI reads.
import { describeFactRows, type FactRow } from '../../../test/support/frame-facts';

const rows: FactRow[] = [
  // a hedge among an event noun's own words: the act is claimed, not stated
  [
    'Norway halted its aid, citing Chile’s alleged support for the rebels of the Azure Brigade.',
    [],
    ['Chile SUPPORTS Azure Brigade'],
  ],
  [
    'Norway halted its aid, citing alleged Chilean support for the Azure Brigade.',
    [],
    ['Chile SUPPORTS Azure Brigade'],
  ],
  ['The alleged Chilean attack on Peru was never confirmed.', [], ['Chile ATTACKED Peru']],
  // the nearest negatives: the noun stated, and a hedge on someone else's words
  ['Chile’s support for the Azure Brigade worries Norway.', ['Chile SUPPORTS Azure Brigade'], []],
  [
    'Suspected smugglers fled. Chile’s support for the Azure Brigade grew.',
    ['Chile SUPPORTS Azure Brigade'],
    [],
  ],
  // OFAC written alone names Treasury's sanctions office
  ['OFAC designated Lars Berg on Monday.', ['Office of Foreign Assets Control SANCTIONED Lars Berg'], []],
];

describeFactRows(rows, 'fresh-news-28-lead', 'combined');
