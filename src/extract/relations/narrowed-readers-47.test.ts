// Readers that were wrong more often than right on train (round 47), narrowed to the shapes where
// they are right; each shape in sentences of our own with invented or other names, and beside it
// the nearest positive the reader still reads. Both engines together, as the CLI reads.
import { describeFactRows, type FactRow } from '../../../test/support/frame-facts';
import { checkEntities, type EntityCase } from '../../../test/support/entity-cases';

const rows: FactRow[] = [
  // an attack "in" a town is its author's only when the author is written on the noun: a name
  // further off claims it, speaks of it or asks for an end to it
  [
    'The Shining Path claimed the deadly car bombing in Arequipa on Tuesday.',
    [],
    ['Shining Path ATTACKED Arequipa'],
  ],
  [
    'The United Nations said the sharp escalation of clashes and airstrikes in Arequipa has killed dozens.',
    [],
    ['United Nations ATTACKED Arequipa'],
  ],
  [
    'Chile calls on all armed forces in Peru to immediately cease attacks in Arequipa.',
    [],
    ['Chile ATTACKED Arequipa'],
  ],
  // … nor a state's own bombing in its own town, told through "its"
  ['Peru rarely acknowledges its aerial bombings in Arequipa.', [], ['Peru ATTACKED Arequipa']],
  // the nearest positive: the author's demonym on the noun, one word of its kind between …
  // … or the subject of a light verb of operations that takes the noun
  [
    'The Shining Path, backing the rebels, carried out a series of bombings Thursday in Arequipa that killed six people.',
    ['Shining Path ATTACKED Arequipa'],
    [],
  ],
  ['A Chilean missile attack wounded 10 in the city of Arequipa on Monday.', ['Chile ATTACKED Arequipa'], []],
  // what a prevention keeps someone from doing is no act, of the one kept or of the subject
  [
    "Chile is helping Peru's army to prevent the Shining Path from regrouping and threatening Peru.",
    [],
    ['Shining Path THREATENED Peru', 'Chile THREATENED Peru'],
  ],
  ['The Shining Path threatened Peru on Monday.', ['Shining Path THREATENED Peru'], []],
  // ground taken back from a named holder fights the holder; the place is where
  [
    'Chilean troops recaptured the port of Arequipa from the Shining Path on Monday.',
    ['Chile ATTACKED Shining Path'],
    ['Chile ATTACKED Arequipa'],
  ],
  [
    'Chilean troops seized the Arequipa base from the Shining Path on Monday.',
    [],
    ['Chile ATTACKED Arequipa'],
  ],
  // the nearest positive: a town retaken with no holder named is still its target
  ['Chilean troops recaptured the port of Arequipa on Monday.', ['Chile ATTACKED Arequipa'], []],
  // an alliance without "with" or "between" is the pair's own only as the light verb's object
  [
    'Foreign Minister Ana Ortiz of Chile and Foreign Minister Erik Lund of Norway praised the plan and continued collaboration on alliance logistics.',
    [],
    ['Ana Ortiz SUPPORTS Erik Lund', 'Erik Lund SUPPORTS Ana Ortiz'],
  ],
  [
    'Foreign Minister Ana Ortiz of Chile and Foreign Minister Erik Lund of Norway emphasized the importance of the Alliance remaining strong.',
    [],
    ['Ana Ortiz SUPPORTS Erik Lund', 'Erik Lund SUPPORTS Ana Ortiz'],
  ],
  // a partnership extended renews a deal (COOPERATED), no alliance stated
  [
    'Norway and Chile signed a new agreement last week, extending their partnership until 2030.',
    ['Norway COOPERATED Chile'],
    ['Norway SUPPORTS Chile', 'Chile SUPPORTS Norway'],
  ],
  [
    'Norway and Chile signed a strategic alliance on Monday.',
    ['Norway SUPPORTS Chile', 'Chile SUPPORTS Norway'],
    [],
  ],
  // sanctions still being worked on are none yet
  [
    'President Tom Reed said his team is working on fresh sanctions against Belarus.',
    [],
    ['Tom Reed SANCTIONED Belarus'],
  ],
  ['President Tom Reed imposed new sanctions against Belarus.', ['Tom Reed SANCTIONED Belarus'], []],
  // "Secretary of Defense" is one state's office: not the state a readout is about
  [
    'Secretary of Defense Tom Reed convened the contact group meeting on Wednesday. Ukraine thanked its partners. Ukraine fights on.',
    [],
    ['Tom Reed MEMBER_OF Ukraine'],
  ],
  // … with an honorific between the office and the name, the office is still read
  [
    'Secretary of Defense Dr. Tom Reed hosted Ali Karim, the Minister of Defense of the Republic of Iraq, at the Pentagon on Monday. The United States and Iraq discussed security. Iraq thanked the United States.',
    [],
    ['Tom Reed MEMBER_OF Iraq'],
  ],
  // two states each ordering, mobilising or answering for themselves do nothing together
  ['Ecuador and Peru sent troops to their borders with Chile this week.', [], ['Ecuador COOPERATED Peru']],
  [
    'Ecuador and Peru responded to the incursion by moving tanks to their frontiers with Chile.',
    [],
    ['Ecuador COOPERATED Peru'],
  ],
  [
    'Ecuador and Peru brought their complaints before a regional court on Monday.',
    [],
    ['Ecuador COOPERATED Peru'],
  ],
  ['Ecuador and Peru held talks on Thursday.', ['Ecuador COOPERATED Peru'], []],
  // a dashed pair's dialogue still to come ("ahead of") is no dealing yet
  [
    'Foreign Minister Ana Ortiz met today with Norwegian Foreign Minister Erik Lund ahead of the Chile-Norway Strategic Partnership Dialogue in Santiago.',
    ['Ana Ortiz COOPERATED Erik Lund'],
    ['Chile COOPERATED Norway', 'Chile SUPPORTS Norway'],
  ],
  [
    'Foreign Minister Ana Ortiz met Erik Lund at the annual Chile-Norway Strategic Dialogue in Santiago.',
    ['Chile COOPERATED Norway'],
    [],
  ],
];

describeFactRows(rows, 'narrowed-readers-47', 'combined');

describe('round 47 (task forces and teams are no actors)', () => {
  const cases: EntityCase[] = [
    // a strike force is a task force by another name
    [
      "The designations further efforts by the Treasury's Counter-Smuggling Strike Force, which leverages its expertise.",
      [],
      ['Organization:Counter-Smuggling Strike Force'],
    ],
    // a team named only by what it does, its words joined by a hyphen
    [
      'The agency deployed a Disaster-Assistance Response Team to Chile.',
      [],
      ['Organization:Disaster-Assistance Response Team'],
    ],
  ];
  test.each(cases)('%s', (...c) => checkEntities(c));
});
