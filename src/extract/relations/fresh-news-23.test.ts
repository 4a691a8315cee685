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
];

describeFactRows(rows, 'fresh-news-23', 'combined');
