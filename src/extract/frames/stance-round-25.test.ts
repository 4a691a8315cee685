// Stance, round 25, in our own words: protests led, staged, joined or backed against Y
// (lexicon records `noun:protests-led-against`, `verb:protest-against`); a stance noun owned by
// a country's government ("the Xian government's support for Y", ./government-owner.ts); a
// criticism noun whose object is an act criticises its author ("the condemnation of the raid
// carried out by Y", read in ./read-frames.ts through ./stance.ts `actAuthors`).
import { describeFactRows, type FactRow } from '../../../test/support/frame-facts';

const PROTESTS: FactRow[] = [
  [
    "As a young lawyer, Norway's future envoy Ola Berg led street protests against Chile's military rule.",
    ['Ola Berg CRITICIZED Chile'],
    [],
  ],
  [
    'Norway organised mass demonstrations against Chile in the spring of 1990.',
    ['Norway CRITICIZED Chile'],
    [],
  ],
  ['Norway staged a rally against Chile outside the embassy in Oslo.', ['Norway CRITICIZED Chile'], []],
  ['Norway has joined the protests against Chile over the dam.', ['Norway CRITICIZED Chile'], []],
  ['Norway issued a statement supporting the protests against Chile.', ['Norway CRITICIZED Chile'], []],
  ["Norway protested against Chile's troop build-up on the border.", ['Norway CRITICIZED Chile'], []],
  // the protests are someone else's, reported, still to come or denied
  ['Norway dispersed the protests against Chile on Monday.', [], ['Norway CRITICIZED Chile']],
  ['Peru reported protests against Chile in its capital.', [], ['Peru CRITICIZED Chile']],
  ['Norway banned the rallies against Chile.', [], ['Norway CRITICIZED Chile']],
  ['Norway may join protests against Chile next week.', [], ['Norway CRITICIZED Chile']],
  ["Norway did not protest against Chile's troop build-up.", [], ['Norway CRITICIZED Chile']],
];

describe('protests against', () => describeFactRows(PROTESTS, 'stance-r25-protests'));

const GOVERNMENT_OWNERS: FactRow[] = [
  [
    "The U.S. government's support for Ukraine has grown since the spring.",
    ['United States SUPPORTS Ukraine'],
    [],
  ],
  ["Canada welcomed the U.S. administration's support for Chile.", ['United States SUPPORTS Chile'], []],
  ["The U.S. government's criticism of Chile was sharp.", ['United States CRITICIZED Chile'], []],
  // the government's support is still to come; a government with no name on it
  ["The U.S. government's support for Ukraine could end next year.", [], ['United States SUPPORTS Ukraine']],
  ["The government's support for Chile has grown, Canada said.", [], ['Canada SUPPORTS Chile']],
];

describe("a government's stance", () => describeFactRows(GOVERNMENT_OWNERS, 'stance-r25-government'));

const CRITICISED_ACTS: FactRow[] = [
  ["Norway's condemnation of the raid carried out by Chile was swift.", ['Norway CRITICIZED Chile'], []],
  ["Norway's sharp criticism of the shelling by Chile surprised Peru.", ['Norway CRITICIZED Chile'], []],
  // the act's victim, and a criticism that is no one's named here
  ["Norway's condemnation of the attack on Chile was swift.", [], ['Norway CRITICIZED Chile']],
  ['Norway noted the criticism of the raid by Chile.', [], ['Norway CRITICIZED Chile']],
];

describe('criticism of an act', () => describeFactRows(CRITICISED_ACTS, 'stance-r25-acts'));
