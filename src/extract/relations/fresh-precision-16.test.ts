// Shapes of wrong facts found by reading the extractor's output on fresh news outside the gold
// (round 16). Sentences of our own; both engines together, as the CLI reads.
import { describeFactRows, type FactRow } from '../../../test/support/frame-facts';

const rows: FactRow[] = [
  // a party's acronym that is also a country's code, repeated, still names no country
  [
    'Ana Ruiz leads the KEN. Tom Berg, a spokesman for the KEN, said the KEN will appeal.',
    [],
    ['Tom Berg MEMBER_OF Kenya'],
  ],
  // people counted among the hurt are no attackers; a base's users are its owners, not authors
  [
    'Ten people were hurt, including six Kenyan peacekeepers from Chad, in a mortar attack on a camp used by Kenyan and Somali forces.',
    [],
    ['Kenya ATTACKED Somalia'],
  ],
  [
    'Two Kenyan soldiers were killed in an attack on a base used by Somali forces.',
    [],
    ['Somalia ATTACKED Kenya', 'Somalia KILLED Kenya'],
  ],
  ['Kenya, in a raid on Somali positions, killed ten fighters.', ['Kenya ATTACKED Somalia'], []],
  // an offensive a state gears up for is not yet made
  ['Chile gears up for a major offensive aimed at taking over Arica.', [], ['Chile ATTACKED Arica']],
  // a demonym opening a named person's title: the person is the party to the talks
  [
    'The deal followed the meeting between Ana Ruiz and Chilean deputy premier and Foreign Minister Tom Berg.',
    ['Ana Ruiz COOPERATED Tom Berg'],
    ['Ana Ruiz COOPERATED Chile'],
  ],
  // observers of two bodies raising questions each voice their own view
  [
    'Observers from the European Union and the African Union raised questions over the vote.',
    [],
    ['European Union COOPERATED African Union'],
  ],
  [
    'Norway and Chile suggested on Monday that the strikes could end the truce.',
    [],
    ['Norway COOPERATED Chile'],
  ],
  // the two sides of a relation, and examples a list names, are no joint subject
  [
    'Tensions between Norway and Chile, the latter accused of arming the rebels, complicate the talks.',
    [],
    ['Norway COOPERATED Chile'],
  ],
  [
    'The world, including the European Union and the African Union, closely watches the vote and calls for calm.',
    [],
    ['European Union COOPERATED African Union'],
  ],
];

describeFactRows(rows, 'fresh-precision-16', 'combined');
