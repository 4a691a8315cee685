// Causes of wrong facts found in fresh news outside the gold (round 47, pools p47c and p47d), each a
// shape rebuilt in sentences of our own with invented people; both engines together, as the CLI reads.
import { describeFactRows, type FactRow } from '../../../test/support/frame-facts';
import { checkEntities, type EntityCase } from '../../../test/support/entity-cases';

const rows: FactRow[] = [
  // a hyphened "of" compound names its first word's thing: a tug-of-war is no war
  [
    'Norway and Chile are locked in a bitter diplomatic tug-of-war over Pacific fishing rights.',
    [],
    ['Norway ATTACKED Chile', 'Chile ATTACKED Norway'],
  ],
  // the nearest positive: the war noun itself
  [
    'Norway and Chile have been locked in a bloody war over the islands.',
    ['Norway ATTACKED Chile', 'Chile ATTACKED Norway'],
    [],
  ],
  // dead whose cause noun names its own author ("by …") are no loss to the article's other fight
  [
    'Nigeria launched air strikes on Boko Haram camps on Friday. Earlier, six Nigerian soldiers were killed as a result of an ambush on a border post near Kano by the Islamic State group.',
    ['Nigeria ATTACKED Boko Haram'],
    ['Boko Haram ATTACKED Nigeria', 'Boko Haram KILLED Nigeria'],
  ],
  // becoming something is no act done together
  [
    'Peru and Chile became the first states to open embassies in Tallinn when they signed the accords.',
    [],
    ['Peru COOPERATED Chile'],
  ],
  // a head title after a lower-case "community" heads the community, not the state
  [
    "Kenya's president spoke on Monday. Hindu community president Ravi Mehta and two Kenyan ministers attended the ceremony in Kenya.",
    [],
    ['Ravi Mehta LEADS Kenya'],
  ],
  // "the Sultan of C and Prime Minister X": the country is the first holder's
  [
    'The forum will be attended by the Sultan of Oman and Prime Minister Rafael Ortega.',
    [],
    ['Rafael Ortega LEADS Oman'],
  ],
  // "its" after "in neighbouring Y" is the clause's subject's, not the place's
  [
    'Chile often launches air strikes in neighbouring Peru as part of its war on Shining Path fighters hiding there.',
    ['Chile ATTACKED Shining Path'],
    ['Peru ATTACKED Shining Path'],
  ],
  // a state's own ministry backs no state it belongs to
  [
    "Chile's Defence Ministry said on Sunday that its jets flew sorties in support of the country's troops.",
    [],
    ['Chilean Defence Ministry SUPPORTS Chile'],
  ],
  // a country's community is its people, not its state
  [
    "Norway's prime minister Jonas Dahl met with Chile's Jewish community on Tuesday.",
    ['Jonas Dahl LEADS Norway'],
    ['Jonas Dahl COOPERATED Chile'],
  ],
  // the nearest positive: the country's minister speaks for it
  [
    "Norway's prime minister Jonas Dahl met with Chile's foreign minister on Tuesday.",
    ['Jonas Dahl COOPERATED Chile'],
    [],
  ],
  // "criminal law" is a field of law, no fault of the country
  [
    'Chile has arrested 24 suspects. Nuno Vidal said, "Under the country\'s criminal law, anyone convicted of treason may face death."',
    [],
    ['Nuno Vidal CRITICIZED Chile'],
  ],
  // the nearest positive: "criminal" still faults another noun
  [
    'Chile has arrested 24 suspects. Nuno Vidal said, "The country\'s criminal regime must be stopped."',
    ['Nuno Vidal CRITICIZED Chile'],
    [],
  ],
  // a country's ruler leads it, as its leader does
  ["Qatar's ruler Tamim Aziz met Norway's prime minister in Doha.", ['Tamim Aziz LEADS Qatar'], []],
];

describeFactRows(rows, 'wrong-facts-fresh-news-47', 'combined');

describe('round 47 (entities in fresh news)', () => {
  const cases: EntityCase[] = [
    // words of peoples and creeds before a place noun say whose the place is and name none
    [
      'Gunmen attacked a school in a Sunni Muslim district of the Iraqi capital.',
      [],
      ['Location:Sunni Muslim'],
    ],
    // the nearest positive: an unknown name before the same noun still names a place
    ['Gunmen attacked a school in the Gul Dara district of Kabul.', ['Location:Gul Dara'], []],
  ];
  test.each(cases)('%s', (...c) => checkEntities(c));
});
