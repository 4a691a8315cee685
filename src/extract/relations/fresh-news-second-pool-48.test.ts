// Causes of wrong facts found in fresh news outside the gold (round 48, pool p48b: elections,
// protests, border clashes and state visits, 2006–2025), each a shape rebuilt in sentences of our
// own with invented names; both engines together, as the CLI reads.
import { describeFactRows, type FactRow } from '../../../test/support/frame-facts';
import { checkEntities, type EntityCase } from '../../../test/support/entity-cases';

const rows: FactRow[] = [
  // the place a ship is bound for is not what was struck
  ['Turkish commandos stormed a Cyprus-bound ferry on Tuesday.', [], ['Turkey ATTACKED Cyprus']],
  // the nearest positive: the ship's own state
  ['Turkish commandos stormed a Cypriot ferry on Tuesday.', ['Turkey ATTACKED Cyprus'], []],
  // an "it" that stands for the clause after it refers to no one named before
  [
    'The Azure Brigade said a shell hit the border. It was the first time that the south fired shells at Chile’s border posts.',
    [],
    ['Azure Brigade ATTACKED Chile'],
  ],
  // a head noun of the verbal sense that only qualifies the noun after it ("law enforcement
  // vessels") leaves "attack" its plain sense
  [
    'Peru used water cannon to attack Chilean law enforcement vessels.',
    ['Peru ATTACKED Chile'],
    ['Peru CRITICIZED Chile'],
  ],
  // the nearest positive: the law itself attacked in words
  ["Norway sharply attacked Chile's new law on fishing.", ['Norway CRITICIZED Chile'], []],
  // an illegal act the subject keeps a right to respond to is another's, not the subject's
  [
    '“The boarding was an illegal act. Norway keeps its right to respond to the illegal act,” Foreign Minister Ola Berg said.',
    [],
    ['Ola Berg CRITICIZED Norway'],
  ],
  // the nearest positive: the illegal acts are the subject's own
  [
    '“Sweden continues its illegal acts,” Foreign Minister Ola Berg said.',
    ['Ola Berg CRITICIZED Sweden'],
    [],
  ],
  // a demonym opening the run of title words names the title's state, past a word the rule starts after
  [
    'Albania welcomed Greek National Defence Minister Petros Alexiou in Tirana. Albania and Greece signed a pact. Albania hopes for more.',
    ['Petros Alexiou MEMBER_OF Greece'],
    ['Petros Alexiou MEMBER_OF Albania'],
  ],
  // a crowd told by the person it follows: the person stormed nothing
  [
    "Supporters of opposition leader Juan Ortega stormed Peru's Congress on Sunday.",
    ['Peruvian Congress MEMBER_OF Peru'],
    ['Juan Ortega ATTACKED Peru', 'Juan Ortega ATTACKED Peruvian Congress'],
  ],
  // a bare foreign ministry that calls on the dateline's state speaks for the state named before it
  [
    'MANILA (AFP) – Crowds attacked shops in the capital on Monday. The Vietnamese government expressed concern. Foreign Ministry spokesman Le Van Hoa called on the Philippine government to protect Vietnamese citizens.',
    ['Le Van Hoa MEMBER_OF Vietnamese Foreign Ministry', 'Vietnamese Foreign Ministry MEMBER_OF Vietnam'],
    ['Filipino Foreign Ministry MEMBER_OF Philippines', 'Le Van Hoa MEMBER_OF Filipino Foreign Ministry'],
  ],
  // a community's word before a force named with a state makes it the community's
  [
    'Hezbollah and Amal accused the Druze Syrian Forces of the sniper attacks in Damascus. Syrian Forces denied the accusations. Syria is in crisis.',
    [],
    ['Syrian Forces MEMBER_OF Syria'],
  ],
  // the nearest positive: the same force with no community's word
  [
    'Hezbollah and Amal blamed the sniper attacks in Damascus on the Syrian Forces. Syrian Forces denied the accusations. Syria is in crisis.',
    ['Syrian Forces MEMBER_OF Syria'],
    [],
  ],
  // a country written only as the owner of its ally is no state of a head title near it
  [
    "Egyptian President Omar Nasser met Jordan's king on Monday. Egypt and Jordan signed a deal. The visit precedes a trip to Libya, where Egypt's ally Khalifa Haftar is locked in a dispute with Prime Minister Ali Zentani.",
    ['Omar Nasser LEADS Egypt'],
    ['Ali Zentani LEADS Egypt'],
  ],
];

describeFactRows(rows, 'fresh-news-second-pool-48', 'combined');

describe('round 48 (entities in fresh news, second pool)', () => {
  const cases: EntityCase[] = [
    // a state's own body whose acronym leaves the state out is still that state's, not the listed one's
    [
      'According to the Japanese Joint Chiefs of Staff (JCS), the rocket landed at sea. The JCS expects more launches.',
      ['Organization:Japanese Joint Chiefs of Staff'],
      ['Organization:U.S. Joint Chiefs of Staff'],
    ],
  ];
  test.each(cases)('%s', (...c) => checkEntities(c));
});
