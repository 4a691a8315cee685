// Shapes the lead found read wrong in fresh news and probes outside the gold (round 33).
// Sentences of our own; both engines together, as the CLI reads.
import { describeFactRows, type FactRow } from '../../../test/support/frame-facts';

const rows: FactRow[] = [
  // the act blamed on someone is theirs, not the blamer's
  [
    'The Chilean government blames the attack on the Shining Path.',
    ['Chile CRITICIZED Shining Path'],
    ['Chile ATTACKED Shining Path'],
  ],
  ['Peru blamed the raids on Chile.', [], ['Peru ATTACKED Chile']],
  // the nearest negative: the blamer's own attack
  ['Peru blamed Chile and then launched an attack on Bolivia.', ['Peru ATTACKED Bolivia'], []],
  // an inverted condition ("should X strike") states no act
  [
    'Peru told Chile that should Bolivia strike any Peruvian town, Peru will answer at once.',
    [],
    ['Bolivia ATTACKED Peru'],
  ],
  // the act right after "if" and its subject is the condition's, though a warning stands earlier
  [
    'Defense Minister Ana Ruiz on Monday gave a stern warning to Bolivia, saying it would face a heavy reply if it attacked Peru.',
    ['Ana Ruiz THREATENED Bolivia'],
    ['Ana Ruiz THREATENED Peru', 'Ana Ruiz ATTACKED Peru'],
  ],
  // "the X district of Y": X lies in Y; "the Y town of X" still puts X in Y
  [
    'Gunmen raided a school in the Karak district of Khyber Pakhtunkhwa.',
    [],
    ['Khyber Pakhtunkhwa LOCATED_IN Karak'],
  ],
  ['Gunmen raided a school in the West Bank town of Jenin.', ['Jenin LOCATED_IN West Bank'], []],
  // a tie that has ended
  [
    'A commander of Ansar Dine, the former al-Qaeda affiliate in Mali, was captured.',
    [],
    ['Ansar Dine MEMBER_OF al-Qaeda'],
  ],
  [
    'A commander of Ansar Dine, the al-Qaeda affiliate in Mali, was captured.',
    ['Ansar Dine MEMBER_OF al-Qaeda'],
    [],
  ],
  // "partners" after "allies and" is a noun, not the verb
  [
    'Until Bolivia withdraws, Peru and its allies and partners will stand firmly with Chile.',
    [],
    ['Bolivia COOPERATED Chile'],
  ],
  // a founder named after "by" does not own the fault in the body's description
  [
    'Hamas said it had cut its ties with al-Qaeda, the terror network founded by Osama bin Laden.',
    [],
    ['Hamas CRITICIZED Osama bin Laden'],
  ],
  // "its" after "and" and a second verb is not the name ending the first verb's phrase
  [
    'Bolivia could end the war by pulling its troops from Chile and halting its brutal raids on Chilean towns, Peru said.',
    [],
    ['Peru CRITICIZED Chile'],
  ],
  // a time word between the verb of saying and the reported clause
  [
    'The Greek maritime agency said earlier that a drone had struck the deck of the tanker, which was sailing west of the port of Hodeidah, Yemen.',
    [],
    ['Greece ATTACKED Yemen'],
  ],
  // the second noun of a pair after an infinitive is as unreal as the first
  [
    'Peru gave its generals more room to conduct drone strikes and raids against the Shining Path.',
    [],
    ['Peru ATTACKED Shining Path'],
  ],
  // a body is no member of a part named for it
  [
    "Colombia's ELN guerrillas ambushed a patrol on Monday. The army said the rebels were a part of the Western War Front of the ELN.",
    [],
    ['ELN MEMBER_OF Western War Front of the ELN'],
  ],
];

describeFactRows(rows, 'fresh-news-33-lead', 'combined');
