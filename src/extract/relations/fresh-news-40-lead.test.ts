// Shapes the lead found read wrong in fresh news outside the gold (round 40). Sentences of our
// own; both engines together, as the CLI reads.
import { describeFactRows, type FactRow } from '../../../test/support/frame-facts';

const rows: FactRow[] = [
  // a count opening a sentence is no first word of the group's name
  [
    'KOLA – Six Islamic State (IS) fighters died on Sunday. Although beaten, IS in Iraq still poses a threat.',
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
    'Governor Ana Ruiz spoke on Monday. Ruiz also informed about attacks against the police station in Tarvo.',
    [],
    ['Ana Ruiz ATTACKED Tarvo'],
  ],
  // a speaker's "it" after "the coalition in Y" is the coalition, not the place
  [
    'The Gulf-led alliance in Yemen stated that it had killed 40 Houthis in raids.',
    [],
    ['Yemen ATTACKED Houthis'],
  ],
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
  // a pair of states opening a body's name is the body, whose director is no member of either
  [
    'Ivo Marek, director of the Norway-Chile Relations Institute in Oslo, said it was promising.',
    [],
    ['Ivo Marek MEMBER_OF Norway'],
  ],
  // the nearest negative: the pair's own bond is still the two states' tie
  [
    'The US-Japan Alliance remains strong, Ivo Marek said.',
    ['United States SUPPORTS Japan', 'Japan SUPPORTS United States'],
    [],
  ],
  // a share in a killing only alleged is no killing
  [
    'Canada has expelled a senior Indian envoy over his alleged part in the assassination of activist Ravi Sandhu in June, the minister said.',
    ['Canada SANCTIONED India'],
    ['India KILLED Ravi Sandhu'],
  ],
  [
    'Indian agents carried out the assassination of activist Ravi Sandhu in June.',
    ['India KILLED Ravi Sandhu'],
    [],
  ],
  // a stretch of places "from X, Y up to Z" puts no place inside another
  [
    'Patrols cover the band stretching from Nakuru, Naivasha up to Kisumu, an officer said.',
    [],
    ['Nakuru LOCATED_IN Naivasha'],
  ],
  // a region of several states is no party to a demand
  ['Fiji wants the Pacific to stay a peaceful region, Rabuka added.', [], ['Fiji DEMANDED Pacific']],
  // those counted as killed in raids are not the raids' authors
  [
    'The Gulf-led coalition said it has killed 90 Houthis in raids in Marib and Taiz after foiling an attack.',
    [],
    ['Houthis ATTACKED Marib', 'Houthis ATTACKED Taiz'],
  ],
];

describeFactRows(rows, 'fresh-news-40-lead', 'combined');
