// Shapes the lead found read wrong in fresh news outside the gold (round 30).
// Sentences of our own; both engines together, as the CLI reads.
import { describeFactRows, type FactRow } from '../../../test/support/frame-facts';

const rows: FactRow[] = [
  // two sides of one war, or of traded fire or blame, are no partners
  ['Norway and Chile waged a long war over the islands.', [], ['Norway COOPERATED Chile']],
  ['Norway and Chile traded accusations on Monday.', [], ['Norway COOPERATED Chile']],
  // the nearest negative: a joint act the two did together
  ['Norway and Chile announced the deployment on Monday.', ['Norway COOPERATED Chile'], []],
  // "rival militants" are another band than the one named before them
  [
    'Azure Brigade jihadists seized a town in Peru after bitter fighting with rival militants linked to the Crimson Brigade.',
    [],
    ['Crimson Brigade SUPPORTS Azure Brigade'],
  ],
  // the nearest negative: bare militants are still the band named just before
  [
    'The Azure Brigade seized the town on Monday, and militants then shelled Peru.',
    ['Azure Brigade ATTACKED Peru'],
    [],
  ],
  // an armed group imposes no sanctions, whatever a pronoun was read as
  ['The Azure Brigade announced sanctions against Chile.', [], ['Azure Brigade SANCTIONED Chile']],
  ['Norway announced sanctions against Chile.', ['Norway SANCTIONED Chile'], []],
  // the head of a country's body does not lead the country
  [
    "Pedro Alvarez, the president of Chile's Olympic Committee, met Norway.",
    ['Pedro Alvarez LEADS Olympic Committee'],
    ['Pedro Alvarez LEADS Chile'],
  ],
  ['Pedro Alvarez, the president of Chile, met Norway.', ['Pedro Alvarez LEADS Chile'], []],
  // a verb after "and" shares the earlier verb's subject, whatever its predicate
  ['Norway condemned the attack and fined Chile.', ['Norway CRITICIZED Chile'], []],
  ['Norway reviewed the case and urged Chile to withdraw its troops.', ['Norway DEMANDED Chile'], []],
  // a base form after "and" under an earlier "to" is no act of the clause's subject
  ['Norway lacks the means to shell Peru and attack Chile.', [], ['Norway ATTACKED Chile']],
  // the nearest negative: a clause with its own subject after "and"
  [
    'Norway condemned the attack and Peru fined Chile.',
    ['Peru CRITICIZED Chile'],
    ['Norway CRITICIZED Chile'],
  ],
];

describeFactRows(rows, 'fresh-news-30-lead', 'combined');
