// Support, sanctions and dealings, round 23, in our own words (./going-on.ts, ./people-of.ts,
// ./sanctioned-states.ts, ./partners.ts, ./lists.ts). Each row: an article's text, facts it must
// state, facts it must not.
import { extractArticle } from '..';

const factsOf = (text: string) =>
  extractArticle({ id: 'dealings-23', title: '', text, source: 'test' }).relations.map(
    (r) => `${r.subject} ${r.predicate} ${r.object}`,
  );

/** Each text opens on a sentence naming the country, as an article does. */
const CHILE = 'Chile held elections in May. ';

const ROWS: [string, string[], string[]][] = [
  // backing and dealings said to go on are going on: "will / would continue to"
  ['Norway will continue to stand with Chile.', ['Norway SUPPORTS Chile'], []],
  ['Norway will continue to support Chile and Peru.', ['Norway SUPPORTS Chile', 'Norway SUPPORTS Peru'], []],
  ['Norway will also continue to work closely with Chile on trade.', ['Norway COOPERATED Chile'], []],
  ['The minister said Norway would continue to back Chile.', ['Norway SUPPORTS Chile'], []],
  ['Norway would not continue to support Chile.', [], ['Norway SUPPORTS Chile']],
  ['Norway could continue to support Chile.', [], ['Norway SUPPORTS Chile']],
  ['If Norway will continue to support Chile, Peru will object.', [], ['Norway SUPPORTS Chile']],
  ['Norway will support Chile.', [], ['Norway SUPPORTS Chile']],
  ['Norway will continue to strike Chile.', [], ['Norway ATTACKED Chile']],
  // a country's people backed are the country backed
  [CHILE + 'Norway stands with the Chilean people.', ['Norway SUPPORTS Chile'], []],
  [
    CHILE + 'Foreign Minister Pedro Alvarez expressed solidarity with the people of Chile on Monday.',
    ['Pedro Alvarez SUPPORTS Chile'],
    [],
  ],
  [
    CHILE + 'Norway voiced strong support for the brave Chilean people in their struggle.',
    ['Norway SUPPORTS Chile'],
    [],
  ],
  [
    CHILE + 'Norway will continue to stand with the Chilean people and the Peruvian people.',
    ['Norway SUPPORTS Chile', 'Norway SUPPORTS Peru'],
    [],
  ],
  [CHILE + 'Norway does not stand with the Chilean people.', [], ['Norway SUPPORTS Chile']],
  [CHILE + 'Norway offered condolences to the Chilean people.', [], ['Norway SUPPORTS Chile']],
  [CHILE + 'Norway met the Chilean people.', [], ['Norway COOPERATED Chile']],
  [CHILE + 'Norway stands with the Chilean people power movement.', [], ['Norway SUPPORTS Chile']],
  // a country's officials and firms sanctioned: the country too
  [
    CHILE + 'Norway is sanctioning a former and a current senior Chilean official for corruption.',
    ['Norway SANCTIONED Chile'],
    [],
  ],
  [
    CHILE + 'On Monday Norway designated ten current or former Chilean government officials.',
    ['Norway SANCTIONED Chile'],
    [],
  ],
  [CHILE + 'Norway imposed restrictions on seven Chilean drone producers.', ['Norway SANCTIONED Chile'], []],
  [
    CHILE + 'Norway sanctioned two Chilean companies, Acme Mining and Borg Shipping.',
    ['Norway SANCTIONED Chile', 'Norway SANCTIONED Acme Mining', 'Norway SANCTIONED Borg Shipping'],
    [],
  ],
  [
    CHILE + 'Norway imposed sanctions on Chilean and Peruvian officials.',
    ['Norway SANCTIONED Chile', 'Norway SANCTIONED Peru'],
    [],
  ],
  [
    CHILE +
      'Norway sanctioned two shipping firms on Monday. Sanctions were also levied on two Chilean construction companies.',
    ['Norway SANCTIONED Chile'],
    [],
  ],
  [CHILE + 'Norway could sanction two Chilean banks.', [], ['Norway SANCTIONED Chile']],
  [CHILE + 'Norway did not designate any Chilean banks.', [], ['Norway SANCTIONED Chile']],
  // a second support noun joined by "and" shares the first noun's verb
  [
    CHILE +
      'Norway and Peru emphasized their shared commitment to a secure, prosperous, and open region and support for the Chilean people.',
    ['Norway SUPPORTS Chile', 'Peru SUPPORTS Chile'],
    [],
  ],
  ['Norway reaffirmed its commitment to trade and support for Chile.', ['Norway SUPPORTS Chile'], []],
  ['Norway underscored its pledge of aid and solidarity with Chile.', ['Norway SUPPORTS Chile'], []],
  ['Norway reaffirmed strong support for Chile.', ['Norway SUPPORTS Chile'], []],
  ['Norway questioned the commitment to trade and support for Chile.', [], ['Norway SUPPORTS Chile']],
  ['Norway could reaffirm its commitment to trade and support for Chile.', [], ['Norway SUPPORTS Chile']],
  [
    'Norway reaffirmed its commitment to trade, and Peru voiced support for Chile.',
    ['Peru SUPPORTS Chile'],
    ['Norway SUPPORTS Chile'],
  ],
  // working together told after the clause's verb and object
  [
    'The Treasury sanctioned Acme Mining in coordination with Norway and Peru.',
    ['U.S. Treasury Department COOPERATED Norway', 'U.S. Treasury Department COOPERATED Peru'],
    [],
  ],
  [
    'Norway is providing air transport in coordination with the Chilean Navy.',
    ['Norway COOPERATED Chilean Navy'],
    [],
  ],
  [
    'Norway delivered food on Monday in close coordination with the World Food Programme.',
    ['Norway COOPERATED World Food Programme'],
    [],
  ],
  ['Norway arrested the two men jointly with Peru.', ['Norway COOPERATED Peru'], []],
  ['Norway could deliver food in coordination with Peru.', [], ['Norway COOPERATED Peru']],
  ['Norway attacked Acme Mining, which acted in coordination with Peru.', [], ['Norway COOPERATED Peru']],
  [
    'The Treasury designated Acme Mining. Today’s action was taken in coordination with our partners, Norway and Peru.',
    [],
    ['U.S. Treasury Department COOPERATED Norway'],
  ],
  // "between X and Y, and Z thanked …": the clause after the list is not in it
  [
    'Minister Pedro Alvarez praised the partnership between Norway and Chile, and the minister thanked the hosts.',
    ['Norway SUPPORTS Chile', 'Chile SUPPORTS Norway'],
    ['Pedro Alvarez SUPPORTS Norway', 'Norway SUPPORTS Pedro Alvarez'],
  ],
  [
    'Norway imposed sanctions on Acme Mining and Borg Shipping, and Peru welcomed the move.',
    ['Norway SANCTIONED Acme Mining', 'Norway SANCTIONED Borg Shipping'],
    ['Norway SANCTIONED Peru'],
  ],
  [
    'Norway imposed sanctions on Acme Mining, Borg Shipping, and Delta Oil on Monday.',
    ['Norway SANCTIONED Acme Mining', 'Norway SANCTIONED Borg Shipping', 'Norway SANCTIONED Delta Oil'],
    [],
  ],
];

describe('support, sanctions and dealings, round 23', () => {
  test.each(ROWS)('%s', (text, expected, forbidden) => {
    const got = factsOf(text);
    for (const fact of expected) expect(got).toContain(fact);
    for (const fact of forbidden) expect(got).not.toContain(fact);
  });
});
