// Wrong facts on text the rules were not written against (round 41): a journey's purpose after a
// modal far back, a state's demand of its own head, an accused name the gap passes over, a
// participle's subject past a prepositional phrase, a denial or a membership shared by a pair, a
// finite verb after a body's possessive, and a person reporting what a bare plural did. Sentences
// of our own; both engines together, as the CLI reads.
import { describeFactRows, type FactRow } from '../../../test/support/frame-facts';

const rows: FactRow[] = [
  // the modal stands before the verb of travel, eight words before the talks
  [
    'Foreign Minister Ana Ruiz will head to the Chilean capital on Friday evening for talks with Defense Minister Pedro Soto.',
    [],
    ['Ana Ruiz COOPERATED Pedro Soto'],
  ],
  // the nearest negative: the journey made
  [
    'Foreign Minister Ana Ruiz went to the Chilean capital on Friday evening for talks with Defense Minister Pedro Soto.',
    ['Ana Ruiz COOPERATED Pedro Soto'],
    [],
  ],
  // a state's lawmakers calling on the head of that state: no demand of the state's
  [
    'Norwegian Prime Minister Tom Berg signed a fishing pact with China. Norwegian lawmakers urged Berg to publish its terms.',
    ['Tom Berg LEADS Norway'],
    ['Norway DEMANDED Tom Berg'],
  ],
  // the nearest negative: the same lawmakers calling on another state
  [
    'Norwegian Prime Minister Tom Berg signed a fishing pact with China. Norwegian lawmakers urged Chile to publish its terms.',
    ['Norway DEMANDED Chile'],
    [],
  ],
  // the one accused is passed over as the participle's object: the firing is nobody's stated act
  [
    'Norway is accusing Chile of firing on Peruvian military positions near the border.',
    ['Norway CRITICIZED Chile'],
    ['Norway ATTACKED Peru'],
  ],
  // a participle after a comma is the main clause's, not the name closing "from the regional bloc"
  [
    'The Norwegian foreign ministry objected to a visit by a delegation from the regional bloc Mercosur, accusing Chile of arming the rebels.',
    [],
    ['Mercosur CRITICIZED Chile'],
  ],
  // the nearest negative: the bloc is the main clause's subject
  [
    'The regional bloc Mercosur issued a short note on Monday, accusing Chile of arming the rebels.',
    ['Mercosur CRITICIZED Chile'],
    [],
  ],
  // each of a pair denying a share is no dealing between them
  [
    'President Tom Berg and Ana Ruiz declared their non-involvement in any plot.',
    [],
    ['Tom Berg COOPERATED Ana Ruiz'],
  ],
  // the nearest negative: a stand declared together
  [
    'President Tom Berg and Ana Ruiz declared their support for the fishing plan.',
    ['Tom Berg COOPERATED Ana Ruiz'],
    [],
  ],
  // members of one bloc, added by "along with", do nothing together by being members
  [
    'Norway, along with Chile and Peru, is a member of the regional bloc.',
    [],
    ['Norway COOPERATED Chile', 'Norway COOPERATED Peru'],
  ],
  // the nearest negative: an act done along with a partner
  ['Norway, together with Chile, drove the rebels out of the valley.', ['Norway COOPERATED Chile'], []],
  // a verb after a body's possessive ends its phrase: the president named after it heads no Treasury
  [
    "Treasury's action follows President Tom Berg's announcement of new measures against the Zedland Bank.",
    [],
    ['Tom Berg LEADS U.S. Treasury Department'],
  ],
  // the nearest negative: a head title right after the possessive
  ["Hamas's leader Tom Berg said the talks would go on.", ['Tom Berg LEADS Hamas'], []],
  // a person who says a bare plural did a thing only speaks: the strikes are the act's subject
  [
    "Army spokesman Colonel John Doe says Wednesday's military strikes targeted Hamas storage sites.",
    [],
    ['John Doe ATTACKED Hamas'],
  ],
  // the nearest negative: the speaker's own pronoun is the subject
  [
    'Rebel commander John Doe says he attacked Hamas storage sites on Monday.',
    ['John Doe ATTACKED Hamas'],
    [],
  ],
];

describeFactRows(rows, 'wrong-facts-41', 'combined');
