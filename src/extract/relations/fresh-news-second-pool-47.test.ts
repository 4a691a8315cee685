// Causes of wrong facts found in fresh news outside the gold (round 47, pool p47b: Africa, the
// Americas and Europe, 2000–2015), each a shape rebuilt in sentences of our own with invented
// names; both engines together, as the CLI reads.
import { describeFactRows, type FactRow } from '../../../test/support/frame-facts';
import { checkEntities, type EntityCase } from '../../../test/support/entity-cases';

const rows: FactRow[] = [
  // a participle right after a clause's conjunction opens that clause's subject: nobody arms
  [
    'Lebanon opened two camps on Sunday, as armed Hezbollah fighters guarded the crossing.',
    [],
    ['Lebanon SUPPORTS Hezbollah'],
  ],
  // the nearest positive: the verb itself
  ['Iran armed Hezbollah for years.', ['Iran SUPPORTS Hezbollah'], []],
  // "execute" with a warrant or an order as its object carries it out; nobody is killed
  ['Interpol executed the arrest warrant on Tomas Keller.', [], ['Interpol KILLED Tomas Keller']],
  // the nearest positive: a person as the object
  ['Hamas executed Tomas Keller on Monday.', ['Hamas KILLED Tomas Keller'], []],
  // "blamed the attack on Y's forces": the act is laid on Y here, not recalled from an earlier author
  [
    "France bombed the compound of warlord Ivan Koss on Friday. The United Nations blamed the Saturday attack on Koss's forces.",
    ['United Nations CRITICIZED Ivan Koss'],
    ['United Nations CRITICIZED France'],
  ],
  // people "from" a country who died in an attack are its nationals, not its serving side
  [
    'Al-Shabaab attacked a hotel in Mogadishu on Monday. Two aid workers - one from Norway and another from Chile - were killed in the attack.',
    [],
    ['al-Shabaab ATTACKED Norway', 'al-Shabaab ATTACKED Chile'],
  ],
  // the nearest positive: soldiers from a country
  [
    'Al-Shabaab attacked a hotel in Mogadishu on Monday. Three soldiers from Chad were killed in the attack.',
    ['al-Shabaab ATTACKED Chad'],
    [],
  ],
  // a demonym after "through" is inside a phrase and acts for no one
  [
    'Gangs rampaged through Uzbek villages and rights groups called on the African Union to act.',
    [],
    ['Uzbekistan DEMANDED African Union'],
  ],
  // "and" with a plural noun phrase after the subject's own verb opens a clause of its own
  [
    'Kenyan gangs looted shops and aid agencies called on the African Union to help.',
    [],
    ['Kenya DEMANDED African Union'],
  ],
  // the nearest positive: the subject's own second verb
  [
    'Kenya condemned the looting and called on the African Union to help.',
    ['Kenya DEMANDED African Union'],
    [],
  ],
  // a lower-case "pro-" word before a head title leaves it a head's
  [
    "Moldova's pro-reform prime minister, Ion Varga, promised calm.",
    ['Ion Varga LEADS Moldova'],
    ['Ion Varga MEMBER_OF Moldova'],
  ],
  // a home place named after the owner's possessive is the place struck
  [
    "General Omar Dalil ruled for years. On Monday NATO jets struck Dalil's hometown of Tikrit.",
    ['NATO ATTACKED Tikrit'],
    ['NATO ATTACKED Omar Dalil'],
  ],
  // a head's title inside a nickname heads no state
  [
    'Zambia held elections on Friday, and Zambia counted the votes. Ahead of the poll, Mr. Tembo, known as “King Lion” for his sharp wit, accused the commission of fraud.',
    [],
    ['Lion LEADS Zambia'],
  ],
];

describeFactRows(rows, 'fresh-news-second-pool-47', 'combined');

describe('round 47 (entities in fresh news, second pool)', () => {
  const cases: EntityCase[] = [
    // a preposition of place that opens a sentence is no part of a name
    ['Outside Parliament, crowds chanted for hours.', [], ['Organization:Outside Parliament']],
    // "wa" inside a person's name, as "bin" or "arap"
    ['President Kamuzu wa Tembo vowed to keep order.', ['Person:Kamuzu wa Tembo'], []],
  ];
  test.each(cases)('%s', (...c) => checkEntities(c));
});
