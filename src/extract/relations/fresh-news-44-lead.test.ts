// Shapes the lead found read wrong in news outside the gold (round 44). Sentences of our own;
// both engines together, as the CLI reads.
import { describeFactRows, type FactRow } from '../../../test/support/frame-facts';

const rows: FactRow[] = [
  // an alliance's name before its ally noun only says whose ally the named one is
  [
    'Turkey supports its NATO ally Greece in the dispute.',
    ['Turkey SUPPORTS Greece'],
    ['Turkey SUPPORTS NATO'],
  ],
  [
    'Poland backs their EU partner Lithuania against Belarus.',
    ['Poland SUPPORTS Lithuania'],
    ['Poland SUPPORTS European Union'],
  ],
  ['Hungary criticized NATO over the plan.', ['Hungary CRITICIZED NATO'], []],
  // South Asian police ranks stand before a name, not in it
  [
    'SSP Tariq Khan, a Pakistani police officer, said the militants fled.',
    ['Tariq Khan MEMBER_OF Pakistan'],
    ['SSP Tariq Khan MEMBER_OF Pakistan'],
  ],
  // two names and one comma: an opening phrase and the clause's own subject, not a list
  [
    'Following the phone call with French President Emmanuel Macron, Vladimir Putin met with Deputy Prime Minister Alexander Novak.',
    ['Vladimir Putin COOPERATED Alexander Novak'],
    ['Emmanuel Macron COOPERATED Alexander Novak'],
  ],
  [
    'Germany, France and Italy condemned Russia.',
    ['Germany CRITICIZED Russia', 'France CRITICIZED Russia'],
    [],
  ],
  // an indefinite noun phrase after a comma runs into its own verb
  [
    'Hours after President Paul Kagame announced the results, a suspected rebel gunman attacked the army barracks in Rwanda, killing three soldiers.',
    [],
    ['Paul Kagame ATTACKED Rwanda', 'Paul Kagame KILLED Rwanda'],
  ],
  // "assured ⟨state⟩ President X of Y's …": "of" is the verb's, not the title's
  [
    "Chinese Premier Li Keqiang assured French President Emmanuel Macron of China's commitment to the deal.",
    ['Emmanuel Macron LEADS France'],
    ['Emmanuel Macron LEADS China'],
  ],
  ['President Ilham Aliyev of Azerbaijan spoke on Monday.', ['Ilham Aliyev LEADS Azerbaijan'], []],
  // the raids of a band the name is asked to stop are the band's
  [
    "A senator urged Syria's Kurdish authorities to stop Kurdish militants in Syria launching attacks on Turkey.",
    [],
    ['Syria ATTACKED Turkey'],
  ],
  [
    "The Kurdistan Workers' Party (PKK) has fought Ankara for decades. A senator urged Syria's Kurdish authorities to stop Kurdish rebels in Syria launching attacks on Turkey.",
    ["Kurdistan Workers' Party ATTACKED Turkey"],
    ['Syria ATTACKED Turkey'],
  ],
  // a plural's comma before a speaker's name and verb closes an opening phrase
  [
    'After the talks with Turkish officials, Josep Borrell said the sides were close.',
    [],
    ['Josep Borrell MEMBER_OF Turkey'],
  ],
  [
    'Two Turkish officials, Ahmet Ozan and Emre Kaya, said the sides were close.',
    ['Ahmet Ozan MEMBER_OF Turkey'],
    [],
  ],
  // speaking of an act is not doing it
  [
    'The spokesman Mary Lund said of the attack in Kerem camp that nine died.',
    [],
    ['Mary Lund ATTACKED Kerem'],
  ],
  // forces the teller calls the enemy are the other side's dead
  [
    'Taliban fighters tried to storm an American outpost in Kunar, Afghanistan on Monday. The coalition said four enemy forces died in a firefight with allied troops.',
    ['Taliban ATTACKED United States'],
    ['Taliban KILLED United States'],
  ],
  // a participle with its complement and agent: "denounced as rigged by Y" is Y's word
  [
    'Robert Mugabe, aged 84, was sworn in for a sixth term within an hour of being declared winner in an election denounced as rigged by opposition leader Morgan Tsvangirai.',
    [],
    ['Robert Mugabe CRITICIZED Morgan Tsvangirai'],
  ],
  ['Britain denounced Iran as a threat.', ['United Kingdom CRITICIZED Iran'], []],
  // an act a clause gives the agent after "by" is that agent's, not the speaker's
  [
    'President Emmanuel Macron says the 13 to 2 ballot by the Security Council, imposing fresh sanctions on North Korea, sends a firm message.',
    [],
    ['Emmanuel Macron SANCTIONED North Korea'],
  ],
  // a wire round-up's sentence opening "Also," turns to another incident: bare gunmen there are
  // not the group named before
  [
    'The area was held until recently by militants tied to terror networks, among them the Azure Brigade. Also, gunmen killed four police officers in an ambush in Arica, Chile, on Saturday. President Luis Mora has condemned the attack.',
    [],
    ['Luis Mora CRITICIZED Azure Brigade', 'Azure Brigade KILLED Chile'],
  ],
  // a side's claim of the fighters it killed lays no wrong on anyone; a claim of killed civilians does
  [
    'Insurgents pushed to the edge of the capital of Chad on Thursday. Gen. Ali Musa, on state television, claimed that Chadian troops had killed scores of rebels and urged people to celebrate. Sudan claimed that Chadian troops had killed 40 civilians.',
    ['Sudan CRITICIZED Chad'],
    ['Ali Musa CRITICIZED Chad'],
  ],
  // ", and accused W" after a reported clause may join the saying as well as the reported act
  [
    'Muammar Gaddafi has ruled Libya since 1969. Opposition fighters said pro-Gaddafi units had again shelled their trenches near the coast overnight, and accused NATO of doing too little.',
    [],
    ['Muammar Gaddafi CRITICIZED NATO'],
  ],
];

describeFactRows(rows, 'fresh-news-44-lead', 'combined');
