// A named head's successor or predecessor holds the same office (round 17). Invented people.
import type { Extraction } from '../../model';
import { extractArticle } from '..';

const extract = (text: string): Extraction => extractArticle({ id: 't', title: '', text, source: 'test' });
const roles = (text: string): string[] =>
  extract(text)
    .relations.filter((r) => r.predicate === 'LEADS' || r.predicate === 'MEMBER_OF')
    .map((r) => `${r.subject} ${r.predicate} ${r.object}`)
    .sort();

describe('successors and predecessors (round 17)', () => {
  test.each([
    [
      "Ana Ruiz leads the Atlas Brigade. Ruiz's successor, Tom Bell, attended the funeral.",
      ['Ana Ruiz LEADS Atlas Brigade', 'Tom Bell LEADS Atlas Brigade'],
    ],
    [
      'President Dan Moss of Peru spoke. Moss has promised to rewrite the accord negotiated by his predecessor, Tom Bell, that ended the war.',
      ['Dan Moss LEADS Peru', 'Tom Bell LEADS Peru'],
    ],
    // no office stated of the one succeeded: nothing to hand on
    ["Ruiz's successor, Tom Bell, attended the funeral.", []],
  ])('%s', (text, expected) => {
    expect(roles(text)).toEqual(expected);
  });
});
