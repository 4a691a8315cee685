// Stance, round 27, in our own words: threats told as a response promised on a condition or to a
// named author's act (./conditional-threats.ts); blame told as a responsibility borne
// (./stance-clauses.ts `borneFacts`); "speak out against" and sentencing as criticism (lexicon
// records); a fault named in what a person reiterates, highlights or stresses (the `subjectOpens`
// clause records) and a demonym on a fault noun ("Xian aggression", ./faults.ts `demonymOwns`);
// a person named after their state's title with a long portfolio (./lists.ts `longPortfolioHolder`);
// a part in a fault: "called Y a target involved in terrorist acts", "Y was involved in corruption"
// (./stance.ts `involvedIn`, ./judged-clauses.ts `involvedInFault`); a passive after "should / must"
// is no demand of its subject; each with its nearest negatives.
import { describeFactRows, type FactRow } from '../../../test/support/frame-facts';

const CONDITIONAL: FactRow[] = [
  [
    'Peru says if President Ana Ruiz tries to take on the interim council it will react.',
    ['Peru THREATENED Ana Ruiz'],
    [],
  ],
  [
    'Norway warned Saturday it would respond if Chile holds naval drills next month with Peru.',
    ['Norway THREATENED Chile'],
    ['Norway THREATENED Peru'],
  ],
  [
    '"If Chile holds military exercises while keeping its blockade, Norway will counter Chile by its own means," the agency said.',
    ['Norway THREATENED Chile'],
    [],
  ],
  ['Norway warned that it would retaliate if Chile attacked its ships.', ['Norway THREATENED Chile'], []],
  [
    '"If Chile keeps shelling our villages, we will strike back," Norwegian Defense Minister Ola Berg said.',
    ['Ola Berg THREATENED Chile'],
    ['Norway THREATENED Ola Berg'],
  ],
  ["Norway vowed to respond to Chile's attack.", ['Norway THREATENED Chile'], []],
  [
    'Norway will retaliate for the strikes carried out by Chile, Ola Berg said.',
    ['Norway THREATENED Chile'],
    [],
  ],
  // help asked for, a condition undergone, a denial, a question, "asked if", "even if", no response
  [
    'Norway said it would respond quickly if Chile asked for help after the floods.',
    [],
    ['Norway THREATENED Chile'],
  ],
  ['Norway said it would respond if Chile is attacked.', [], ['Norway THREATENED Chile']],
  ['Norway would not respond if Chile held the drills, Ola Berg said.', [], ['Norway THREATENED Chile']],
  ['Reporters asked if Chile would respond to the drills.', [], ['Chile THREATENED Norway']],
  ['Would Norway respond if Chile held the drills?', [], ['Norway THREATENED Chile']],
  ['Norway will retaliate even if Chile withdraws, Ola Berg said.', [], ['Norway THREATENED Chile']],
  ['If Chile holds the drills, the talks will collapse, Norway said.', [], ['Norway THREATENED Chile']],
  ["Norway will not respond to Chile's attack.", [], ['Norway THREATENED Chile']],
  ["Norway will respond to Chile's questions about the drills.", [], ['Norway THREATENED Chile']],
  ['Norway will respond to the attack on Chile.', [], ['Norway THREATENED Chile']],
];

describe('responses promised on a condition or to an act', () =>
  describeFactRows(CONDITIONAL, 'stance-r27-conditional'));

