// Dealings told in the usual ways of readouts and wire news (round 18), in our own words: a
// memorandum or understanding signed with a side; a pact concluded, struck or inked; a joint
// statement with its signers around it (./joint-statements.ts); a backer's support is no party.
import { extractArticle } from '..';

const dealingsIn = (text: string) =>
  extractArticle({ id: 'dealings', title: '', text, source: 'test' }, { relations: 'frames' })
    .relations.filter((r) => r.predicate === 'COOPERATED')
    .map((r) => `${r.subject}|${r.object}`)
    .sort();

describe('documents signed with a side (round 18)', () => {
  test.each([
    ['Norway signed a memorandum of understanding with Chile on Monday.', ['Norway|Chile']],
    ['Norway signed an MoU with Chile on Monday.', ['Norway|Chile']],
    ['Norway concluded a defense pact with Chile.', ['Norway|Chile']],
    ['Norway struck a deal with Chile on fishing rights.', ['Norway|Chile']],
    ['Norway may sign a memorandum of understanding with Chile next year.', []],
    // a backer of the act is no party to it
    ["Norway signed the protocol with Chile's support.", []],
  ])('%s', (text, expected) => expect(dealingsIn(text)).toEqual(expected));
});

describe('a joint statement with its signers around it (round 18)', () => {
  test.each([
    ['A joint statement by Norway and Chile called for calm.', ['Norway|Chile']],
    ['In a joint statement, Norway and Chile called for calm.', ['Norway|Chile']],
    ['Norway and Chile said on Monday in a joint statement that they would cooperate.', ['Norway|Chile']],
    [
      'Norway, Chile and Peru said in a joint statement that they would cooperate.',
      ['Chile|Peru', 'Norway|Chile', 'Norway|Peru'],
    ],
    // four signers are a coalition's voice (round 14); a modal; a statement of one
    ['Norway, Chile, Peru and Bolivia said in a joint statement that they would cooperate.', []],
    ['Norway and Chile may say in a joint statement that they would cooperate.', []],
    ['Norway said in a statement that it welcomed the vote in Chile.', []],
  ])('%s', (text, expected) => expect(dealingsIn(text)).toEqual(expected));
});
