import { inflect } from './verb-forms';

describe('inflect', () => {
  test.each([
    [{ lemma: 'strike', past: 'struck' }, ['strike', 'strikes'], ['struck'], ['striking']],
    [{ lemma: 'attack' }, ['attack', 'attacks'], ['attacked'], ['attacking']],
    [{ lemma: 'slam' }, ['slam', 'slams'], ['slammed'], ['slamming']],
    [{ lemma: 'target' }, ['target', 'targets'], ['targeted'], ['targeting']],
    [{ lemma: 'decry' }, ['decry', 'decries'], ['decried'], ['decrying']],
    [{ lemma: 'embargo' }, ['embargo', 'embargoes'], ['embargoed'], ['embargoing']],
    [{ lemma: 'finance' }, ['finance', 'finances'], ['financed'], ['financing']],
    [{ lemma: 'hit', past: 'hit' }, ['hit', 'hits'], ['hit'], ['hitting']],
  ])('%j', (entry, present, past, gerund) => {
    expect(inflect(entry)).toEqual({ present, past, gerund });
  });
});
