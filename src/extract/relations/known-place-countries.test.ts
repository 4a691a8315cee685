// A listed place whose country its sentence names as the scene ("in Iraq") or as the owner right
// before it ("Syria's northern X"): the gazetteer says where the place lies (./known-place-countries.ts).
// Sentences of our own.
import { describeFactRows, type FactRow } from '../../../test/support/frame-facts';

const rows: FactRow[] = [
  // the country as the scene, the places listed after it
  [
    'In Pakistan, the floods swept through Quetta and Lahore, officials said.',
    ['Quetta LOCATED_IN Pakistan', 'Lahore LOCATED_IN Pakistan'],
    [],
  ],
  [
    'Aid agencies said fighting across Syria had reached Homs and Latakia by Monday.',
    ['Homs LOCATED_IN Syria', 'Latakia LOCATED_IN Syria'],
    [],
  ],
  [
    'Rebels in eastern Sri Lanka overran a police post near the town of Batticaloa.',
    ['Batticaloa LOCATED_IN Sri Lanka'],
    [],
  ],
  // the country's possessive right before the place
  ['A bomb went off in Iraq’s southern Basra on Sunday.', ['Basra LOCATED_IN Iraq'], []],
  // not: the country only as an actor, or written as a demonym
  ['Yemen condemned the strike on Aden.', [], ['Aden LOCATED_IN Yemen']],
  ['Iraqi troops retook Kirkuk on Friday.', [], ['Kirkuk LOCATED_IN Iraq']],
  // not: the gazetteer's country is not the one the sentence names
  ['In Iraq, officials met envoys from Karachi.', [], ['Karachi LOCATED_IN Iraq']],
  // not: a place the article already places in its region
  [
    'In Pakistan, militants attacked the city of Quetta in Baluchistan province.',
    ['Quetta LOCATED_IN Baluchistan'],
    ['Quetta LOCATED_IN Pakistan'],
  ],
];

describeFactRows(rows, 'known-place-countries', 'combined');
