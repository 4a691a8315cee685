// Stance, round 25, in our own words: protests led, staged, joined or backed against Y
// (lexicon records `noun:protests-led-against`, `verb:protest-against`); a criticism noun whose
// object is an act criticises its author ("the condemnation of the raid carried out by Y", read
// in ./read-frames.ts through ./stance.ts `actAuthors`).
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

const CRITICISED_ACTS: FactRow[] = [
  ["Norway's condemnation of the raid carried out by Chile was swift.", ['Norway CRITICIZED Chile'], []],
  ["Norway's sharp criticism of the shelling by Chile surprised Peru.", ['Norway CRITICIZED Chile'], []],
  // the act's victim, and a criticism that is no one's named here
  ["Norway's condemnation of the attack on Chile was swift.", [], ['Norway CRITICIZED Chile']],
  ['Norway noted the criticism of the raid by Chile.', [], ['Norway CRITICIZED Chile']],
];

describe('criticism of an act', () => describeFactRows(CRITICISED_ACTS, 'stance-r25-acts'));

// "X-backed" descriptors and the bodies they name (./../rules/relations/modifier-rules.ts, read
// by the regex engine, so the rows run through the combined engine)
const BACKED_DESCRIPTORS: FactRow[] = [
  [
    'The Azure Brigade, a Norway-funded Chilean militia, attacked Peru.',
    ['Norway SUPPORTS Azure Brigade'],
    [],
  ],
  [
    'Fighting spread north, where the Red Hand Front, a Norway-backed Chilean rebel group, holds the hills.',
    ['Norway SUPPORTS Red Hand Front'],
    [],
  ],
  [
    "The talks aimed to strengthen Chile's Norway-backed transitional government.",
    ['Norway SUPPORTS Chile'],
    [],
  ],
  ["The embargo hurt Chile's Peru-backed interim authorities.", ['Peru SUPPORTS Chile'], []],
  [
    'Weapons reached two Norway-backed militias in Chile, the Azure Brigade and the Red Hand Front.',
    ['Norway SUPPORTS Azure Brigade', 'Norway SUPPORTS Red Hand Front'],
    [],
  ],
  [
    'Two Norway-funded groups, the Azure Brigade and the Red Hand Front, signed the accord.',
    ['Norway SUPPORTS Azure Brigade', 'Norway SUPPORTS Red Hand Front'],
    [],
  ],
  // a body that speaks of the militias, or fights them; rebels that are no government; a base
  [
    'Norway-backed militias attacked the town, the Azure Brigade said.',
    [],
    ['Norway SUPPORTS Azure Brigade'],
  ],
  [
    'Norway-backed militias fought the Azure Brigade, the Red Hand Front and the Green Front.',
    [],
    ['Norway SUPPORTS Azure Brigade', 'Norway SUPPORTS Red Hand Front'],
  ],
  ["Chile's Norway-backed rebels attacked Peru.", [], ['Norway SUPPORTS Chile']],
  [
    'The Azure Brigade, a Norway-based Chilean militia, attacked Peru.',
    [],
    ['Norway SUPPORTS Azure Brigade'],
  ],
];

describe('X-backed descriptors', () => describeFactRows(BACKED_DESCRIPTORS, 'stance-r25-backed', 'combined'));
