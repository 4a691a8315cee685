// Shapes the lead found read wrong in fresh news outside the gold (round 32).
// Sentences of our own; both engines together, as the CLI reads.
import { describeFactRows, type FactRow } from '../../../test/support/frame-facts';

const rows: FactRow[] = [
  // a participle with its agent is passive: the agent criticised the name before it
  [
    'Chile, accused by Peru of arming the rebels, said it had done nothing wrong.',
    ['Peru CRITICIZED Chile'],
    ['Chile CRITICIZED Peru'],
  ],
  [
    'Norway, condemned by Sweden for the raid, said it would go on.',
    ['Sweden CRITICIZED Norway'],
    ['Norway CRITICIZED Sweden'],
  ],
  // the nearest negative: the active verb
  ['Chile accused Peru of arming the rebels.', ['Chile CRITICIZED Peru'], []],
  // a name ending the object of a verb and a pronoun after "and" are no pair acting together
  [
    'LA PAZ, Bolivia - Gunmen have overrun a Bolivian border garrison and killed four guards, the defense ministry ' +
      'said. Gunmen raided a government army post late Friday in the eastern department of Beni, a Ministry of ' +
      'Defense spokesman said. "The gunmen stormed a military outpost and we lost four men," said the spokesman, ' +
      'Tomas Velk.',
    [],
    ['Bolivia COOPERATED Tomas Velk'],
  ],
  // the nearest negatives: a pair after a conjunction, a pair after a verb of saying
  [
    'The strike came days after Chile and Peru carried out joint drills near the border.',
    ['Chile COOPERATED Peru'],
    [],
  ],
  // a department beside another of the listed state's departments is that state's
  [
    'The Treasury Department said it had sanctioned three Somali traders. Somalia welcomed the move, and ' +
      'Somalia said the State Department had also designated two al-Shabaab commanders.',
    ['U.S. State Department SANCTIONED al-Shabaab'],
    ['Somali State Department SANCTIONED al-Shabaab'],
  ],
  // a bare passive participle after "and" qualifies the noun before it, not the clause's subject
  [
    'Norway and Chile struck bases of the Tamil Tigers in the north and supported by Peru.',
    [],
    ['Peru SUPPORTS Norway', 'Peru SUPPORTS Chile'],
  ],
  // the nearest negatives: participles joined to a participle, and a passive with its auxiliary
  ['Hezbollah, founded in 1982 and backed by Peru, attacked Chile.', ['Peru SUPPORTS Hezbollah'], []],
  [
    'The Tamil Tigers seized the port and were backed by Peru.',
    ['Peru SUPPORTS Liberation Tigers of Tamil Eelam'],
    [],
  ],
  // a listed group's name before its fighters is the group, not a person of that surname
  [
    'Yusuf Ahmed al-Houthi, a council member, called it a crime. A spokesman said Norway had flown twelve ' +
      'sorties over Yemen, killing four Houthi fighters.',
    ['Norway KILLED Houthis'],
    ['Norway KILLED Yusuf Ahmed al-Houthi', 'Yemen KILLED Houthis'],
  ],
  // a state's possessive before words that qualify a lower-case noun names no person
  ["The group champions Peru's Aymara Catholic minority.", [], ['Aymara Catholic MEMBER_OF Peru']],
  // strikes or sanctions the subject judges are not its own
  [
    'Joe Biden called the strikes on the Tamil Tigers a response to the threat.',
    [],
    [
      'Joe Biden ATTACKED Liberation Tigers of Tamil Eelam',
      'Joe Biden DEMANDED Liberation Tigers of Tamil Eelam',
    ],
  ],
  ['Norway called the sanctions on Chile unfair.', [], ['Norway SANCTIONED Chile']],
  // the nearest negatives: the subject's own strikes, and "called on" itself
  [
    'Norway carried out strikes on the Tamil Tigers.',
    ['Norway ATTACKED Liberation Tigers of Tamil Eelam'],
    [],
  ],
  ['Norway called again on Chile to end the raids.', ['Norway DEMANDED Chile'], []],
  // armed people of another side before "in" are the target, the country only where they are
  [
    'Chilean and Peruvian jets struck opposition forces in northern Bolivia on Sunday.',
    [],
    ['Peru ATTACKED Bolivia'],
  ],
  // the nearest negative: targets in a country
  ['Peru carried out strikes against targets in Bolivia.', ['Peru ATTACKED Bolivia'], []],
  // a demonym before a noun names a thing of the country, not the country
  [
    '"It was loud," said police officer Tomas Velk of the Chilean news agency.',
    [],
    ['Tomas Velk MEMBER_OF Chile'],
  ],
  ['The attack was confirmed by spokesman Tomas Velk of Chile.', ['Tomas Velk MEMBER_OF Chile'], []],
  // a partner town lies elsewhere
  ["Residents fled to Arica's twin city of Tacna.", [], ['Tacna LOCATED_IN Arica']],
  ["The ship reached Chile's port of Arica.", ['Arica LOCATED_IN Chile'], []],
  // a name before "-based" qualifies the phrase; the side is the group the phrase names
  [
    'Fighting broke out between Chile and the Bolivia-based rebel group Shining Path.',
    ['Chile ATTACKED Shining Path'],
    ['Chile ATTACKED Bolivia'],
  ],
  // a body whose name opens on another state's demonym is not the dominant state's
  [
    'A Norwegian drone strike killed four Palestinian fishermen near Rafah, the Palestinian Health Ministry ' +
      'said. Norway said it hit Hamas. Norway denied it.',
    [],
    ['Palestinian Health Ministry MEMBER_OF Norway'],
  ],
  // a bare body is the one owned body of that name the article named
  [
    'The Chilean Foreign Ministry vowed a swift answer to any meddling by American diplomats and US charities in ' +
      'the nation\'s politics. Any such meddling "will be stopped, even by expelling" staff of the US Embassy, the ' +
      'Foreign Ministry said. The American ambassador to Chile, Ann Lowe, was called in to the Chilean Foreign ' +
      'Ministry on Monday.',
    [],
    ['Foreign Ministry MEMBER_OF United States'],
  ],
  // a participle with its charge is passive
  [
    'Among the dead was Omar Said, an al-Shabaab sub-commander blamed for the beheading of Kenyan hostages in 2019.',
    [],
    ['al-Shabaab CRITICIZED Kenya'],
  ],
  // an attack the subject rejects in words is not its own, nor "on Facebook" its target
  [
    'Chile\'s leader, Gabriel Boric, voiced his "firm rejection" of the armed assault on Facebook.',
    [],
    ['Gabriel Boric ATTACKED Meta'],
  ],
  // a quotation's last words before its speaker are no list of members
  [
    '"Our troops met an unknown number of Shining Path members," Velk said.',
    [],
    ['Velk MEMBER_OF Shining Path'],
  ],
  // people who each did something on their own account are no pair of partners
  [
    'President Gabriel Boric, Prime Minister Ana Ruiz and Interior Minister Tomas Velk have all visited the site.',
    [],
    ['Ana Ruiz COOPERATED Tomas Velk'],
  ],
  // a deal still to be secured is none
  ['Boric said Chile was now very close to signing a trade deal with Peru.', [], ['Chile COOPERATED Peru']],
  // a pair that is a preposition's object is no joint subject
  [
    'Militias affiliated with Hezbollah and the Islamic State group staged raids across Chile in 2015.',
    [],
    ['Hezbollah COOPERATED Islamic State'],
  ],
  // the nearest negative: a pair after a verb of no object, and a verb whose record takes other objects
  ['Hezbollah and Chile declared a halt to the fighting on Thursday.', ['Hezbollah COOPERATED Chile'], []],
  // measures that target strike no one
  [
    "Boric said Chile's latest sanctions package targeted senior officials in Peru.",
    [],
    ['Chile ATTACKED Peru'],
  ],
  // a body another side runs is not the dominant state's
  [
    'The Hamas-run Health Ministry reported that Chilean air raids had killed 40 people. ' +
      'Chile said it struck Hamas sites. Chile denied the toll. Chile said more. Chile and Hamas traded fire.',
    [],
    ['Chilean Health Ministry MEMBER_OF Chile'],
  ],
  // a meeting's venue is no party to it
  [
    'President Gabriel Boric telephoned President Luiz Inacio Lula da Silva on Monday. Both leaders discussed ' +
      'trade. Both men last met at the White House in the spring.',
    ['Gabriel Boric COOPERATED Luiz Inacio Lula da Silva'],
    ['Gabriel Boric COOPERATED White House'],
  ],
  // the name after "according to" is the reporter's source, not the quotation's speaker
  [
    'Chile demanded that Peru end the drills. "We firmly warn Peru to halt the risky drills," ' +
      "the regime's news agency said, according to Reuters.",
    [],
    ['Reuters THREATENED Peru'],
  ],
  // after "a/an" and a name the word is a noun: a participle later is the clause subject's act
  [
    'On Friday, al-Shabaab raided an African Union base about 60km west of Baidoa, killing at least nine Kenyan ' +
      'soldiers.',
    ['al-Shabaab KILLED Kenya'],
    ['African Union KILLED Kenya'],
  ],
  // "President A of the X": the person is the list's item, not the country
  [
    'President Gabriel Boric of the Republic of Chile and President Luis Arce of Bolivia spoke today.',
    ['Gabriel Boric COOPERATED Luis Arce'],
    ['Chile COOPERATED Luis Arce'],
  ],
  // a post read as its state's is still the thing taken before "from"
  [
    'Chilean troops recaptured a key military base from Shining Path fighters on Sunday, a fresh gain for the government.',
    ['Chile ATTACKED Shining Path'],
    [],
  ],
];

describeFactRows(rows, 'fresh-news-32-lead', 'combined');
