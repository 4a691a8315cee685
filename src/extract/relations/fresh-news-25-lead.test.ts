// Shapes the lead found read wrong in fresh news outside the gold (round 25).
// Sentences of our own; both engines together, as the CLI reads.
import { describeFactRows, type FactRow } from '../../../test/support/frame-facts';

const rows: FactRow[] = [
  // a second act joined by "and" to the infinitive after a noun of power or will is unreal too
  ['Norway has the capability to attack Peru and threaten Chile.', [], ['Norway THREATENED Chile']],
  [
    'Norway has proved its will and capability to attack Peruvian forces and threaten Chilean interests.',
    [],
    ['Norway THREATENED Chile'],
  ],
  ['Norway has the ability to strike Peru and sanction Chile.', [], ['Norway SANCTIONED Chile']],
  ['Norway lacks the means to shell Peru and threaten Chile.', [], ['Norway THREATENED Chile']],
  // the nearest negatives: acts done, and an act after a place reached with "to"
  ['Norway continued to attack Peru and threatened Chile.', ['Norway THREATENED Chile'], []],
  ['Norway went to Lima and threatened Chile.', ['Norway THREATENED Chile'], []],
  ['Norway said the island belonged to it and threatened Chile.', ['Norway THREATENED Chile'], []],
  // "have" is a light verb of talks: "had a meeting / a call / two meetings with"
  ['Sergey Ivanov and Rex Tolliver had a meeting in Manila.', ['Sergey Ivanov COOPERATED Rex Tolliver'], []],
  ['Norway had a phone call with Chile on Monday.', ['Norway COOPERATED Chile'], []],
  ['Norway and Chile had two meetings on Friday.', ['Norway COOPERATED Chile'], []],
  ['Norway will have talks with Chile next week.', [], ['Norway COOPERATED Chile']],
  // the noun phrase's "no" denies the talks; "had" before another verb is its auxiliary
  ['Norway had no talks with Chile.', [], ['Norway COOPERATED Chile']],
  ['Norway held no talks with Chile.', [], ['Norway COOPERATED Chile']],
  ['Norway signed no agreement with Chile.', [], ['Norway COOPERATED Chile']],
  ['Norway had not acknowledged talks with Chile.', [], ['Norway COOPERATED Chile']],
  ['Norway signed a new agreement with Chile.', ['Norway COOPERATED Chile'], []],
  // "ex-" joined to a head title is a past office, as "former" is; "then-" held it at the time
  [
    "A senior leader of ex-Prime Minister Omar Khan's party was arrested in Lahore, Pakistan.",
    [],
    ['Omar Khan LEADS Pakistan'],
  ],
  ['Police in Chile arrested ex-President Ana Ruiz.', [], ['Ana Ruiz LEADS Chile']],
  ['Police in Chile arrested former President Ana Ruiz.', [], ['Ana Ruiz LEADS Chile']],
  ['Chile withdrew in 2018 under then-President Ana Ruiz.', ['Ana Ruiz LEADS Chile'], []],
  ['Police in Chile questioned President Ana Ruiz.', ['Ana Ruiz LEADS Chile'], []],
];

describeFactRows(rows, 'fresh-news-25-lead', 'combined');
