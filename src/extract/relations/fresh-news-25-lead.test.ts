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
  // an act of force held by a noun of judgment, feeling or inquiry is someone else's
  ["Norway's condemnation of the attack on Chile was swift.", [], ['Norway ATTACKED Chile']],
  ["Norway's condemnation of the killing of Ana Ruiz was swift.", [], ['Norway KILLED Ana Ruiz']],
  ['Norway voiced concern over the strikes on Chile.', [], ['Norway ATTACKED Chile']],
  ['Norway expressed outrage at the attack on Chile.', [], ['Norway ATTACKED Chile']],
  ["Norway's investigation into the bombing of Chile's embassy continued.", [], ['Norway ATTACKED Chile']],
  ['Norway launched a wave of attacks on Chile.', ['Norway ATTACKED Chile'], []],
  ['Norway carried out strikes on Chile in response to the shelling.', ['Norway ATTACKED Chile'], []],
  // a country's armed opponents, named through its possessive, are not the country
  ["Chile's Norway-backed rebels attacked Peru.", [], ['Chile ATTACKED Peru']],
  ["Chile's rebels attacked Peru.", [], ['Chile ATTACKED Peru']],
  ["Chile's armed forces attacked Peru.", ['Chile ATTACKED Peru'], []],
  ["Chile's Norway-backed forces attacked Peru.", ['Chile ATTACKED Peru'], []],
  // after a demonym as the one backed, only the state's own bodies make the state backed
  ['Police arrested a Norway-linked Chilean businessman.', [], ['Norway SUPPORTS Chile']],
  ['Russia-backed Syrian forces shelled the town.', ['Russia SUPPORTS Syria'], []],
  ['The Iran-backed Iraqi government denied it.', ['Iran SUPPORTS Iraq'], []],
  // a noun in a time adjunct is not the light verb's object
  [
    'Norway and Peru signed a deal after clashes with Chile.',
    ['Norway COOPERATED Peru'],
    ['Norway ATTACKED Chile', 'Peru ATTACKED Chile'],
  ],
  // a region before a body's head title heads the body's part there, not the body
  [
    'Human Rights Watch Americas director Jose Ruiz criticized Venezuela.',
    ['Jose Ruiz CRITICIZED Venezuela'],
    ['Jose Ruiz LEADS Human Rights Watch'],
  ],
  [
    'The World Food Programme regional director Ana Ruiz visited Chad.',
    [],
    ['Ana Ruiz LEADS World Food Programme'],
  ],
  ['Human Rights Watch director Ana Ruiz criticized Chad.', ['Ana Ruiz LEADS Human Rights Watch'], []],
];

describeFactRows(rows, 'fresh-news-25-lead', 'combined');
