// Criticism, round 33, in our own words: blame laid "on" a side in a relative clause whose
// "which" takes up the act ("the bombing, which the Xian government blames on Y"); each with its
// nearest negatives.
import { describeFactRows } from '../../../test/support/frame-facts';

describe('blame laid on a side in a relative clause', () =>
  describeFactRows(
    [
      [
        'The bombing, which the Chilean government blames on the Azure Front, killed nine people.',
        ['Chile CRITICIZED Azure Front'],
        [],
      ],
      [
        'Peru expelled diplomats over the poisoning of a defector, which the Chilean government blames on Norway.',
        ['Chile CRITICIZED Norway'],
        [],
      ],
      [
        'Dozens died in the attacks that the Chilean government blames on the Azure Front.',
        ['Chile CRITICIZED Azure Front'],
        [],
      ],
      // no act taken up: a harm of nobody's doing is blamed on no one
      [
        'The rise in prices, which the Chilean government blames on Norway, hurt farmers.',
        [],
        ['Chile CRITICIZED Norway'],
      ],
    ],
    'criticism-r33-blamed-relative',
  ));
