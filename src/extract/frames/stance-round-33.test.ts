// Support, demands and threats, round 33, in our own words: a reported clause's duty ("needs to",
// "has to", "it is important that Y …", "it is up to Y to …", ./obligations.ts) and "should"
// after more verbs of saying (emphasize, stress, agree, note, reiterate, underscore, warn, add);
// holding Y to account in the future is a threat (./held-to-account.ts); "going to" and "about
// to" tell an act still to come (./groups.ts); a stated resolve ("is committed to", "remains
// committed to", "has committed to") threatens a coercive act and keeps a support; "defeat" and
// "dismantle" threaten only; support for the efforts or aspirations of Y supports Y; supporting
// attacks against Y supports no Y.
import { describeFactRows, type FactRow } from '../../../test/support/frame-facts';

const DUTIES: FactRow[] = [
  ['Norway said Chile needs to release the prisoners.', ['Norway DEMANDED Chile'], []],
  ['Norway said Chile has to release the prisoners.', ['Norway DEMANDED Chile'], []],
  ['"Chile needs to accept the deal," Norway said.', ['Norway DEMANDED Chile'], []],
  ['Norway said it is important that Chile accept the deal.', ['Norway DEMANDED Chile'], []],
  [
    '"As we have said before, it is essential that Chile accept the deal," Norway said.',
    ['Norway DEMANDED Chile'],
    [],
  ],
  ['Norway said Peru started the fight and it was up to Chile to end it.', ['Norway DEMANDED Chile'], []],
  // nearest negatives: what was done, denied, forecast or undergone asks nothing
  [
    'Norway said Peru needs to accept the deal. Norway said Chile had to accept the deal.',
    ['Norway DEMANDED Peru'],
    ['Norway DEMANDED Chile'],
  ],
  [
    'Norway said Peru needs to accept the deal. Norway said Chile does not need to accept the deal.',
    ['Norway DEMANDED Peru'],
    ['Norway DEMANDED Chile'],
  ],
  [
    'Norway said Peru has to accept the deal. Norway said Chile will have to accept the deal.',
    ['Norway DEMANDED Peru'],
    ['Norway DEMANDED Chile'],
  ],
  [
    'Norway said Peru needs to accept the deal. Norway said Chile needs to be included in the talks.',
    ['Norway DEMANDED Peru'],
    ['Norway DEMANDED Chile'],
  ],
  [
    'Norway said it is important that Peru accept the deal. Norway said it is likely that Chile will accept the deal.',
    ['Norway DEMANDED Peru'],
    ['Norway DEMANDED Chile'],
  ],
  [
    'Norway said it was up to Peru to end it. Norway said it is up to Chile.',
    ['Norway DEMANDED Peru'],
    ['Norway DEMANDED Chile'],
  ],
];

describe('a duty told of a reported clause subject', () => describeFactRows(DUTIES, 'stance-r33-duties'));

const SHOULD_VOICES: FactRow[] = [
  ['Norway emphasized that Chile should accept the deal.', ['Norway DEMANDED Chile'], []],
  ['Norway stressed that Chile must withdraw its troops.', ['Norway DEMANDED Chile'], []],
  ['Norway agreed that Chile should hold elections.', ['Norway DEMANDED Chile'], []],
  ['Norway reiterated that Chile must release the prisoners.', ['Norway DEMANDED Chile'], []],
  ['Norway noted that Chile should investigate the claims.', ['Norway DEMANDED Chile'], []],
  ['Norway underscored that Chile must respect the border.', ['Norway DEMANDED Chile'], []],
  // nearest negatives: the obligation negated or undergone, a plain statement
  [
    'Norway emphasized that Peru should accept the deal. Norway emphasized that Chile should not be blamed.',
    ['Norway DEMANDED Peru'],
    ['Norway DEMANDED Chile'],
  ],
  [
    'Norway stressed that Peru must withdraw. Norway stressed that Chile has withdrawn its troops.',
    ['Norway DEMANDED Peru'],
    ['Norway DEMANDED Chile'],
  ],
];

describe('"should" after more verbs of saying', () => describeFactRows(SHOULD_VOICES, 'stance-r33-should'));

