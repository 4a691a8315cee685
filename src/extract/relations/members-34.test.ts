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
  ["Bolivia's rebel Rapid Support Forces seized two villages.", [], ['Rapid Support Forces MEMBER_OF Bolivia']],
  ["Lebanon's powerful Hezbollah fired rockets at the border.", [], ['Hezbollah MEMBER_OF Lebanon']],
  // a state outlet: "official ⟦X⟧ news agency"
  [
    "Peru's official KCNA news agency carried the statement on Sunday.",
    ['KCNA MEMBER_OF Peru'],
    [],
  ],
  // a body called by what it is, then named in brackets
  [
    "Figures from Ecuador's civil defense agency (INDECI) put the toll at 40.",
    ['INDECI MEMBER_OF Ecuador'],
    [],
  ],
  // the nearest negative: a foreign news agency named after its description is no state body
  [
    'The toll came from the French news agency, Agence France-Presse, late on Friday.',
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
];

describeFactRows(rows, 'members-34', 'combined');
