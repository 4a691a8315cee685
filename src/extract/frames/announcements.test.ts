// Prosecutions announced (./announcements.ts), in our own words: each announcer criticised each
// defendant the article told.
import { describeFactRows, type FactRow } from '../../../test/support/frame-facts';

const PLEA = 'Nordic Freight Ltd. pleaded guilty today to smuggling arms.';
const BOTH = ['Ola Berg CRITICIZED Nordic Freight Ltd.', 'Anna Lund CRITICIZED Nordic Freight Ltd.'];

const ANNOUNCEMENTS: FactRow[] = [
  [`${PLEA} Prosecutor Ola Berg of Norway and Judge Anna Lund made the announcement.`, BOTH, []],
  // titles with the announcer's body after "of" or "for": the body is no announcer
  [
    `${PLEA} Assistant Attorney General Ola Berg of the Justice Department's Criminal Division and Special Agent in Charge Anna Lund of the FBI's Boston Field Office made the announcement.`,
    BOTH,
    [
      'Criminal Division CRITICIZED Nordic Freight Ltd.',
      'Boston Field Office CRITICIZED Nordic Freight Ltd.',
    ],
  ],
  // two defendants, each with an aside
  [
    'Nordic Freight Ltd. (Nordic), a shipping firm based in Oslo, and Baltic Cargo Inc. (Baltic), a Danish broker, pled guilty today to evading export controls. Prosecutor Ola Berg made the announcement.',
    ['Ola Berg CRITICIZED Nordic Freight Ltd.', 'Ola Berg CRITICIZED Baltic Cargo Inc.'],
    [],
  ],
  // the announcement closes the plea's own sentence
  [
    'Nordic Freight Ltd. pleaded guilty today to smuggling arms, announced Ola Berg, the United States Attorney for the District of Maine, and Anna Lund, the Under Secretary of Commerce.',
    BOTH,
    [],
  ],
  // charged, then announced by a list after "by"
  [
    'Erik Strand was charged today with fraud. The charges were announced by Prosecutor Ola Berg and Judge Anna Lund.',
    ['Ola Berg CRITICIZED Erik Strand', 'Anna Lund CRITICIZED Erik Strand'],
    [],
  ],
  // no defendant told: an announcement criticises nobody
  [
    'Nordic Freight Ltd. signed a shipping contract today. Prosecutor Ola Berg made the announcement.',
    [],
    ['Ola Berg CRITICIZED Nordic Freight Ltd.'],
  ],
  // a plea under negation or a modal makes no defendant
  [
    'Nordic Freight Ltd. may plead guilty next month. Prosecutor Ola Berg made the announcement.',
    [],
    ['Ola Berg CRITICIZED Nordic Freight Ltd.'],
  ],
  // the company whose officers are charged is not charged itself
  [
    'An indictment was unsealed today charging two former officers of shipping company Nordic Freight Ltd., Erik Strand and Knut Dahl, with fraud. The indictment was announced by Prosecutor Ola Berg.',
    ['Ola Berg CRITICIZED Erik Strand', 'Ola Berg CRITICIZED Knut Dahl'],
    ['Ola Berg CRITICIZED Nordic Freight Ltd.'],
  ],
];

describeFactRows(ANNOUNCEMENTS, 'announcements');
