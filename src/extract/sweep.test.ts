import { nlp } from './nlp';
import { bulkMatch, type Net, type SweepMethods } from './sweep';
import { matchRule, termTest, type Reg, type Term } from './sweep-starts';

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

const shown = (found: { pointer: unknown[] }[]) =>
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

const parse = (match: string) => (nlp as unknown as { parseMatch: (m: string) => Reg[] }).parseMatch(match);

// Our own news-like text: contractions, hyphens, slashes, numbers, quotes, titles, lists.
const STARTS_TEXT =
  'The defence minister said on Tuesday that the army, which had shelled the border town twice, ' +
  "wouldn't pull back its 300 troops. We've seen no sign of it, a spokesman for the rebel alliance " +
  'told reporters. Police arrested two men and a woman suspected of planning attacks on a market ' +
  'and/or a school, adding that weapons were found at a farm near the river. Lawmakers voted 52 to ' +
  "47 to approve the $1.2 billion aid package; the president is expected to sign it. She's been " +
  'running the U.S.-backed agency since 2019, and is expected to step down next year. Very quickly, ' +
  'all of the newly elected members walked out, saying it was not their fault.';

describe('matchRule', () => {
  const [[, net, methods]] = sweepsOf('The army shelled the town.') as [unknown, Net, SweepMethods][];
  const rules = [...new Set([...Object.values(net.hooks).flat(), ...net.always])];
  const chunks = sweepsOf(STARTS_TEXT).flatMap(([docs]) => docs as Term[][]);

  test('finds what compromise match finds, for every rule of the net on every chunk', () => {
    let found = 0;
    for (const m of rules)
      for (const terms of chunks) {
        const expected = methods.one.match([terms], m).ptrs;
        found += expected.length;
        expect([m.match, matchRule(terms, m, methods.one.match)]).toEqual([m.match, expected]);
      }
    expect(rules.length).toBeGreaterThan(400);
    expect(found).toBeGreaterThan(20);
  });

  test('a notIf, a group and a rule tried everywhere keep compromise matches', () => {
    const rule = (match: string, extra: object = {}) => ({ match, regs: parse(match), ...extra });
    const cases = [
      rule('#Determiner [#Noun]', { group: 0 }),
      rule('#Determiner #Noun', { notIf: parse('town') }),
      rule('(the|a) #Noun'),
      rule('#Noun? #Verb'),
      rule('#Noun+ #Verb'),
      rule('^#Determiner #Noun'),
      rule('#Noun #Noun?$'),
      rule("we've seen"),
      rule('(the|a new) #Noun'),
      rule('(#Determiner|#Adjective) [#Noun] #Verb', { group: 0 }),
      rule('#Noun #Noun'),
      // round 15: tests past the second token, '^' and '$' rules, "and" blocks, switches
      rule('the #Noun of #Determiner'),
      rule('#Determiner #Adjective? #Noun'),
      rule('^[#Noun] #Verb', { group: 0 }),
      rule('^#Adverb #Adverb'),
      rule('#Verb (back|down|out)$'),
      rule('#Noun #Noun? [#Adverb]$', { group: 0 }),
      rule('(#Noun && @hasComma) #Determiner'),
      rule('(#Noun && !#Plural) #Verb'),
      rule('[%Noun|Verb%] #Noun', { group: 0 }),
      rule('(#Noun && @hasComma) #Noun (and|or) [#Verb]', { group: 0 }),
      rule('(the|a|an) #Adjective? [#Noun #Adverb?]', { group: 0 }),
      rule('#Determiner (#Adjective|#Noun) #Noun? #Verb'),
      rule('#Noun [/^[a-m]/]', { group: 0 }),
      rule("we've seen no"),
    ];
    for (const m of cases)
      for (const terms of chunks)
        expect([m.match, matchRule(terms, m, methods.one.match)]).toEqual([
          m.match,
          methods.one.match([terms], m).ptrs,
        ]);
  });
});

describe('termTest', () => {
  const term = (text: string, tags: string[], more: Partial<Term> = {}): Term => ({
    id: text,
    text,
    normal: text.toLowerCase(),
    tags: new Set(tags),
    ...more,
  });
  test('reads a word, a tag and a fast alternative as compromise does', () => {
    const [word, tag, either] = [parse('army')[0], parse('#Noun')[0], parse('(army|navy)')[0]];
    expect(termTest(word)?.(term('Army', ['Noun']))).toBe(true);
    expect(termTest(word)?.(term('navy', ['Noun']))).toBe(false);
    expect(termTest(word)?.(term('armies', ['Noun'], { alias: ['army'] }))).toBe(true);
    expect(termTest(tag)?.(term('army', ['Noun']))).toBe(true);
    expect(termTest(tag)?.(term('went', ['Verb']))).toBe(false);
    expect(termTest(either)?.(term('navy', []))).toBe(true);
    expect(termTest(either)?.(term('Navies', [], { root: 'navy' }))).toBe(true);
    const block = parse('(#Adjective army|navy)')[0];
    expect(termTest(block)?.(term('new', ['Adjective']))).toBe(true);
    expect(termTest(block)?.(term('navy', []))).toBe(true);
    expect(termTest(block)?.(term('army', ['Noun']))).toBe(false);
  });
  test('reads an "and" block by the tests it holds, and a switch', () => {
    const both = parse('(#Noun && @hasComma)')[0];
    expect(termTest(both)?.(term('army', ['Noun'], { post: ', ' }))).toBe(true);
    expect(termTest(both)?.(term('army', ['Noun'], { post: ' ' }))).toBe(false);
    expect(termTest(both)?.(term('went', ['Verb'], { post: ', ' }))).toBe(false);
    const pattern = parse('/^arm/')[0];
    expect(termTest(pattern)?.(term('Army', []))).toBe(true);
    expect(termTest(pattern)?.(term('navy', []))).toBe(false);
    const pair = parse('%Noun|Verb%')[0];
    expect(termTest(pair)?.(term('attacks', [], { switch: 'Noun|Verb' }))).toBe(true);
    expect(termTest(pair)?.(term('attacks', [], { switch: 'Adj|Noun' }))).toBe(false);
  });
  test('has no test for a token that may match otherwise', () => {
    for (const m of ['army?', '!army', '.', '^army', '~army~', '(army? navy|forces)', '(army? && !navy)'])
      expect([m, termTest(parse(m)[0])]).toEqual([m, undefined]);
  });
});
