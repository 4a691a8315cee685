// Shapes the lead found read wrong in news outside the gold (round 42). Sentences of our own;
// both engines together, as the CLI reads.
import { describeFactRows, type FactRow } from '../../../test/support/frame-facts';

const rows: FactRow[] = [
  // a response stated by "by …ing" is that act, not a fight back against the raid's author
  [
    'Peru and Bolivia answered the incursion by Chile. Peru and Bolivia responded to the incursion by sending more troops to their borders with Chile.',
    [],
    ['Peru ATTACKED Chile', 'Bolivia ATTACKED Chile'],
  ],
  ['Somali forces responded to the al-Shabaab assault on the base.', ['Somalia ATTACKED al-Shabaab'], []],
  // a country's outlaws, named through its possessive, are the target, not the country
  [
    'President Ana Ruiz began her offensive against Peru’s violent drug cartels in her first month.',
    [],
    ['Ana Ruiz ATTACKED Peru'],
  ],
  [
    "Kenya opened an offensive against Somalia's Islamist militants last year.",
    [],
    ['Kenya ATTACKED Somalia'],
  ],
  ["Colombian troops raided Venezuela's drug gangs on Monday.", [], ['Colombia ATTACKED Venezuela']],
  ["Colombian troops raided Venezuela's border posts on Monday.", ['Colombia ATTACKED Venezuela'], []],
  ["Kenya opened an offensive against Somalia's southern ports last year.", ['Kenya ATTACKED Somalia'], []],
  // a country after the person as another party ("the Xian side") or another's office ("the Xian
  // President") does not give the person's bare title its state; nor a country owning the next title
  [
    "Azerbaijani troops fired on Armenian posts. Azerbaijan denied it. In its statement the Azerbaijani Foreign Ministry said that Foreign Minister Ali Kerimov had drawn the Armenian side's notice to several points. Armenia said talks would go on. Armenia will host the next round.",
    [],
    ['Ali Kerimov MEMBER_OF Armenia'],
  ],
  [
    "Colombia sent its new envoy to Caracas on Monday. Colombia wants the borders open. Venezuela's President Luis Mora hailed Friday's meeting between Bolivarian Foreign Affairs Minister Pedro Diaz and Colombia's Foreign Minister-Designate Juan Ruiz.",
    [],
    ['Pedro Diaz MEMBER_OF Colombia'],
  ],
  [
    "Acting President, Yemi Adeyemi on Monday received President of Ghana, Kofi Mensah, at his residence in Abuja. The Ghanaian President was on a tour of the region. Acting President Adeyemi in turn thanked the Ghanaian President for coming to Nigeria. Ghana's foreign minister, Ama Owusu, joined the talks.",
    ['Kofi Mensah LEADS Ghana'],
    ['Yemi Adeyemi LEADS Ghana'],
  ],
  // a list whose items include a nameless place or an aside puts no item in the next
  [
    'The district office set a curfew in several areas, including Lalitpur, Bhaktapur, the airport area, Kirtipur, and Patan.',
    [],
    ['Lalitpur LOCATED_IN Bhaktapur'],
  ],
  [
    'The group has four zones – Kakamega Forest, Mau Forest (called the fortress), Ngong, and the lake islands.',
    [],
    ['Kakamega Forest LOCATED_IN Mau Forest'],
  ],
  ['Police held a suspect in Bandung, West Java, last week.', ['Bandung LOCATED_IN West Java'], []],
  // "X, a Yian spokesperson said": the role is the speaker's, not X's
  [
    'A delegation met the junta leader Ali Musa and the ousted President Omar Diallo, a Nigerian presidential spokesperson said.',
    [],
    ['Omar Diallo MEMBER_OF Nigeria'],
  ],
  [
    'The delegation met Omar Diallo, a Nigerian presidential spokesperson, on Monday.',
    ['Omar Diallo MEMBER_OF Nigeria'],
    [],
  ],
  // "called on" a person with no "to" or "for" after is a visit, not a demand
  [
    'Indian envoy Ravi Shah has called on Prime Minister Ali Khan and discussed trade and investment.',
    [],
    ['Ravi Shah DEMANDED Ali Khan'],
  ],
  [
    'Indian envoy Ravi Shah called on Prime Minister Ali Khan to release the prisoners.',
    ['Ravi Shah DEMANDED Ali Khan'],
    [],
  ],
  // the one a believer or speaker says was behind an attack is not the believer
  [
    'Police detained a man who the Kenyan authorities say was behind the attack on the UN base.',
    [],
    ['Kenya ATTACKED United Nations'],
  ],
  ['Officials say Kenya was behind the attack on the UN base.', ['Kenya ATTACKED United Nations'], []],
  // an inquiry launched into a firm is no fire; nor is fire from a town at that town
  [
    'The Trade Board had launched an inquiry into several Siemens units in June.',
    [],
    ['Trade Board ATTACKED Siemens'],
  ],
  ['Burmese army units fired shells toward the hills from Mawlaik town.', [], ['Myanmar ATTACKED Mawlaik']],
  ['Russia launched missiles into Ukraine on Monday.', ['Russia ATTACKED Ukraine'], []],
  // a capital owned by a name is where talks were held, not who held them
  [
    "A senior Kenyan delegation has visited Somalia's capital for talks with Shabaab elders.",
    [],
    ['Somalia COOPERATED al-Shabaab'],
  ],
  // "the X region of Y": X lies in Y, never Y in X
  [
    'Gunmen killed 14 police on Monday in the Bajio region of Guanajuato.',
    ['Bajio LOCATED_IN Guanajuato'],
    ['Guanajuato LOCATED_IN Bajio'],
  ],
  // a head's title after a comma opens another person's title
  [
    'Kazakhstan hosted the talks. Kazakhstan and Uzbekistan signed five deals. Greeting the Uzbek foreign minister, President Ali Karimov praised the ties.',
    [],
    ['Ali Karimov MEMBER_OF Uzbekistan'],
  ],
  // ties kept after "and" are the clause subject's, not the first verb's object's
  [
    'Kenya condemned Somalia and has kept close ties with Ethiopia.',
    ['Kenya COOPERATED Ethiopia'],
    ['Somalia COOPERATED Ethiopia'],
  ],
];

describeFactRows(rows, 'fresh-news-42-lead', 'combined');
