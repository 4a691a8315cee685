// Shapes the lead found read wrong in news outside the gold (round 45). Sentences of our own;
// both engines together, as the CLI reads.
import { describeFactRows, type FactRow } from '../../../test/support/frame-facts';

const rows: FactRow[] = [
  // a name inside the object of the clause's first verb does not do its second verb
  [
    'In 2014, the northern rebels drove the government of President Juan Perez out of the capital and seized control of much of northern Yemen.',
    [],
    ['Juan Perez ATTACKED Yemen'],
  ],
  [
    'The government of President Juan Perez lost the capital and seized control of much of northern Yemen.',
    ['Juan Perez ATTACKED Yemen'],
    [],
  ],
  // a country's possessive before a named armed group only says where the group is
  [
    "The council called on Sudan's RSF to halt the siege of El Fasher and end the violence there.",
    [],
    ['Sudan ATTACKED El Fasher'],
  ],
  // the siege a body is asked to halt is the asked one's; the owner named before it is not asked
  [
    "The African Union called on Sudan's RSF to halt the siege of El Fasher.",
    ['African Union DEMANDED Rapid Support Forces'],
    ['African Union ATTACKED El Fasher', 'African Union DEMANDED Sudan'],
  ],
  // comrades who fought bravely did not fight each other
  [
    'During the exchange of fire, two soldiers — Ahmed Ali and Bilal Khan — having fought bravely, were killed.',
    [],
    ['Ahmed Ali ATTACKED Bilal Khan', 'Bilal Khan ATTACKED Ahmed Ali'],
  ],
  [
    'Indian and Pakistani troops have fought intermittently on the glacier since 1984.',
    ['India ATTACKED Pakistan', 'Pakistan ATTACKED India'],
    [],
  ],
  // a numbered session of an assembly is no member of it
  [
    'The 20th Ordinary Session of the Assembly of Heads of State and Government brought together 36 leaders.',
    [],
    ['Ordinary Session MEMBER_OF Assembly of Heads of State and Government'],
  ],
  // the officials who speak of attacks are not their authors
  [
    'Iraqi army officials said the pace of recent attacks against US bases was unprecedented.',
    [],
    ['Iraq ATTACKED United States'],
  ],
  // rivals jostling for influence are no partners
  [
    'Japan and China have been jostling for influence among the Pacific island states.',
    [],
    ['Japan COOPERATED China'],
  ],
  // help received from a state is no meeting with it
  [
    'Vietnam has also complained of Chinese pressure, and both Hanoi and Manila have sought and received U.S. support in the dispute.',
    [],
    ['Vietnam COOPERATED United States'],
  ],
  // a speaker's "we must" binds the speaker's own side: no demand of anyone
  [
    'Mr. Ortiz agreed with him and said “we must find a lasting solution to this issue,” an aide said after the meeting held ahead of the G20 summit.',
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
    'President Ali Hassan welcomed the Somaliland delegation to Djibouti. Djibouti and Somaliland talked. It was the second visit by a Somaliland leader after one by President Ahmed Farah Warsame in 2011.',
    [],
    ['Ahmed Farah Warsame LEADS Djibouti'],
  ],
  // posts struck by a body named for the state are its enemy's
  [
    'Rebels fired two missiles at Saudi Arabia. Warplanes from the Saudi-led coalition later struck the two military bases the missiles came from.',
    [],
    ['Saudi-led coalition ATTACKED Saudi Arabia'],
  ],
  // a city is held or defended, not backed: support goes to actors
  ['The United Nations backs the Tripoli government.', [], ['United Nations SUPPORTS Tripoli']],
];

describeFactRows(rows, 'fresh-news-45-lead', 'combined');
