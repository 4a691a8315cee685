// compromise's bulkMatch (the sweep behind its postTagger, two thirds of its parse), with the same
// result and a cheaper way to pick each chunk's candidate rules. compromise gathers, for each
// chunk of terms, every rule hooked by any of the chunk's words and tags (about 300 on news text),
// de-duplicates them and only then drops those missing a needed word or tag (all but about 20).
// Here each rule is filed under one "gate": one of its needed words or tags, a word rather than
// a tag, else the tag fewest rules need (or under each wanted one, if it needs none); a chunk
// reads only the rules filed under what it has, tests them as compromise does, and puts the
// survivors back in compromise's order (the order in which its hook lists would first reach
// them), so the rules run, their order and their matches are compromise's own. Registered by
// nlp.ts; sweep.test.ts compares it with compromise's bulkMatch on news text.

/** One match record of a compromise net, as buildNet leaves it (only the fields read here). */
export interface NetMatch {
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
  pointer: number[];
}

export interface SweepMethods {
  one: {
    cacheDoc: (docs: unknown[][]) => Set<string>[];
    match: (docs: unknown[][], m: NetMatch) => { ptrs: number[][] };
  };
}

/** What is worked out once per net. */
interface Index {
  /** The rules filed under each gate. */
  gated: Map<string, Rule[]>;
}

interface Rule {
  m: NetMatch;
  /** Where compromise's hook lists hold this rule: (key's place in Object.keys order, place in
   * its list), as one number each, ascending; the first one the chunk has is the rule's rank. */
  places: { key: string; rank: number }[];
  stamp: number;
}

const INDEX = new WeakMap<Net, Index | null>();

// A rule's place in a hook list is below this, so key place × SPAN + list place orders by both.
const SPAN = 1 << 16;

function indexOf(net: Net): Index | null {
  if (INDEX.has(net)) return INDEX.get(net) ?? null;
  const rules = new Map<NetMatch, Rule>();
  const strings = new Map<string, NetMatch>();
  let exact = true;
  Object.keys(net.hooks).forEach((key, k) => {
    net.hooks[key].forEach((m, at) => {
      // Two records with one match string: compromise keeps whichever a chunk reaches first.
      if ((strings.get(m.match) ?? m) !== m || at >= SPAN) exact = false;
      strings.set(m.match, m);
      const rule = rules.get(m) ?? { m, places: [], stamp: 0 };
      rule.places.push({ key, rank: k * SPAN + at });
      rules.set(m, rule);
    });
  });
  const needCount = new Map<string, number>();
  for (const m of rules.keys())
    for (const n of new Set(m.needs)) needCount.set(n, (needCount.get(n) ?? 0) + 1);
  const gated = new Map<string, Rule[]>();
  for (const rule of rules.values()) {
    const { needs, wants } = rule.m;
    for (const gate of needs.length > 0 ? [gateOf(needs, needCount)] : new Set(wants)) {
      const filed = gated.get(gate);
      if (filed) filed.push(rule);
      else gated.set(gate, [rule]);
    }
  }
  const index = exact ? { gated } : null;
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
function fits(m: NetMatch, have: Set<string>): boolean {
  for (const need of m.needs) if (!have.has(need)) return false;
  if (m.ifNo !== undefined) for (const no of m.ifNo) if (have.has(no)) return false;
  if (m.wants.length === 0) return true;
  let found = 0;
  for (const w of m.wants) if (have.has(w)) found++;
  return found >= m.minWant;
}

function rankIn(rule: Rule, have: Set<string>): number {
  for (const p of rule.places) if (have.has(p.key)) return p.rank;
  return Infinity;
}

let stamp = 0;

/** The rules a chunk may match, in compromise's order. */
function candidates(have: Set<string>, index: Index): NetMatch[] {
  stamp++;
  const kept: { m: NetMatch; rank: number }[] = [];
  for (const key of have) {
    const rules = index.gated.get(key);
    if (!rules) continue;
    for (const rule of rules) {
      if (rule.stamp === stamp) continue;
      rule.stamp = stamp;
      if (fits(rule.m, have)) kept.push({ m: rule.m, rank: rankIn(rule, have) });
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
      if (fits(m, have)) list.push(m);
    }
  }
  return list;
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
      const res = methods.one.match([docs[n]], m);
      if (res.ptrs.length === 0) continue;
      for (const ptr of res.ptrs) {
        ptr[0] = n;
        results.push({ ...m, pointer: ptr });
      }
      if (opts.matchOne === true) return [results[0]];
    }
  }
  return results;
}
