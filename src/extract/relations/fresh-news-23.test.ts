// Shapes read wrong in fresh news outside the gold (round 23), rebuilt in sentences of our own.
// Both engines together, as the CLI reads.
import { describeFactRows, type FactRow } from '../../../test/support/frame-facts';

const rows: FactRow[] = [
  // "Xian and Yian ministers, A and B": each name is its own owner's, in order, not both the last's
  [
    'Chilean and Peruvian foreign ministers, Tomas Varela and Ana Ruiz, discussed trade.',
    ['Tomas Varela MEMBER_OF Chile', 'Ana Ruiz MEMBER_OF Peru'],
    ['Tomas Varela MEMBER_OF Peru', 'Ana Ruiz MEMBER_OF Chile'],
  ],
  [
    'On Monday the Chilean and Peruvian defense officials – Tomas Varela and Ana Ruiz – signed the pact.',
    ['Tomas Varela MEMBER_OF Chile', 'Ana Ruiz MEMBER_OF Peru'],
    ['Tomas Varela MEMBER_OF Peru', 'Ana Ruiz MEMBER_OF Chile'],
  ],
  [
    'Argentine and Bolivian senior diplomats: Luis Soto and Marta Quispe met in Lima.',
    ['Luis Soto MEMBER_OF Argentina', 'Marta Quispe MEMBER_OF Bolivia'],
    ['Luis Soto MEMBER_OF Bolivia'],
  ],
  // one owner still has every name of its list
  [
    'Two Peruvian ministers, Tomas Varela and Ana Ruiz, resigned on Friday.',
    ['Tomas Varela MEMBER_OF Peru', 'Ana Ruiz MEMBER_OF Peru'],
    [],
  ],
  // a head written with "Ruling", "Interim" or "Caretaker" still leads the state
  [
    'Chile voted in May. Interim Prime Minister Tomas Varela conceded defeat in Chile.',
    ['Tomas Varela LEADS Chile'],
    ['Tomas Varela MEMBER_OF Chile'],
  ],
  [
    'Peru voted in May. Ruling President Ana Ruiz claimed victory in Peru on Sunday.',
    ['Ana Ruiz LEADS Peru'],
    [],
  ],
  [
    'Chile voted in May. Caretaker Prime Minister Tomas Varela, who took office in March, spoke in Chile.',
    ['Tomas Varela LEADS Chile'],
    [],
  ],
  // a deputy is one of the cabinet, not its head
  [
    'Chile voted in May. Deputy Prime Minister Luis Soto conceded defeat in Chile.',
    ['Luis Soto MEMBER_OF Chile'],
    ['Luis Soto LEADS Chile'],
  ],
  // "Head of the Presidential Administration X": the body after the title is no part of the name
  [
    'Secretary Ana Ruiz met Head of Presidential Administration Andrii Koval in Kyiv.',
    ['Ana Ruiz COOPERATED Andrii Koval'],
    ['Ana Ruiz COOPERATED Administration Andrii Koval'],
  ],
  [
    'Ana Ruiz held talks with the Head of the Presidential Office, Andrii Koval, on Monday.',
    ['Ana Ruiz COOPERATED Andrii Koval'],
    ['Ana Ruiz COOPERATED Office Andrii Koval'],
  ],
  // a list closed by "and" before a phrase naming no one still lists its names joined by commas
  [
    'Norway sanctioned Chilean President Tomas Varela, Interior Minister Ana Ruiz, and members of the cabinet.',
    ['Norway SANCTIONED Tomas Varela', 'Norway SANCTIONED Ana Ruiz'],
    [],
  ],
  [
    'On Friday Norway strongly condemned Tomas Varela, Ana Ruiz and other officials of the junta.',
    ['Norway CRITICIZED Tomas Varela', 'Norway CRITICIZED Ana Ruiz'],
    [],
  ],
  [
    'Norway met Chile, Peru, and several smaller states at the summit.',
    ['Norway COOPERATED Chile', 'Norway COOPERATED Peru'],
    [],
  ],
  [
    'The Peruvian minister, Ana Ruiz, was sanctioned by Norway, Sweden and other donors.',
    ['Norway SANCTIONED Ana Ruiz', 'Sweden SANCTIONED Ana Ruiz'],
    [],
  ],
  // not a list: the names after a comma open a clause of their own
  [
    'Norway condemned Chile, Peru said, and the talks ended.',
    ['Norway CRITICIZED Chile'],
    ['Norway CRITICIZED Peru'],
  ],
  [
    'Norway did not sanction Tomas Varela, Ana Ruiz, and members of the cabinet.',
    [],
    ['Norway SANCTIONED Ana Ruiz'],
  ],
  // heading a body described before its name, or named in apposition after its kind
  [
    'Tomas Varela heads the small but influential Green Future Party.',
    ['Tomas Varela LEADS Green Future Party'],
    [],
  ],
  ['Ana Ruiz now leads the banned Hamas movement.', ['Ana Ruiz LEADS Hamas'], []],
  [
    'Tomas Varela, who leads the largest opposition party, the Green Future Party (GFP), lost the vote.',
    ['Tomas Varela LEADS Green Future Party'],
    [],
  ],
  ['Ana Ruiz, who heads the armed faction, Hamas, spoke in Doha.', ['Ana Ruiz LEADS Hamas'], []],
  // leading an act against a body, or talks with it, is not leading the body
  ['Ana Ruiz leads the long fight against Hamas.', [], ['Ana Ruiz LEADS Hamas']],
  ['Ana Ruiz leads the talks with Hamas in Cairo.', [], ['Ana Ruiz LEADS Hamas']],
  ['Ana Ruiz, who fought the armed faction, Hamas, spoke in Doha.', [], ['Ana Ruiz LEADS Hamas']],
  // a deputy's prefix joined by a hyphen: one of the state's people, not its head
  [
    'Peruvian Vice-President Ana Ruiz visited the flooded towns.',
    ['Ana Ruiz MEMBER_OF Peru'],
    ['Ana Ruiz LEADS Peru'],
  ],
  [
    'More than 800 people were rescued, said the Peruvian vice-president, Ana Ruiz.',
    ['Ana Ruiz MEMBER_OF Peru'],
    ['Ana Ruiz LEADS Peru'],
  ],
  ["Peru's Deputy-Minister Luis Soto met the envoys.", [], ['Luis Soto LEADS Peru']],
  ['Peruvian President Ana Ruiz visited the flooded towns.', ['Ana Ruiz LEADS Peru'], []],
];

describeFactRows(rows, 'fresh-news-23', 'combined');
