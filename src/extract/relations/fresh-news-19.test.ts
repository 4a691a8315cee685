// Shapes of wrong facts the lead found in fresh news outside the gold (round 19). Sentences of our
// own; both engines together, as the CLI reads.
import { describeFactRows, type FactRow } from '../../../test/support/frame-facts';

const rows: FactRow[] = [
  // "told X that …": after the one told, "that" opens what was told, not a relative clause on X
  [
    'The governor told Radio Varo that heavily armed Varodema fighters attacked a checkpoint.',
    [],
    ['Radio Varo SUPPORTS Varodema'],
  ],
  // a state's seat or office in a body is not the body's being the state's
  ["Norway's Arctic Council chairmanship ends in May.", [], ['Arctic Council MEMBER_OF Norway']],
  [
    "Norway's Defense Ministry said on Monday the drills were over.",
    ['Norwegian Defense Ministry MEMBER_OF Norway'],
    [],
  ],
  // the landmark of a distance is not in the region named after it
  [
    'Troops were killed near Tabor, about 50 kilometers north of Lunar City in the Varo region.',
    [],
    ['Lunar City LOCATED_IN Varo'],
  ],
  // a trade after "chief" is led within the body, not the body
  ['EU Chief Observer Tom Berg said the vote was fair.', [], ['Tom Berg LEADS European Union']],
  ['Varodema Front chief Tom Berg said the vote was fair.', ['Tom Berg LEADS Varodema Front'], []],
  // a reporting clause inside a relative clause: its speaker is not the passive's subject
  [
    'The Varodema movement, which Chile charges is backed by Peru, took up arms in 2021.',
    [],
    ['Peru SUPPORTS Chile'],
  ],
  // "sanctions targeted at X" is a participle of the sanctions, not an attack
  [
    'Spain and Norway announced sanctions targeted at four Varodema leaders.',
    [],
    ['Spain ATTACKED Varodema', 'Norway ATTACKED Varodema'],
  ],
  // a state's force and unnamed partners: the state's side acts
  [
    "Spain's army and associated clan militias have killed at least 20 Varodema Front fighters.",
    ['Spain ATTACKED Varodema Front'],
    [],
  ],
  // a state's rebels or opposition fighters are not the state, as actors or as targets
  ['Chilean rebels attacked Peru on Monday.', [], ['Chile ATTACKED Peru']],
  ['Peru attacked Chilean rebels near the border.', [], ['Peru ATTACKED Chile']],
  ['Peru supports Chilean opposition fighters.', [], ['Peru SUPPORTS Chile']],
  ['Chilean troops attacked Peru on Monday.', ['Chile ATTACKED Peru'], []],
  // a head who took office after the Phoenix dictionary's years serves the country our list of
  // heads since 2015 gives (lexicon/heads-since-2015.tsv), not the article's dominant country
  [
    'Chile fired two missiles on Monday, the United States said. Chile must stop its tests, said President Donald Trump.',
    ['Donald Trump LEADS United States'],
    ['Donald Trump LEADS Chile'],
  ],
  // an act noun's "of" names its target, not the author of the fault (found on the round's blind
  // batch after it was scored at the end: the target of an invasion was read as criticised)
  [
    'Norway and Chile discussed the brutal invasion of Bolivia.',
    [],
    ['Norway CRITICIZED Bolivia', 'Chile CRITICIZED Bolivia'],
  ],
  ['Norway and Chile discussed the brutal crimes of Peru.', ['Norway CRITICIZED Peru'], []],
];

describeFactRows(rows, 'fresh-news-19', 'combined');
