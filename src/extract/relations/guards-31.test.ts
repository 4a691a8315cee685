// Round 31's guard measurement (scripts/guard-drops.mjs): the trace must read every article, and
// stands-as-actor names the pattern that refuses a subject. Sentences of our own.
import { notActorBecause, standsAsActor } from './subject-position';

describe('guard trace on (NEWSGRAPH_GUARD_TRACE=1)', () => {
  const read = (text: string) => {
    const saved = process.env.NEWSGRAPH_GUARD_TRACE;
    const write = jest.spyOn(process.stderr, 'write').mockImplementation(() => true);
    process.env.NEWSGRAPH_GUARD_TRACE = '1';
    try {
      let facts: string[] = [];
      jest.isolateModules(() => {
        const { extractArticle } = require('../index') as typeof import('../index');
        facts = extractArticle({ id: 't', title: '', text, source: 'test' }).relations.map(
          (r) => `${r.subject} ${r.predicate} ${r.object}`,
        );
      });
      return facts;
    } finally {
      if (saved === undefined) delete process.env.NEWSGRAPH_GUARD_TRACE;
      else process.env.NEWSGRAPH_GUARD_TRACE = saved;
      write.mockRestore();
    }
  };
  // a verb whose record states only threats, told as done: no fact in any mood, and the trace's
  // re-reading "as if stated" must not re-read it again without end (it overflowed the stack)
  test('a threat-only verb told as done', () => {
    expect(read('Norway punished Chile for the raid.')).toEqual([]);
  });
  test('the same verb as a threat still reads with the trace on', () => {
    expect(read('Norway warned that it would punish Chile for the raid.')).toEqual([
      'Norway THREATENED Chile',
    ]);
  });
});

describe('notActorBecause names the pattern standsAsActor refuses with', () => {
  test('a subject that an accusation names', () => {
    const before = 'Peru blamed ';
    expect(notActorBecause(before, ' attacked ⟦1C⟧', ' ', false, '⟦0C⟧')).toBe('ALLEGED');
    expect(standsAsActor(before, ' attacked ⟦1C⟧', ' ', false, '⟦0C⟧')).toBe(false);
  });
  test('a subject that acts', () => {
    expect(notActorBecause('', ' attacked ⟦1C⟧', ' ', false, '⟦0C⟧')).toBeUndefined();
    expect(standsAsActor('', ' attacked ⟦1C⟧', ' ', false, '⟦0C⟧')).toBe(true);
  });
});
