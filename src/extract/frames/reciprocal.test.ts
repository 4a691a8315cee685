// Blame both ways (./reciprocal.ts), in our own words: each side criticises the other.
import { describeFactRows, type FactRow } from '../../../test/support/frame-facts';

const BOTH_WAYS = ['Chile CRITICIZED Peru', 'Peru CRITICIZED Chile'];
const TWO_KOREAS = ['North Korea CRITICIZED South Korea', 'South Korea CRITICIZED North Korea'];
/** Two sentences that make Chile and Peru the article's two parties. */
const PARTIES = "Chile shelled Peru's border posts. Peru shelled Chile's border posts.";

const RECIPROCAL: FactRow[] = [
  ['Chile and Peru have accused each other of starting the firing.', BOTH_WAYS, []],
  ['Chile and Peru each blame the other for the clashes.', BOTH_WAYS, []],
  ['Chile and Peru criticised one another over the talks.', BOTH_WAYS, []],
  [`${PARTIES} Both sides accuse the other of starting the firing.`, BOTH_WAYS, []],
  [`${PARTIES} The two countries blamed each other for the violence.`, BOTH_WAYS, []],
  [
    "North Korea fired shells at South Korea. South Korea said North Korea's shells hit a port. The two Koreas accused each other of provocations.",
    TWO_KOREAS,
    [],
  ],
  // negation and modality state nothing; "the other" alone needs "each" or "both" on the subject
  ['Chile and Peru did not accuse each other.', [], BOTH_WAYS],
  ['Chile and Peru may blame each other for the delay.', [], BOTH_WAYS],
  ['Chile and Peru accused the other group of lying.', [], BOTH_WAYS],
  // a plural name is the parties only when both are named with it
  [`${PARTIES} The two Americans blamed each other for the crash.`, [], BOTH_WAYS],
];

describeFactRows(RECIPROCAL, 'reciprocal');