const HELD_TO_ACCOUNT: FactRow[] = [
  ['Norway will hold Chile accountable.', ['Norway THREATENED Chile'], ['Norway CRITICIZED Chile']],
  ['Norway said it will continue to hold Chile accountable.', ['Norway THREATENED Chile'], []],
  ['"We will hold Chile accountable for its actions," Norway said.', ['Norway THREATENED Chile'], []],
  ['Norway will hold the Chilean government accountable.', ['Norway THREATENED Chile'], []],
  ['Norway will hold Chile and Peru accountable.', ['Norway THREATENED Chile', 'Norway THREATENED Peru'], []],
  // nearest negatives: done or vowed holding is criticism (round 20); negated, conditional or
  // possible holding is nothing
  [
    'Norway will hold Peru accountable. Norway vowed to hold Chile accountable for the attack.',
    ['Norway THREATENED Peru', 'Norway CRITICIZED Chile'],
    ['Norway THREATENED Chile'],
  ],
  [
    'Norway will hold Peru accountable. Norway held Chile accountable for the attack.',
    ['Norway THREATENED Peru', 'Norway CRITICIZED Chile'],
    ['Norway THREATENED Chile'],
  ],
  [
    'Norway will hold Peru accountable. Norway will not hold Chile accountable.',
    ['Norway THREATENED Peru'],
    ['Norway THREATENED Chile'],
  ],
  [
    'Norway will hold Peru accountable. If Chile attacks, Norway will hold Chile accountable.',
    ['Norway THREATENED Peru'],
    ['Norway THREATENED Chile'],
  ],
  [
    'Norway will hold Peru accountable. Norway could hold Chile accountable.',
    ['Norway THREATENED Peru'],
    ['Norway THREATENED Chile'],
  ],
];

describe('holding to account still to come', () => describeFactRows(HELD_TO_ACCOUNT, 'stance-r33-held'));

const PLANNED: FactRow[] = [
  ['Norway said it is going to strike Chile.', ['Norway THREATENED Chile'], ['Norway ATTACKED Chile']],
  // nearest negatives: a plan is no act, nor a demand made
  [
    'Norway struck Peru. Norway is going to strike Chile.',
    ['Norway ATTACKED Peru'],
    ['Norway ATTACKED Chile'],
  ],
  [
    'Norway struck Peru. Norway is about to strike Chile.',
    ['Norway ATTACKED Peru'],
    ['Norway ATTACKED Chile'],
  ],
  [
    'Norway asked Peru to withdraw. Norway said it was about to urge Chile to withdraw.',
    ['Norway DEMANDED Peru'],
    ['Norway DEMANDED Chile'],
  ],
];

describe('"going to" and "about to"', () => describeFactRows(PLANNED, 'stance-r33-planned'));

const RESOLVE: FactRow[] = [
  ['Norway remains committed to dismantling Boko Haram.', ['Norway THREATENED Boko Haram'], []],
  ['Norway is committed to defeating Boko Haram.', ['Norway THREATENED Boko Haram'], []],
  ['Norway reaffirmed its commitment to defeating Boko Haram.', ['Norway THREATENED Boko Haram'], []],
  ['Norway vowed to dismantle Boko Haram.', ['Norway THREATENED Boko Haram'], []],
  [
    'Boko Haram remains committed to planning and carrying out attacks against Chile.',
    ['Boko Haram THREATENED Chile'],
    ['Boko Haram ATTACKED Chile'],
  ],
  // a support resolved is still a support
  [
    'Norway remains committed to dismantling Boko Haram. Peru remains committed to supporting Chile.',
    ['Norway THREATENED Boko Haram', 'Peru SUPPORTS Chile'],
    ['Peru THREATENED Chile'],
  ],
  // nearest negatives: resolve denied; done defeating or dismantling threatens nothing
  [
    'Norway is committed to defeating Boko Haram. Peru is not committed to attacking Boko Haram.',
    ['Norway THREATENED Boko Haram'],
    ['Peru THREATENED Boko Haram', 'Peru ATTACKED Boko Haram'],
  ],
  [
    'Norway vowed to defeat Boko Haram. Peru defeated Boko Haram in the final.',
    ['Norway THREATENED Boko Haram'],
    ['Peru THREATENED Boko Haram'],
  ],
  [
    'Norway vowed to dismantle Boko Haram. Peru dismantled its camp near Boko Haram.',
    ['Norway THREATENED Boko Haram'],
    ['Peru THREATENED Boko Haram'],
  ],
];

describe('a stated resolve', () => describeFactRows(RESOLVE, 'stance-r33-resolve'));

const SUPPORTED_PARTS: FactRow[] = [
  ['Norway expressed support for the efforts of Chile.', ['Norway SUPPORTS Chile'], []],
  ['Norway expressed support for the aspirations of Chile.', ['Norway SUPPORTS Chile'], []],
  // nearest negatives: support for another part of Y, or for attacks on Y
  [
    'Norway expressed support for the efforts of Peru. Norway expressed support for the withdrawal of Chile.',
    ['Norway SUPPORTS Peru'],
    ['Norway SUPPORTS Chile'],
  ],
  [
    'Norway supported Peru. Norway supported attacks against Chile.',
    ['Norway SUPPORTS Peru'],
    ['Norway SUPPORTS Chile'],
  ],
];

describe('support for what Y undertakes', () => describeFactRows(SUPPORTED_PARTS, 'stance-r33-support'));
