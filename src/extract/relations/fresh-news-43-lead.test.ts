// Shapes the lead found read wrong in news outside the gold (round 43). Sentences of our own;
// both engines together, as the CLI reads.
import { describeFactRows, type FactRow } from '../../../test/support/frame-facts';

const rows: FactRow[] = [
  // the people acted on stand against the name: it is no party to the act
  [
    "Zambia's police fired tear gas and rubber bullets at some of the thousands of opponents of President Anil Verma who marched in Lusaka.",
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
    'The opposition leader’s aides Rana Haddad and Omar Fakhro, who had been sentenced in absentia, also lost their right to appeal.',
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
    'The U.S. military said it detected two launches. Officials say the missile was fired from Sunan in the country’s western Hwanghae province and flew 900 kilometers.',
    [],
    ['Sunan LOCATED_IN United States'],
  ],
  // a remit "for X affairs" is no body the person belongs to
  [
    'Vice Foreign Minister Li Wen held talks with Ana Pires, senior director for China affairs of the White House National Security Council.',
    ['Ana Pires MEMBER_OF National Security Council'],
    ['Ana Pires MEMBER_OF China'],
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
    'The Justice Department is committed to identifying and holding accountable Chilean citizens who travel abroad to join and support Hamas.',
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
    "Peru's army, backed by United Nations peacekeepers, Russian and Rwandan troops, has been fighting the Azure Front for years.",
    ['Peru ATTACKED Azure Front'],
    ['United Nations ATTACKED Azure Front', 'Azure Front ATTACKED United Nations'],
  ],
  [
    'Peru, backed by Chile, Bolivia and Ecuador, attacked the Azure Front.',
    ['Chile SUPPORTS Peru'],
    ['Bolivia ATTACKED Azure Front', 'Ecuador ATTACKED Azure Front'],
  ],
  // a demand of a state's private people is no demand of the state
  [
    'Thai Foreign Minister Anan Chai urged Thai nationals in Cambodia to leave at once.',
    ['Anan Chai MEMBER_OF Thailand'],
    ['Anan Chai DEMANDED Thailand'],
  ],
  [
    'Thai Foreign Minister Anan Chai urged the Cambodian government to act.',
    ['Anan Chai DEMANDED Cambodia'],
    [],
  ],
  // "the pro-X Yian Serb leader": the demonym describes the leader
  [
    'A court sentenced Milan Kovac, the pro-Russia Bosnian Serb leader, to one year in prison.',
    [],
    ['Russia SUPPORTS Bosnia and Herzegovina'],
  ],
  // "cooperation with Y by Z": Z deals with Y, not the speaker
  [
    'Minister Iwaya stated that further cooperation with the International Atomic Energy Agency (IAEA) by Iran is essential.',
    ['Iran COOPERATED International Atomic Energy Agency'],
    ['Iwaya COOPERATED International Atomic Energy Agency'],
  ],
  // "led by X, Y's most wanted suspect": the possessive describes X
  [
    "The men were part of a terrorist group led by Abu Wardah, Indonesia's most wanted terror suspect.",
    [],
    ['Abu Wardah LEADS Indonesia'],
  ],
  // sanctions on the people around someone are not on that person
  [
    "The United States and the European Union slapped sanctions on Putin's inner circle on Monday. Russian President Vladimir Putin denied it.",
    ['Vladimir Putin LEADS Russia'],
    ['United States SANCTIONED Vladimir Putin', 'European Union SANCTIONED Vladimir Putin'],
  ],
  ['Canada sanctioned a close ally of Vladimir Putin.', [], ['Canada SANCTIONED Vladimir Putin']],
  ['Canada sanctioned Vladimir Putin on Monday.', ['Canada SANCTIONED Vladimir Putin'], []],
];

describeFactRows(rows, 'fresh-news-43-lead', 'combined');
