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
  // a title after "and" belongs to the holder after it, not to the name before "and"
  [
    'Lars Berg met with President Pedro Alvarez and Chairman of the National Assembly of Chile, Jorge Ruiz.',
    ['Jorge Ruiz LEADS National Assembly of Chile'],
    ['Pedro Alvarez LEADS National Assembly of Chile'],
  ],
  [
    'Lars Berg met Jorge Ruiz, Chairman of the National Assembly of Chile.',
    ['Jorge Ruiz LEADS National Assembly of Chile'],
    [],
  ],
  // "During his meeting with Y, A and B agreed …": a person's talks, not the countries' with Y
  [
    'President Pedro Alvarez visited Lima. During his meeting with Lars Berg, Chile and Norway agreed to cooperate on energy.',
    [],
    ['Chile COOPERATED Lars Berg', 'Norway COOPERATED Lars Berg'],
  ],
  ['During talks with Chile, Norway agreed to build a port.', ['Norway COOPERATED Chile'], []],
  // "a (key) commander of Y, X": one of its leaders, a member; "the commander of Y, X" leads it
  [
    'Police said a key commander of the Azure Brigade, Pedro Alvarez, was killed.',
    ['Pedro Alvarez MEMBER_OF Azure Brigade'],
    ['Pedro Alvarez LEADS Azure Brigade'],
  ],
  [
    'Police said the commander of the Azure Brigade, Pedro Alvarez, was killed.',
    ['Pedro Alvarez LEADS Azure Brigade'],
    [],
  ],
  // an amount written onto its currency code after the fined name is no noun the name qualifies
  [
    'The European Commission fined Dutch energy giant Azure Power AG EUR38 million on Wednesday.',
    ['European Commission CRITICIZED Azure Power AG'],
    ['European Commission CRITICIZED Netherlands'],
  ],
  // OFAC written alone names Treasury's sanctions office
  ['OFAC designated Lars Berg on Monday.', ['Office of Foreign Assets Control SANCTIONED Lars Berg'], []],
];

describeFactRows(rows, 'fresh-news-28-lead', 'combined');
