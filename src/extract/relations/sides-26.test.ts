// Round 26: a side that is only a modifier, a determiner or a descriptor of the real side
// (docs/extraction.md, "Sides that are modifiers, round 26"). Sentences of our own; both engines
// together, as the CLI reads.
import { describeFactRows, type FactRow } from '../../../test/support/frame-facts';

const rows: FactRow[] = [
  // a name inside an aside that describes the subject is no actor (./subject-position.ts)
  [
    'Hezbollah, a Chile government designated terrorist group, attacked Peru on Sunday.',
    ['Hezbollah ATTACKED Peru'],
    ['Chile ATTACKED Peru'],
  ],
  [
    'The Taliban, the Pakistan based movement, attacked Chile on Monday.',
    ['Taliban ATTACKED Chile'],
    ['Pakistan ATTACKED Chile'],
  ],
  [
    'The Norway-led coalition, in support of Chile’s government, launched airstrikes on Peru.',
    ['Norway-led coalition ATTACKED Peru'],
    ['Chile ATTACKED Peru'],
  ],
  [
    'Hezbollah, the largest Lebanon party, criticized Chile on Monday.',
    ['Hezbollah CRITICIZED Chile'],
    ['Lebanon CRITICIZED Chile'],
  ],
  // nearest negatives: the described name acts; a list of names all act; a clause opened by a
  // place keeps its subject
  ['Norway, the largest donor, criticized Chile on Monday.', ['Norway CRITICIZED Chile'], []],
  [
    'Norway, Peru and Chile criticized Argentina on Monday.',
    ['Norway CRITICIZED Argentina', 'Peru CRITICIZED Argentina', 'Chile CRITICIZED Argentina'],
    [],
  ],
  ['In Oslo, the Chilean embassy, citing security, condemned Peru.', ['Chile CRITICIZED Peru'], []],

  // an owner's possessive before a named person: the person is acted on (./apply-rules.ts)
  [
    'Norway called on Hamas’s leader Ismail Haniyeh to release the hostages.',
    ['Norway DEMANDED Ismail Haniyeh'],
    ['Norway DEMANDED Hamas'],
  ],
  [
    "Norway urged Chile's President Gabriel Boric to resign.",
    ['Norway DEMANDED Gabriel Boric'],
    ['Norway DEMANDED Chile'],
  ],
  // nearest negative: the owner alone is the object
  ["Norway urged Chile's government to resign.", ['Norway DEMANDED Chile'], []],

  // a country's officials named right after them are the side, not the country
  // (../frames/lists.ts, ../frames/sanctioned-states.ts, ./apply-rules.ts)
  [
    'Norway imposed sanctions on three Chilean officials, including Gabriel Boric.',
    ['Norway SANCTIONED Gabriel Boric'],
    ['Norway SANCTIONED Chile'],
  ],
  [
    'Norway imposed sanctions on two Chilean officials – Gabriel Boric and Sebastian Pinera.',
    ['Norway SANCTIONED Gabriel Boric', 'Norway SANCTIONED Sebastian Pinera'],
    ['Norway SANCTIONED Chile'],
  ],
  [
    'Today, the Treasury’s Office of Foreign Assets Control (OFAC) designated four Chilean government officials, Gabriel Boric, Michelle Bachelet, and Sebastian Pinera, pursuant to an order.',
    ['Office of Foreign Assets Control SANCTIONED Gabriel Boric'],
    ['Office of Foreign Assets Control SANCTIONED Chile'],
  ],
  [
    'Norway called on two Chilean leaders, Gabriel Boric and Sebastian Pinera, to negotiate.',
    ['Norway DEMANDED Gabriel Boric', 'Norway DEMANDED Sebastian Pinera'],
    ['Norway DEMANDED Chile'],
  ],
  // nearest negatives: officials counted with no names after them are the country's
  ['Norway imposed sanctions on three Chilean officials on Monday.', ['Norway SANCTIONED Chile'], []],
  ['Norway designated ten current or former Chilean government officials.', ['Norway SANCTIONED Chile'], []],
];

describeFactRows(rows, 'sides-26', 'combined');
