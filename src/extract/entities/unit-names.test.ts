// Table tests for round 18's unit names (unit-names.ts), on invented sentences: units named by
// their number, and a body's named branch.
import { checkEntities as check, type EntityCase as Case } from '../../../test/support/entity-cases';

describe('units named by their number', () => {
  const cases: Case[] = [
    [
      "Troops from Ruritania's 15th Division led the assault.",
      ['Organization:15th Division'],
      ['Organization:Division'],
    ],
    [
      'Colonel Ana Ruiz of the 3rd Infantry Division said the town fell.',
      ['Organization:3rd Infantry Division', 'Person:Ana Ruiz'],
      ['Organization:Infantry Division'],
    ],
    ['Fighters of the 33rd Front planted the bomb.', ['Organization:33rd Front'], []],
    // a place named after a unit, and a date
    ['The rebels shelled the 30th Brigade Base at dawn.', [], ['Organization:30th Brigade']],
    ['The vote was held on the 15th March.', [], ['Organization:15th March']],
  ];
  test.each(cases)('%s', (...c) => check(c));
});

describe("a body's named branch", () => {
  const cases: Case[] = [
    [
      "Director Ana Ruiz of the FBI's National Security Branch announced the charges.",
      ['Organization:National Security Branch', 'Organization:FBI', 'Person:Ana Ruiz'],
      [],
    ],
    ['The Special Branch arrested two men.', ['Organization:Special Branch'], []],
    // a family name, and a state's powers
    ['Michelle Branch sang at the rally.', ['Person:Michelle Branch'], ['Organization:Michelle Branch']],
    ['The Judicial Branch and the Executive Branch disagreed.', [], ['Organization:Judicial Branch']],
  ];
  test.each(cases)('%s', (...c) => check(c));
});
