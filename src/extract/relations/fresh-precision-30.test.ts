// Shapes of wrong facts found by reading the extractor's output on fresh news outside the gold
// (round 30). Sentences of our own; both engines together, as the CLI reads.
import { describeFactRows, type FactRow } from '../../../test/support/frame-facts';

const rows: FactRow[] = [
  // a named local unit of a region: each place is in the next, not one place in a joined name
  [
    'Gunmen raided a police post in Ukari village in the Dembo District of Kasara State on Monday.',
    ['Ukari LOCATED_IN Dembo District', 'Dembo District LOCATED_IN Kasara State'],
    ['Ukari LOCATED_IN Dembo District of Kasara State'],
  ],
  [
    'The militants raided Tolu, a town in Maro LGA of Kasara State, on Friday.',
    ['Tolu LOCATED_IN Maro LGA', 'Maro LGA LOCATED_IN Kasara State'],
    ['Tolu LOCATED_IN Maro LGA of Kasara State'],
  ],
  [
    'Drones struck a fuel depot in the Vorsk Region of Norway overnight.',
    ['Vorsk Region LOCATED_IN Norway'],
    [],
  ],
  // a court's district keeps its whole name: no district inside New York is stated
  [
    'A judge in the Southern District of New York sentenced Ana Ruiz on Monday.',
    [],
    ['Southern District LOCATED_IN New York'],
  ],
];

describeFactRows(rows, 'fresh-precision-30', 'combined');

// A bare title beside a country that is the subject of its own act towards the person: the person
// is the other party of the act, not one of the country's office holders (round 30).
const titleRows: FactRow[] = [
  [
    "The United States condemned Sunday's rocket attack on Tavari. The United States stands with the Tavari Region and its leader, President Tomas Berg, after the attack.",
    [],
    ['Tomas Berg LEADS United States'],
  ],
  [
    'Opposition leader Ana Ruiz met United States officials on Tuesday. She called for the United States to bring pressure on the government of President Tomas Berg.',
    [],
    ['Tomas Berg LEADS United States'],
  ],
  [
    'Chile condemned the vote on Monday. Chile will work with President Tomas Berg on the border, its minister said.',
    [],
    ['Tomas Berg LEADS Chile'],
  ],
  [
    'Chile sent its envoy to the talks on Monday. Chile will stand beside the leaders of the Tavari Region, including President Tomas Berg, at the summit.',
    [],
    ['Tomas Berg LEADS Chile'],
  ],
  [
    'Norway condemned the coup on Monday. Norway has imposed sanctions on the government of President Tomas Berg.',
    [],
    ['Tomas Berg LEADS Norway'],
  ],
  // the country's own head: named after its act, or where the country is a place, not a subject
  [
    'Norway held its election on Sunday. Norway swore in President Tomas Berg on Monday.',
    ['Tomas Berg LEADS Norway'],
    [],
  ],
  [
    'Chile held its vote on Sunday. Chile will send aid to the flooded towns, President Tomas Berg said.',
    ['Tomas Berg LEADS Chile'],
    [],
  ],
  [
    'Chile held its vote on Sunday. Crowds in Chile cheered when President Tomas Berg took the oath.',
    ['Tomas Berg LEADS Chile'],
    [],
  ],
];

describeFactRows(titleRows, 'fresh-precision-30-titles', 'combined');
