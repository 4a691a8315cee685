// Table tests of the frame engine: a text, the facts it must state ("S PREDICATE O") and the ones
// it must not. Shared by the frame tests in src/extract/frames/ that read rows this way.
import { extractArticle, type RelationEngine } from '../../src/extract';

/** [text, facts it must state, facts it must not state] */
export type FactRow = [string, string[], string[]];

/** The facts an engine (the frame engine alone unless told) reads in `text`, as "subject PREDICATE object". */
export const frameFacts = (text: string, id: string, engine: RelationEngine = 'frames'): string[] =>
  extractArticle({ id, title: '', text, source: 'test' }, { relations: engine }).relations.map(
    (r) => `${r.subject} ${r.predicate} ${r.object}`,
  );

/** One describe per row: its stated facts all read, none of its unstated ones. */
export function describeFactRows(rows: FactRow[], id: string, engine: RelationEngine = 'frames'): void {
  describe.each(rows)('%s', (text, stated, notStated) => {
    const facts = frameFacts(text, id, engine);
    if (stated.length)
      test(`states ${stated.join(', ')}`, () => expect(facts).toEqual(expect.arrayContaining(stated)));
    if (notStated.length)
      test(`does not state ${notStated.join(', ')}`, () => {
        for (const f of notStated) expect(facts).not.toContain(f);
      });
  });
}
