// Members, heads and owners on unseen text (round 34): a state's body written with the state's
// possessive or demonym and a word that describes it. Sentences of our own; both engines together,
// as the CLI reads.
import { describeFactRows, type FactRow } from '../../../test/support/frame-facts';

const rows: FactRow[] = [
  // a describing word between the state's possessive and its body
  [
    "Chile's elite Republican Guard moved into the capital on Monday.",
    ['Republican Guard MEMBER_OF Chile'],
    [],
  ],
  [
    "Fighters of Bolivia's paramilitary Rapid Support Forces seized two villages.",
    ['Rapid Support Forces MEMBER_OF Bolivia'],
    [],
  ],
  // the nearest negatives: no describing word of the state's own, or an armed group by name
  [
    "Bolivia's rebel Rapid Support Forces seized two villages.",
    [],
    ['Rapid Support Forces MEMBER_OF Bolivia'],
  ],
  ["Lebanon's powerful Hezbollah fired rockets at the border.", [], ['Hezbollah MEMBER_OF Lebanon']],
  // a state outlet: "official ⟦X⟧ news agency"
  ["Peru's official KCNA news agency carried the statement on Sunday.", ['KCNA MEMBER_OF Peru'], []],
  // a body called by what it is, then named in brackets
  [
    "Figures from Ecuador's civil defense agency (INDECI) put the toll at 40.",
    ['INDECI MEMBER_OF Ecuador'],
    [],
  ],
  // the nearest negative: a foreign news agency named after its description is no state body
  [
    'A count given late on Friday came through the French news agency, Agence France-Presse.',
    [],
    ['Agence France-Presse MEMBER_OF France'],
  ],
  // a named government after its state's demonym
  [
    'Donors met officials of the Chadian Government of National Unity (GNU) on Monday to plan aid for Chad.',
    ['Government of National Unity MEMBER_OF Chad'],
    [],
  ],
  // the nearest negative: without the demonym, nothing says whose government it is
  [
    'Donors met officials of the Government of National Unity (GNU) on Monday to plan aid for Chad.',
    [],
    ['Government of National Unity MEMBER_OF Chad'],
  ],
  // a body any state has, written bare in a story about one state: the entity step names it
  // after that state, and it is MEMBER_OF the state
  [
    "Voters in Chile chose a new president on Sunday, and the United States praised the vote. Chile's leaders met in Santiago. Chile's opposition asked the United States for help. The Constitutional Court will rule on the count next week.",
    ['Chilean Constitutional Court MEMBER_OF Chile'],
    [],
  ],
  [
    "Protests spread across Peru on Friday, and the United States urged calm. Peru's president met the United States envoy. Peru's opposition marched. The National Assembly will vote on the bribes next week.",
    ['Peruvian National Assembly MEMBER_OF Peru'],
    [],
  ],
  // the nearest negative: a bare name the lists give one state's body says no state (round 13)
  [
    'The Justice Department said Peru agreed to the terms.',
    [],
    ['Peruvian Justice Department MEMBER_OF Peru'],
  ],
  // the nearest negative: two states named alike, the bare body is no one's
  [
    'Chile and Peru signed a border deal on Sunday. The Constitutional Court will rule on it next week.',
    [],
    ['Constitutional Court MEMBER_OF Chile', 'Constitutional Court MEMBER_OF Peru'],
  ],
  // the U.S. armed services' joint body, written bare or with the state
  [
    'Admiral Tom Reyes, chairman of the Joint Chiefs of Staff, told reporters the United States would send more ships.',
    ['Tom Reyes LEADS U.S. Joint Chiefs of Staff', 'U.S. Joint Chiefs of Staff MEMBER_OF United States'],
    [],
  ],
  // the nearest negative: another state's body of the same name is that state's alone
  [
    "South Korea's Joint Chiefs of Staff said the North fired two missiles into the sea, and Washington denounced the test.",
    ['South Korean Joint Chiefs of Staff MEMBER_OF South Korea'],
    ['South Korean Joint Chiefs of Staff MEMBER_OF United States'],
  ],
  // a fleet named with its state
  [
    'The U.S. Seventh Fleet sent two destroyers to the strait, the United States said.',
    ['U.S. Seventh Fleet MEMBER_OF United States'],
    [],
  ],
];

describeFactRows(rows, 'members-34', 'combined');
