// Shapes the lead found read wrong or not at all in fresh news outside the gold (round 22).
// Sentences of our own; both engines together, as the CLI reads.
import { describeFactRows, type FactRow } from '../../../test/support/frame-facts';

const rows: FactRow[] = [
  // "a splinter group of X, led by Y": Y leads the part, not X
  [
    'A splinter group of the Taliban, led by commander Saw Htoo, claimed the raid.',
    [],
    ['Saw Htoo LEADS Taliban'],
  ],
  [
    'An affiliate of Hamas, headed by Omar Nasser, said it fired the rockets.',
    [],
    ['Omar Nasser LEADS Hamas'],
  ],
  ['Hamas, led by commander Omar Nasser, said it fired the rockets.', ['Omar Nasser LEADS Hamas'], []],
  // "Xian leader Y" right after the country leads it; an adjective between ("opposition") does not
  [
    'Chilean leader Tomas Varela spoke with Peruvian leader Ana Ruiz.',
    ['Tomas Varela LEADS Chile', 'Ana Ruiz LEADS Peru'],
    [],
  ],
  ["Chile's leader, Tomas Varela, spoke on Monday.", ['Tomas Varela LEADS Chile'], []],
  ['Chilean opposition leader Tomas Varela was jailed.', [], ['Tomas Varela LEADS Chile']],
  ['The return of exiled Chilean leader Tomas Varela was welcomed.', [], ['Tomas Varela LEADS Chile']],
  ['Chilean rebel leader Tomas Varela was killed.', [], ['Tomas Varela LEADS Chile']],
  // a state's prosecutors and investigators act for it, as its police do
  ['Chilean prosecutors charged Tomas Varela with fraud.', ['Chile CRITICIZED Tomas Varela'], []],
  ['Chilean police charged Tomas Varela with fraud.', ['Chile CRITICIZED Tomas Varela'], []],
  ['Chilean prosecutors dropped the charges against Tomas Varela.', [], ['Chile CRITICIZED Tomas Varela']],
  // a name right after a relative clause's verb is its object, not the next verb's subject
  [
    "Rebels who routed Chile's army in the north agreed to a truce after talks with Peru.",
    [],
    ['Chile COOPERATED Peru'],
  ],
  ['The group, which attacked Chile last year, signed a deal with Peru.', [], ['Chile COOPERATED Peru']],
  ['Chile, which the rebels attacked last year, signed a deal with Peru.', ['Chile COOPERATED Peru'], []],
  // ruling a state, or winning or taking its head's office, is leading it
  ['Tomas Varela has won a sixth term in office as president of Chile.', ['Tomas Varela LEADS Chile'], []],
  ["Tomas Varela was re-elected as Chile's president on Sunday.", ['Tomas Varela LEADS Chile'], []],
  ['Tomas Varela, who has ruled Chile since 1994, spoke on Monday.', ['Tomas Varela LEADS Chile'], []],
  ["Peru's army ruled Chile's north for a decade.", [], ['Peru LEADS Chile']],
  ['Tomas Varela hopes to win a term as president of Chile.', [], ['Tomas Varela LEADS Chile']],
  // a reported clause whose subject is a name no entity holds is not the speaker's act
  [
    'Tomas Varela said Khaled coordinated attacks and provided weapons to Hamas.',
    [],
    ['Tomas Varela SUPPORTS Hamas'],
  ],
  ['Tomas Varela said Monday that Chile provided weapons to Peru.', ['Chile SUPPORTS Peru'], []],
  // a simulated or rehearsed attack is a drill, not an attack
  [
    'Chilean warships held drills near Peru on Sunday, simulating attacks on Peru.',
    [],
    ['Chile ATTACKED Peru'],
  ],
  ['Chilean warships carried out attacks on Peru on Sunday.', ['Chile ATTACKED Peru'], []],
  // welcoming an act done to someone is no meeting with them, past a demonym and a title
  [
    'Norway welcomed the release of Chilean opposition leader Tomas Varela on Monday.',
    [],
    ['Norway COOPERATED Tomas Varela'],
  ],
  ['Norway welcomed Chilean opposition leader Tomas Varela to Oslo.', ['Norway COOPERATED Tomas Varela'], []],
  // a natural disaster right before the act is its subject
  [
    'The Chilean government and the United Nations say more than 900 people have died since the first 7.1 magnitude quake struck Kabul on Sunday.',
    [],
    ['United Nations ATTACKED Kabul', 'Chile ATTACKED Kabul'],
  ],
  // after "and", a name followed by its own verb in the past is that verb's subject
  ['Hamas seized power and all U.S.-led forces withdrew.', [], ['Hamas ATTACKED United States']],
  [
    'The Taliban seized Kabul and Chilean bases on Monday.',
    ['Taliban ATTACKED Kabul', 'Taliban ATTACKED Chile'],
    [],
  ],
];

describeFactRows(rows, 'fresh-news-22-lead', 'combined');
