// Wrong facts read on fresh news nobody annotated (round 39, second wave). Sentences of our own;
// both engines together, as the CLI reads.
import { describeFactRows, type FactRow } from '../../../test/support/frame-facts';

const rows: FactRow[] = [
  // a call on one's own state and another together wishes for joint work: no demand of either
  [
    'Austrian President Arno Keller said Austria and Chile should deepen their trade links.',
    ['Arno Keller LEADS Austria'],
    ['Arno Keller DEMANDED Chile'],
  ],
  [
    'Austrian President Arno Keller urged Austria and Chile to widen their ties in farming.',
    ['Arno Keller LEADS Austria'],
    ['Arno Keller DEMANDED Chile'],
  ],
  // the same for a minister, who belongs to the state rather than heads it
  [
    'Austrian Foreign Minister Lena Brandt said Austria and Chile should open more flights between them.\n\nBrandt spoke in Vienna.',
    ['Lena Brandt MEMBER_OF Austria'],
    ['Lena Brandt DEMANDED Austria', 'Lena Brandt DEMANDED Chile'],
  ],
  // the nearest negatives: two other states, or another state alone, are still called on
  [
    'Austrian President Arno Keller said Chile and Peru should settle their border quarrel.',
    ['Arno Keller DEMANDED Chile', 'Arno Keller DEMANDED Peru'],
    [],
  ],
  [
    'Austrian President Arno Keller urged Chile to free the two reporters.',
    ['Arno Keller DEMANDED Chile'],
    [],
  ],
  // a head's trip to a country, told anywhere in the story, keeps the bare title from that country
  [
    "Prime Minister Lin Bao met Australian business leaders in Canberra on Monday.\n\nAustralia and its firms want more trade. Australia said it was pleased.\n\nPM Lin's Australia trip ends on Friday.",
    [],
    ['Lin Bao LEADS Australia'],
  ],
  [
    "Prime Minister Lin Bao met Australian business leaders in Canberra on Monday.\n\nAustralia and its firms want more trade. Australia said it was pleased.\n\nThe Prime Minister's state visits to Australia and Fiji end on Friday.",
    [],
    ['Lin Bao LEADS Australia'],
  ],
  // the nearest negatives: no trip told, or another person's visit to the country
  [
    'Prime Minister Lin Bao met Australian business leaders in Canberra on Monday.\n\nAustralia and its firms want more trade. Australia said it was pleased.\n\nThe talks end on Friday.',
    ['Lin Bao LEADS Australia'],
    [],
  ],
  [
    "Prime Minister Lin Bao met Australian business leaders in Canberra on Monday.\n\nAustralia and its firms want more trade. Australia said it was pleased.\n\nLin welcomed the Japanese Foreign Minister's visit to Australia.",
    ['Lin Bao LEADS Australia'],
    [],
  ],
  // a civil body's raid with no force told is a search, no attack
  [
    'Chilean federal police carried out raids in Valparaiso at dawn and detained six men.',
    [],
    ['Chilean Federal Police ATTACKED Valparaiso'],
  ],
  [
    "On Monday the Tax Enforcement Directorate's officers raided the office of businessman Tomas Ruiz in Lima.",
    [],
    ['Tax Enforcement Directorate ATTACKED Tomas Ruiz'],
  ],
  // the nearest negatives: force told in the raid, or an armed group's raid
  [
    'Chilean federal police carried out raids in Valparaiso at dawn, killing two gunmen.',
    ['Chilean Federal Police ATTACKED Valparaiso'],
    [],
  ],
  [
    'Boko Haram fighters raided the village of Kawuri in Borno State at night.',
    ['Boko Haram ATTACKED Kawuri'],
    [],
  ],
];

describeFactRows(rows, 'wrong-facts-fresh-news-39', 'combined');
