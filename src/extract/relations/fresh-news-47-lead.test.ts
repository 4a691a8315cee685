// Shapes the lead found read wrong in news outside the gold (round 47). Sentences of our own;
// both engines together, as the CLI reads.
import { describeFactRows, type FactRow } from '../../../test/support/frame-facts';

const rows: FactRow[] = [
  // a people's name before "separatist rebels" makes them a band of their own, not the named group
  [
    'Al-Qaeda in the Islamic Maghreb claimed the attack in Kidal. The group has killed dozens of soldiers. Al-Qaeda in the Islamic Maghreb is active in the north. Mali signed a peace deal with Tuareg separatist rebels earlier this year.',
    [],
    ['Mali COOPERATED al-Qaeda in the Islamic Maghreb'],
  ],
  // backing someone's removal is no support for them
  [
    "Paraguay's Supreme Court also supported the removal of President Luis Benitez, saying the army acted lawfully.",
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
    "The Basque group ETA carried out the deadliest single bombing of Spain's long conflict in the town of Vic in 1991.",
    [],
    ['ETA ATTACKED Spain'],
  ],
  // a speaker who names such raids did not carry them out
  [
    'President Kemal Arslan said the cost of carrying out such raids against the Turkish state would be high.',
    [],
    ['Kemal Arslan ATTACKED Turkey'],
  ],
  // a student president heads the students, not the state
  [
    "Violence erupted on the streets of Chile's capital on Tuesday as students marched in Chile.\n\nUniversity of Chile student president Angela Ruiz said 150,000 marched on sidestreets in the capital.",
    [],
    ['Angela Ruiz LEADS Chile'],
  ],
];

describeFactRows(rows, 'fresh-news-47-lead', 'combined');
