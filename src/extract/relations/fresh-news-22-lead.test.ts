// Shapes the lead found read wrong or not at all in fresh news outside the gold (round 22).
// Sentences of our own; both engines together, as the CLI reads.
import { describeFactRows, type FactRow } from '../../../test/support/frame-facts';

const rows: FactRow[] = [
  // "a splinter group of X, led by Y": Y leads the part, not X
  [
    'A splinter group of the Taliban, led by commander Saw Htoo, claimed the raid.',
    [],
    ['Saw Htoo LEADS Taliban'],
  ],
  [
    'An affiliate of Hamas, headed by Omar Nasser, said it fired the rockets.',
    [],
    ['Omar Nasser LEADS Hamas'],
  ],
  ['Hamas, led by commander Omar Nasser, said it fired the rockets.', ['Omar Nasser LEADS Hamas'], []],
];

describeFactRows(rows, 'fresh-news-22-lead', 'combined');
