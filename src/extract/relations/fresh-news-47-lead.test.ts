// Shapes the lead found read wrong in news outside the gold (round 47). Sentences of our own;
// both engines together, as the CLI reads.
import { describeFactRows, type FactRow } from '../../../test/support/frame-facts';

const rows: FactRow[] = [
  // a people's name before "separatist rebels" makes them a band of their own, not the named group
  [
    'Boko Haram claimed the bombing in Kano. The group has killed dozens of soldiers. Boko Haram is active in the north-east. Nigeria signed a peace accord with Ijaw separatist rebels last year.',
    [],
    ['Nigeria COOPERATED Boko Haram'],
  ],
  // backing someone's removal is no support for them
  [
    "Paraguay's Supreme Court on Monday supported the removal of President Luis Benitez from office.",
    [],
    ['Paraguayan Supreme Court SUPPORTS Luis Benitez'],
  ],
  // the head of a body's part, named after "for", belongs to the body
  [
    '"The verdict is a step forward," said Ana Lopez, Human Rights Watch\'s chairman for its Mexico Coordination Group.',
    ['Ana Lopez MEMBER_OF Human Rights Watch'],
    ['Ana Lopez LEADS Human Rights Watch'],
  ],
  // … while a time after "for" keeps the head
  [
    '"The verdict is a step forward," said Ana Lopez, Human Rights Watch\'s chairman for the past decade.',
    ['Ana Lopez LEADS Human Rights Watch'],
    [],
  ],
  // the bombing of a country's war says when, not whom it hit
  [
    "In 1991 the Basque group ETA staged the worst bombing of Spain's long conflict, in the town of Vic.",
    [],
    ['ETA ATTACKED Spain'],
  ],
  // a speaker who names such raids did not carry them out
  [
    'President Kemal Arslan said the bill for staging such raids against the Turkish nation would be huge.',
    [],
    ['Kemal Arslan ATTACKED Turkey'],
  ],
  // a student president heads the students, not the state
  [
    "Riots broke out in Chile's capital on Tuesday as students marched across Chile.\n\nUniversity of Chile student president Angela Ruiz said 150,000 people joined the march.",
    [],
    ['Angela Ruiz LEADS Chile'],
  ],
];

describeFactRows(rows, 'fresh-news-47-lead', 'combined');
