// Wrong facts seen on fresh news outside the gold (round 24), rebuilt as shapes in our own words.
// Both engines together, as the CLI reads.
import { describeFactRows, type FactRow } from '../../../test/support/frame-facts';

const rows: FactRow[] = [
  // a bare participle after a list modifies the nearest phrase only
  [
    'Hamas and Peruvian troops supported by Chilean soldiers clashed near the border.',
    ['Chile SUPPORTS Peru'],
    ['Chile SUPPORTS Hamas'],
  ],
  [
    'Peru fought Hamas and Fatah fighters backed by Chile.',
    ['Chile SUPPORTS Fatah'],
    ['Chile SUPPORTS Hamas'],
  ],
  [
    'Fighting raged between Hamas and Peruvian forces supported by Chilean advisers.',
    ['Chile SUPPORTS Peru'],
    ['Chile SUPPORTS Hamas'],
  ],
  [
    'Peru has long fought Hamas. Uganda and Peru say clashes between Hamas and government troops backed by Chilean soldiers went on in Peru.',
    [],
    ['Chile SUPPORTS Hamas'],
  ],
  // with a comma or an auxiliary the clause is the whole list's
  ['Hamas and Fatah, backed by Chile, attacked Peru.', ['Chile SUPPORTS Hamas', 'Chile SUPPORTS Fatah'], []],
  ['Hamas and Fatah were backed by Chile.', ['Chile SUPPORTS Hamas', 'Chile SUPPORTS Fatah'], []],
  [
    'Hamas and Fatah are the second and third groups designated by Chile.',
    ['Chile SANCTIONED Hamas', 'Chile SANCTIONED Fatah'],
    [],
  ],
  // one unnamed person of a country is no partner, target of criticism or ally standing for it
  ['Peru met a Chilean officer on Monday.', [], ['Peru COOPERATED Chile']],
  ['The Peruvian minister met a senior Chilean army officer in Lima.', [], ['Peru COOPERATED Chile']],
  ['Peru criticised the Chilean soldier for the remarks.', [], ['Peru CRITICIZED Chile']],
  ['Peru backed a Chilean policeman in the dispute.', [], ['Peru SUPPORTS Chile']],
  // people of the country in the plural, its body, a named person, or an act of force still count
  ['Peru met Chilean officers on Monday.', ['Peru COOPERATED Chile'], []],
  ['Peru criticised the Chilean army.', ['Peru CRITICIZED Chile'], []],
  ['Peru killed a Chilean officer.', ['Peru ATTACKED Chile'], []],
  ['Peru met the Chilean marine unit on Monday.', ['Peru COOPERATED Chile'], []],
  // a belief holds the clause after it: an official's suspicion is not stated as done
  ['Officials believe Hamas was behind the attack on Chile.', [], ['Hamas ATTACKED Chile']],
  ['Police suspect Hamas carried out the bombing in Chile.', [], ['Hamas ATTACKED Chile']],
  ['Investigators think that Hamas attacked the Chilean embassy.', [], ['Hamas ATTACKED Chile']],
  ['Peru believes Hamas killed two Chilean soldiers.', [], ['Hamas KILLED Chile', 'Hamas ATTACKED Chile']],
  // the article's own hedge, a report and a past-tense hedge are stated (the gold's round-10 line)
  ['Hamas is believed to have attacked Chile.', ['Hamas ATTACKED Chile'], []],
  ['Gunmen believed to be Hamas militants attacked Chile.', ['Hamas ATTACKED Chile'], []],
  ['Suspected Hamas gunmen attacked Chile.', ['Hamas ATTACKED Chile'], []],
  ['Officials said Hamas was behind the attack on Chile.', ['Hamas ATTACKED Chile'], []],
];

describeFactRows(rows, 'fresh-news-24', 'combined');

// "Spokesman" is no national title: after a sentence on an international body, the bare
// spokesman is that body's, not the country the article is about
describeFactRows(
  [
    [
      "Peru's army fought Hamas in Peru. Officials of the UN aid office warned of hunger. Spokesman Jon Ekdal said 600,000 people needed food.",
      [],
      ['Jon Ekdal MEMBER_OF Peru'],
    ],
    [
      "Peru's army fought Hamas in Peru. Peru's cabinet met on Monday. Spokesman Jon Ekdal said 600,000 people needed food.",
      ['Jon Ekdal MEMBER_OF Peru'],
      [],
    ],
  ],
  'fresh-news-24-spokesman',
  'combined',
);

// Read on the round's fresh articles, rebuilt in our own words
describeFactRows(
  [
    // one minister heads a ministry: a later bare "Foreign Minister" is another state's
    [
      "Chile's Foreign Ministry said Foreign Minister Ana Ruiz met the envoy. According to the Peruvian readout, Foreign Minister Luis Vega also spoke with Ruiz. Chile and Peru met.",
      ['Ana Ruiz LEADS Chilean Foreign Ministry'],
      ['Luis Vega LEADS Chilean Foreign Ministry'],
    ],
    [
      "Chile's Foreign Ministry said Foreign Minister Ana Ruiz met the envoy. Later, Foreign Minister Ana Ruiz flew home. Chile is calm.",
      ['Ana Ruiz LEADS Chilean Foreign Ministry'],
      [],
    ],
    // a person who reports a clause with its own subject only speaks
    [
      'Military spokesman Omar Haddad claimed that the army attacks targeted Hamas members in the south.',
      [],
      ['Omar Haddad ATTACKED Hamas'],
    ],
    ['Omar Haddad claimed that his men attacked Hamas.', ['Omar Haddad ATTACKED Hamas'], []],
    // the means or plan of talks is no talks held
    [
      'He urged the creation of a mechanism for discussions between Chile and Peru.',
      [],
      ['Chile COOPERATED Peru'],
    ],
    ['They agreed on a roadmap for talks between Chile and Peru.', [], ['Chile COOPERATED Peru']],
    ['Talks between Chile and Peru began in Lima.', ['Chile COOPERATED Peru'], []],
  ],
  'fresh-news-24-read',
  'combined',
);

// the one whose release is demanded is not asked: the holder is
describeFactRows(
  [
    ['Chile and Peru condemned the arrest and demanded Ana Ruiz’s release.', [], ['Chile DEMANDED Ana Ruiz']],
    ["Chile demanded Ana Ruiz's immediate and unconditional release.", [], ['Chile DEMANDED Ana Ruiz']],
    ["Chile demanded Peru's withdrawal from the border.", ['Chile DEMANDED Peru'], []],
    ['Chile demanded that Peru free Ana Ruiz.', ['Chile DEMANDED Peru'], []],
  ],
  'fresh-news-24-demand',
  'combined',
);
