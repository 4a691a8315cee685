// Shapes the lead found read wrong in news outside the gold (round 45). Sentences of our own;
// both engines together, as the CLI reads.
import { describeFactRows, type FactRow } from '../../../test/support/frame-facts';

const rows: FactRow[] = [
  // a name inside the object of the clause's first verb does not do its second verb
  [
    'In 2019, the southern rebels forced the government of President Juan Perez out of the capital and took control of much of eastern Chad.',
    [],
    ['Juan Perez ATTACKED Chad'],
  ],
  [
    'The government of President Juan Perez lost the port and took control of much of eastern Chad.',
    ['Juan Perez ATTACKED Chad'],
    [],
  ],
  // a country's possessive before a named armed group only says where the group is; the siege
  // a body is asked to lift is the asked one's
  [
    "The Arab League called on Sudan's RSF to end the siege of Nyala.",
    ['Arab League DEMANDED Rapid Support Forces'],
    ['Arab League ATTACKED Nyala', 'Sudan ATTACKED Nyala', 'Arab League DEMANDED Sudan'],
  ],
  // comrades who fought bravely did not fight each other
  [
    'During the exchange of fire, two soldiers — Ahmed Ali and Bilal Khan — having fought bravely, were killed.',
    [],
    ['Ahmed Ali ATTACKED Bilal Khan', 'Bilal Khan ATTACKED Ahmed Ali'],
  ],
  [
    'Armenian and Azerbaijani troops have fought on and off along the border since 1992.',
    ['Armenia ATTACKED Azerbaijan', 'Azerbaijan ATTACKED Armenia'],
    [],
  ],
  // a numbered session of an assembly is no member of it
  [
    'The 41st Ordinary Session of the Executive Council of the African Union opened on Monday.',
    [],
    ['Ordinary Session MEMBER_OF Executive Council of the African Union'],
  ],
  // the officials who speak of attacks are not their authors
  [
    'Syrian army officials said the rate of recent attacks against Turkish posts was alarming.',
    [],
    ['Syria ATTACKED Turkey'],
  ],
  // rivals jostling for influence are no partners
  ['India and China are jostling for sway across the Indian Ocean.', [], ['India COOPERATED China']],
  // help received from a state is no meeting with it
  [
    'Estonia has also complained of Russian pressure, and both Tallinn and Riga have asked for and received U.S. support in the row.',
    [],
    ['Estonia COOPERATED United States'],
  ],
  // a speaker's "we must" binds the speaker's own side: no demand of anyone
  [
    'Mr. Ortiz agreed with him and said “we must settle this long quarrel,” an aide said after the talks held ahead of the G20 summit.',
    [],
    ['Ortiz DEMANDED G20'],
  ],
  // a state's allies, not the state, did what the allies did
  [
    "Syria's allies, including the militias in Lebanon that have claimed earlier rocket attacks on Israeli towns, may respond.",
    [],
    ['Syria ATTACKED Israel'],
  ],
  // a region with a government of its own: its president heads no state of the story's
  [
    'Djibouti hosted envoys from Puntland. Djibouti and Puntland talked trade. A Puntland leader last came in 2015, when President Said Warsame toured the port.',
    [],
    ['Said Warsame LEADS Djibouti'],
  ],
  // posts struck by a body named for the state are its enemy's
  [
    'Militants fired rockets at Saudi Arabia. Jets from the Saudi-led coalition then bombed the three army camps the rockets were launched from.',
    [],
    ['Saudi-led coalition ATTACKED Saudi Arabia'],
  ],
  // a city is held or defended, not backed: support goes to actors
  ['The United Nations backs the Tripoli government.', [], ['United Nations SUPPORTS Tripoli']],
];

describeFactRows(rows, 'fresh-news-45-lead', 'combined');
