// compromise's match of one sweep rule over one chunk of terms, tried only at the starts where it
// can begin. compromise (match/index.js) tries a rule at every term of the chunk, slicing the
// chunk and setting up its matcher each time, and most tries fail on the rule's first token.
// Here, when that token (and the second, when the first takes exactly one term) is a plain test
// of a word or a tag, or alternatives opening on such tests, a start whose terms fail it is
// skipped without a try, and each other start is tried by compromise's own matcher, anchored
// there; matches are kept and skipped over as compromise keeps them, so the pointers are
// compromise's own. Rules this cannot read exactly (an optional or negative first token, a '^'
// or '$' anchor) run as compromise runs them. sweep.test.ts compares both on every rule
// of the net.

/** One token of a parsed match (compromise's parseMatch), the fields read here. */
export interface Reg {
  optional?: boolean;
  negative?: boolean;
  anything?: boolean;
  greedy?: boolean;
  start?: boolean;
  end?: boolean;
  fuzzy?: boolean;
  min?: number;
  max?: number;
  id?: string;
  word?: string;
  use?: string;
  tag?: string;
  pos?: string;
  fastOr?: Set<string>;
  choices?: Reg[][];
  operator?: string;
  group?: string;
  [other: string]: unknown;
}

/** One term of compromise's document, the fields its term test reads. */
export interface Term {
  id: string;
  text: string;
  normal: string;
  machine?: string | null;
  root?: string;
  implicit?: string;
  alias?: string[];
  tags: Set<string>;
  [other: string]: unknown;
}

/** A rule as compromise's buildNet leaves it: its parsed tokens, the group it tags, what it must not hold. */
export interface SweepRule {
  regs: Reg[];
  group?: string | number;
  notIf?: Reg[];
}

/** [chunk, start, end, start term's id, end term's id], as compromise points at terms. */
export type Pointer = (number | string)[];

/** compromise's methods.one.match (match/index.js): the matches of a todo in each doc. */
export type Match = (
  docs: unknown[][],
  todo: { regs: Reg[] },
) => { ptrs: Pointer[]; byGroup: Record<string, Pointer[]> };

type Test = (term: Term) => boolean;

/** How a rule is tried: the tests a start's terms must pass, and the rule anchored at a start. */
interface Opening {
  first: Test;
  /** The second token's test on the next term, when the first token takes exactly one term. */
  second?: Test;
  /** compromise's minimum: the tokens that are neither optional nor negative. */
  minLength: number;
  anchored: { regs: Reg[] };
}

// What compromise's term test (match/term/doesMatch.js) reads besides a word, a tag or a fast
// alternative: a token with any of these is tried everywhere.
const OTHER_TESTS = ['method', 'pre', 'post', 'regex', 'chunk', 'switch', 'machine', 'sense'];

/**
 * A test that every term compromise's term test accepts for `reg` passes, when the token must take
 * its first term by that test; undefined when it may match otherwise (optional, negative, any word,
 * an anchor, a fuzzy word, both sides of an "and").
 */
export function termTest(reg: Reg): Test | undefined {
  if (reg.optional || reg.negative || reg.anything || reg.start || reg.fuzzy) return undefined;
  if (reg.id !== undefined || (reg.end && reg.greedy)) return undefined;
  if (reg.choices) return reg.operator === 'or' ? eitherTest(reg.choices) : undefined;
  const { word, tag, fastOr, pos, use } = reg;
  if (word !== undefined) {
    if (use) return (t) => t[use] === word;
    return (t) =>
      t.machine === word || t.text === word || t.normal === word || (!!t.alias && t.alias.includes(word));
  }
  if (tag !== undefined) return (t) => t.tags.has(tag);
  if (OTHER_TESTS.some((k) => reg[k] !== undefined) || !fastOr) return undefined;
  return (t) =>
    (!pos || t.tags.has(pos)) &&
    (fastOr.has(t.root || t.implicit || t.machine || t.normal) || fastOr.has(t.text));
}

/**
 * An alternative block "(a b|c)" matches where one of its alternatives' first tokens takes the
 * term (steps/logic/and-or.js tries each alternative's tokens as plain term tests).
 */
function eitherTest(choices: Reg[][]): Test | undefined {
  const tests: Test[] = [];
  for (const choice of choices) {
    const test = Array.isArray(choice) && choice.length > 0 ? termTest(choice[0]) : undefined;
    if (!test) return undefined;
    tests.push(test);
  }
  return (t) => tests.some((test) => test(t));
}

/** True when a token, or one inside its alternatives, is anchored to the chunk's start. */
const anchoredToStart = (regs: Reg[]): boolean =>
  regs.some((r) => r.start === true || (r.choices ?? []).some(anchoredToStart));

const OPENINGS = new WeakMap<SweepRule, Opening | null>();

function openingOf(m: SweepRule): Opening | null {
  let opening = OPENINGS.get(m);
  if (opening === undefined) {
    opening = readOpening(m.regs);
    OPENINGS.set(m, opening);
  }
  return opening;
}

function readOpening(regs: Reg[]): Opening | null {
  const [r0, r1] = regs;
  const first = r0 && termTest(r0);
  // '$' on the last token drops matches after the tries, so a try cannot be judged alone.
  if (!first || anchoredToStart(regs) || regs[regs.length - 1].end === true) return null;
  const oneTerm = !r0.greedy && r0.min === undefined && r0.max === undefined && !r0.choices;
  return {
    first,
    second: oneTerm && r1 ? termTest(r1) : undefined,
    minLength: regs.filter((r) => r.optional !== true && r.negative !== true).length,
    anchored: { regs: [{ ...r0, start: true }, ...regs.slice(1)] },
  };
}

/** compromise's `methods.one.match([terms], m).ptrs` for one sweep rule (match/index.js). */
export function matchRule(terms: Term[], m: SweepRule, match: Match): Pointer[] {
  const opening = openingOf(m);
  if (!opening) return match([terms], m).ptrs;
  const { first, second, minLength, anchored } = opening;
  const group = typeof m.group === 'number' ? String(m.group) : m.group;
  const found: Pointer[] = [];
  for (let i = 0; terms.length - i >= minLength; i += 1) {
    const term = terms[i];
    if (!first(term)) continue;
    // a contraction's first half may take its second too ("we've"): the next term is not sure
    if (second && !term.implicit && !(i + 1 < terms.length && second(terms[i + 1]))) continue;
    const res = match([terms.slice(i)], anchored);
    if (res.ptrs.length === 0) continue;
    const start = (res.ptrs[0][1] as number) + i;
    const end = (res.ptrs[0][2] as number) + i;
    if (!m.notIf || match([terms.slice(start, end)], { regs: m.notIf }).ptrs.length === 0) {
      const part = group ? res.byGroup[group]?.[0] : res.ptrs[0];
      if (part) found.push(pointer(terms, (part[1] as number) + i, (part[2] as number) + i));
    }
    // compromise goes on after the match, kept or not
    if (Math.abs(end - 1) > i) i = Math.abs(end - 1);
  }
  return found;
}

const pointer = (terms: Term[], start: number, end: number): Pointer => [
  0,
  start,
  end,
  terms[start].id,
  terms[end - 1].id,
];