const BORNE: FactRow[] = [
  [
    'Peru said Chile bears full responsibility for the attack on the border post.',
    ['Peru CRITICIZED Chile'],
    [],
  ],
  [
    "Chile bears full responsibility for the attack on the border post, Peru's foreign minister Ana Ruiz said.",
    ['Ana Ruiz CRITICIZED Chile'],
    [],
  ],
  [
    '"Chile and the top Norwegian military commanders bear the responsibility for today\'s failure," Ana Ruiz said.',
    ['Ana Ruiz CRITICIZED Chile'],
    ['Ana Ruiz CRITICIZED Norway', 'Chile COOPERATED Norway'],
  ],
  ['Ana Ruiz said that Chile bore sole responsibility for the killings.', ['Ana Ruiz CRITICIZED Chile'], []],
  // a duty, a future, a denial, no speaker, a question
  ['Peru said Chile bears special responsibility for ending the fighting.', [], ['Peru CRITICIZED Chile']],
  ['Peru said Chile would bear responsibility for the consequences.', [], ['Peru CRITICIZED Chile']],
  ['Peru said Chile does not bear responsibility for the attack.', [], ['Peru CRITICIZED Chile']],
  ['Chile bears responsibility for the attack.', [], ['Chile CRITICIZED Chile']],
  ['Peru asked whether Chile bears responsibility for the attack.', [], ['Peru CRITICIZED Chile']],
];

describe('responsibility borne for a harm', () => describeFactRows(BORNE, 'stance-r27-borne'));

const SPOKEN_AND_SENTENCED: FactRow[] = [
  [
    'Peru thanked Norway for speaking out against Chile.',
    ['Norway CRITICIZED Chile'],
    ['Peru CRITICIZED Chile'],
  ],
  ["Norway spoke out against Chile's crackdown on protesters.", ['Norway CRITICIZED Chile'], []],
  ['Norway has refused to speak out against Chile.', [], ['Norway CRITICIZED Chile']],
  ['A Chilean court sentenced Ana Ruiz to ten years in prison.', ['Chile CRITICIZED Ana Ruiz'], []],
  [
    'Ana Ruiz, a Norwegian activist, was sentenced to ten years in prison by Chilean authorities.',
    ['Chile CRITICIZED Ana Ruiz'],
    ['Norway CRITICIZED Ana Ruiz'],
  ],
  ['Ana Ruiz was sentenced to 15 years by Chilean authorities on Monday.', ['Chile CRITICIZED Ana Ruiz'], []],
  // a term with a place and no agent, a modal
  ['Ana Ruiz was sentenced to ten years in prison in Chile.', [], ['Chile CRITICIZED Ana Ruiz']],
  ['Chile could sentence Ana Ruiz to death.', [], ['Chile CRITICIZED Ana Ruiz']],
];

describe('speaking out against and sentencing', () =>
  describeFactRows(SPOKEN_AND_SENTENCED, 'stance-r27-spoken', 'combined'));

const VOICED: FactRow[] = [
  [
    'Foreign Minister Ola Berg reiterated unwavering Norwegian support for Peru as it continues to defend itself against Chilean aggression.',
    ['Ola Berg CRITICIZED Chile'],
    ['Ola Berg CRITICIZED Peru'],
  ],
  [
    "Foreign Minister Ola Berg highlighted Norway's strong support for Peru in the face of Chile's illegal war of aggression.",
    ['Ola Berg CRITICIZED Chile'],
    [],
  ],
  [
    "Ola Berg and Ana Ruiz stressed the need to end Chile's illegal occupation of the islands.",
    ['Ola Berg CRITICIZED Chile', 'Ana Ruiz CRITICIZED Chile'],
    [],
  ],
  [
    "On Monday, Ola Berg underscored Norway's commitment to Peru against Chile's unprovoked aggression.",
    ['Ola Berg CRITICIZED Chile'],
    [],
  ],
  ['"Chilean aggression must stop," said Ana Ruiz.', ['Ana Ruiz CRITICIZED Chile'], []],
  [
    "Ola Berg reiterated Norway's condemnation of Chile's war against Peru.",
    ['Ola Berg CRITICIZED Chile', 'Norway CRITICIZED Chile'],
    ['Ola Berg CRITICIZED Peru'],
  ],
  ["Ola Berg reiterated Norway's condemnation of the attack on Peru.", [], ['Ola Berg CRITICIZED Peru']],
  // no fault, a fault of no one named, a name inside a subject that is no one, a demonym on people
  [
    "Ola Berg reiterated Norway's support for Peru's efforts to defend itself against terrorism.",
    [],
    ['Ola Berg CRITICIZED Peru'],
  ],
  ["Ola Berg highlighted Chile's rapid growth in the face of the floods.", [], ['Ola Berg CRITICIZED Chile']],
  [
    'The decision to try Ana Ruiz, and the conduct of her trial, have highlighted grave abuses in Chile.',
    [],
    ['Ana Ruiz CRITICIZED Chile'],
  ],
  ['"Chilean troops must stay," said Ana Ruiz.', [], ['Ana Ruiz CRITICIZED Chile']],
  ["Ola Berg addressed Chile's parliament on Monday.", [], ['Ola Berg CRITICIZED Chile']],
];

