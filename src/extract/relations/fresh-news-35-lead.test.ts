// Shapes the lead found read wrong in fresh news outside the gold (round 35).
// Sentences of our own; both engines together, as the CLI reads.
import { describeFactRows, type FactRow } from '../../../test/support/frame-facts';

const rows: FactRow[] = [
  // an "including" list after a place that spans no states names the sentence's other plural,
  // not more targets of the strikes
  [
    'Several governments and regional groups condemned the Chilean airstrikes on Gaza, including Peru, Bolivia and the African Union.',
    ['Chile ATTACKED Gaza'],
    ['Chile ATTACKED Peru', 'Chile ATTACKED Bolivia', 'Chile ATTACKED African Union'],
  ],
  // the nearest negatives: a region of many states includes states; a state includes its places
  [
    'Chile threatened South America, including Peru and Bolivia.',
    ['Chile THREATENED Peru', 'Chile THREATENED Bolivia'],
    [],
  ],
  // sanctions spoken against are none of the speakers'
  [
    'Chile, Peru and Bolivia spoke out against adding a demand to keep the arms embargo placed on Paraguay in 2011, diplomats said.',
    [],
    ['Chile SANCTIONED Paraguay', 'Peru SANCTIONED Paraguay', 'Bolivia SANCTIONED Paraguay'],
  ],
  // the nearest negative: the speaker's own sanctions, imposed after it spoke against something else
  [
    'Chile imposed sanctions on Paraguay after it spoke out against the war.',
    ['Chile SANCTIONED Paraguay'],
    [],
  ],
  // a bare civil ministry in a story of strikes on a self-run territory counts the territory's dead
  [
    'Two nurses died in a Chilean airstrike on a clinic in Gaza, the Health Ministry said. Chile has pressed its offensive, and Chile says it targets fighters.',
    [],
    ['Health Ministry MEMBER_OF Chile', 'Chilean Health Ministry MEMBER_OF Chile'],
  ],
  // the nearest negative: the same story's bare defence ministry is still the state's
  [
    'Chile struck Gaza again on Monday, the Defense Ministry said. Chile has pressed its offensive, and Chile says it targets fighters.',
    ['Chilean Defense Ministry MEMBER_OF Chile'],
    [],
  ],
  // "as X prepares … in its war with Y": "its" is the subject of the clause "as" opens
  [
    "A strike killed the Azure Brigade's leader last week, as Chile prepares for a new offensive in its war with Peru.",
    ['Chile ATTACKED Peru'],
    ['Azure Brigade ATTACKED Peru'],
  ],
  // a relative clause's joined verbs are its antecedent's, not the sentence subject's
  [
    'Peru protested the statement issued by Chile and other states that smears and attacks Lima.',
    [],
    ['Peru ATTACKED Lima', 'Peru ATTACKED Peru'],
  ],
  // the nearest negative: the subject's own relative clause
  [
    'The Azure Brigade, which regrouped and attacked Chile, lost ten men.',
    ['Azure Brigade ATTACKED Chile'],
    [],
  ],
  // attacks someone is asked to stop are not the asker's
  [
    'Peruvian President Ana Lopez, who has urged armed groups to halt their rocket attacks on Chile, called the raid an escalation.',
    [],
    ['Ana Lopez ATTACKED Chile'],
  ],
  ['Peru launched rocket attacks against Chile on Monday.', ['Peru ATTACKED Chile'], []],
  // a body's name between a state and a head's title: the title is the body's
  [
    'The Department of State is designating Peru Senate President Jorge Salas for corruption.',
    [],
    ['Jorge Salas LEADS Peru'],
  ],
  ['Peru President Jorge Salas met the envoy on Monday.', ['Jorge Salas LEADS Peru'], []],
  // the leader of a part of a body belongs to it; the leader of the whole leads it
  [
    'The youth leader of the Liberal Party in Lima, Jorge Salas, says the police freed them.',
    ['Jorge Salas MEMBER_OF Liberal Party'],
    ['Jorge Salas LEADS Liberal Party'],
  ],
  [
    'The leader of the Liberal Party, Jorge Salas, says the police freed them.',
    ['Jorge Salas LEADS Liberal Party'],
    ['Jorge Salas MEMBER_OF Liberal Party'],
  ],
  // a demonym before a noun of people names people, not the state one meets
  [
    'The head of press affairs, Luis Fernando, said the visit will end with a meeting with the Peruvian community living in Chile.',
    [],
    ['Luis Fernando COOPERATED Peru'],
  ],
  // a list of heads, each title before its holder: the next title is not the last name's
  [
    'The prime minister of Peru, Ana Lopez, the prime minister of Chile, Jorge Salas, and that of Bolivia, Luis Rios, traveled to Quito.',
    ['Ana Lopez LEADS Peru', 'Jorge Salas LEADS Chile'],
    ['Ana Lopez LEADS Chile', 'Ana Lopez MEMBER_OF Chile'],
  ],
  ['Jorge Salas, the president of Peru, met the envoy on Monday.', ['Jorge Salas LEADS Peru'], []],
  // sanctions on a state's private people are not on the state; its "individuals" still count
  [
    'The Treasury imposed sanctions on seven Chilean nationals it said were linked to the Azure Brigade.',
    [],
    ['U.S. Treasury Department SANCTIONED Chile'],
  ],
  [
    'The Treasury announced sanctions targeting 19 Chilean individuals and five entities.',
    ['U.S. Treasury Department SANCTIONED Chile'],
    [],
  ],
  // "on the same day" tells when the sanctions came, not whom they are on
  [
    'The new US sanctions arrive on the same day Chile launched a large airstrike on Lima.',
    [],
    ['United States SANCTIONED Chile'],
  ],
  // the state whose flag a struck ship flies is not what was struck
  [
    'The Azure Brigade took credit for a drone attack which hit a Liberia-flagged tanker off the coast on Sunday.',
    [],
    ['Azure Brigade ATTACKED Liberia'],
  ],
  [
    'The Azure Brigade took credit for a drone attack which hit Liberia on Sunday.',
    ['Azure Brigade ATTACKED Liberia'],
    [],
  ],
  // a body's possessive before a country and a title owns the post
  ["Amnesty's Peru researcher Ana Lopez said the verdict was unfair.", [], ['Ana Lopez MEMBER_OF Peru']],
  ['Peruvian spokesman Ana Lopez said the verdict was fair.', ['Ana Lopez MEMBER_OF Peru'], []],
  // an owner's holding struck in words or by measures is no blow on the owner
  [
    "The Peruvian government attacked the Azure Brigade's financial network last week with new sanctions on six people.",
    [],
    ['Peru ATTACKED Azure Brigade'],
  ],
  ["Peru attacked the Azure Brigade's positions on Friday.", ['Peru ATTACKED Azure Brigade'], []],
];

describeFactRows(rows, 'fresh-news-35-lead', 'combined');
