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
    'LA PAZ, Bolivia - Rebels have attacked a Bolivian army post and killed six soldiers, the defense ministry said. ' +
      'Rebels attacked a government army post on Friday in the western province of Oruro, a Ministry of ' +
      'Defense spokesman said. "The rebels attacked an army outpost and we lost six men," said the spokesman, Tomas Velk.',
    [],
    ['Bolivia COOPERATED Tomas Velk'],
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
  // a bare passive participle after "and" qualifies the noun before it, not the clause's subject
  [
    'Norway and Chile struck bases of the Tamil Tigers in the north and supported by Peru.',
    [],
    ['Peru SUPPORTS Norway', 'Peru SUPPORTS Chile'],
  ],
  // the nearest negatives: participles joined to a participle, and a passive with its auxiliary
  ['Hezbollah, founded in 1982 and backed by Peru, attacked Chile.', ['Peru SUPPORTS Hezbollah'], []],
  [
    'The Tamil Tigers seized the port and were backed by Peru.',
    ['Peru SUPPORTS Liberation Tigers of Tamil Eelam'],
    [],
  ],
  // a listed group's name before its fighters is the group, not a person of that surname
  [
    'Yusuf Ahmed al-Houthi, a council member, called it a crime. A spokesman said Norway had carried out ' +
      'ten strikes in Yemen, killing five Houthi fighters.',
    ['Norway KILLED Houthis'],
    ['Norway KILLED Yusuf Ahmed al-Houthi'],
  ],
  // a state's possessive before words that qualify a lower-case noun names no person
  ["The group champions Peru's Aymara Catholic minority.", [], ['Aymara Catholic MEMBER_OF Peru']],
  // strikes or sanctions the subject judges are not its own
  [
    'Joe Biden called the strikes on the Tamil Tigers a response to the threat.',
    [],
    [
      'Joe Biden ATTACKED Liberation Tigers of Tamil Eelam',
      'Joe Biden DEMANDED Liberation Tigers of Tamil Eelam',
    ],
  ],
  ['Norway called the sanctions on Chile unfair.', [], ['Norway SANCTIONED Chile']],
  // the nearest negatives: the subject's own strikes, and "called on" itself
  [
    'Norway carried out strikes on the Tamil Tigers.',
    ['Norway ATTACKED Liberation Tigers of Tamil Eelam'],
    [],
  ],
  ['Norway called again on Chile to end the raids.', ['Norway DEMANDED Chile'], []],
];

describeFactRows(rows, 'fresh-news-32-lead', 'combined');
