// Support on text the rules were not written against (round 42): an alliance between two states
// or groups listed both ways, an X-backed descriptor that names its body ("called", "known as"),
// and the militaries or governments of a list of states acting as those states. Sentences of our
// own; both engines together, as the CLI reads.
import { describeFactRows, type FactRow } from '../../../test/support/frame-facts';

const rows: FactRow[] = [
  // a state named as another's ally by apposition: the alliance holds both ways
  [
    'Chile, Norway’s closest ally, signed the fishing accord on Monday.',
    ['Chile SUPPORTS Norway', 'Norway SUPPORTS Chile'],
    [],
  ],
  // the same by "to be"
  ['Chile is a close ally of Norway.', ['Chile SUPPORTS Norway', 'Norway SUPPORTS Chile'], []],
  // two groups
  [
    'The Moro Front, the closest ally of Hamas, fired rockets on Monday.',
    ['Moro Front SUPPORTS Hamas', 'Hamas SUPPORTS Moro Front'],
    [],
  ],
  // the nearest negative: a person's ally follows, one way
  [
    'Ana Ruiz is a close ally of President Pedro Soto.',
    ['Ana Ruiz SUPPORTS Pedro Soto'],
    ['Pedro Soto SUPPORTS Ana Ruiz'],
  ],
  // a list of allies is listed among the owner's allies, one way (the gold's convention)
  [
    'Other Norwegian allies such as Chile and Peru sent envoys to the summit.',
    ['Chile SUPPORTS Norway', 'Peru SUPPORTS Norway'],
    ['Norway SUPPORTS Chile', 'Norway SUPPORTS Peru'],
  ],
  // an alliance that no longer holds, neither way
  [
    'Chile, Norway’s former ally, signed the fishing accord on Monday.',
    [],
    ['Chile SUPPORTS Norway', 'Norway SUPPORTS Chile'],
  ],
  // an X-linked descriptor naming its body with "called"
  [
    'Villages in the north are held by a Chile-linked armed group called the Atlas Brigade.',
    ['Chile SUPPORTS Atlas Brigade'],
    [],
  ],
  // … and with "known as"
  [
    'Clashes began on Sunday between soldiers and Chile-backed fighters known as the Atlas Brigade.',
    ['Chile SUPPORTS Atlas Brigade'],
    [],
  ],
  // the nearest negatives: a person named is no body a state backs; a coalition led is no support
  ['Police detained a Chile-linked businessman named Pedro Soto.', [], ['Chile SUPPORTS Pedro Soto']],
  [
    'Fighting spread after a Chile-led coalition known as the Atlas Brigade crossed the river.',
    [],
    ['Chile SUPPORTS Atlas Brigade'],
  ],
  // the militaries of a list of states act as the states: each helper backs each of them
  [
    'On Friday the militaries of Norway and Denmark, with support from Chile and Peru, carried out strikes on rebel positions.',
    ['Chile SUPPORTS Norway', 'Chile SUPPORTS Denmark', 'Peru SUPPORTS Norway', 'Peru SUPPORTS Denmark'],
    [],
  ],
  [
    'The navies of Norway and Denmark, with help from Chile, escorted the convoy.',
    ['Chile SUPPORTS Denmark'],
    [],
  ],
  // the nearest negative: a noun that is no actor leaves the states inside its phrase
  [
    'The coastlines of Norway and Denmark, with support from Chile, were mapped last year.',
    [],
    ['Chile SUPPORTS Norway', 'Chile SUPPORTS Denmark'],
  ],
];

describeFactRows(rows, 'support-cooperation-42', 'combined');
