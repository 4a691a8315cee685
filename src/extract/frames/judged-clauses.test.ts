// A judgement told as a reported or quoted clause (./judged-clauses.ts, round 18), in our own words:
// a speaker who says a named subject did something condemnable criticises it; reporting, counter
// words, modals, negations and hearsay state nothing.
import { describeFactRows, type FactRow } from '../../../test/support/frame-facts';

const JUDGED: FactRow[] = [
  // a condemnable act, in a quotation and in a reported clause, through a governing verb
  [
    '“Chile continues to violate the rights of its own people,” said Norway.',
    ['Norway CRITICIZED Chile'],
    [],
  ],
  ['Norway said Chile started the violence in the north.', ['Norway CRITICIZED Chile'], []],
  ['Chile paid bribes to the port officials, Norway said.', ['Norway CRITICIZED Chile'], []],
  // a condemnable noun the subject's predicate holds, and a quality said of the subject
  [
    '“Chile routinely resorts to terror and propaganda to control the villages,” said Ana Ruiz.',
    ['Ana Ruiz CRITICIZED Chile'],
    [],
  ],
  ['Norway noted that Chile is corrupt.', ['Norway CRITICIZED Chile'], []],
  // the owner of a condemnable phrase, after "by" or as the owner of an aim
  [
    '“We are deeply worried about the provocative actions by the Chilean navy,” Norway said.',
    ['Norway CRITICIZED Chile'],
    [],
  ],
  [
    'Norway noted that “the new measures target the Shining Path’s efforts to circumvent sanctions.”',
    ['Norway CRITICIZED Shining Path'],
    [],
  ],
  // "their" owns a fault for the group named on its head (a state's militia is not the state since
  // round 19, so the group here is one of its own)
  [
    '“These strikes weaken the Varodema Front and their reckless attacks on shipping,” Norway said.',
    ['Norway CRITICIZED Varodema Front'],
    [],
  ],
  // an aside between "reiterated" and "that", and "also known as" between a subject and its verb
  [
    'Norway reiterated while briefing the council last week that the Shining Path, also known as the SP, was orchestrating attacks from abroad.',
    ['Norway CRITICIZED Shining Path'],
    [],
  ],
  // a closing speaker named after a title
  [
    '“Chile continues to violate the truce,” Defence Minister Ana Ruiz said in a statement released by the ministry.',
    ['Ana Ruiz CRITICIZED Chile'],
    [],
  ],
  // counter words: the subject stands against what is condemnable, or suffers it
  [
    '“Chile continues to fight terror and crime in its own provinces,” said Norway.',
    [],
    ['Norway CRITICIZED Chile'],
  ],
  ['Norway said Chile had been the victim of terror.', [], ['Norway CRITICIZED Chile']],
  ['Norway said Chile investigated the abuses.', [], ['Norway CRITICIZED Chile']],
  ['Norway noted the progress that Chile made against corruption.', [], ['Norway CRITICIZED Chile']],
  ['“Chile’s efforts to end the abuses are welcome,” Norway said.', [], ['Norway CRITICIZED Chile']],
  // reporting an attack is no judgement; modals, negations and hearsay state nothing
  ['Norway said Chile attacked the border post.', [], ['Norway CRITICIZED Chile']],
  ['“Chile will violate the truce if it is attacked,” said Norway.', [], ['Norway CRITICIZED Chile']],
  ['“Chile did not violate the truce,” said Norway.', [], ['Norway CRITICIZED Chile']],
  ['Norway denied allegations of abuses by the Chilean navy.', [], ['Norway CRITICIZED Chile']],
  // victims named after "of" are no owners; a list a name is added to is no clause
  ['Norway said the abuses of Chilean citizens must end.', [], ['Norway CRITICIZED Chile']],
  ['Norway wrote Chile a letter about the fight against terror.', [], ['Norway CRITICIZED Chile']],
];

describe('a judgement told as a reported or quoted clause', () => {
  describeFactRows(JUDGED, 'judged-clauses');
});
