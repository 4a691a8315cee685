// Shapes the lead found read wrong or not at all in fresh news outside the gold (round 23).
// Sentences of our own; both engines together, as the CLI reads.
import { describeFactRows, type FactRow } from '../../../test/support/frame-facts';

const rows: FactRow[] = [
  // an armed group has many commanders: "a Y commander X" is one of them; its top one heads it,
  // and a state force's commander heads the force
  [
    'Hamas commander Omar Nasser was killed in the raid.',
    ['Omar Nasser MEMBER_OF Hamas'],
    ['Omar Nasser LEADS Hamas'],
  ],
  [
    'The Taliban commander Abdul Karim surrendered.',
    ['Abdul Karim MEMBER_OF Taliban'],
    ['Abdul Karim LEADS Taliban'],
  ],
  ['Hamas top commander Omar Nasser was killed in the raid.', ['Omar Nasser LEADS Hamas'], []],
  ['Hamas leader Omar Nasser was killed in the raid.', ['Omar Nasser LEADS Hamas'], []],
  [
    'Cambodian Armed Forces commander Gen. Somchai Wong met the envoy.',
    ['Somchai Wong LEADS Cambodian Armed Forces'],
    ['Somchai Wong MEMBER_OF Cambodian Armed Forces'],
  ],
];

describeFactRows(rows, 'fresh-news-23-lead', 'combined');
