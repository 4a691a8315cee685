// Shapes the lead found read wrong in fresh news and probes outside the gold (round 34).
// Sentences of our own; both engines together, as the CLI reads.
import { describeFactRows, type FactRow } from '../../../test/support/frame-facts';

const rows: FactRow[] = [
  // "the country's" resolved to the state named just before, where the gazetteer puts the place
  // in another: the reference is wrong, so no LOCATED_IN is read through it
  [
    'North Korea tested two rockets on Sunday. Japan protested at once. The rockets rose from the country’s Hwanghae province in the west.',
    [],
    ['Hwanghae LOCATED_IN Japan'],
  ],
  // the nearest negative: the reference and the gazetteer agree
  [
    'Japan protested on Sunday. North Korea said the rockets rose from the country’s Hwanghae province in the west.',
    ['Hwanghae LOCATED_IN North Korea'],
    [],
  ],
  // a name before a verb of saying ends a designee list: it is who speaks
  [
    "The Treasury's Office of Foreign Assets Control announced sanctions on Peru on Friday. The measures target the Bank of Lima, the Andean Mining Fund and Cusco Trading Co. for financing the army, Treasury said.",
    ['Office of Foreign Assets Control SANCTIONED Bank of Lima'],
    ['Office of Foreign Assets Control SANCTIONED U.S. Treasury Department'],
  ],
  // a minister set beside another country in the sentence does not head that country's ministry
  [
    'Foreign Minister Ana Ruiz met with her Chinese counterpart in Beijing on Friday. China and Peru discussed trade. China has built a port there. The Foreign Office said the visit went well.',
    [],
    ['Ana Ruiz LEADS Chinese Foreign Office'],
  ],
  // a quotation's "we" is not the outlet it was told to
  [
    'Crowds marched in Lima. "We back Luis Soto and we want him as our leader," a young marcher told The Guardian.',
    [],
    ['The Guardian SUPPORTS Luis Soto'],
  ],
  // the visitor and the host: one country written before the visitor's title is not the host's
  [
    'Talks were held between the visiting Chilean Prime Minister Ana Ruiz and President Luis Soto in Lima.',
    ['Ana Ruiz LEADS Chile'],
    ['Luis Soto LEADS Chile'],
  ],
  // the nearest negative: one country before two titles of the same state
  ['Chilean President Ana Ruiz and Prime Minister Luis Soto met in Santiago.', ['Luis Soto LEADS Chile'], []],
  // a name opening on a given name after "the spokesman in X," is the spokesman, not a region
  [
    'Rebels raided a village in Ituri province on Sunday. "Ten bodies were found," said the army\'s spokesman in Ituri, Jules Mbala.',
    [],
    ['Ituri LOCATED_IN Jules Mbala'],
  ],
  // a side an authorless attack struck, then killing some attackers, is not the one condemned
  [
    'Gunmen stormed a Frontier Corps post near the border on Friday. A later statement said two gunmen were killed by the Frontier Corps in the exchange of fire. Interior Minister Ali Khan condemned the attack.',
    [],
    ['Ali Khan CRITICIZED Frontier Corps'],
  ],
  // "recalled their envoys": the record's own noun, no act the two did together
  ['Peru and Bolivia recalled their envoys for consultations on Tuesday.', [], ['Peru COOPERATED Bolivia']],
  ['Chile recalled its envoy from Peru on Tuesday.', ['Chile SANCTIONED Peru'], []],
  // a list of places that goes on past "and" to places it does not name
  ['Crowds gathered in Tabriz, Qom and elsewhere on Friday.', [], ['Tabriz LOCATED_IN Qom']],
  // the nearest negative: a city and its country
  ['Crowds gathered in Tabriz, Iran on Friday.', ['Tabriz LOCATED_IN Iran'], []],
  // "an attack by Y's X militia (XM) Sunday": the group on the head made the attack, not its owner
  [
    "Twelve people were reportedly killed in an attack by Chad's Desert Brigade Army (DBA) Sunday on the town of Abeche. The Abeche Youth Council accused the militia of shelling homes with heavy guns.",
    ['Abeche Youth Council CRITICIZED Desert Brigade Army'],
    ['Abeche Youth Council CRITICIZED Chad'],
  ],
  // a share in an act owned by another name: the sanctioning body did not invade
  [
    "The European Council has put new sanctions on Belarus over the country's part in the invasion of Ukraine.",
    ['European Council SANCTIONED Belarus'],
    ['European Council ATTACKED Ukraine'],
  ],
  // a state's deputy envoy to a body is no member of it
  [
    "Chile's deputy U.N. ambassador Ana Ruiz said the vote came too late.",
    ['Ana Ruiz MEMBER_OF Chile'],
    ['Ana Ruiz MEMBER_OF United Nations'],
  ],
  // an opening participle phrase ends at its comma: the name after it is the main clause's subject
  [
    'Greeting the Peruvian Foreign Minister, Santos praised the growth of trade between the two countries.',
    [],
    ['Santos MEMBER_OF Peru'],
  ],
  // the nearest negative: the title's own holder before the comma
  [
    'Greeting the Peruvian Foreign Minister Luis Soto, Santos praised the growth of trade.',
    ['Luis Soto MEMBER_OF Peru'],
    [],
  ],
  // the one who read a paper out is inside its subject phrase: the paper is what others backed
  [
    'The motion read by the envoy of Peru, Ambassador Ana Ruiz, was supported by 20 states, including Chile and Bolivia.',
    [],
    ['Chile SUPPORTS Ana Ruiz', 'Bolivia SUPPORTS Ana Ruiz'],
  ],
  // praising another's condemnation is not condemning its author
  [
    'Chile welcomed the condemnation of the Andean Council against the junta of Luis Soto.',
    [],
    ['Chile CRITICIZED Andean Council'],
  ],
  // after "and", an owner whose noun is no target opens a phrase of its own
  [
    "Chile is alarmed by Russian aggression against Georgia and the Taliban's grip on Kabul.",
    ['Russia ATTACKED Georgia'],
    ['Russia ATTACKED Taliban'],
  ],
  ["Russia launched strikes on Ukraine and Georgia's forces.", ['Russia ATTACKED Georgia'], []],
  // the people of an "X-linked" group are the linked group's, not X's
  [
    'A Chilean soldier and one fighter of an al-Qaeda-linked militant faction have been killed in a gunbattle in the remote north.',
    [],
    ['Chile ATTACKED al-Qaeda', 'Chile KILLED al-Qaeda'],
  ],
  // the nearest negative: the group's own militant
  [
    'A Chilean soldier and an al-Qaeda militant have been killed in a gunbattle in the remote north.',
    ['Chile KILLED al-Qaeda', 'al-Qaeda KILLED Chile'],
    [],
  ],
  // a bare foreign ministry in a diplomatic story is not given to the state the story names most
  [
    'Foreign Minister Ana Ruiz arrived in Beijing for talks with China. China has promised more trade with her country, and China will host her again. She returns on Friday, the Foreign Office said in a statement.',
    [],
    ['Chinese Foreign Office MEMBER_OF China'],
  ],
  // nor the state whose envoy the ministry summoned
  [
    'The Ministry of Foreign Affairs met on Monday to discuss Russia. Then the Russian ambassador was called to the Ministry of Foreign Affairs. The Russian embassy gave no answer, and the Russian envoy left.',
    [],
    ['Ministry of Foreign Affairs MEMBER_OF Russia'],
  ],
];

describeFactRows(rows, 'fresh-news-34-lead', 'combined');
