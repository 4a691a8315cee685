// Criticism, round 33, in our own words: blame laid "on" a side in a relative clause whose
// "which" takes up the act ("the bombing, which the Xian government blames on Y"); a criticism
// whose object the relative took up ("Y, which X accuses of …", "Z, who X suspects of …", "Y, a
// group that X considers a terrorist organization"; ./relative-objects.ts); "suspects Y of"
// (lexicon) and the British "labelled" (./lexicon.ts `doubledForms`); each with its nearest
// negatives.
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

describe('a criticism whose object a relative pronoun took up', () =>
  describeFactRows(
    [
      ['The Azure Front, which Chile accuses of looting, denied it.', ['Chile CRITICIZED Azure Front'], []],
      [
        'The town is the home of Juan Perez, who Maria Gomez has accused of plotting a coup.',
        ['Maria Gomez CRITICIZED Juan Perez'],
        [],
      ],
      [
        'Peru asked Chile to extradite Juan Perez, who Peru suspects of being involved in drug trafficking.',
        ['Peru CRITICIZED Juan Perez'],
        [],
      ],
      [
        'He faces charges of supporting the Azure Front, a group that Chile considers a terrorist organization.',
        ['Chile CRITICIZED Azure Front'],
        [],
      ],
      [
        'The men had ties to the Azure Front, which Chile has labelled a terrorist group.',
        ['Chile CRITICIZED Azure Front'],
        [],
      ],
      // the verb's own object; a relative said of a complement; a modal; people after "which"
      [
        'The Azure Front, which Chile accused Peru of arming, held a rally.',
        ['Chile CRITICIZED Peru'],
        ['Chile CRITICIZED Azure Front'],
      ],
      ['Officials from Peru whom Chile accuses of corruption resigned.', [], ['Chile CRITICIZED Peru']],
      ['Juan Perez, who Chile may accuse of fraud, left for Lima.', [], ['Chile CRITICIZED Juan Perez']],
      ['Juan Perez, which Chile accuses of fraud, left for Lima.', [], ['Chile CRITICIZED Juan Perez']],
      ['Juan Perez met the Azure Front, which Chile supports.', [], ['Chile CRITICIZED Azure Front']],
    ],
    'criticism-r33-relative-object',
  ));

describe('"suspects Y of": a suspicion of a wrong is an accusation', () =>
  describeFactRows(
    [
      ['Norway suspects Chile of arming the rebels.', ['Norway CRITICIZED Chile'], []],
      ['Norway suspects the Azure Front rebels are armed.', [], ['Norway CRITICIZED Azure Front']],
    ],
    'criticism-r33-suspect',
  ));

describe("a designee's misconduct told in a relative clause or an apposition after the name", () =>
  describeFactRows(
    [
      [
        'Norway sanctioned former Chilean ministers Juan Perez and Maria Gomez, who provided support to the Azure Front and engaged in corruption.',
        ['Norway CRITICIZED Juan Perez', 'Norway CRITICIZED Maria Gomez'],
        [],
      ],
      [
        'Norway designated Juan Perez, a former customs official involved in corruption.',
        ['Norway CRITICIZED Juan Perez'],
        [],
      ],
      [
        'Norway sanctioned Juan Perez, who Chile said ordered the assassination of a judge.',
        ['Chile CRITICIZED Juan Perez'],
        ['Norway CRITICIZED Juan Perez'],
      ],
      // no misconduct told, or one the designee fights
      ['Norway sanctioned Juan Perez, who was born in Lima in 1960.', [], ['Norway CRITICIZED Juan Perez']],
      [
        'Norway designated Juan Perez, a lawyer known for fighting corruption.',
        [],
        ['Norway CRITICIZED Juan Perez'],
      ],
    ],
    'criticism-r33-designee-told',
  ));
