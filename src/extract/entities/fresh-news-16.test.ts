// Entity errors the lead found in fresh news outside the gold (round 16), as text of our own.
import { checkEntities as check, type EntityCase as Case } from '../../../test/support/entity-cases';

describe("round 16 (the lead's fresh news)", () => {
  const cases: Case[] = [
    // a title-case headline capitalises common words: "in Attack" names no place
    [
      'Spain Says 50 Rebels Killed in Attack on Convoy\n\nRebels attacked a convoy near Tibou, Spain said.',
      ['Country:Spain'],
      ['Location:Attack'],
    ],
    // an acronym the list gives another body spells the article's own body named before it
    [
      'The Bureau of Industry and Security issued an order against three people. BIS issued the denial order for Tom Berg.',
      ['Organization:Bureau of Industry and Security'],
      ['Organization:Bank for International Settlements'],
    ],
    // US federal agencies with "and" inside their names are one body each, not people
    [
      "The case was worked by U.S. Immigration and Customs Enforcement's Homeland Security Investigations and Customs and Border Protection.",
      [
        'Organization:U.S. Immigration and Customs Enforcement',
        'Organization:Homeland Security Investigations',
        'Organization:U.S. Customs and Border Protection',
      ],
      ['Person:Immigration', 'Person:Customs Enforcement', 'Location:Customs and Border'],
    ],
    // an unknown name arrested, detained or sentenced is a person's, whatever its language
    ['Police arrested Kyaw Zeya Htun on Monday.', ['Person:Kyaw Zeya Htun'], []],
    ['The court sentenced Abdirahman Daud to ten years.', ['Person:Abdirahman Daud'], []],
  ];
  test.each(cases)('%s', (...c) => check(c));
});
