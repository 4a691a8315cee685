// Causes of wrong facts found in fresh news outside the gold (round 45, second pool), each a shape
// rebuilt in sentences of our own with invented names; both engines together, as the CLI reads.
import { describeFactRows, type FactRow } from '../../../test/support/frame-facts';
import { checkEntities, type EntityCase } from '../../../test/support/entity-cases';

const rows: FactRow[] = [
  // a possessive's past title names that person, no longer the body's voice
  [
    'The Federal Trade Commission reached a settlement with Siemens’s former finance chief on Monday.',
    [],
    ['Federal Trade Commission COOPERATED Siemens', 'Federal Trade Commission CRITICIZED Siemens'],
  ],
  ['Germany condemned Russia’s ex-president on Monday.', [], ['Germany CRITICIZED Russia']],
  // the nearest positive: the owner itself is still dealt with
  ['Germany condemned Russia on Monday.', ['Germany CRITICIZED Russia'], []],
  // "Town, State Mayor X": the state only locates the town whose mayor X is
  [
    'The panel heard from Dana Whitfield, Carver, Michigan Mayor Ellen Ross, and two others.',
    [],
    ['Ellen Ross LEADS Michigan'],
  ],
  // … and a list of titled people: "X, Y Mayor Z" gives the title to Z, the next item
  [
    'Last week, former Marawi Mayor Ramon Elizalde, Iligan City Mayor Carlo Buenaflor and two aides were charged.',
    ['Carlo Buenaflor LEADS Iligan City'],
    ['Ramon Elizalde LEADS Iligan City'],
  ],
  // the nearest positive: a place before its mayor with no town before it
  ['On Monday, Iligan City Mayor Carlo Buenaflor met the press.', ['Carlo Buenaflor LEADS Iligan City'], []],
  // an attack noun followed by a past verb of a clause of its own: "the strike" here is a stoppage
  [
    'The Radical Farmers Party (RFP) called a general strike. An RFP lawmaker was hurt when backers and foes of the strike clashed at Harlow College, police said.',
    [],
    ['Radical Farmers Party ATTACKED Harlow College'],
  ],
  // the nearest positive: a participle of the act still reads it
  ['The Taliban launched attacks aimed at Kabul on Monday.', ['Taliban ATTACKED Kabul'], []],
  // a relative pronoun before the attributing verb: the speaker is its antecedent, not a name
  // placed earlier in the sentence
  [
    'Dozens of protesters gathered outside the International Criminal Court with placards, including one that said: "Tomas Varga is a war criminal!"',
    [],
    ['International Criminal Court CRITICIZED Tomas Varga'],
  ],
  // "the X foothill state of Y": an adjective of a range qualifies the state named after "of"
  [
    'The cold snap spread from Goa in the west to the Himalayan hill state of Sikkim.',
    [],
    ['Sikkim LOCATED_IN Himalayan', 'Himalayan LOCATED_IN Sikkim'],
  ],
  // "the X tribal district of Y": X is the district, inside Y; not Y inside X
  ['Gunmen entered the Zarin tribal district of Kunar on Monday.', [], ['Kunar LOCATED_IN Zarin']],
];

describeFactRows(rows, 'fresh-news-45', 'combined');

describe('round 45 (entities in fresh news)', () => {
  const cases: EntityCase[] = [
    // a Spanish compass word after "del" closes a province's name
    [
      'Troops were sent to Zamboanga del Norte after the floods.',
      ['Location:Zamboanga del Norte'],
      ['Location:Norte', 'Location:Zamboanga'],
    ],
    // "A B of X Green Energy": a person of the body, not a longer name of it
    [
      'The charges name two executives, Ravi Menon and Tarun Vohra of Kestrel Green Energy, among others.',
      ['Person:Tarun Vohra', 'Organization:Kestrel Green Energy'],
      ['Organization:Tarun Vohra of Kestrel Green Energy'],
    ],
    // the nearest negative: a title's words before "of" keep the name whole as before
    ['The Bank of Lagos raised its rates.', ['Organization:Bank of Lagos'], []],
    // a firm's national arm named by its country, inside a clause
    [
      'The city entered a settlement agreement with Ajimoro Philippines over unpaid taxes.',
      ['Organization:Ajimoro Philippines'],
      [],
    ],
    // "X and Y regions": two places
    [
      'Storms battered parts of Tarlo and Besar Valley regions on Monday.',
      ['Location:Besar Valley'],
      ['Location:Tarlo and Besar Valley'],
    ],
  ];
  test.each(cases)('%s', (...c) => checkEntities(c));
});
