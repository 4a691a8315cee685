// Table tests of the frame engine: a text, the facts it must state ("S PREDICATE O") and the ones
// it must not. Shared by the frame tests in src/extract/frames/ that read rows this way.
import { extractArticle } from '../../src/extract';

/** [text, facts it must state, facts it must not state] */
export type FactRow = [string, string[], string[]];

/** The facts the frame engine alone reads in `text`, as "subject PREDICATE object". */
export const frameFacts = (text: string, id: string): string[] =>
  extractArticle({ id, title: '', text, source: 'test' }, { relations: 'frames' }).relations.map(
    (r) => `${r.subject} ${r.predicate} ${r.object}`,
  );

/** One describe per row: its stated facts all read, none of its unstated ones. */
export function describeFactRows(rows: FactRow[], id: string): void {
  describe.each(rows)('%s', (text, stated, notStated) => {
    const facts = frameFacts(text, id);
    if (stated.length)
      test(`states ${stated.join(', ')}`, () => expect(facts).toEqual(expect.arrayContaining(stated)));
    if (notStated.length)
      test(`does not state ${notStated.join(', ')}`, () => {
        for (const f of notStated) expect(facts).not.toContain(f);
      });
  });
}
