// Shapes the lead found read wrong or not at all in fresh news outside the gold (round 23).
// Sentences of our own; both engines together, as the CLI reads.
import { describeFactRows, type FactRow } from '../../../test/support/frame-facts';

const rows: FactRow[] = [
  // an armed group has many commanders: "a Y commander X" is one of them; its top one heads it,
  // and a state force's commander heads the force
  [
    'Hamas commander Omar Nasser was killed in the raid.',
    ['Omar Nasser MEMBER_OF Hamas'],
    ['Omar Nasser LEADS Hamas'],
  ],
  [
    'The Taliban commander Abdul Karim surrendered.',
    ['Abdul Karim MEMBER_OF Taliban'],
    ['Abdul Karim LEADS Taliban'],
  ],
  ['Hamas top commander Omar Nasser was killed in the raid.', ['Omar Nasser LEADS Hamas'], []],
  ['Hamas leader Omar Nasser was killed in the raid.', ['Omar Nasser LEADS Hamas'], []],
  ['The Qassam Brigades commander Omar Nasser was killed.', ['Omar Nasser LEADS Qassam Brigades'], []],
  [
    'Cambodian Armed Forces commander Gen. Somchai Wong met the envoy.',
    ['Somchai Wong LEADS Cambodian Armed Forces'],
    ['Somchai Wong MEMBER_OF Cambodian Armed Forces'],
  ],
  // after "and", a country's people followed by their own past verb open a new clause (both engines)
  [
    'The Taliban seized Kabul and U.S. troops withdrew in August.',
    ['Taliban ATTACKED Kabul'],
    ['Taliban ATTACKED United States'],
  ],
  ['M23 seized Goma and Rwandan forces fled.', ['M23 ATTACKED Goma'], ['M23 ATTACKED Rwanda']],
  ['M23 attacked Goma and Rwandan troops.', ['M23 ATTACKED Goma', 'M23 ATTACKED Rwanda'], []],
  // a region of several states lies in no state or city
  ['He met officials of Andean countries and Caribbean states in Lima.', [], ['Caribbean LOCATED_IN Lima']],
  [
    'Top envoys of Caribbean states in Lima met on Monday.',
    [],
    ['Caribbean LOCATED_IN Lima', 'Caribbean LOCATED_IN Peru'],
  ],
  // victims told in a passive clause: the speaker before them is no attacker
  [
    'The Kalor Doctors Network said hundreds of families were displaced in the assault in Tamboul.',
    [],
    ['Kalor Doctors Network ATTACKED Tamboul'],
  ],
  [
    'The Kalor Doctors Network said civilians were also killed in attacks in Tamboul.',
    [],
    ['Kalor Doctors Network ATTACKED Tamboul'],
  ],
  // an aim to deal with someone is no dealing yet
  ["It was a blow to Chile's efforts to open peace talks with Peru.", [], ['Chile COOPERATED Peru']],
  ["Chile's efforts to open peace talks with Peru failed.", [], ['Chile COOPERATED Peru']],
  ['Chile held peace talks with Peru.', ['Chile COOPERATED Peru'], []],
  // "the organization" may be an international body named nearby, not only a group
  [
    "Hamas fighters fled north. According to the World Food Programme, aid is short, the organization's director, Ana Ruiz, said.",
    [],
    ['Ana Ruiz LEADS Hamas'],
  ],
  // the commander of a body's array, cell, brigade or forces belongs to the body; he does not head it
  [
    'Norway said it killed Omar Nasser, commander of the Hamas rocket array in the north.',
    ['Omar Nasser MEMBER_OF Hamas'],
    ['Omar Nasser LEADS Hamas'],
  ],
  [
    'Omar Nasser, commander of the Hamas forces in the south, was killed.',
    ['Omar Nasser MEMBER_OF Hamas'],
    ['Omar Nasser LEADS Hamas'],
  ],
  ['Omar Nasser, commander of Hamas, was killed.', ['Omar Nasser LEADS Hamas'], []],
  // an event awaited ("ahead of", "on the eve of") is not stated as held, in either engine
  ['Ahead of a major summit between Chile and Peru on Tuesday, the bloc met.', [], ['Chile COOPERATED Peru']],
  ['On the eve of talks between Chile and Peru, protests grew.', [], ['Chile COOPERATED Peru']],
  ['After a summit between Chile and Peru, protests grew.', ['Chile COOPERATED Peru'], []],
  // the month May is no modal: a fight "ongoing since May 10" is stated
  [
    'Fierce fighting between the Chilean army and Hamas has been ongoing since May 10.',
    ['Chile ATTACKED Hamas', 'Hamas ATTACKED Chile'],
    [],
  ],
  ['A war between Chile and Hamas may be near.', [], ['Chile ATTACKED Hamas']],
  // a state's news agency is the state's; another outlet is not read so
  ["Chile's National News Agency reported the strikes.", ['National News Agency MEMBER_OF Chile'], []],
  ["Qatar's Al Jazeera reported the strikes.", [], ['Al Jazeera MEMBER_OF Qatar']],
];

describeFactRows(rows, 'fresh-news-23-lead', 'combined');
