// Shapes the lead found read wrong in news outside the gold (round 43). Sentences of our own;
// both engines together, as the CLI reads.
import { describeFactRows, type FactRow } from '../../../test/support/frame-facts';

const rows: FactRow[] = [
  // the people acted on stand against the name: it is no party to the act
  [
    "Zambia's police fired rubber bullets at crowds of opponents of President Anil Verma in Lusaka on Sunday.",
    ['Anil Verma LEADS Zambia'],
    ['Zambia ATTACKED Anil Verma'],
  ],
  [
    "Zambia's police fired tear gas at opponents of President Anil Verma.",
    [],
    ['Zambia ATTACKED Anil Verma'],
  ],
  [
    'Chilean soldiers fired on critics of the Peruvian government near the border.',
    [],
    ['Chile ATTACKED Peru'],
  ],
  ['Chilean soldiers fired on Peruvian border posts near the border.', ['Chile ATTACKED Peru'], []],
  // two people who undergo the same thing do nothing together
  [
    'Captain Ivo Petrov and Major Dan Kolev sustained deadly wounds in the shelling, the ministry said.',
    [],
    ['Ivo Petrov COOPERATED Dan Kolev'],
  ],
  [
    "The party chief's aides Rana Haddad and Omar Fakhro lost their right of appeal last week.",
    [],
    ['Rana Haddad COOPERATED Omar Fakhro'],
  ],
  ['Rana Haddad and Omar Fakhro signed the accord in Doha.', ['Rana Haddad COOPERATED Omar Fakhro'], []],
  // ", with A and B calling for …": an absolute clause, whose names are no partners of the noun
  [
    'Norway and Chile agreed on a shared position on the Syrian settlement, with the two presidents Tomas Varga and Elena Ruiz calling on all sides to stop fighting.',
    ['Norway COOPERATED Chile'],
    ['Syria COOPERATED Tomas Varga', 'Syria COOPERATED Elena Ruiz'],
  ],
  // "the country's western R province": R's known country decides where the town lies
  [
    'The U.S. military reported two launches. The missile was launched from Sunan in the country’s Hwanghae province, officials said, and flew 900 kilometers.',
    [],
    ['Sunan LOCATED_IN United States'],
  ],
  // a remit "for X affairs" is no body the person belongs to
  [
    'Deputy minister Li Wen met Ana Pires, senior director for Japan affairs of the National Security Council, on Monday.',
    ['Ana Pires MEMBER_OF National Security Council'],
    ['Ana Pires MEMBER_OF Japan'],
  ],
  // a head's title after the comma opens another person's
  [
    "According to Ama Owusu, Ghana's minister of foreign affairs, President Kofi Mensah condemned the coup.",
    ['Ama Owusu MEMBER_OF Ghana'],
    ['Kofi Mensah MEMBER_OF Ghana'],
  ],
  // a known head written without a middle name is still known: not the dominant country's
  [
    "Bolivia's foreign minister Ana Ruiz said on Monday that Bolivia would host the summit. According to Ruiz, President Evo Morales welcomed President Cristina Kirchner at the airport in La Paz. Argentina buys most of the gas.",
    ['Cristina Kirchner LEADS Argentina'],
    ['Cristina Kirchner LEADS Bolivia'],
  ],
  // "holding accountable citizens who … join and support Y": the citizens' acts, not the holder's
  [
    'The Justice Department vows to keep holding accountable Chilean citizens who go abroad to join and support Hamas.',
    [],
    [
      'U.S. Department of Justice SUPPORTS Hamas',
      'U.S. Department of Justice ATTACKED Chile',
      'U.S. Department of Justice THREATENED Chile',
    ],
  ],
  ['Azure Brigade militants are holding two Chilean engineers.', ['Azure Brigade ATTACKED Chile'], []],
  // a list of patrons in an aside is not the subject of the verb after it
  [
    "Peru's army, backed by the United Nations mission, Brazilian and Chilean soldiers, has fought the Azure Front since 2019.",
    ['Peru ATTACKED Azure Front'],
    [
      'United Nations ATTACKED Azure Front',
      'Azure Front ATTACKED United Nations',
      'Chile ATTACKED Azure Front',
    ],
  ],
  [
    'Peru, backed by Chile, Bolivia and Ecuador, attacked the Azure Front.',
    ['Chile SUPPORTS Peru'],
    ['Bolivia ATTACKED Azure Front', 'Ecuador ATTACKED Azure Front'],
  ],
  // a demand of a state's private people is no demand of the state
  [
    "Peru's foreign minister Ana Ruiz urged Peruvian nationals living in Chile to come home.",
    ['Ana Ruiz MEMBER_OF Peru'],
    ['Ana Ruiz DEMANDED Peru'],
  ],
  ["Peru's foreign minister Ana Ruiz urged the Chilean government to act.", ['Ana Ruiz DEMANDED Chile'], []],
  // "the pro-X Yian Serb leader": the demonym describes the leader
  [
    'A court in Sarajevo jailed Milan Kovac, a pro-Russia Bosnian Serb politician, for two years.',
    [],
    ['Russia SUPPORTS Bosnia and Herzegovina'],
  ],
  // "cooperation with Y by Z": Z deals with Y, not the speaker
  [
    'Minister Ana Ruiz said that closer cooperation with the World Health Organization (WHO) by Syria remains vital.',
    ['Syria COOPERATED World Health Organization'],
    ['Ana Ruiz COOPERATED World Health Organization'],
  ],
  // "led by X, Y's most wanted suspect": the possessive describes X
  [
    "The two belonged to a cell led by Omar Hadi, Malaysia's most wanted fugitive.",
    [],
    ['Omar Hadi LEADS Malaysia'],
  ],
  // sanctions on the people around someone are not on that person
  [
    "Britain and Canada imposed sanctions on Putin's inner circle this week. Russian President Vladimir Putin denied wrongdoing.",
    ['Vladimir Putin LEADS Russia'],
    ['United Kingdom SANCTIONED Vladimir Putin', 'Canada SANCTIONED Vladimir Putin'],
  ],
  ['Canada sanctioned a close ally of Vladimir Putin.', [], ['Canada SANCTIONED Vladimir Putin']],
  ['Canada sanctioned Vladimir Putin on Monday.', ['Canada SANCTIONED Vladimir Putin'], []],
];

describeFactRows(rows, 'fresh-news-43-lead', 'combined');
