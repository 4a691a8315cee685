// Shapes the lead found read wrong in fresh news and probes outside the gold (round 33).
// Sentences of our own; both engines together, as the CLI reads.
import { describeFactRows, type FactRow } from '../../../test/support/frame-facts';

const rows: FactRow[] = [
  // the act blamed on someone is theirs, not the blamer's
  [
    'The Chilean government blames the attack on the Shining Path.',
    ['Chile CRITICIZED Shining Path'],
    ['Chile ATTACKED Shining Path'],
  ],
  ['Peru blamed the raids on Chile.', [], ['Peru ATTACKED Chile']],
  // the nearest negative: the blamer's own attack
  ['Peru blamed Chile and then launched an attack on Bolivia.', ['Peru ATTACKED Bolivia'], []],
];

describeFactRows(rows, 'fresh-news-33-lead', 'combined');
