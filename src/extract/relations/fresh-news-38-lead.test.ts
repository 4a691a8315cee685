// Shapes the lead found read wrong (or not read) in fresh news outside the gold (round 38).
// Sentences of our own; both engines together, as the CLI reads.
import { describeFactRows, type FactRow } from '../../../test/support/frame-facts';

const rows: FactRow[] = [
  // a dateline capital tells whose story it is: a former minister with no country written is the
  // dateline state's, not the state the story names twice in passing
  [
    'KABUL: The Front and its ally have hailed the court ruling against former foreign minister Rahim Dost, a rival of theirs.\n\nOn the other hand, the United States said it was a matter for the courts of Afghanistan.\n\nThe United States said no more.',
    ['Rahim Dost MEMBER_OF Afghanistan'],
    ['Rahim Dost MEMBER_OF United States'],
  ],
  // the nearest negative: with no dateline, the state named twice keeps the bare title
  [
    'The Front and its ally have hailed the court ruling against former foreign minister Rahim Dost, a rival of theirs.\n\nOn the other hand, the United States said it was a matter for the courts of Afghanistan.\n\nThe United States said no more.',
    [],
    ['Rahim Dost MEMBER_OF Afghanistan'],
  ],
  // a spelling of a state's adjective that the Phoenix record of the state lists
  [
    'The bloc froze the assets of twenty top Belarussian officials, including President Ivan Marchuk.\n\nBelarus is a close ally of Russia, and Russian officials were silent. Russia said nothing.',
    ['Ivan Marchuk LEADS Belarus'],
    ['Ivan Marchuk LEADS Russia'],
  ],
  // membership told as taken: a person joins a body, a state an international one
  [
    'Officials said Omar Haddad joined the Islamic State in 2015.',
    ['Omar Haddad MEMBER_OF Islamic State'],
    [],
  ],
  [
    'Lena Ortiz joined the Chilean Army in 2009 and served in the north.',
    ['Lena Ortiz MEMBER_OF Chilean Army'],
    [],
  ],
  ['Peru joined the United Nations in 1945.', ['Peru MEMBER_OF United Nations'], []],
  // the nearest negatives: a partner in an act, a wish, a joint force
  ['Omar Haddad joined Hezbollah in condemning the strike.', [], ['Omar Haddad MEMBER_OF Hezbollah']],
  ['Omar Haddad wanted to join the Islamic State.', [], ['Omar Haddad MEMBER_OF Islamic State']],
  ['Peru joined the United States in urging calm.', [], ['Peru MEMBER_OF United States']],
];

describeFactRows(rows, 'fresh-news-38-lead', 'combined');
