// Names put on an export or sanctions list (./listings.ts), in our own words: the colon's list
// after "X added N entities to the Entity List", a name described as on the list, and the adder
// remembered for later sentences; nothing for a list of another kind, a plan or a name off the list.
import { extractArticle } from '..';

const sanctionsIn = (text: string) =>
  extractArticle({ id: 'listings', title: '', text, source: 'test' })
    .relations.filter((r) => r.predicate === 'SANCTIONED')
    .map((r) => `${r.subject}|${r.object}`)
    .sort();

describe('names put on a sanctions or export list', () => {
  test.each([
    [
      'Norway added three entities to the Entity List on Monday: Fjord Shipping Company, a freight firm that serves the Atlas Brigade, and Bergen Holdings and its subsidiary, Oslo Metals Ltd.',
      ['Norway|Bergen Holdings', 'Norway|Fjord Shipping Company', 'Norway|Oslo Metals Ltd.'],
    ],
    // a name after a preposition inside an item's clause is not listed
    [
      'Norway added two entities to its Entity List: Fjord Shipping Company, a carrier that trades with Bergen Holdings, and Oslo Metals Ltd.',
      ['Norway|Fjord Shipping Company', 'Norway|Oslo Metals Ltd.'],
    ],
    // described as listed: by the name on the list, by the adder in the sentence, by the remembered adder
    [
      'Acme Corp. shipped parts to Fjord Shipping Company, an entity on the Norwegian Entity List.',
      ['Norway|Fjord Shipping Company'],
    ],
    [
      'Acme Corp. shipped parts to Fjord Shipping Company, an entity on the Oslo Customs Agency Entity List.',
      ['Oslo Customs Agency|Fjord Shipping Company'],
    ],
    [
      'Norway added two entities to the Entity List on Monday. Bergen Holdings supplies Fjord Shipping Company, a company that was also added to the Entity List in March.',
      ['Norway|Fjord Shipping Company'],
    ],
    // not a sanctions list; a plan; off the list
    [
      'Norway added two entities to its list of partners on Monday: Fjord Shipping Company and Bergen Holdings.',
      [],
    ],
    ['Norway will add two entities to the Entity List: Fjord Shipping Company and Bergen Holdings.', []],
    [
      'Norway sanctioned Chile on Monday. Bergen Holdings, a company removed from the Entity List, sold parts.',
      ['Norway|Chile'],
    ],
    // round 14: a name said to be on a list its owner keeps; no owner, another list, or not on it
    ['The Atlas Brigade is on the Norwegian list of terrorist organizations.', ['Norway|Atlas Brigade']],
    ["The Atlas Brigade has long been on Chile's terrorism list.", ['Chile|Atlas Brigade']],
    ['The Atlas Brigade is on a terrorism list.', []],
    ["The Atlas Brigade is on Chile's list of partners.", []],
    ["The Atlas Brigade is not on Chile's terrorism list.", []],
  ])('%s', (text, expected) => expect(sanctionsIn(text)).toEqual(expected));
});
