// Stance, round 20, in our own words: holding to account needs no named wrong when it ends its
// clause, may come through an aim noun's gerund ("the importance of holding Y accountable") and
// holds Y's own company with it (`responsibleFacts` in ./stance-clauses.ts, record
// `responsible:accountable-for`); a decision, move or plan is its owner's act for a concern or a
// criticism drawn (`STANCE_ACTS` in ./words.ts); a concern shared, reiterated or discussed is
// voiced (`VOICES` in ./stance-clauses.ts); "Y admitted to <condemnable act>" judges Y in a
// speaker's words (./judged-clauses.ts); "what X called Y's <fault>" is X's criticism of Y
// (./called-faults.ts); "protested Y's decision" criticises Y (`CRITICIZE` in
// ../lexicon/predicate-words.ts).
import { describeFactRows, type FactRow } from '../../../test/support/frame-facts';

const ACCOUNTABLE: FactRow[] = [
  ['Norway vowed to hold Chile accountable.', ['Norway CRITICIZED Chile'], []],
  [
    'Norway and Peru agreed on the importance of holding Chile accountable.',
    ['Norway CRITICIZED Chile', 'Peru CRITICIZED Chile'],
    [],
  ],
  [
    'Norway takes further action to hold Chile and its enablers accountable for their inexcusable actions.',
    ['Norway CRITICIZED Chile'],
    [],
  ],
  // an accounting for a duty, a refused aim, a denial, a modal, or Y said to be accountable
  [
    'Norway stressed the importance of holding all parties accountable to fulfil their duties.',
    [],
    ['Norway CRITICIZED Chile'],
  ],
  ['Norway rejected the idea of holding Chile accountable.', [], ['Norway CRITICIZED Chile']],
  ['Norway did not hold Chile accountable.', [], ['Norway CRITICIZED Chile']],
  ['Norway will hold Chile accountable.', [], ['Norway CRITICIZED Chile']],
  ['Norway said Chile was accountable.', [], ['Norway CRITICIZED Chile']],
  [
    'Norway held Chile and its partners accountable for the trade agreement.',
    [],
    ['Norway CRITICIZED Chile'],
  ],
];

const CHOSEN_ACTS: FactRow[] = [
  ['Norway expressed concern about Chile’s decision to expel the envoys.', ['Norway CRITICIZED Chile'], []],
  ['Norway voiced concern over Chile’s move to close the border.', ['Norway CRITICIZED Chile'], []],
  ['Chile’s decision drew sharp criticism from Norway.', ['Norway CRITICIZED Chile'], []],
  // no act named, or sympathy
  ['Norway expressed concern about Chile’s health.', [], ['Norway CRITICIZED Chile']],
  ['Norway expressed concern for Chile’s decision.', [], ['Norway CRITICIZED Chile']],
];

const VOICED: FactRow[] = [
  [
    'Norway and Peru discussed their mutual concern over Chile’s crackdown.',
    ['Norway CRITICIZED Chile', 'Peru CRITICIZED Chile'],
    [],
  ],
  ['Norway reiterated its concern over Chile’s military buildup.', ['Norway CRITICIZED Chile'], []],
  ['Norway and Peru discussed their concern for Chile’s people.', [], ['Norway CRITICIZED Chile']],
  ['Norway did not share Peru’s concern over Chile’s crackdown.', [], ['Norway CRITICIZED Chile']],
];

const ADMITTED: FactRow[] = [
  [
    '“Jorge Lopez admitted to violating sanctions,” said Prosecutor Ana Ruiz.',
    ['Ana Ruiz CRITICIZED Jorge Lopez'],
    [],
  ],
  [
    'Prosecutor Ana Ruiz said Jorge Lopez admitted to laundering money.',
    ['Ana Ruiz CRITICIZED Jorge Lopez'],
    [],
  ],
  // a denial, or an act that is no wrong
  [
    '“Jorge Lopez never admitted to violating sanctions,” said Prosecutor Ana Ruiz.',
    [],
    ['Ana Ruiz CRITICIZED Jorge Lopez'],
  ],
  [
    '“Jorge Lopez admitted to meeting the minister,” said Prosecutor Ana Ruiz.',
    [],
    ['Ana Ruiz CRITICIZED Jorge Lopez'],
  ],
];

const CALLED: FactRow[] = [
  [
    'The African Union suspended Chile because of what it called President Juan Perez’s unconstitutional rule.',
    ['African Union CRITICIZED Juan Perez'],
    [],
  ],
  ['Norway sanctioned Peru over what it called Chile’s brutal crackdown.', ['Norway CRITICIZED Chile'], []],
  [
    'Norway rejected what Peru called Chile’s illegal blockade.',
    ['Peru CRITICIZED Chile'],
    ['Norway CRITICIZED Chile'],
  ],
  // no fault named, or the naming under a negation
  ['Norway rejected what Peru called its trade concerns.', [], ['Peru CRITICIZED Norway']],
  ['Norway did not accept what it called Chile’s fraudulent election.', [], ['Norway CRITICIZED Chile']],
];

const PROTESTED: FactRow[] = [
  ['Norway protested Chile’s decision to close the border.', ['Norway CRITICIZED Chile'], []],
  ['Norway protested against the Chilean decision.', ['Norway CRITICIZED Chile'], []],
  // protests as a noun, or people with no named actor
  ['Thousands of Norwegians protested in the capital.', [], ['Norway CRITICIZED Chile']],
  ['Norwegian protests against Chile continued for a week.', [], ['Norway CRITICIZED Chile']],
];

describe('holding to account', () => {
  describeFactRows(ACCOUNTABLE, 'held-accountable');
});

describe('a decision, a move or a plan as its owner’s act', () => {
  describeFactRows(CHOSEN_ACTS, 'chosen-acts');
});

describe('a concern voiced', () => {
  describeFactRows(VOICED, 'voiced-concern');
});

describe('an admission in a speaker’s words', () => {
  describeFactRows(ADMITTED, 'admitted');
});

describe('what a speaker called a fault', () => {
  describeFactRows(CALLED, 'called-faults');
});

// "protest" is a verb of the rule engine's CRITICIZE group
describe('protested', () => {
  describeFactRows(PROTESTED, 'protested', 'combined');
});
