import type { Entity } from '../../model';
import { applyRules, applyRulesToViews } from './apply-rules';
import { handMentions, type HandEntity } from './hand-mentions';
import { buildView } from './sentence-view';
import { splitSentences } from '../sentences';

// Sentences written for these tests; names are real places and invented groups and people.
const HAND: HandEntity[] = [
  { name: 'Turkey', type: 'Country', forms: ['Turkish'] },
  { name: 'Egypt', type: 'Country', forms: ['Egyptian'] },
  { name: 'Northern Front', type: 'Organization', category: 'armed_group' },
  { name: 'Atlas Brigade', type: 'Organization', category: 'armed_group' },
  { name: 'Lena Okafor', type: 'Person' },
];
const TEXT = [
  'Turkey struck the Northern Front near the border on Monday.',
  'Lena Okafor, the leader of the Atlas Brigade, said the group would fight on.',
  'Nothing was said about it.',
  'Egypt condemned Turkey over the raids, and Turkish strikes on the Atlas Brigade continued.',
  'The Northern Front is backed by Egypt, and Egypt backs the Atlas Brigade with arms.',
].join(' ');

const facts = (candidates: ReturnType<typeof applyRules>) =>
  candidates.map((c) => `${c.subject.name} ${c.predicate} ${c.object.name} ${c.reason}`);

describe('applyRulesToViews', () => {
  const { entities, mentions } = handMentions(TEXT, HAND);
  const byId = new Map<string, Entity>(entities.map((e) => [e.id, e]));
  const views = splitSentences(TEXT).map((s) =>
    buildView(
      s,
      mentions.filter((m) => m.sentenceIndex === s.index),
      byId,
    ),
  );

  test.each(['all', 'structural', 'combined'] as const)(
    'gives each view the candidates applyRules gives it, in the same order (%s)',
    (rules) => {
      const together = applyRulesToViews(views, undefined, rules).map(facts);
      expect(together).toEqual(views.map((v) => facts(applyRules(v, undefined, rules))));
      expect(together.flat().length).toBeGreaterThan(0);
    },
  );

  test('views read again, in another order, give the same candidates (the pair tables reorder as they read)', () => {
    const first = applyRulesToViews(views).map(facts);
    const reversed = applyRulesToViews([...views].reverse())
      .map(facts)
      .reverse();
    expect(reversed).toEqual(first);
    expect(applyRulesToViews(views).map(facts)).toEqual(first);
  });

  test("a rule's word test is answered per view: a view that lacks the verb gets no act from one that has it", () => {
    // views 0 and 3 hold "struck" / "condemned", view 1 neither: rules sharing a verb's test
    // look it up once per view, never across views
    const mixed = [views[1], views[0], views[1], views[3], views[1]];
    const read = applyRulesToViews(mixed).map(facts);
    expect(read).toEqual(mixed.map((v) => facts(applyRules(v))));
    expect(read[1].some((f) => f.startsWith('Turkey ATTACKED Northern Front'))).toBe(true);
    expect(read[0].some((f) => f.includes('ATTACKED'))).toBe(false);
  });

  test('a view without slots gets no candidates', () => {
    expect(applyRulesToViews([views[2]])).toEqual([[]]);
  });
});
