import { RELATION_RULES, STRUCTURAL_RULES } from '../rules/relations';
import {
  compilePattern,
  compileTest,
  neededTable,
  needsKey,
  needsOf,
  NOT_EMBEDDED,
  patternSource,
} from './compile-pattern';
import { necessaryText } from './necessary-text';

// A rule that opens on {!PREP} is compiled without that test, which the engine makes once per
// slot (NOT_EMBEDDED) before trying the rule there: the two together match as the whole pattern.
describe('a pattern opening on {!PREP}', () => {
  const views = [
    '⟦0C⟧ struck ⟦1O⟧ positions in ⟦2L⟧, and ⟦3P⟧, the ⟦4O⟧ leader, said the ⟦5c⟧-backed ⟦6O⟧ attacked ⟦7C⟧.',
    'Officials in ⟦0C⟧ said ⟦1C⟧ and ⟦2C⟧ signed a pact, and ⟦3P⟧ met ⟦4P⟧ in ⟦5L⟧.',
    'The talks led to ⟦0C⟧ calling for sanctions on ⟦1C⟧ after ⟦2O⟧ fighters attacked ⟦3C⟧ troops.',
    'A team from ⟦0O⟧ visited ⟦1L⟧ and ⟦2C⟧ condemned the strikes by ⟦3C⟧ on ⟦4O⟧.',
  ];
  const rules = [...RELATION_RULES, ...STRUCTURAL_RULES].filter((r) => r.pattern.startsWith('{!PREP}'));

  test('there are such rules', () => expect(rules.length).toBeGreaterThan(10));

  test.each(rules.map((r) => [r.reason, r.pattern]))('%s matches as its whole pattern', (_, pattern) => {
    const { regex, opening } = compilePattern(pattern);
    expect(opening?.notEmbedded).toBe(true);
    const whole = new RegExp(compileTest(pattern).source, 'yd');
    for (const view of views) {
      for (let at = view.indexOf('⟦'); at >= 0; at = view.indexOf('⟦', at + 1)) {
        whole.lastIndex = at;
        const expected = whole.exec(view);
        NOT_EMBEDDED.lastIndex = at;
        regex.lastIndex = at;
        const got = NOT_EMBEDDED.test(view) ? regex.exec(view) : null;
        expect(got?.[0]).toEqual(expected?.[0]);
        expect(got?.groups).toEqual(expected?.groups);
      }
    }
  });
});

// Round 21: the needed strings are worked out at build time (scripts/build-needs.mjs) and looked
// up by a hash of the expanded source; a source the table lacks has them worked out at load.
describe('needed strings worked out at build time', () => {
  const patterns = [...RELATION_RULES, ...STRUCTURAL_RULES].map((r) => r.pattern);
  const table = new Map(Object.entries(neededTable(patterns)));

  test('the table gives every rule the sets worked out from its source', () => {
    for (const pattern of patterns) {
      const source = patternSource(pattern);
      expect(needsOf(source, table)).toEqual(necessaryText(source, { size: 64, limit: 4 }));
    }
    expect(table.size).toBeGreaterThan(100);
  });

  test('a looked-up set is a copy: changing it leaves the table alone', () => {
    const source = patternSource(patterns[0]);
    const first = needsOf(source, table);
    first[0]?.push('changed');
    expect(needsOf(source, table)).toEqual(necessaryText(source, { size: 64, limit: 4 }));
  });

  test('a source the table does not hold (a rule changed since the build) is worked out', () => {
    const stale = new Map([[needsKey('{S} fought {O}'), [['stale']]]]);
    const source = patternSource('{S} battled {O}');
    expect(needsOf(source, stale)).toEqual(necessaryText(source, { size: 64, limit: 4 }));
    expect(needsOf(source, stale)).not.toEqual([['stale']]);
  });

  test('a source the table holds is read from it, not worked out', () => {
    const source = patternSource('{S} battled {O}');
    const built = new Map([[needsKey(source), [[' battled ']]]]);
    expect(needsOf(source, built)).toEqual([[' battled ']]);
  });
});
