// Concern, round 26, in our own words: a concern about a state's wrongs told by where they happen
// ("concerned about abuses and corruption in Y": ./faults.ts `concernedWrongPlace`, the `concerns`
// of the lexicon's `fault:in-place` record), and a stance toward an arrest, trial or conviction
// whose state the sentence does not name (the article's country: ./state-acts.ts `unwritten`), and
// an election judged flawed or not fair without a state named (./state-acts.ts `judgedElection`).
import { describeFactRows, type FactRow } from '../../../test/support/frame-facts';

const PLACED: FactRow[] = [
  [
    'Norway remains deeply concerned about democratic backsliding, human rights abuses, and government corruption in Chile.',
    ['Norway CRITICIZED Chile'],
    [],
  ],
  [
    "Norway is deeply concerned by reports of election irregularities, politically motivated arrests, and violence during Chile's election last week.",
    ['Norway CRITICIZED Chile'],
    [],
  ],
  [
    'Norway expressed concern over the arrests of opposition activists in Chile.',
    ['Norway CRITICIZED Chile'],
    [],
  ],
  [
    'Norway said it was troubled by the detentions of journalists across Chile.',
    ['Norway CRITICIZED Chile'],
    [],
  ],
  [
    "Norway voiced concern about fraud and intimidation in Chile's local elections.",
    ['Norway CRITICIZED Chile'],
    [],
  ],
  // a place only, a wrong with its author, a wrong fought, sympathy, a negation, worry about a name
  ['Norway expressed concern about the continuing violence in Chile.', [], ['Norway CRITICIZED Chile']],
  ['Norway is concerned about the humanitarian situation in Chile.', [], ['Norway CRITICIZED Chile']],
  ['Norway is concerned about abuses by the militias in Chile.', [], ['Norway CRITICIZED Chile']],
  ['Norway said it was concerned about arrests in Chile by the rebels.', [], ['Norway CRITICIZED Chile']],
  ['Norway remains concerned about efforts to fight corruption in Chile.', [], ['Norway CRITICIZED Chile']],
  [
    'Norway expressed concern for the safety of the activists arrested in Chile.',
    [],
    ['Norway CRITICIZED Chile'],
  ],
  ['Norway is not concerned about corruption in Chile.', [], ['Norway CRITICIZED Chile']],
  ['Norway is concerned about Chile.', [], ['Norway CRITICIZED Chile']],
  [
    "Norway is concerned about Chile's possible development of new missiles.",
    [],
    ['Norway CRITICIZED Chile'],
  ],
];

describe('concern about wrongs placed in a state', () => describeFactRows(PLACED, 'concern-r26-placed'));

/** Two sentences that make Chile the article's country, before the stance. */
const CHILE =
  'Chile will hold elections in May. Police in Chile arrested opposition leader Ana Ruiz on Monday. ';

const HELD: FactRow[] = [
  [`${CHILE}Norway said it was deeply concerned by the arrest of Ana Ruiz.`, ['Norway CRITICIZED Chile'], []],
  [
    `${CHILE}Norway remains concerned over the arrests of opposition leaders.`,
    ['Norway CRITICIZED Chile'],
    [],
  ],
  [
    `${CHILE}Norway is troubled by Ana Ruiz's conviction.`,
    ['Norway CRITICIZED Chile'],
    ['Norway CRITICIZED Ana Ruiz'],
  ],
  [
    `${CHILE}Norway is deeply troubled by the conviction and sentencing of Ana Ruiz.`,
    ['Norway CRITICIZED Chile'],
    ['Norway CRITICIZED Ana Ruiz'],
  ],
  [`${CHILE}Norway voiced concern over Ana Ruiz's arrest.`, ['Norway CRITICIZED Chile'], []],
  [`${CHILE}Norway condemned the arrest of Ana Ruiz.`, ['Norway CRITICIZED Chile'], []],
  [
    `${CHILE}Norway condemned Ana Ruiz's detention.`,
    ['Norway CRITICIZED Chile'],
    ['Norway CRITICIZED Ana Ruiz'],
  ],
  // no stance, another state's place or an author named, sympathy, no article's country
  [`${CHILE}Norway welcomed the arrest of Ana Ruiz.`, [], ['Norway CRITICIZED Chile']],
  [`${CHILE}Norway is concerned about the arrest of Ana Ruiz in Peru.`, [], ['Norway CRITICIZED Chile']],
  [`${CHILE}Norway is concerned by the arrest of Ana Ruiz by rebels.`, [], ['Norway CRITICIZED Chile']],
  [`${CHILE}Norway expressed concern for the safety of Ana Ruiz.`, [], ['Norway CRITICIZED Chile']],
  [`${CHILE}Norway condemned the detention of 20 migrants.`, [], ['Norway CRITICIZED Chile']],
  ['Norway said it was deeply concerned by the arrest of Ana Ruiz.', [], ['Norway CRITICIZED Ana Ruiz']],
];

describe("a stance toward an arrest or trial by the article's state", () =>
  describeFactRows(HELD, 'concern-r26-held'));

/** Two sentences that make Chile the article's country, before the judgment. */
const POLL = 'Chile held elections in May. Chile will count the ballots. ';

// an election judged with no state named: the article's country held it (./state-acts.ts
// `heldElection`, `judgedElection`)
const ELECTIONS: FactRow[] = [
  [`${POLL}Norway said the election was flawed.`, ['Norway CRITICIZED Chile'], []],
  [
    `${POLL}Several governments, including Norway, say the election was flawed and strengthened military rule.`,
    ['Norway CRITICIZED Chile'],
    [],
  ],
  [
    `${POLL}Norway said this week the vote cannot be considered fair, citing intimidation of voters.`,
    ['Norway CRITICIZED Chile'],
    [],
  ],
  [`${POLL}Norway said the polls were marred by widespread fraud.`, ['Norway CRITICIZED Chile'], []],
  [`${POLL}Norway said the election was not free and fair.`, ['Norway CRITICIZED Chile'], []],
  [`${POLL}Norway called Saturday's election flawed.`, ['Norway CRITICIZED Chile'], []],
  [`${POLL}Norway continues to criticize the election process.`, ['Norway CRITICIZED Chile'], []],
  // judged fair, only possibly flawed, placed in another state, denied, praised; a culprit named
  [`${POLL}Norway said the election was fair.`, [], ['Norway CRITICIZED Chile']],
  [`${POLL}Norway said the election may be flawed.`, [], ['Norway CRITICIZED Chile']],
  [`${POLL}Norway said the election in Peru was rigged.`, [], ['Norway CRITICIZED Chile']],
  [`${POLL}Norway denied the vote was rigged.`, [], ['Norway CRITICIZED Chile']],
  [`${POLL}Norway praised the election.`, [], ['Norway CRITICIZED Chile']],
  [
    `${POLL}Norway said the vote was rigged in Peru's favor.`,
    ['Norway CRITICIZED Peru'],
    ['Norway CRITICIZED Chile'],
  ],
];

describe("an election judged, held by the article's state", () =>
  describeFactRows(ELECTIONS, 'concern-r26-elections'));
