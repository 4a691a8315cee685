// Shapes the lead found read wrong in fresh news and probes outside the gold (round 34).
// Sentences of our own; both engines together, as the CLI reads.
import { describeFactRows, type FactRow } from '../../../test/support/frame-facts';

const rows: FactRow[] = [
  // "the country's" resolved to the state named just before, where the gazetteer puts the place
  // in another: the reference is wrong, so no LOCATED_IN is read through it
  [
    'North Korea tested two rockets on Sunday. Japan protested at once. The rockets were launched from the country’s western Hwanghae province.',
    [],
    ['Hwanghae LOCATED_IN Japan'],
  ],
  // the nearest negative: the reference and the gazetteer agree
  [
    'Japan protested on Sunday. North Korea said the rockets were launched from the country’s western Hwanghae province.',
    ['Hwanghae LOCATED_IN North Korea'],
    [],
  ],
];

describeFactRows(rows, 'fresh-news-34-lead', 'combined');
