// Stance, round 27, in our own words: threats told as a response promised on a condition or to a
// named author's act (./conditional-threats.ts), and their nearest negatives.
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
