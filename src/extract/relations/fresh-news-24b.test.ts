// Wrong facts seen on fresh news outside the gold (round 24, second reader), rebuilt as shapes in
// our own words. Both engines together, as the CLI reads.
import { describeFactRows, type FactRow } from '../../../test/support/frame-facts';

const rows: FactRow[] = [
  // the second of two titles joined by "and" after a written owner is that owner's office, not
  // the article's country's
  [
    "Peru protested on Monday. Chile's President and Defence Minister Rosa Vidal said Peru would reply. Peru said the talks failed.",
    ['Rosa Vidal LEADS Chile'],
    ['Rosa Vidal MEMBER_OF Peru'],
  ],
  [
    "Peru protested on Monday. Chile's Vice President and Interior Minister Rosa Vidal said Peru would reply. Peru said the talks failed.",
    ['Rosa Vidal MEMBER_OF Chile'],
    ['Rosa Vidal MEMBER_OF Peru'],
  ],
  [
    'Peru protested on Monday. The Chilean Deputy Prime Minister and Finance Minister Rosa Vidal said Peru would reply. Peru said the talks failed.',
    ['Rosa Vidal MEMBER_OF Chile'],
    ['Rosa Vidal MEMBER_OF Peru'],
  ],
  [
    "Peru protested on Monday. Chile's Foreign Minister and Defence Minister Rosa Vidal spoke with a Peruvian envoy about Peru. Peru said the talks failed.",
    ['Rosa Vidal MEMBER_OF Chile'],
    ['Rosa Vidal MEMBER_OF Peru'],
  ],
  // with no owner written, the joined titles are still the article's country's
  [
    'Peru protested on Monday. Deputy Prime Minister and Finance Minister Rosa Vidal said Peru would reply. Peru said the talks failed.',
    ['Rosa Vidal MEMBER_OF Peru'],
    [],
  ],
  [
    'Peru protested on Monday. Prime Minister and Foreign Minister Rosa Vidal said Peru would reply. Peru said the talks failed.',
    ['Rosa Vidal MEMBER_OF Peru'],
    [],
  ],
  // two sides that dispute, contest or share a thing are rivals or neighbours, not partners
  ['Peru and Chile dispute the islands off the coast.', [], ['Peru COOPERATED Chile']],
  ['Peru and Chile contested the results of the vote.', [], ['Peru COOPERATED Chile']],
  ['Peru and Chile compete for the mining contract.', [], ['Peru COOPERATED Chile']],
  ['Peru and Chile share a long border.', [], ['Peru COOPERATED Chile']],
  // a joint act is still one
  ['Peru and Chile announced the plan on Monday.', ['Peru COOPERATED Chile'], []],
  ['Peru and Chile signed the deal in Lima.', ['Peru COOPERATED Chile'], []],
];

describeFactRows(rows, 'fresh-news-24b', 'combined');
