// Shapes the lead found read wrong (or not read) in fresh news outside the gold (round 38).
// Sentences of our own; both engines together, as the CLI reads.
import { describeFactRows, type FactRow } from '../../../test/support/frame-facts';

const rows: FactRow[] = [
  // a dateline capital tells whose story it is: a former minister with no country written is the
  // dateline state's, not the state the story names twice in passing
  [
    'KABUL: The Front and its ally have hailed the court ruling against former foreign minister Rahim Dost, a rival of theirs.\n\nThe United States, for its part, said the case was one for Afghan courts.\n\nThe United States said no more.',
    ['Rahim Dost MEMBER_OF Afghanistan'],
    ['Rahim Dost MEMBER_OF United States'],
  ],
  // the same story as a plain-text file, its headline first: a headline that itself opens like a
  // dateline ("TPA-K …") does not hide the dateline after it
  [
    'TPA-K and allies hail verdict against Rahim Dost\n\nKABUL: The Front and its ally have hailed the court ruling against former foreign minister Rahim Dost, a rival of theirs.\n\nThe United States, for its part, said the case was one for Afghan courts.\n\nThe United States said no more.',
    ['Rahim Dost MEMBER_OF Afghanistan'],
    ['Rahim Dost MEMBER_OF United States'],
  ],
  // the nearest negative: with no dateline, the state named twice keeps the bare title
  [
    'The Front and its ally have hailed the court ruling against former foreign minister Rahim Dost, a rival of theirs.\n\nThe United States, for its part, said the case was one for Afghan courts.\n\nThe United States said no more.',
    [],
    ['Rahim Dost MEMBER_OF Afghanistan'],
  ],
  // a spelling of a state's adjective that the Phoenix record of the state lists
  [
    'The bloc froze the assets of twenty top Belarussian officials, including President Ivan Marchuk.\n\nBelarus leans on Russia, and Russian officials were silent. Russia said nothing.',
    ['Ivan Marchuk LEADS Belarus'],
    ['Ivan Marchuk LEADS Russia'],
  ],
  // membership told as taken: a person joins a body, a state an international one
  [
    'Officials said Omar Haddad joined the Islamic State in 2015.',
    ['Omar Haddad MEMBER_OF Islamic State'],
    [],
  ],
  [
    'Lena Ortiz joined the Chilean Army in 2009 and served in the north.',
    ['Lena Ortiz MEMBER_OF Chilean Army'],
    [],
  ],
  ['Peru joined the United Nations in 1945.', ['Peru MEMBER_OF United Nations'], []],
  // the nearest negatives: a partner in an act, a wish, a joint force
  ['Omar Haddad joined Hezbollah in condemning the strike.', [], ['Omar Haddad MEMBER_OF Hezbollah']],
  ['Omar Haddad wanted to join the Islamic State.', [], ['Omar Haddad MEMBER_OF Islamic State']],
  ['Peru joined the United States in urging calm.', [], ['Peru MEMBER_OF United States']],
  // in a list of titled names, a title set off by commas with a name right after it is that name's
  [
    'The minister held talks with the Foreign Minister of Peru, Ana Velk, Chile’s Foreign Minister, Tomas Reyes, and the Foreign Minister of Bolivia, Luis Mora.',
    ['Tomas Reyes MEMBER_OF Chile', 'Ana Velk MEMBER_OF Peru'],
    ['Ana Velk MEMBER_OF Chile'],
  ],
  // the nearest negative: the apposition closed by a verb is the name's
  ['Tomas Reyes, Chile’s Foreign Minister, said talks would go on.', ['Tomas Reyes MEMBER_OF Chile'], []],
  // a party title followed by a name is that name's, not the visitor's before it
  [
    'While meeting visiting Foreign Minister Li Wei, General Secretary of the Labour Party of Peru (LPP) Central Committee Ana Velk said ties were strong.',
    [],
    ['Li Wei MEMBER_OF Labour Party of Peru'],
  ],
  // a visitor's bare national title is the guest state's, not the host's the story is about
  [
    'Peru and China vowed to deepen ties. At talks with visiting Vice Premier and Foreign Minister Li Wei, President Ana Velk said Peru and China were old friends. Peru will host the next talks.',
    ['Ana Velk LEADS Peru'],
    ['Li Wei MEMBER_OF Peru'],
  ],
  // the name closing a fronted phrase is not apposed to the main clause's titled subject
  [
    'During his talks with Ivan Petrov, the Chilean president noted the importance of the visit. Chile and Russia signed deals.',
    [],
    ['Ivan Petrov LEADS Chile'],
  ],
  // a "where" clause has its own subject: the accused in it are accused by no one
  [
    'Judge Omar Latif read the verdict at the prison where accused Karim Aziz and Sara Aziz were present.',
    [],
    ['Omar Latif CRITICIZED Karim Aziz'],
  ],
  // an attack owned by "the rebels'" is theirs, not the state's that sent troops to quell it
  ['Peru sent 500 soldiers to Chile to quell the rebels’ attack in Arica.', [], ['Peru ATTACKED Arica']],
  // the officials cited as a source are not the title of the name that opens the clause
  [
    'According to Finance Ministry officials, Karim Aziz allegedly moved the funds.',
    [],
    ['Karim Aziz MEMBER_OF Finance Ministry'],
  ],
  // the nearest negative: a title before the name, with no comma, is the name's
  [
    'According to Finance Ministry spokesman Karim Aziz, the funds were moved.',
    ['Karim Aziz MEMBER_OF Finance Ministry'],
    [],
  ],
  // words are no force: a personal or verbal attack on someone is no ATTACKED
  [
    'Peru condemned Chilean Foreign Minister Tomas Reyes’s personal attack on President Ana Velk.',
    ['Peru CRITICIZED Tomas Reyes'],
    ['Tomas Reyes ATTACKED Ana Velk'],
  ],
  [
    'The verbal attack by Tomas Reyes on President Ana Velk drew protests.',
    [],
    ['Tomas Reyes ATTACKED Ana Velk'],
  ],
  // the nearest negative: a bomb attack is
  ['Tomas Reyes’s bomb attack on President Ana Velk failed.', ['Tomas Reyes ATTACKED Ana Velk'], []],
  // a family name written first before a hyphenated given name is another person's whole name
  [
    'Daewon faces charges over its ties to impeached President Park Jae-hyun. The other executives charged are Daewon Group vice chairman Choi Min-soo and Daewon Motors Co Ltd president Park Tae-sung.',
    ['Choi Min-soo MEMBER_OF Daewon Group'],
    ['Park Jae-hyun LEADS Daewon Motors Co Ltd'],
  ],
  // "called the ruling a victory for Y" names the ruling; "for" is no demand's particle so far off
  ['Peru called the ruling a victory for Chile.', [], ['Peru DEMANDED Chile']],
  // the nearest negative: "called (urgently) for Y to act" is a demand
  ['Peru called urgently for Chile to act.', ['Peru DEMANDED Chile'], []],
];

describeFactRows(rows, 'fresh-news-38-lead', 'combined');
