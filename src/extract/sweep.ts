// compromise's bulkMatch (the sweep behind its postTagger, two thirds of its parse), with the same
// result and a cheaper way to pick each chunk's candidate rules. compromise gathers, for each
// chunk of terms, every rule hooked by any of the chunk's words and tags (about 300 on news text),
// de-duplicates them and only then drops those missing a needed word or tag (all but about 20).
// Here each rule is filed under one "gate": one of its needed words or tags, a word rather than
// a tag, else the tag fewest rules need (or under each wanted one, if it needs none); a chunk
// reads only the rules filed under what it has, tests them as compromise does, and puts the
// survivors back in compromise's order (the order in which its hook lists would first reach
// them), so the rules run, their order and their matches are compromise's own; each rule is
// matched at the starts where it can begin (sweep-starts.ts). Registered by nlp.ts; sweep.test.ts
// compares it with compromise's bulkMatch on news text.

import { matchRule, type Match, type Pointer, type SweepRule, type Term } from './sweep-starts';

/** One match record of a compromise net, as buildNet leaves it (only the fields read here). */
export interface NetMatch extends SweepRule {
  match: string;
  needs: string[];
  wants: string[];
  minWant: number;
  minWords: number;
  ifNo?: string[];
}

export interface Net {
  hooks: Record<string, NetMatch[]>;
  always: NetMatch[];
}

interface Found {
  pointer: Pointer;
}

export interface SweepMethods {
  one: {
    cacheDoc: (docs: unknown[][]) => Set<string>[];
    match: Match;
  };
}

/** What is worked out once per net. Words and tags are numbered, so a chunk's test is arithmetic. */
interface Index {
  /** Every word or tag a rule needs, wants, hooks on or must not have, numbered. */
  ids: Map<string, number>;
  /** By number: the rules filed under it as their gate. */
  gated: Rule[][];
  /** By number: the last chunk that has it. */
  present: Float64Array;
}

interface Rule {
  m: NetMatch;
  needs: number[];
  ifNo: number[];
  wants: number[];
  /** Where compromise's hook lists hold this rule: (key's place in Object.keys order, place in
   * its list), as one number each, ascending; the first one the chunk has is the rule's rank. */
  places: { id: number; rank: number }[];
  /** The last chunk that tested it. */
  tested: number;
}

const INDEX = new WeakMap<Net, Index | null>();

// A rule's place in a hook list is below this, so key place × SPAN + list place orders by both.
const SPAN = 1 << 16;

function indexOf(net: Net): Index | null {
  if (INDEX.has(net)) return INDEX.get(net) ?? null;
  const ids = new Map<string, number>();
  const id = (s: string) => ids.get(s) ?? ids.set(s, ids.size).size - 1;
  const rules = new Map<NetMatch, Rule>();
  const strings = new Map<string, NetMatch>();
  let exact = true;
  Object.keys(net.hooks).forEach((key, k) => {
    net.hooks[key].forEach((m, at) => {
      // Two records with one match string: compromise keeps whichever a chunk reaches first.
      if ((strings.get(m.match) ?? m) !== m || at >= SPAN) exact = false;
      strings.set(m.match, m);
      let rule = rules.get(m);
      if (!rule) {
        const [needs, ifNo, wants] = [m.needs, m.ifNo ?? [], m.wants].map((list) => list.map(id));
        rule = { m, needs, ifNo, wants, places: [], tested: 0 };
        rules.set(m, rule);
      }
      rule.places.push({ id: id(key), rank: k * SPAN + at });
    });
  });
  const needCount = new Map<string, number>();
  for (const m of rules.keys())
    for (const n of new Set(m.needs)) needCount.set(n, (needCount.get(n) ?? 0) + 1);
  const gated: Rule[][] = [...ids.keys()].map(() => []);
  for (const rule of rules.values()) {
    const { needs, wants } = rule.m;
    for (const gate of needs.length > 0 ? [gateOf(needs, needCount)] : new Set(wants))
      gated[id(gate)].push(rule);
  }
  const index = exact ? { ids, gated, present: new Float64Array(ids.size) } : null;
  INDEX.set(net, index);
  return index;
}

