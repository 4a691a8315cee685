// Shapes the lead found read wrong in fresh news outside the gold (round 39). Sentences of our
// own; both engines together, as the CLI reads.
import { describeFactRows, type FactRow } from '../../../test/support/frame-facts';

const rows: FactRow[] = [
  // a mission head's title, also spelt "d'Affairs", is no verb of charging, nor a person's name
  [
    "The Chilean Charge d'Affairs in Lima was called to the Foreign Ministry on Monday.",
    [],
    ["Chile CRITICIZED d'Affairs"],
  ],
  [
    'The Chilean Charge d’Affaires in Lima was called to the Foreign Ministry on Monday.',
    [],
    ['Chile CRITICIZED d’Affaires'],
  ],
  [
    "Peru summoned Chilean Charge d'Affairs Tomas Reyes over the border incident.",
    ['Tomas Reyes MEMBER_OF Chile'],
    ["Peru CRITICIZED d'Affairs Tomas Reyes"],
  ],
  // the nearest negative: the verb itself still charges
  ['Peru charged Chile with arming the smugglers.', ['Peru CRITICIZED Chile'], []],
  // a creed's word before "regime" is no leader's name
  [
    "Iran's new foreign minister phoned his Turkish counterpart. Citing the terror of the Zionist regime that aims to spread chaos, the new Iranian foreign minister urged talks.",
    [],
    ['Zionist LEADS Iran'],
  ],
  // after a verb of blame, a name in the "for" phrase is the charge's, not the one blamed
  [
    'Chilean President Ana Velk spoke on Monday. Velk has blamed the new tariffs for the country’s fuel shortages.',
    [],
    ['Ana Velk CRITICIZED Chile'],
  ],
  [
    'Chilean President Ana Velk spoke on Monday. Velk has blamed the tariffs for Chile’s fuel shortages.',
    [],
    ['Ana Velk CRITICIZED Chile'],
  ],
  // the nearest negatives: the one blamed stands before "for", or owns what is blamed
  [
    'Chilean President Ana Velk spoke on Monday. Velk has blamed Peru for the fuel shortages.',
    ['Ana Velk CRITICIZED Peru'],
    [],
  ],
  [
    'Chilean President Ana Velk spoke on Monday. Velk has blamed the tariffs of Peru for the shortages.',
    ['Ana Velk CRITICIZED Peru'],
    [],
  ],
  // talks only hoped for are no talks
  [
    "Northern Front rebels raided a rural Chilean police post today, killing 16 officers. The raid belongs to a fortnight-long offensive by the People's Army of Chile, or Northern Front, which has dimmed hopes of early peace talks with the government.",
    ['Northern Front ATTACKED Chile'],
    ['Northern Front COOPERATED Chile'],
  ],
  ['The Northern Front held peace talks with Chile on Monday.', ['Northern Front COOPERATED Chile'], []],
  // a spokesman who gives the toll of a bombing did not bomb
  [
    'Omar Haddad, a spokesman for the provincial police, gave figures for the bomb attack at the Al-Nour mosque.',
    [],
    ['Omar Haddad ATTACKED Al-Nour mosque'],
  ],
  // a speaker who opens a quote about aggression commits none
  [
    '"Chile can count on our help if it is threatened," Reyes said and later added, "All aggression against Chile, large or small, will cost Bolivia dearly."',
    [],
    ['Reyes ATTACKED Chile'],
  ],
  // a clause opened by "while" has its own subject: the body there is not what the first heads
  [
    'Army chief General Omar Haddad heads the ruling council while Northern Front leader Ali Rahman is his deputy.',
    ['Ali Rahman LEADS Northern Front'],
    ['Omar Haddad LEADS Northern Front'],
  ],
  // a ministry's name ends with its portfolio; the name after it is its officer's
  [
    'He was received by Deputy Minister of the Ministry of Finance Berhanu Tessema at the airport.',
    ['Berhanu Tessema MEMBER_OF Ministry of Finance'],
    [],
  ],
  [
    'The talks were held with Director General in the Chilean Ministry of Foreign Affairs Ana Velk.',
    ['Chilean Ministry of Foreign Affairs MEMBER_OF Chile'],
    ['Chilean Ministry of Foreign Affairs Ana Velk MEMBER_OF Chile'],
  ],
  // a group's governor of a province belongs to the group and does not head it
  [
    'Mourners buried Omar Haddad, the Taliban Provincial Governor of Badakhshan, on Friday.',
    ['Omar Haddad MEMBER_OF Taliban'],
    ['Omar Haddad LEADS Taliban'],
  ],
  [
    'Mourners buried Omar Haddad, the Acting Taliban District Governor of Kunar, on Friday.',
    [],
    ['Omar Haddad LEADS Acting Taliban District', 'Omar Haddad LEADS Taliban'],
  ],
  // the nearest negative: a tenure word before a state's people stays in the government's name
  [
    "It echoed Pakistan's call on the Interim Afghan Government to secure the border.",
    ['Pakistan DEMANDED Interim Afghan Government'],
    [],
  ],
  // a state's name that opens a longer body's name is not the state the title heads
  [
    'The delegation included President of Russian Railways Ivan Petrov and others.',
    [],
    ['Ivan Petrov LEADS Russia'],
  ],
  ['The delegation included President of Mongolia Bat Erdene.', ['Bat Erdene LEADS Mongolia'], []],
  // a state's own regulator fining firms at home sanctions no state
  [
    'The Central Bank of Chile has fined six Chilean banks for breaking currency rules.',
    ['Central Bank of Chile MEMBER_OF Chile'],
    ['Central Bank of Chile SANCTIONED Chile', 'Central Bank of Chile CRITICIZED Chile'],
  ],
  // the nearest negative: another state's sanction on its banks still falls on the state
  ['Peru sanctioned six Chilean banks on Monday.', ['Peru SANCTIONED Chile'], []],
  // a firm backed by a company and named after a state is no state backed
  [
    'The regulator fined Tencent-backed China Literature and two other firms.',
    [],
    ['Tencent SUPPORTS China'],
  ],
  // a people's or a creed's adjective before a kind of place named after "of" names no place
  [
    'The two men were held in the Bavarian city of Rothberg, police said.',
    [],
    ['Rothberg LOCATED_IN Bavarian'],
  ],
  [
    'The bomb went off in the mainly Sunnite district of Karrada, police said.',
    [],
    ['Sunnite LOCATED_IN Karrada'],
  ],
  // the nearest negative: a district's own name before "district of" a known region
  ['Militants attacked the Zarin district of Kunar province.', ['Zarin LOCATED_IN Kunar'], []],
  // a body whose name opens on a state's code is that state's, not the story's host's
  [
    'Cairo: Sheikh Ali bin Rashid, a Deputy Commander in the UAE Armed Forces, met Turkish President Cem Demir in Ankara. Turkey and Turkish officials welcomed him.',
    ['Ali bin Rashid MEMBER_OF UAE Armed Forces'],
    ['UAE Armed Forces MEMBER_OF Turkey'],
  ],
  // an office not yet taken, written after its title, is no part of the holder's name
  [
    "Chile's Foreign Minister-Designate Tomas Reyes met his Peruvian colleague Ana Velk.",
    ['Tomas Reyes COOPERATED Ana Velk'],
    ['Minister-Designate Tomas Reyes COOPERATED Ana Velk'],
  ],
  // a speaker who reports talks held by a titled other is not their party
  [
    "Peru's Foreign Minister Ana Velk spoke first. Later, Velk said the Minister of Trade had held long talks with President Tomas Reyes on trade.",
    ['Ana Velk MEMBER_OF Peru'],
    ['Ana Velk COOPERATED Tomas Reyes'],
  ],
  // a modal a few words back still governs the deal: one recommended is not made
  [
    'The president argued that Peru should concentrate on concluding a trade agreement with Chile before anything else.',
    [],
    ['Peru COOPERATED Chile'],
  ],
  ['Peru concentrated on concluding a trade agreement with Chile last year.', ['Peru COOPERATED Chile'], []],
  // a band told by what it is linked to, written without a hyphen, is not that group
  [
    'Northern Mali fell to Al-Qaeda linked jihadists after the army failed to crush a revolt.',
    [],
    ['al-Qaeda ATTACKED Mali'],
  ],
  ['Al-Qaeda linked militants attacked a base in Mali.', [], ['al-Qaeda ATTACKED Mali']],
  // the nearest negative: the group itself named
  ['Northern Mali fell to Al-Qaeda after the army failed to crush a revolt.', ['al-Qaeda ATTACKED Mali'], []],
];

describeFactRows(rows, 'fresh-news-39-lead', 'combined');