describe('faults named in what a person voices', () => describeFactRows(VOICED, 'stance-r27-voiced'));

const PORTFOLIOS: FactRow[] = [
  [
    "Norway strongly criticized Chile's Commissioner for Human Rights Ana Ruiz.",
    ['Norway CRITICIZED Ana Ruiz'],
    ['Norway CRITICIZED Chile'],
  ],
  [
    "Norway strongly criticized Chile's Minister of Regional Development and Public Works, Ana Ruiz.",
    ['Norway CRITICIZED Ana Ruiz'],
    [],
  ],
  ["Norway's envoy met Chile's Minister for Trade Ana Ruiz on Monday.", ['Norway COOPERATED Ana Ruiz'], []],
  // a portfolio that closes on no person, a cause after "for"
  ["Norway criticized Chile's Minister for Human Rights and the rebels.", ['Norway CRITICIZED Chile'], []],
  ['Norway criticized Chile for Human Rights abuses.', ['Norway CRITICIZED Chile'], []],
];

describe('a person after a title with a long portfolio', () =>
  describeFactRows(PORTFOLIOS, 'stance-r27-portfolio'));

const INVOLVED: FactRow[] = [
  [
    'Chilean army spokesman Ana Ruiz called Pedro Gomez a high-value target involved in terrorist acts.',
    ['Ana Ruiz CRITICIZED Pedro Gomez'],
    [],
  ],
  ['Ana Ruiz said Pedro Gomez was involved in corruption.', ['Ana Ruiz CRITICIZED Pedro Gomez'], []],
  [
    '"Pedro Gomez was involved in bribery and fraud," said Ana Ruiz.',
    ['Ana Ruiz CRITICIZED Pedro Gomez'],
    [],
  ],
  ['Ana Ruiz said Pedro Gomez was implicated in large-scale fraud.', ['Ana Ruiz CRITICIZED Pedro Gomez'], []],
  // talks on a fault, a denial, a fight against it, a description with no fault
  ['Ana Ruiz said Pedro Gomez was involved in talks on corruption.', [], ['Ana Ruiz CRITICIZED Pedro Gomez']],
  ['Ana Ruiz said Pedro Gomez was not involved in corruption.', [], ['Ana Ruiz CRITICIZED Pedro Gomez']],
  [
    'Ana Ruiz said Pedro Gomez was involved in efforts to fight corruption.',
    [],
    ['Ana Ruiz CRITICIZED Pedro Gomez'],
  ],
  [
    'Ana Ruiz called Pedro Gomez a diplomat involved in talks on terrorism.',
    [],
    ['Ana Ruiz CRITICIZED Pedro Gomez'],
  ],
];

describe('a part in a fault', () => describeFactRows(INVOLVED, 'stance-r27-involved'));

const OBLIGED: FactRow[] = [
  ['Ana Ruiz said Hamas should release the hostages.', ['Ana Ruiz DEMANDED Hamas'], []],
  ['Ana Ruiz said Chile must withdraw its troops from the border.', ['Ana Ruiz DEMANDED Chile'], []],
  // a passive: someone else is asked to act on the subject
  [
    'Ana Ruiz said Hamas should be included in the list of terrorist groups.',
    [],
    ['Ana Ruiz DEMANDED Hamas'],
  ],
  ["Ana Ruiz said Chile's sovereignty must be respected.", [], ['Ana Ruiz DEMANDED Chile']],
];

describe('obligations told of a clause subject', () => describeFactRows(OBLIGED, 'stance-r27-obliged'));
