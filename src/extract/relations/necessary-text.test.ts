import { necessaryText } from './necessary-text';
import { RELATION_RULES } from '../rules/relations';
import { compilePattern } from './compile-pattern';

describe('necessaryText', () => {
  test.each([
    ['\\b(?:struck|hit) the', [['struck the', 'hit the']]],
    ['[Ss]trikes? on', [['Strike on', 'Strikes on', 'strike on', 'strikes on']]],
    // a lookbehind's text is not part of the match
    ['(?<=after )(?:a|b)+x', [['x']]],
    ['x(?:y|)z', [['xyz', 'xz']]],
    // not "xyz": "x1z" matches too
    ['x(?:y|\\d)z', [['x']]],
    ['x\\u00e9?z', [['x']]],
  ])('%s needs %j', (source, expected) => {
    expect(necessaryText(source, { limit: 1 })).toEqual(expected);
  });

  test('every match of every rule holds what the rule is said to need', () => {
    const text =
      '⟦0C⟧ struck ⟦1O⟧ positions in ⟦2L⟧, and ⟦3P⟧, the ⟦4O⟧ leader, said the ⟦5c⟧-backed ⟦6O⟧ attacked ⟦7C⟧.';
    for (const rule of RELATION_RULES) {
      const { regex } = compilePattern(rule.pattern);
      const needs = necessaryText(regex.source, { limit: 10, size: 1000 });
      const re = new RegExp(regex.source, 'g');
      for (const m of text.matchAll(re)) {
        for (const set of needs) expect(set.some((s) => m[0].includes(s))).toBe(true);
      }
    }
  });
});
