// Shapes the lead found read wrong in fresh news outside the gold (round 40). Sentences of our
// own; both engines together, as the CLI reads.
import { describeFactRows, type FactRow } from '../../../test/support/frame-facts';

const rows: FactRow[] = [
  // a count opening a sentence is no first word of the group's name
  [
    'KOLA – Six Islamic State (IS) fighters were killed on Sunday. Despite the victory over IS in Iraq, IS remains a threat.',
    [],
    ['Six Islamic State LOCATED_IN Iraq'],
  ],
  [
    'Five Taliban fighters seized Kunduz on Sunday.',
    ['Taliban ATTACKED Kunduz'],
    ['Five Taliban ATTACKED Kunduz'],
  ],
  // the dateline's country is not the head's when the story writes the office as another state's
  [
    "MANILA, Philippines (AP) — Vietnam's prime minister said Friday that floods had killed dozens.\n\nPrime Minister Tran Van Lo said the army would help.",
    [],
    ['Tran Van Lo LEADS Philippines'],
  ],
  // the nearest negative: the dateline's country named again in the story keeps its head
  [
    "MANILA, Philippines (AP) — The Philippines' president said Friday that floods had killed dozens.\n\nPresident Ramon Tala said the army would help.",
    ['Ramon Tala LEADS Philippines'],
    [],
  ],
  // one who tells of attacks did not make them
  [
    'Governor Ana Ruiz spoke on Monday. Ruiz also informed about attacks against a police station in Tarvo and an army post.',
    [],
    ['Ana Ruiz ATTACKED Tarvo'],
  ],
  // a speaker's "it" after "the coalition in Y" is the coalition, not the place
  ['The Gulf-led coalition in Yemen said it has killed 40 Houthis in raids.', [], ['Yemen ATTACKED Houthis']],
  ['The government of Peru said it would sanction Chile.', ['Peru THREATENED Chile'], []],
  // a watchdog's search of a company's offices is no attack
  [
    "Japan's competition watchdog raided the offices of Northwind Holdings Inc. on Thursday.",
    [],
    ['Japan ATTACKED Northwind Holdings Inc.'],
  ],
  // a deal with its owner written before it is the owner's, not the critic's
  [
    "Former premier Paul Kent is a critic of Canada's NORPAC submarine deal with Britain and France.",
    ['Canada COOPERATED France'],
    ['Paul Kent COOPERATED France', 'Paul Kent COOPERATED United Kingdom'],
  ],
];

describeFactRows(rows, 'fresh-news-40-lead', 'combined');
