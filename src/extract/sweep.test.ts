import { nlp } from './nlp';
import { bulkMatch, type Net, type SweepMethods } from './sweep';

// compromise's own bulkMatch, from a copy of compromise loaded apart (nlp.ts replaces it in ours).
let compromiseBulkMatch: typeof bulkMatch = () => [];
jest.isolateModules(() => {
  const fresh = require('compromise/two') as { methods: () => { one: { bulkMatch: typeof bulkMatch } } };
  compromiseBulkMatch = fresh.methods().one.bulkMatch;
});

type Args = Parameters<typeof bulkMatch>;
const world = nlp.world() as { methods: { one: { bulkMatch: (...args: Args) => unknown } } };

/** The arguments of every sweep compromise runs while it parses `text`. */
function sweepsOf(text: string): Args[] {
  const seen: Args[] = [];
  const ours = world.methods.one.bulkMatch;
  world.methods.one.bulkMatch = (...args: Args) => {
    seen.push(args);
    return ours(...args);
  };
  try {
    nlp(text);
  } finally {
    world.methods.one.bulkMatch = ours;
  }
  return seen;
}

const shown = (found: { pointer: number[] }[]) =>
  found.map((f) => `${(f as unknown as { reason: string }).reason} ${f.pointer.join(',')}`);

describe('bulkMatch', () => {
  test('is ours in the nlp that nlp.ts configures', () => {
    expect(world.methods.one.bulkMatch).toBe(bulkMatch);
    expect(compromiseBulkMatch).not.toBe(bulkMatch);
  });

  // Our own news-like text: clauses, titles, numbers, dates, quotes, phrasal verbs, lists.
  const texts = [
    'The defence minister said on Tuesday that the army, which had shelled the border town twice, ' +
      'would pull back its 300 troops by the end of March.',
    '"We will not give up," a spokesman for the rebel alliance told reporters in the capital.',
    'Police arrested two men and a woman suspected of planning attacks on a market, the ' +
      'ministry said, adding that weapons were found at a farm near the river.',
    'Lawmakers voted 52 to 47 to approve the $1.2 billion aid package, and the president is ' +
      'expected to sign it after he returns from a trip to the coast.',
    'She has been running the agency since 2019 and is expected to step down next year.',
  ];
  test.each(texts)('finds what compromise finds, in its order: %s', (text) => {
    const sweeps = sweepsOf(text);
    let found = 0;
    for (const [docs, net, methods, opts] of sweeps) {
      const expected = shown(compromiseBulkMatch(docs, net, methods, opts));
      found += expected.length;
      expect(shown(bulkMatch(docs, net, methods, opts))).toEqual(expected);
    }
    expect(found).toBeGreaterThan(0);
  });

  test('a net with two records of one match string keeps the one compromise keeps', () => {
    const [[docs, , methods]] = sweepsOf('The army shelled the town.');
    const record = (tag: string, needs: string[]) => ({
      match: '#Determiner #Noun',
      tag,
      reason: tag,
      needs,
      wants: [],
      minWant: 0,
      minWords: 2,
      regs: (nlp as unknown as { parseMatch: (m: string) => unknown }).parseMatch('#Determiner #Noun'),
    });
    const first = record('First', ['#Noun', '#Determiner']);
    const second = record('Second', ['#Determiner', '#Noun']);
    const net = { hooks: { '#Determiner': [second], '#Noun': [first, second] }, always: [] } as Net;
    const expected = shown(compromiseBulkMatch(docs, net, methods as SweepMethods));
    expect(expected[0]).toMatch(/^Second /);
    expect(shown(bulkMatch(docs, net, methods as SweepMethods))).toEqual(expected);
  });
});
