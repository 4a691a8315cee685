// Shapes the lead found read wrong in fresh news outside the gold (round 32).
// Sentences of our own; both engines together, as the CLI reads.
import { describeFactRows, type FactRow } from '../../../test/support/frame-facts';

const rows: FactRow[] = [
  // a participle with its agent is passive: the agent criticised the name before it
  [
    'Chile, accused by Peru of arming the rebels, said it had done nothing wrong.',
    ['Peru CRITICIZED Chile'],
    ['Chile CRITICIZED Peru'],
  ],
  [
    'Norway, condemned by Sweden for the raid, said it would go on.',
    ['Sweden CRITICIZED Norway'],
    ['Norway CRITICIZED Sweden'],
  ],
  // the nearest negative: the active verb
  ['Chile accused Peru of arming the rebels.', ['Chile CRITICIZED Peru'], []],
  // a name ending the object of a verb and a pronoun after "and" are no pair acting together
  [
    'Bolivian troops overran a Chilean border post and we lost six men, said the spokesman, Tomas Velk.',
    [],
    ['Chile COOPERATED Tomas Velk'],
  ],
  // the nearest negatives: a pair after a conjunction, a pair after a verb of saying
  [
    'The strike came days after Chile and Peru carried out joint drills near the border.',
    ['Chile COOPERATED Peru'],
    [],
  ],
  // a department beside another of the listed state's departments is that state's
  [
    'The Treasury Department said it had sanctioned three Somali traders. Somalia welcomed the move, and ' +
      'Somalia said the State Department had also designated two al-Shabaab commanders.',
    ['U.S. State Department SANCTIONED al-Shabaab'],
    ['Somali State Department SANCTIONED al-Shabaab'],
  ],
];

describeFactRows(rows, 'fresh-news-32-lead', 'combined');