/** A needed word if there is one (words are rarer than tags), else the least needed tag. */
function gateOf(needs: string[], needCount: Map<string, number>): string {
  const word = needs.find((n) => !n.startsWith('#'));
  if (word) return word;
  return needs.reduce((a, b) => ((needCount.get(b) ?? 0) < (needCount.get(a) ?? 0) ? b : a));
}

/** compromise's test of a rule against a chunk's words and tags (sweep/02-trim-down.js). */
function fits(rule: Rule, present: Float64Array, chunk: number): boolean {
  for (const need of rule.needs) if (present[need] !== chunk) return false;
  for (const no of rule.ifNo) if (present[no] === chunk) return false;
  if (rule.wants.length === 0) return true;
  let found = 0;
  for (const w of rule.wants) if (present[w] === chunk) found++;
  return found >= rule.m.minWant;
}

function rankIn(rule: Rule, present: Float64Array, chunk: number): number {
  for (const p of rule.places) if (present[p.id] === chunk) return p.rank;
  return Infinity;
}

let chunks = 0;

/** The rules a chunk may match, in compromise's order. */
function candidates(have: Set<string>, index: Index): NetMatch[] {
  const chunk = ++chunks;
  const { ids, gated, present } = index;
  const has: number[] = [];
  for (const key of have) {
    const at = ids.get(key);
    if (at === undefined) continue;
    present[at] = chunk;
    has.push(at);
  }
  const kept: { m: NetMatch; rank: number }[] = [];
  for (const at of has) {
    for (const rule of gated[at]) {
      if (rule.tested === chunk) continue;
      rule.tested = chunk;
      if (fits(rule, present, chunk)) kept.push({ m: rule.m, rank: rankIn(rule, present, chunk) });
    }
  }
  kept.sort((a, b) => a.rank - b.rank);
  return kept.map((k) => k.m);
}

/** compromise's own choice, for a net this index cannot order exactly (sweep/01, 02). */
function compromiseCandidates(have: Set<string>, net: Net): NetMatch[] {
  const seen = new Set<string>();
  const list: NetMatch[] = [];
  for (const key of Object.keys(net.hooks)) {
    if (!have.has(key)) continue;
    for (const m of net.hooks[key]) {
      if (seen.has(m.match)) continue;
      seen.add(m.match);
      if (fitsBySet(m, have)) list.push(m);
    }
  }
  return list;
}

function fitsBySet(m: NetMatch, have: Set<string>): boolean {
  if (!m.needs.every((need) => have.has(need))) return false;
  if (m.ifNo?.some((no) => have.has(no))) return false;
  return m.wants.length === 0 || m.wants.filter((w) => have.has(w)).length >= m.minWant;
}

/** compromise's methods.one.bulkMatch: every match of the net's rules in each chunk of terms. */
export function bulkMatch(
  docs: unknown[][],
  net: Net,
  methods: SweepMethods,
  opts: { matchOne?: boolean } = {},
): Found[] {
  const caches = methods.one.cacheDoc(docs);
  const index = indexOf(net);
  const results: Found[] = [];
  for (let n = 0; n < docs.length; n += 1) {
    const have = caches[n];
    const list = index ? candidates(have, index) : compromiseCandidates(have, net);
    for (const m of list.concat(net.always)) {
      if (docs[n].length < m.minWords) continue;
      const ptrs = matchRule(docs[n] as Term[], m, methods.one.match);
      for (const ptr of ptrs) {
        ptr[0] = n;
        results.push({ ...m, pointer: ptr });
      }
      if (opts.matchOne === true) return [results[0]];
    }
  }
  return results;
}
