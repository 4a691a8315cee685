// Shapes the lead found read wrong in news outside the gold (round 49). Sentences of our own;
// both engines together, as the CLI reads.
import { describeFactRows, type FactRow } from '../../../test/support/frame-facts';

const rows: FactRow[] = [
  // a dateline in a seat of government that is no capital weighs for the host state, so a bare
  // minister's title is not the visiting state's (here the two states then tie: neither)
  [
    "PUTRAJAYA, May 2 — The Prime Minister and his Thai counterpart Somchai Wong met today under the Malaysia-Thailand annual consultation. Trade Minister Aziz Karim also attended the meeting. Both countries are each other's largest trading partners, Malaysia and Thailand said.",
    [],
    ['Aziz Karim MEMBER_OF Thailand'],
  ],
  // a minister written earlier as another state's keeps that state: no ministry of the host
  [
    "Nairobi: Kenya's Minister of Trade, Rose Achieng, received the Minister of Foreign Affairs of Japan, Kenji Mori, in Nairobi. Foreign Minister Kenji Mori thanked Kenya for the invitation, the Kenyan Foreign Ministry said.",
    ['Kenji Mori MEMBER_OF Japan'],
    ['Kenji Mori LEADS Kenyan Foreign Ministry'],
  ],
  // the one who tells what a counted group of rebels did is not its author
  [
    'Peruvian troops patrolled the valley. The local prosecutor, Ana Ruiz, told reporters on Monday that five or six rebels hidden in the hills ambushed the military patrol.',
    [],
    ['Ana Ruiz ATTACKED Peru'],
  ],
  // a news agency that opens its own clause ("…, X cites Y") is no second guest of the host
  [
    'Mongolian President Batbold Tseren received Kyrgyz Foreign Minister Almaz Osmonov, Montsame News Agency cites the presidential press office.',
    ['Batbold Tseren COOPERATED Almaz Osmonov'],
    ['Batbold Tseren COOPERATED Montsame News Agency'],
  ],
  // a list of regions whose last item has a word before it is no place and its region
  [
    'Clashes in Idlib, Hama and neighbouring Latakia worried the United Nations.',
    [],
    ['Idlib LOCATED_IN Hama'],
  ],
  // a fronted passive participle with its complement: the agent after "by" considers, the main
  // clause's subject is the one considered, never the other way round
  [
    'Branded a terrorist group by Canada and Australia, Hezbollah denies the charge.',
    [],
    ['Hezbollah CRITICIZED Canada', 'Hezbollah CRITICIZED Australia'],
  ],
  // a person's age before a bare role in lower case still opens the apposition
  [
    'Karim Haddad, 61, deputy secretary general of the Democratic Unionist Party, was detained on Monday.',
    ['Karim Haddad MEMBER_OF Democratic Unionist Party'],
    [],
  ],
  // an honorific between a bare head's office and the name: the head of the article's state
  [
    'NAIROBI - Protests are a challenge for the government of President Dr. Amina Wanjiru. Kenya police said the crowds dispersed. Kenya was calm on Tuesday.',
    ['Amina Wanjiru LEADS Kenya'],
    [],
  ],
  // initials no list knows, written before a body's people ("rebels", "troops", "members"),
  // name a body: its acts are read
  [
    'MPRF rebels attacked a Malian army post on Sunday, the army said. The MPRF members fled north.',
    ['MPRF ATTACKED Mali'],
    [],
  ],
];

describeFactRows(rows, 'fresh-news-49-lead', 'combined');
