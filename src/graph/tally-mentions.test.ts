import { EMPTY_TALLY, tallyMentions, type MentionContribution } from './tally-mentions';

const mention = (count: number, aliases: string[], category: string | null = null): MentionContribution => ({
  count,
  aliases,
  category,
});

describe('tallyMentions', () => {
  const a1 = mention(3, ['US', 'United States'], 'government');
  const a2 = mention(1, ['U.S.', 'United States'], 'military');
  const a3 = mention(2, ['America'], 'military');

  it('sums counts, unions aliases and picks the category most articles give', () => {
    expect(tallyMentions(EMPTY_TALLY, [], [a1, a2, a3])).toEqual({
      mentionCount: 6,
      aliases: ['America', 'U.S.', 'US', 'United States'],
      aliasCounts: [1, 1, 1, 2],
      categories: ['government', 'military'],
      categoryCounts: [1, 2],
      category: 'military',
    });
  });

  it('gives the same tally whatever order and batches the mentions come in', () => {
    const once = tallyMentions(EMPTY_TALLY, [], [a1, a2, a3]);
    const stepwise = tallyMentions(tallyMentions(tallyMentions(EMPTY_TALLY, [], [a3]), [], [a2]), [], [a1]);
    expect(stepwise).toEqual(once);
  });

  it('takes a removed mention back out: its aliases go when no other article gives them', () => {
    const all = tallyMentions(EMPTY_TALLY, [], [a1, a2, a3]);
    expect(tallyMentions(all, [a2], [])).toEqual(tallyMentions(EMPTY_TALLY, [], [a1, a3]));
    expect(tallyMentions(all, [a1, a2, a3], [])).toEqual({ ...EMPTY_TALLY, category: null });
  });

  it('breaks a tie between categories alphabetically', () => {
    expect(tallyMentions(EMPTY_TALLY, [], [a2, a1]).category).toBe('government');
  });
});
